import { deflateSync } from "node:zlib";
import { PDFDocument, type PDFPage, type PDFRef, PDFString } from "pdf-lib";
import { pageStamps, type PageStamp } from "../domain/sheet/pageStamps";
import type { PrintSetup } from "../domain/sheet/sheetSpec";
import type { TrueTypeFont } from "./trueTypeFont";
import { subsetTrueType } from "./trueTypeSubset";

const POINTS_PER_CM = 72 / 2.54;

/** One report sheet as LibreOffice printed it, with the print setup its stamps come from. */
export interface PrintedDocument {
  readonly sheetName: string;
  readonly pdf: Uint8Array;
  readonly print: PrintSetup;
  /** The size of its header and footer text in points (the writers' size: body less 2). */
  readonly stampSize: number;
}

/**
 * Joins the documents' PDFs in order and stamps each page's header and footer (pageStamps):
 * every document numbered from 1 on its own, in its digits, in the report font. Text sits where
 * LibreOffice puts a header or footer: centred between the side margins (or at the margin for
 * left and right), its top at the header margin, its bottom at the footer margin.
 */
export async function joinAndNumber(
  documents: readonly PrintedDocument[],
  font: TrueTypeFont,
): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  const stamps = documents.map((doc) => ({ doc, sources: null as PDFDocument | null }));
  const used = new Set<string>();
  for (const s of stamps) {
    s.sources = await PDFDocument.load(withDirectLengths(s.doc.pdf), {
      parseSpeed: Infinity,
      updateMetadata: false,
    });
    const pages = s.sources.getPageCount();
    for (let p = 1; p <= pages; p++)
      for (const stamp of pageStamps(s.doc.print, s.doc.sheetName, p, pages))
        for (const ch of stamp.text) used.add(ch);
  }
  const fontRef = embedFont(out, font, used);
  for (const { doc, sources } of stamps) {
    const pages = await out.copyPages(sources!, sources!.getPageIndices());
    pages.forEach((page, i) => {
      out.addPage(page);
      for (const stamp of pageStamps(doc.print, doc.sheetName, i + 1, pages.length))
        drawStamp(page, stamp, doc, font, fontRef);
    });
  }
  // Whole documents at once: pdf-lib otherwise yields to the event loop every 50 objects.
  return out.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

/**
 * LibreOffice writes each stream's length as a reference to an object after the stream, which
 * pdf-lib cannot follow while parsing and so scans for "endstream" byte by byte (most of its
 * time). The lengths are written in place where they fit, padded with spaces: every byte offset
 * (and so the cross-reference table) stays as it was.
 */
export function withDirectLengths(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const numbers = new Map<string, string>();
  for (const m of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\s*(\d+)\s*endobj/g))
    numbers.set(m[1]!, m[2]!);
  const direct = text.replace(/\/Length (\d+) 0 R/g, (ref, id: string) => {
    const value = numbers.get(id);
    return value !== undefined && value.length <= ref.length - 8
      ? `/Length ${value}`.padEnd(ref.length, " ")
      : ref;
  });
  return Buffer.from(direct, "latin1");
}

function drawStamp(
  page: PDFPage,
  stamp: PageStamp,
  doc: PrintedDocument,
  font: TrueTypeFont,
  fontRef: PDFRef,
): void {
  const { width, height } = page.getSize();
  const m = doc.print.margins;
  const size = doc.stampSize;
  const glyphs = [...stamp.text].map((ch) => font.glyphOf(ch.codePointAt(0)!));
  const em = size / font.unitsPerEm;
  const textWidth = glyphs.reduce((w, g) => w + font.advanceOf(g), 0) * em;
  const left = m.left * POINTS_PER_CM;
  const right = width - m.right * POINTS_PER_CM;
  const x =
    stamp.section === "left"
      ? left
      : stamp.section === "right"
        ? right - textWidth
        : (left + right - textWidth) / 2;
  const y =
    stamp.band === "header"
      ? height - m.header * POINTS_PER_CM - font.ascent * em
      : m.footer * POINTS_PER_CM - font.descent * em;
  const key = page.node.newFontDictionary("PageNumber", fontRef);
  const hex = glyphs.map((g) => g.toString(16).padStart(4, "0")).join("");
  // A small stream of its own, left uncompressed (pdf-lib would set up a deflater per page).
  const operators = `q 0 g BT ${key.toString()} ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td <${hex}> Tj ET Q`;
  page.node.addContentStream(page.doc.context.register(page.doc.context.stream(operators)));
}

/**
 * The font as a composite (Type0) font over its glyph numbers (Identity-H), cut down to the
 * glyphs stamped (trueTypeSubset.ts: a few kilobytes, not the whole file), with the widths and
 * a ToUnicode map of the characters used (so the numbers can be searched and copied).
 */
function embedFont(out: PDFDocument, font: TrueTypeFont, used: ReadonlySet<string>): PDFRef {
  const ctx = out.context;
  const scale = 1000 / font.unitsPerEm;
  const glyphs = new Map<number, number>(); // glyph → code point
  for (const ch of used) {
    const cp = ch.codePointAt(0)!;
    const g = font.glyphOf(cp);
    if (g !== 0) glyphs.set(g, cp);
  }
  const widths: (number | number[])[] = [];
  for (const g of [...glyphs.keys()].sort((a, b) => a - b))
    widths.push(g, [Math.round(font.advanceOf(g) * scale)]);
  const utf16 = (cp: number) =>
    (cp > 0xffff
      ? String.fromCodePoint(cp)
          .split("")
          .map((u) => u.charCodeAt(0))
      : [cp]
    )
      .map((u) => u.toString(16).padStart(4, "0"))
      .join("");
  const entries = [...glyphs].map(
    ([g, cp]) => `<${g.toString(16).padStart(4, "0")}> <${utf16(cp)}>`,
  );
  const cmap = [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <FFFF>",
    "endcodespacerange",
    `${entries.length} beginbfchar`,
    ...entries,
    "endbfchar",
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
  // A subset is named with a tag of six capitals before the font's name (PDF 32000 §9.6.4).
  const name = `${subsetTag([...glyphs.keys()])}+${font.postScriptName}`;
  const subset = subsetTrueType(font.bytes, glyphs.keys());
  // Node's own zlib: pdf-lib's JavaScript deflate is slower.
  const fontFile = ctx.register(
    ctx.stream(deflateSync(subset), { Filter: "FlateDecode", Length1: subset.length }),
  );
  const descriptor = ctx.register(
    ctx.obj({
      Type: "FontDescriptor",
      FontName: name,
      Flags: 32,
      FontBBox: font.bbox.map((v) => Math.round(v * scale)),
      ItalicAngle: 0,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round(font.capHeight * scale),
      StemV: 80,
      FontFile2: fontFile,
    }),
  );
  const cidFont = ctx.register(
    ctx.obj({
      Type: "Font",
      Subtype: "CIDFontType2",
      BaseFont: name,
      CIDSystemInfo: {
        Registry: PDFString.of("Adobe"),
        Ordering: PDFString.of("Identity"),
        Supplement: 0,
      },
      FontDescriptor: descriptor,
      W: widths,
      CIDToGIDMap: "Identity",
    }),
  );
  return ctx.register(
    ctx.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: name,
      Encoding: "Identity-H",
      DescendantFonts: [cidFont],
      ToUnicode: ctx.register(ctx.flateStream(cmap)),
    }),
  );
}

/** Six capitals that follow from the glyphs: the same stamps give the same name. */
function subsetTag(glyphs: readonly number[]): string {
  let hash = 2166136261;
  for (const g of [...glyphs].sort((a, b) => a - b)) hash = Math.imul(hash ^ g, 16777619) >>> 0;
  let tag = "";
  for (let i = 0; i < 6; i++, hash = Math.floor(hash / 26))
    tag += String.fromCharCode(65 + (hash % 26));
  return tag;
}
