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
const ADVANCES: Record<Face, Uint16Array> = {
  regular: advanceTable("regular"),
  bold: advanceTable("bold"),
};

function advanceTable(face: Face): Uint16Array {
  const table = new Uint16Array(0x10000).fill(0xffff);
  for (const [first, widths] of SARABUN_METRICS[face])
    widths.forEach((w, i) => (table[first + i] = w));
  return table;
}

/** Points of a column given in Excel character units, as LibreOffice sizes it (111 twips each). */
export function columnWidthPoints(widthChars: number): number {
  return widthChars * 5.55;
}

/** Width of one line of text in layout pixels (every glyph rounded to a whole pixel). */
function linePixels(
  text: string,
  start: number,
  end: number,
  table: Uint16Array,
  px: number,
): number {
  let sum = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const advance = table[code]!;
    sum += Math.round(
      ((advance === 0xffff ? MISSING_ADVANCE : advance) * px) / SARABUN_METRICS.unitsPerEm,
    );
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
  for (const chars of columnChars)
    px += Math.floor(columnWidthPoints(chars) * PIXELS_PER_POINT_ACROSS + 1e-9);
  return px - CELL_PADDING - Math.floor(INDENT_PIXELS * indent);
}

/**
 * Lines a text needs when wrapped in a cell spanning columns of the given widths (Excel character
 * units): explicit line breaks start new lines, lines break where Thai words or spaces allow (as
 * Excel and LibreOffice do), and a word longer than a line breaks between characters.
 */
export function wrappedLineCount(
  text: string,
  columnChars: readonly number[],
  font: TextFont,
  indent = 0,
): number {
  const table = ADVANCES[font.bold ? "bold" : "regular"];
  const px = fontPixels(font.size);
  const usable = Math.max(usableWidthPixels(columnChars, indent), 1);
  // Reports repeat texts (statuses, units, periods): remember each answer (of a text not too long).
  const key =
    text.length <= CACHED_LENGTH ? `${px}${font.bold ? "b" : ""}:${usable}:${text}` : null;
  const known = key === null ? undefined : lineCache.get(key);
  if (known !== undefined) return known;
  let lines = 0;
  for (const paragraph of text.split("\n")) lines += paragraphLines(paragraph, usable, table, px);
  if (key !== null) {
    if (lineCache.size > 50_000) lineCache.clear();
    lineCache.set(key, lines);
  }
  return lines;
}

const lineCache = new Map<string, number>();

function paragraphLines(paragraph: string, usable: number, table: Uint16Array, px: number): number {
  let lines = 1;
  let used = 0; // pixels on the current line, trailing spaces included
  let usedInk = 0; // the same without trailing spaces, which may hang past the edge
  for (const chunk of breakChunks(paragraph)) {
    const width = linePixels(chunk.text, 0, chunk.text.length, table, px);
    const ink =
      width -
      linePixels(
        chunk.text,
        chunk.text.length - chunk.trailingSpaces,
        chunk.text.length,
        table,
        px,
      );
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

const wordSegmenter =
  typeof Intl.Segmenter === "function" ? new Intl.Segmenter("th", { granularity: "word" }) : null;
const graphemeSegmenter =
  typeof Intl.Segmenter === "function"
    ? new Intl.Segmenter("th", { granularity: "grapheme" })
    : null;
/** Characters a line never starts with, and ones it never ends with (the no-break space glues both ways). */
const NO_BREAK_BEFORE = /^[)\]}>,.:;!?%’”ๆฯ\u00a0\u0e2f\u0e46]/;
const NO_BREAK_AFTER = /[([{<‘“\u00a0]$/;

/**
 * The segmenters are never given more than a window of text at once. Each segment the engine
 * returns carries a fresh copy of the text it was given, so one call costs the text's length
 * times its segments: a 35,000-letter word took seconds and gigabytes. Pieces of text between
 * spaces are segmented on their own (a space always ends a word, so the breaks are the same),
 * and a longer piece a window at a time; the breaks found in the window's last `margin`
 * characters are not kept (the next window starts before them, with the context they need).
 */
interface Window {
  readonly size: number;
  readonly margin: number;
}
/** Words: a Thai dictionary word is far shorter than the margin. */
const WORD_WINDOW: Window = { size: 512, margin: 64 };
/** Characters (a letter with its marks). */
const GRAPHEME_WINDOW: Window = { size: 128, margin: 16 };
/** Texts longer than this are not remembered (a cache of long texts held gigabytes). */
const CACHED_LENGTH = 2_000;

const chunkCache = new Map<string, readonly Chunk[]>();

/** The pieces between the places where a line may break, each with its trailing spaces. */
function breakChunks(paragraph: string): readonly Chunk[] {
  const cached = chunkCache.get(paragraph);
  if (cached) return cached;
  const chunks: { text: string; trailingSpaces: number }[] = [];
  for (const { text: piece, glued } of wordPieces(paragraph)) {
    const last = chunks[chunks.length - 1];
    const isSpace = piece.trim() === "" && !piece.includes("\u00a0");
    if (
      last &&
      (glued ||
        isSpace ||
        (last.trailingSpaces === 0 &&
          (NO_BREAK_BEFORE.test(piece) || NO_BREAK_AFTER.test(last.text.slice(-1)))))
    ) {
      last.text += piece;
      last.trailingSpaces = isSpace ? last.trailingSpaces + piece.length : 0;
    } else chunks.push({ text: piece, trailingSpaces: isSpace ? piece.length : 0 });
  }
  // The cache only saves work within builds of similar inputs; keep it bounded.
  if (paragraph.length <= CACHED_LENGTH) {
    if (chunkCache.size > 20_000) chunkCache.clear();
    chunkCache.set(paragraph, chunks);
  }
  return chunks;
}

interface Piece {
  readonly text: string;
  /** No break is allowed before it (a window ended inside a word with no break found). */
  readonly glued: boolean;
}

/**
 * The text's word segments in order, as Intl.Segmenter gives them for the whole text, found
 * in bounded slices: the text is cut after each run of spaces (where a new word starts for
 * certain: not before a combining mark or format character, which would join the space), and a
 * slice longer than a window is segmented a window at a time.
 */
function* wordPieces(text: string): Generator<Piece> {
  if (!wordSegmenter) {
    for (const piece of text.split(/(?<= )/)) if (piece) yield { text: piece, glued: false };
    return;
  }
  let start = 0;
  while (start < text.length) {
    const end = sliceEnd(text, start);
    yield* windowedSegments(wordSegmenter, WORD_WINDOW, text.slice(start, end));
    start = end;
  }
}

/** Where the slice starting at `start` ends: after its first run of spaces that a word follows. */
function sliceEnd(text: string, start: number): number {
  let i = text.indexOf(" ", start);
  while (i !== -1) {
    let j = i + 1;
    while (j < text.length && SPACE.test(text[j]!)) j++;
    if (j >= text.length) return text.length;
    if (WORD_START.test(text[j]!) && !JOINS_PREVIOUS.test(text[j]!)) return j;
    i = text.indexOf(" ", j);
  }
  return text.length;
}

/** Spaces that word segmentation keeps together (UAX #29 WSegSpace, rule WB3d). */
const SPACE = /[\u0020\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]/;
/**
 * Characters (UTF-16 units) before which a run of spaces surely ends a word: letters, digits,
 * punctuation, symbols (half of a surrogate pair is none of them, so no cut falls before one)…
 */
const WORD_START = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** …but not the ones among them that join what is before them (rule WB4), nor any mark or format character. */
const JOINS_PREVIOUS = /[\p{M}\p{Cf}\uff9e\uff9f]/u;

/** A text's segments, segmenting at most a window of it at once. */
function* windowedSegments(
  segmenter: Intl.Segmenter,
  { size, margin }: Window,
  text: string,
): Generator<Piece> {
  let start = 0;
  let glued = false;
  while (start < text.length) {
    if (text.length - start <= size) {
      for (const { segment } of segmenter.segment(start === 0 ? text : text.slice(start))) {
        yield { text: segment, glued };
        glued = false;
      }
      return;
    }
    const window = text.slice(start, start + size);
    const keep = size - margin;
    let kept = 0;
    for (const { segment, index } of segmenter.segment(window)) {
      if (index + segment.length > keep) break;
      yield { text: segment, glued };
      glued = false;
      kept = index + segment.length;
    }
    if (kept === 0) {
      // No break in the window's first part: cut between characters, keeping no break there.
      kept = characterBoundary(window, keep, margin);
      yield { text: window.slice(0, kept), glued };
      glued = true;
    }
    start += kept;
  }
}

/**
 * A place at or a little before `at` that splits no mark from its letter (or `at` itself in a
 * run of marks, which has no such place; the pieces are glued again anyway).
 */
function characterBoundary(text: string, at: number, within: number): number {
  for (let i = at; i > at - within; i--) {
    if (
      !JOINS_PREVIOUS.test(text[i]!) &&
      !isLowSurrogate(text.charCodeAt(i)) &&
      text.charCodeAt(i - 1) !== 0x200d
    )
      return i;
  }
  return at;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The text's characters as the reader sees them (a letter with its marks), in bounded slices. */
function* graphemes(text: string): Generator<string> {
  if (!graphemeSegmenter) {
    yield* text;
    return;
  }
  for (const piece of windowedSegments(graphemeSegmenter, GRAPHEME_WINDOW, text)) yield piece.text;
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
