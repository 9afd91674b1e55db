import { SARABUN_METRICS } from "./sarabunMetrics";

/**
 * Text measurement for the report fonts (TH SarabunPSK / TH Sarabun New share one set of
 * metrics), so that row heights and page breaks follow the text as LibreOffice lays it out:
 * the glyph advances of the font rounded to whole screen pixels, lines broken at Thai word
 * boundaries. The factors below were measured against LibreOffice's own optimal row heights
 * and widths (tests/pdf/lo-measure.py); other fonts are measured as if they were Sarabun.
 */

/** Font size in points → whole pixels at 96 dpi, the size LibreOffice lays text out at. */
const fontPixels = (size: number): number => Math.round((size * 96) / 72);
/** Layout pixels per point across a line (LibreOffice's horizontal document-to-screen factor). */
const PIXELS_PER_POINT_ACROSS = 1.2935;
/** Points per layout pixel down a cell (its vertical factor, 1/0.067 twips). */
const POINTS_PER_PIXEL_DOWN = 14.925 / 20;
/** What a wrapped cell keeps free of text across its width, in layout pixels (both sides). */
const CELL_PADDING = 4;
/** Extra space of each indent level, in layout pixels. */
const INDENT_PIXELS = 9.6;
/** Advance of a character the font lacks (drawn from a fallback font), in font units. */
const MISSING_ADVANCE = 600;

export interface TextFont {
  readonly size: number;
  readonly bold?: boolean;
}

type Face = "regular" | "bold";
const ADVANCES: Record<Face, Uint16Array> = { regular: advanceTable("regular"), bold: advanceTable("bold") };

function advanceTable(face: Face): Uint16Array {
  const table = new Uint16Array(0x10000).fill(0xffff);
  for (const [first, widths] of SARABUN_METRICS[face]) widths.forEach((w, i) => (table[first + i] = w));
  return table;
}

/** Points of a column given in Excel character units, as LibreOffice sizes it (111 twips each). */
export function columnWidthPoints(widthChars: number): number {
  return widthChars * 5.55;
}

/** Width of one line of text in layout pixels (every glyph rounded to a whole pixel). */
function linePixels(text: string, start: number, end: number, table: Uint16Array, px: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const advance = table[code]!;
    sum += Math.round(((advance === 0xffff ? MISSING_ADVANCE : advance) * px) / SARABUN_METRICS.unitsPerEm);
  }
  return sum;
}

/** Width of a single line of text in points. */
export function textWidthPoints(text: string, font: TextFont): number {
  const table = ADVANCES[font.bold ? "bold" : "regular"];
  return linePixels(text, 0, text.length, table, fontPixels(font.size)) / PIXELS_PER_POINT_ACROSS;
}

/**
 * Layout pixels across a cell that text may fill: each column it spans in whole pixels, less
 * the cell's padding and indent (a merged cell is as wide as its columns together).
 */
export function usableWidthPixels(columnChars: readonly number[], indent = 0): number {
  let px = 0;
  for (const chars of columnChars) px += Math.floor(columnWidthPoints(chars) * PIXELS_PER_POINT_ACROSS + 1e-9);
  return px - CELL_PADDING - Math.floor(INDENT_PIXELS * indent);
}

/**
 * Lines a text needs when wrapped in a cell spanning columns of the given widths (Excel character
 * units): explicit line breaks start new lines, lines break where Thai words or spaces allow (as
 * Excel and LibreOffice do), and a word longer than a line breaks between characters.
 */
export function wrappedLineCount(text: string, columnChars: readonly number[], font: TextFont, indent = 0): number {
  const table = ADVANCES[font.bold ? "bold" : "regular"];
  const px = fontPixels(font.size);
  const usable = Math.max(usableWidthPixels(columnChars, indent), 1);
  // Reports repeat texts (statuses, units, periods): remember each answer.
  const key = `${px}${font.bold ? "b" : ""}:${usable}:${text}`;
  const known = lineCache.get(key);
  if (known !== undefined) return known;
  let lines = 0;
  for (const paragraph of text.split("\n")) lines += paragraphLines(paragraph, usable, table, px);
  if (lineCache.size > 50_000) lineCache.clear();
  lineCache.set(key, lines);
  return lines;
}

const lineCache = new Map<string, number>();

function paragraphLines(paragraph: string, usable: number, table: Uint16Array, px: number): number {
  let lines = 1;
  let used = 0; // pixels on the current line, trailing spaces included
  let usedInk = 0; // the same without trailing spaces, which may hang past the edge
  for (const chunk of breakChunks(paragraph)) {
    const width = linePixels(chunk.text, 0, chunk.text.length, table, px);
    const ink = width - linePixels(chunk.text, chunk.text.length - chunk.trailingSpaces, chunk.text.length, table, px);
    if (used + ink <= usable) {
      usedInk = used + ink;
      used += width;
      continue;
    }
    if (usedInk > 0) lines++;
    if (ink <= usable) {
      used = width;
      usedInk = ink;
      continue;
    }
    // A chunk wider than a line: it breaks between characters, filling lines.
    used = 0;
    for (const ch of graphemes(chunk.text)) {
      const w = linePixels(ch, 0, ch.length, table, px);
      if (used + w > usable && used > 0 && ch.trim() !== "") {
        lines++;
        used = 0;
      }
      used += w;
    }
    usedInk = used;
  }
  return lines;
}

interface Chunk {
  readonly text: string;
  readonly trailingSpaces: number;
}

const wordSegmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("th", { granularity: "word" }) : null;
const graphemeSegmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("th", { granularity: "grapheme" }) : null;
/** Characters a line never starts with, and ones it never ends with (the no-break space glues both ways). */
const NO_BREAK_BEFORE = /^[)\]}>,.:;!?%’”ๆฯ\u00a0\u0e2f\u0e46]/;
const NO_BREAK_AFTER = /[([{<‘“\u00a0]$/;

const chunkCache = new Map<string, readonly Chunk[]>();

/** The pieces between the places where a line may break, each with its trailing spaces. */
function breakChunks(paragraph: string): readonly Chunk[] {
  const cached = chunkCache.get(paragraph);
  if (cached) return cached;
  const pieces = wordSegmenter ? [...wordSegmenter.segment(paragraph)].map((s) => s.segment) : paragraph.split(/(?<= )/);
  const chunks: { text: string; trailingSpaces: number }[] = [];
  for (const piece of pieces) {
    const last = chunks[chunks.length - 1];
    const isSpace = piece.trim() === "" && !piece.includes("\u00a0");
    if (last && (isSpace || (last.trailingSpaces === 0 && (NO_BREAK_BEFORE.test(piece) || NO_BREAK_AFTER.test(last.text))))) {
      last.text += piece;
      last.trailingSpaces = isSpace ? last.trailingSpaces + piece.length : 0;
    } else chunks.push({ text: piece, trailingSpaces: isSpace ? piece.length : 0 });
  }
  // The cache only saves work within builds of similar inputs; keep it bounded.
  if (chunkCache.size > 20_000) chunkCache.clear();
  chunkCache.set(paragraph, chunks);
  return chunks;
}

function graphemes(text: string): string[] {
  return graphemeSegmenter ? [...graphemeSegmenter.segment(text)].map((s) => s.segment) : [...text];
}

/**
 * Height in points of a cell with `lines` lines of text: one line is the font's own height,
 * more lines are laid out line by line (ascender and descender rounded to whole pixels).
 */
export function textHeightPoints(lines: number, size: number): number {
  if (lines <= 1) return (23.6 * size + 16.7) / 20;
  const px = fontPixels(size);
  const { ascender, descender, unitsPerEm } = SARABUN_METRICS;
  const line = Math.round((px * ascender) / unitsPerEm) + Math.round((px * descender) / unitsPerEm);
  return (lines * line + 2) * POINTS_PER_PIXEL_DOWN;
}

/** A row height rounded up to whole screen pixels (0.75 pt), which Excel and LibreOffice keep. */
export function rowHeightPoints(points: number): number {
  return Math.ceil(points / 0.75 - 1e-6) * 0.75;
}
