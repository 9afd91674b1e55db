import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { subsetTrueType } from "../../src/cli/trueTypeSubset";
import { readTrueTypeFont } from "../../src/cli/trueTypeFont";
import { hasTool } from "../helpers/tools";

/** The tables of an sfnt file by tag: where each starts and how long it is. */
function tablesOf(file: Uint8Array): Map<string, { at: number; length: number; checksum: number }> {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const out = new Map<string, { at: number; length: number; checksum: number }>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const e = 12 + 16 * i;
    out.set(String.fromCharCode(...file.subarray(e, e + 4)), {
      checksum: view.getUint32(e + 4),
      at: view.getUint32(e + 8),
      length: view.getUint32(e + 12),
    });
  }
  return out;
}

/** The outline bytes of one glyph (empty for a glyph without one). */
function outlineOf(file: Uint8Array, glyph: number): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const t = tablesOf(file);
  const long = view.getInt16(t.get("head")!.at + 50) === 1;
  const loca = t.get("loca")!.at;
  const offset = (g: number) =>
    long ? view.getUint32(loca + 4 * g) : view.getUint16(loca + 2 * g) * 2;
  const glyf = t.get("glyf")!.at;
  return file.subarray(glyf + offset(glyph), glyf + offset(glyph + 1));
}

/** Whether a subset's outline is the original's, padded with at most three zeros to a 4-byte boundary. */
const sameOutline = (subset: Uint8Array, original: Uint8Array) =>
  subset.length - original.length < 4 &&
  subset.length >= original.length &&
  Buffer.compare(Buffer.from(subset.subarray(0, original.length)), Buffer.from(original)) === 0 &&
  subset.subarray(original.length).every((b) => b === 0);

/** The sum of a table's 32-bit words, as the table directory records it. */
function sum(file: Uint8Array, at: number, length: number): number {
  const padded = new Uint8Array((length + 3) & ~3);
  padded.set(file.subarray(at, at + length));
  const view = new DataView(padded.buffer);
  let s = 0;
  for (let i = 0; i < padded.length; i += 4) s = (s + view.getUint32(i)) >>> 0;
  return s;
}

const withFont = hasTool("fc-match") ? describe : describe.skip;

withFont("the page-number font cut down to the glyphs stamped", () => {
  const bytes = readFileSync(
    execFileSync("fc-match", ["-f", "%{file}", "TH SarabunPSK:lang=th"], { encoding: "utf8" }),
  );
  const font = readTrueTypeFont(bytes);
  const glyphs = (text: string) => [...text].map((ch) => font.glyphOf(ch.codePointAt(0)!));
  const stamped = glyphs("หน้า ๑๒๓ จาก- ");

  it("keeps the outlines of the glyphs asked for, each at its own number, and drops every other", () => {
    const subset = subsetTrueType(bytes, stamped);
    expect(subset.length).toBeLessThan(bytes.length / 4);
    for (const g of stamped)
      expect([g, sameOutline(outlineOf(subset, g), outlineOf(bytes, g))]).toEqual([g, true]);
    const unused = glyphs("ข")[0]!; // not in "หน้า … จาก"
    expect(outlineOf(bytes, unused).length).toBeGreaterThan(0);
    expect(outlineOf(subset, unused).length).toBe(0);
  });

  it("keeps the glyphs a composite glyph is made of (À of A and the grave accent)", () => {
    const [composite] = glyphs("À");
    const outline = outlineOf(bytes, composite!);
    expect(new DataView(outline.buffer, outline.byteOffset).getInt16(0)).toBeLessThan(0); // a composite
    const subset = subsetTrueType(bytes, [composite!]);
    const firstComponent = new DataView(outline.buffer, outline.byteOffset).getUint16(12);
    expect(outlineOf(subset, firstComponent).length).toBeGreaterThan(0);
    expect(sameOutline(outlineOf(subset, firstComponent), outlineOf(bytes, firstComponent))).toBe(
      true,
    );
  });

  it("writes the tables a PDF's TrueType font needs, with their checksums and the file's", () => {
    const subset = subsetTrueType(bytes, stamped);
    const tables = tablesOf(subset);
    expect(
      [...tables.keys()]
        .filter((t) => ["glyf", "head", "hhea", "hmtx", "loca", "maxp"].includes(t))
        .sort(),
    ).toEqual(["glyf", "head", "hhea", "hmtx", "loca", "maxp"]);
    for (const [tag, t] of tables)
      if (tag !== "head") expect([tag, sum(subset, t.at, t.length)]).toEqual([tag, t.checksum]);
    expect(sum(subset, 0, subset.length)).toBe(0xb1b0afba);
  });

  it("leaves the caller's bytes as they were", () => {
    const before = Buffer.from(bytes);
    subsetTrueType(bytes, stamped);
    expect(Buffer.compare(before, bytes)).toBe(0);
  });
});
