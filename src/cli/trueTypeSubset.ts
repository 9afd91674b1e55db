/**
 * A TrueType font cut down to some glyphs, for embedding in a PDF: the outlines of those glyphs
 * (and of the glyphs they are composed of) and nothing else, every glyph keeping its number, so
 * a PDF that draws by glyph number (Identity-H, CIDToGIDMap Identity) draws the same. It keeps
 * only the tables a PDF's embedded TrueType font needs (PDF 32000 §9.9: head, hhea, maxp, hmtx,
 * loca, glyf and the hinting tables cvt, fpgm, prep). A font without glyf outlines (CFF) comes
 * back as it was.
 */
const KEPT = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"] as const;

/** Component flags of a composite glyph (OpenType glyf table). */
const ARGS_ARE_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_XY_SCALE = 0x0040;
const HAS_TWO_BY_TWO = 0x0080;

export function subsetTrueType(file: Uint8Array, glyphs: Iterable<number>): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const base = view.getUint32(0) === 0x74746366 /* "ttcf" */ ? view.getUint32(12) : 0;
  const tables = new Map<string, { at: number; length: number }>();
  for (let i = 0; i < view.getUint16(base + 4); i++) {
    const at = base + 12 + i * 16;
    const tag = String.fromCharCode(file[at]!, file[at + 1]!, file[at + 2]!, file[at + 3]!);
    tables.set(tag, { at: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const head = tables.get("head");
  const loca = tables.get("loca");
  const glyf = tables.get("glyf");
  const maxp = tables.get("maxp");
  if (!head || !loca || !glyf || !maxp) return file;
  const count = view.getUint16(maxp.at + 4);
  const longOffsets = view.getInt16(head.at + 50) === 1;
  const offsetOf = (g: number) =>
    longOffsets ? view.getUint32(loca.at + 4 * g) : view.getUint16(loca.at + 2 * g) * 2;

  // The glyphs asked for, .notdef, and every component of a composite, at any depth.
  const keep = new Set<number>([0]);
  const todo = [...glyphs].filter((g) => g >= 0 && g < count);
  while (todo.length) {
    const g = todo.pop()!;
    if (keep.has(g) && g !== 0) continue;
    keep.add(g);
    const start = glyf.at + offsetOf(g);
    if (offsetOf(g + 1) === offsetOf(g) || view.getInt16(start) >= 0) continue;
    let at = start + 10;
    for (;;) {
      const flags = view.getUint16(at);
      const component = view.getUint16(at + 2);
      if (!keep.has(component)) todo.push(component);
      at +=
        4 +
        (flags & ARGS_ARE_WORDS ? 4 : 2) +
        (flags & HAS_SCALE ? 2 : flags & HAS_XY_SCALE ? 4 : flags & HAS_TWO_BY_TWO ? 8 : 0);
      if (!(flags & MORE_COMPONENTS)) break;
    }
  }

  // glyf with the kept outlines only (each padded to 4 bytes), and loca in long offsets.
  const pieces: Uint8Array[] = [];
  const newLoca = new DataView(new ArrayBuffer(4 * (count + 1)));
  let size = 0;
  for (let g = 0; g < count; g++) {
    newLoca.setUint32(4 * g, size);
    if (!keep.has(g)) continue;
    const outline = file.subarray(glyf.at + offsetOf(g), glyf.at + offsetOf(g + 1));
    const padded = new Uint8Array((outline.length + 3) & ~3);
    padded.set(outline);
    pieces.push(padded);
    size += padded.length;
  }
  newLoca.setUint32(4 * count, size);
  const newGlyf = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    newGlyf.set(p, at);
    at += p.length;
  }
  // Copies (a Buffer's slice would share the caller's bytes).
  const newHead = Uint8Array.from(file.subarray(head.at, head.at + head.length));
  const headView = new DataView(newHead.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set below
  headView.setInt16(50, 1); // indexToLocFormat: long offsets

  const data = new Map<string, Uint8Array>();
  for (const tag of KEPT) {
    const t = tables.get(tag);
    if (tag === "glyf") data.set(tag, newGlyf);
    else if (tag === "loca") data.set(tag, new Uint8Array(newLoca.buffer));
    else if (tag === "head") data.set(tag, newHead);
    else if (t) data.set(tag, file.subarray(t.at, t.at + t.length));
  }
  return sfnt(data);
}

/** An sfnt file of these tables (tags in order), with its checksums. */
function sfnt(data: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...data.keys()].sort();
  const n = tags.length;
  const directory = 12 + 16 * n;
  const total = tags.reduce((s, t) => s + ((data.get(t)!.length + 3) & ~3), directory);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(n));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, 16 * 2 ** log2);
  view.setUint16(8, log2);
  view.setUint16(10, 16 * n - 16 * 2 ** log2);
  let at = directory;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const bytes = data.get(tag)!;
    out.set(bytes, at);
    const entry = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[entry + k] = tag.charCodeAt(k);
    view.setUint32(entry + 4, checksum(view, at, bytes.length));
    view.setUint32(entry + 8, at);
    view.setUint32(entry + 12, bytes.length);
    if (tag === "head") headAt = at;
    at += (bytes.length + 3) & ~3;
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(view, 0, total)) >>> 0);
  return out;
}

function checksum(view: DataView, at: number, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i += 4) sum = (sum + view.getUint32(at + i)) >>> 0;
  return sum;
}
