/**
 * What the page-number stamps need of a TrueType font (.ttf, or the first font of a .ttc):
 * the glyph of each character, its advance width, and the names and sizes a PDF font
 * descriptor asks for. Read straight from the font's tables, without a font engine: the stamps
 * are digits and a few Thai words, which need no shaping.
 */
export interface TrueTypeFont {
  /** The whole font file (what the PDF embeds is cut down to the glyphs stamped: trueTypeSubset.ts). */
  readonly bytes: Uint8Array;
  readonly postScriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly bbox: readonly [number, number, number, number];
  /** The glyph of a code point, 0 (.notdef) when the font has none. */
  glyphOf(codePoint: number): number;
  /** A glyph's advance width in font units. */
  advanceOf(glyph: number): number;
}

export function readTrueTypeFont(file: Uint8Array): TrueTypeFont {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const base = view.getUint32(0) === 0x74746366 /* "ttcf" */ ? view.getUint32(12) : 0;
  const tables = new Map<string, number>();
  const count = view.getUint16(base + 4);
  for (let i = 0; i < count; i++) {
    const at = base + 12 + i * 16;
    const tag = String.fromCharCode(file[at]!, file[at + 1]!, file[at + 2]!, file[at + 3]!);
    tables.set(tag, view.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`the font has no ${tag} table`);
    return at;
  };
  const head = table("head");
  const unitsPerEm = view.getUint16(head + 18);
  const bbox = [
    view.getInt16(head + 36),
    view.getInt16(head + 38),
    view.getInt16(head + 40),
    view.getInt16(head + 42),
  ] as const;
  const hhea = table("hhea");
  const metrics = view.getUint16(hhea + 34);
  const hmtx = table("hmtx");
  const os2 = tables.get("OS/2");
  const ascent = os2 !== undefined ? view.getInt16(os2 + 68) : view.getInt16(hhea + 4);
  const descent = os2 !== undefined ? view.getInt16(os2 + 70) : view.getInt16(hhea + 6);
  const capHeight =
    os2 !== undefined && view.getUint16(os2) >= 2 ? view.getInt16(os2 + 88) : ascent;
  return {
    bytes: file,
    postScriptName: postScriptName(view, file, tables.get("name")),
    unitsPerEm,
    ascent,
    descent,
    capHeight,
    bbox,
    glyphOf: cmapLookup(view, table("cmap")),
    advanceOf: (glyph) => view.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1)),
  };
}

/** The Unicode cmap subtable (format 4 or 12) as a lookup. */
function cmapLookup(view: DataView, cmap: number): (codePoint: number) => number {
  const n = view.getUint16(cmap + 2);
  let best: { at: number; format: number } | null = null;
  for (let i = 0; i < n; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const at = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && best?.format !== 12))) best = { at, format };
  }
  if (!best) throw new Error("the font has no Unicode cmap");
  const { at } = best;
  if (best.format === 12) {
    const groups = view.getUint32(at + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const start = view.getUint32(at + 16 + g * 12);
        const end = view.getUint32(at + 20 + g * 12);
        if (cp >= start && cp <= end) return view.getUint32(at + 24 + g * 12) + cp - start;
      }
      return 0;
    };
  }
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  return (cp) => {
    for (let s = 0; s < segments; s++) {
      if (cp > view.getUint16(ends + s * 2)) continue;
      const start = view.getUint16(starts + s * 2);
      if (cp < start) return 0;
      const delta = view.getInt16(deltas + s * 2);
      const offset = view.getUint16(offsets + s * 2);
      if (offset === 0) return (cp + delta) & 0xffff;
      const glyph = view.getUint16(offsets + s * 2 + offset + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Name ID 6, as the PDF's BaseFont (letters and digits only). */
function postScriptName(view: DataView, file: Uint8Array, name: number | undefined): string {
  if (name !== undefined) {
    const n = view.getUint16(name + 2);
    const strings = name + view.getUint16(name + 4);
    for (let i = 0; i < n; i++) {
      const rec = name + 6 + i * 12;
      if (view.getUint16(rec + 6) !== 6) continue;
      const platform = view.getUint16(rec);
      const length = view.getUint16(rec + 8);
      const start = strings + view.getUint16(rec + 10);
      let text = "";
      if (platform === 3 || platform === 0)
        for (let k = 0; k < length; k += 2) text += String.fromCharCode(view.getUint16(start + k));
      else for (let k = 0; k < length; k++) text += String.fromCharCode(file[start + k]!);
      const clean = text.replace(/[^A-Za-z0-9-]/g, "");
      if (clean) return clean;
    }
  }
  return "ReportFont";
}
