import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { FONT_SIZES } from "../../src/domain/sheet/fontSize";
import { FIXTURE_DIR } from "../helpers/fixtures";
import { cli, expectThaiOnly, inputWorkbookBytes, SETTINGS, tempDir, validateJson, writeBytes } from "./hostileFiles";

/**
 * The quiet wrongs of issue 14: inputs that used to be read as something they are not (a
 * score in an array, a year key given twice, a font size of a million, a character that makes
 * the report unopenable). Each must now be an issue naming its cell or JSON path, in Thai, in
 * both readers where both can hold it; and the build must refuse to write.
 */

const dir = tempDir("ita-quiet-");
const SEED_JSON = readFileSync(join(FIXTURE_DIR, "seed001.json"), "utf8");
const seed = () => JSON.parse(SEED_JSON) as Record<string, unknown> & { scores: Record<string, Record<string, unknown>> };

let n = 0;
/** Writes a JSON case (text as given, so duplicates survive) and validates it. */
async function validateText(text: string) {
  return validateJson(writeBytes(dir, `case-${++n}.json`, text));
}
const validateObject = (data: unknown) => validateText(JSON.stringify(data, null, 2));

/** The issues of one code, as [path, severity] pairs. */
const at = (issues: { code: string; path: string | null; severity: string }[], code: string) =>
  issues.filter((i) => i.code === code).map((i) => [i.path, i.severity]);

describe("JSON keys given twice", () => {
  it.each([
    ["a year typed in Thai digits next to the same year", (t: string) => t.replace('"scores": {', '"scores": {\n    "๒๕๖๗": { "1": 1, "2": 1, "3": 1, "4": 1, "5": 1, "6": 1, "7": 1, "8": 1, "9": 1, "10": 1 },'), "scores.๒๕๖๗"],
    ["a year written with พ.ศ. next to the same year", (t: string) => t.replace('"scores": {', '"scores": {\n    "พ.ศ. 2566": { "1": 1 },'), "scores.พ.ศ. 2566"],
    ["the same year key twice", (t: string) => t.replace('"scores": {', '"scores": {\n    "2567": { "1": 1 },'), "scores.2567"],
    ["the same indicator twice in one year", (t: string) => t.replace('"2566": {', '"2566": {\n      "8": 12.5,'), "scores.2566.8"],
    ["a published total twice", (t: string) => t.replace(/("officialTotals": \{\s*"2566": \{)/, '$1\n      "overall": 10,'), "officialTotals.2566.overall"],
    ["a name twice in the organisation", (t: string) => t.replace('"name": "ตัวอย่างหนึ่ง",', '"name": "ตัวอย่างหนึ่ง", "name": "อื่น",'), "organization.name"],
    ["a field twice in a measure", (t: string) => t.replace('"measures": [\n    {', '"measures": [\n    { "title": "ก่อน",'), "measures[0].title"],
  ])("%s is an error at the second key", async (_what, edit, path) => {
    const text = edit(SEED_JSON);
    expect(text).not.toBe(SEED_JSON); // the edit found its place
    const r = await validateText(text);
    expect(r.code).toBe(1);
    expect(at(r.issues, "json-duplicate-key")).toEqual([[path, "error"]]);
    expectThaiOnly(r.issues.map((i) => i.message).join("\n"), ...r.issues.map((i) => i.path ?? ""));
  });

  it("finds nothing in a file without duplicates (the seed)", async () => {
    const r = await validateText(SEED_JSON);
    expect(at(r.issues, "json-duplicate-key")).toEqual([]);
  });

  it("lists at most 100 of a flood of duplicates, and is quick about it", async () => {
    const flood = `{ "texts": { ${Array.from({ length: 200_000 }, () => '"x": 1').join(", ")} } }`;
    const started = Date.now();
    const r = await validateText(flood);
    expect(Date.now() - started).toBeLessThan(20_000); // generous; linear work over 1.4 MB
    expect(r.issues.filter((i) => i.code === "json-duplicate-key")).toHaveLength(100);
  });
});

describe("scores that are no numbers", () => {
  it.each([
    ["an array holding the score", [97.33]],
    ["an empty array", []],
    ["an object", {}],
    ["an object holding the score", { value: 97.33 }],
  ])("%s is an error with its path, never the number inside", async (_what, value) => {
    const data = seed();
    data.scores["2567"]!["8"] = value;
    const r = await validateObject(data);
    expect(r.code).toBe(1);
    expect(at(r.issues, "score-not-a-number")).toEqual([["scores.2567.8", "error"]]);
  });

  it("a published total in an array is refused the same way", async () => {
    const data = seed() as ReturnType<typeof seed> & { officialTotals: Record<string, Record<string, unknown>> };
    data.officialTotals["2567"]!.overall = [92.5];
    const r = await validateObject(data);
    expect(at(r.issues, "score-not-a-number")).toEqual([["officialTotals.2567.overall", "error"]]);
  });

  it.each(["08", " 8", "8.0"])("an indicator key %p is refused, not read as 8 and then dropped", async (key) => {
    const data = seed();
    data.scores["2567"]![key] = 12;
    const r = await validateObject(data);
    expect(at(r.issues, "indicator-invalid")).toEqual([[`scores.2567.${key}`, "error"]]);
  });
});

describe("font sizes in JSON, held to the workbook's rule", () => {
  it.each([[-5], [0], [7.5], [37], [1e6], ["16"], [null]])("size %p", async (size) => {
    const data = { ...seed(), font: { name: "TH SarabunPSK", size } };
    const r = await validateObject(data);
    if (size === null) expect(at(r.issues, "font-size-invalid")).toEqual([]); // left out: the default
    else {
      expect(r.code).toBe(1);
      expect(at(r.issues, "font-size-invalid")).toEqual([["font.size", "error"]]);
      expect(r.issues.find((i) => i.code === "font-size-invalid")!.message).toContain("8–36");
    }
  });

  it.each([[8], [14.5], [36]])("size %p is accepted", async (size) => {
    const r = await validateObject({ ...seed(), font: { size } });
    expect(at(r.issues, "font-size-invalid")).toEqual([]);
  });

  it("a font that is not an object is said, not ignored", async () => {
    const r = await validateObject({ ...seed(), font: 16 });
    expect(at(r.issues, "type-invalid")).toEqual([["font", "error"]]);
  });
});

/** Characters XML 1.0 cannot carry, as JSON escapes. */
const XML_FORBIDDEN: readonly [string, string][] = [
  ["U+FFFF", "\\uffff"],
  ["U+FFFE", "\\ufffe"],
  ["U+0001", "\\u0001"],
  ["U+001B", "\\u001b"],
  ["U+000B", "\\u000b"],
  ["U+D800", "\\ud800"], // a lone high surrogate
  ["U+DC00", "\\udc00"], // a lone low surrogate
];

describe("text XML cannot carry, in JSON", () => {
  it.each(XML_FORBIDDEN)("%s in the organisation's name is an error at its path", async (codePoint, escape) => {
    const r = await validateText(SEED_JSON.replace('"name": "ตัวอย่างหนึ่ง"', `"name": "ตัวอย่าง${escape}หนึ่ง"`));
    expect(r.code).toBe(1);
    expect(at(r.issues, "text-xml-invalid")).toEqual([["organization.name", "error"]]);
    const message = r.issues.find((i) => i.code === "text-xml-invalid")!.message;
    expect(message).toContain(codePoint);
    expect(message).toContain("ตัวอักษรที่ 9");
    expectThaiOnly(message, "organization.name");
  });

  it.each([
    ["a measure's title", "measures[0].title", (d: Record<string, unknown>) => ((d.measures as Record<string, unknown>[])[0]!.title = "ก\uffff")],
    ["a measure's link", "measures[0].evidenceUrl", (d: Record<string, unknown>) => ((d.measures as Record<string, unknown>[])[0]!.evidenceUrl = "https://a.go.th/\u0002")],
    ["a signatory's position", "signatories[1].position", (d: Record<string, unknown>) => ((d.signatories as Record<string, unknown>[])[1]!.position = "ปลัด\u0007")],
    ["the problems text", "problems", (d: Record<string, unknown>) => (d.problems = "ปัญหา\ufffe")],
    ["the memo's addressee", "memo.to", (d: Record<string, unknown>) => (d.memo = { to: "นายก\u0000" })],
    ["a drafted text", "texts.memoSubject", (d: Record<string, unknown>) => (d.texts = { memoSubject: "\u001fเรื่อง" })],
    ["the font name", "font.name", (d: Record<string, unknown>) => (d.font = { name: "TH\uffffSarabun" })],
  ])("in %s", async (_what, path, edit) => {
    const data = seed();
    edit(data);
    const r = await validateObject(data);
    expect(at(r.issues, "text-xml-invalid")).toEqual([[path, "error"]]);
  });

  it("keeps what XML carries: tab, newline, emoji (a surrogate pair), Thai", async () => {
    const data = seed();
    (data.measures as Record<string, unknown>[])[0]!.methods = "ขั้นที่ ๑\tประชุม\nขั้นที่ ๒ 😀\r\nจบ";
    const r = await validateObject(data);
    expect(at(r.issues, "text-xml-invalid")).toEqual([]);
  });

  it("build refuses and writes nothing", async () => {
    const file = writeBytes(dir, "xml-bad.json", SEED_JSON.replace('"name": "ตัวอย่างหนึ่ง"', '"name": "ตัวอย่าง\\uffffหนึ่ง"'));
    const out = join(dir, "xml-bad-report.xlsx");
    const r = await cli("build", file, "-o", out);
    expect(r.code).toBe(1);
    expect(r.all).toContain("organization.name");
    expect(() => readFileSync(out)).toThrow();
  });
});

describe("text XML cannot carry, in the workbook", () => {
  /** Seed 001's input workbook with the organisation's name (B4 of the Settings sheet, a shared string) replaced as stored. */
  async function withOrgNameXml(stored: string): Promise<string> {
    const zip = await JSZip.loadAsync(await inputWorkbookBytes());
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    expect(strings).toContain("<t>ตัวอย่างหนึ่ง</t>");
    zip.file("xl/sharedStrings.xml", strings.replace("<t>ตัวอย่างหนึ่ง</t>", `<t>${stored}</t>`));
    return writeBytes(dir, `xml-${++n}.xlsx`, await zip.generateAsync({ type: "nodebuffer" }));
  }

  it.each([
    ["_xFFFF_ (ExcelJS decodes the escape to U+FFFF)", "ตัวอย่าง_xFFFF_หนึ่ง", "U+FFFF"],
    ["_x0001_", "ตัวอย่าง_x0001_หนึ่ง", "U+0001"],
    ["_xD800_ (half a surrogate pair)", "ตัวอย่าง_xD800_หนึ่ง", "U+D800"],
  ])("%s in a shared string is an error naming the cell", async (_what, stored, codePoint) => {
    const r = await validateJson(await withOrgNameXml(stored));
    expect(r.code).toBe(1);
    const found = r.issues.filter((i) => i.code === "text-xml-invalid");
    expect(found.map((i) => [i.sheet, i.cell, i.severity])).toEqual([[SETTINGS, "B4", "error"]]);
    expect(found[0]!.message).toContain(codePoint);
  });

  it("an escaped underscore text (_x005F_) is plain text and passes", async () => {
    const r = await validateJson(await withOrgNameXml("ตัวอย่าง_x005F_หนึ่ง"));
    expect(r.issues.filter((i) => i.code === "text-xml-invalid")).toEqual([]);
  });
});

describe("docs/input.schema.json", () => {
  it("states the font sizes of the one rule the readers use", () => {
    const schema = JSON.parse(readFileSync(join(__dirname, "..", "..", "docs", "input.schema.json"), "utf8"));
    expect(schema.properties.font.properties.size).toMatchObject({ minimum: FONT_SIZES.min, maximum: FONT_SIZES.max });
  });
});
