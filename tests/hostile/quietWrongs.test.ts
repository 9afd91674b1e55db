import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { frameworkFor } from "../../src/domain/framework/frameworkSet";
import { INPUT_LIMITS } from "../../src/domain/input/inputLimits";
import { MEASURE_COLUMNS } from "../../src/domain/input/measuresLayout";
import { readMeasures } from "../../src/domain/input/readMeasures";
import { SETTING_LABELS, type SettingKey } from "../../src/domain/input/settingsLabels";
import { IssueCollector } from "../../src/domain/issues/issueCollector";
import { FONT_SIZES } from "../../src/domain/sheet/fontSize";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { FIXTURE_DIR, loadFixture } from "../helpers/fixtures";
import {
  cli,
  expectThaiOnly,
  inputWorkbookBytes,
  MEASURES,
  SCORES,
  SETTINGS,
  tempDir,
  validateJson,
  withSheetXml,
  writeBytes,
} from "./hostileFiles";

/**
 * The quiet wrongs of issue 14: inputs that used to be read as something they are not (a
 * score in an array, a year key given twice, a font size of a million, a character that makes
 * the report unopenable). Each must now be an issue naming its cell or JSON path, in Thai, in
 * both readers where both can hold it; and the build must refuse to write.
 */

const dir = tempDir("ita-quiet-");
const SEED_JSON = readFileSync(join(FIXTURE_DIR, "seed001.json"), "utf8");
const seed = () =>
  JSON.parse(SEED_JSON) as Record<string, unknown> & {
    scores: Record<string, Record<string, unknown>>;
  };

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
    [
      "a year typed in Thai digits next to the same year",
      (t: string) =>
        t.replace(
          '"scores": {',
          '"scores": {\n    "๒๕๖๗": { "1": 1, "2": 1, "3": 1, "4": 1, "5": 1, "6": 1, "7": 1, "8": 1, "9": 1, "10": 1 },',
        ),
      "scores.๒๕๖๗",
    ],
    [
      "a year written with พ.ศ. next to the same year",
      (t: string) => t.replace('"scores": {', '"scores": {\n    "พ.ศ. 2566": { "1": 1 },'),
      "scores.พ.ศ. 2566",
    ],
    [
      "the same year key twice",
      (t: string) => t.replace('"scores": {', '"scores": {\n    "2567": { "1": 1 },'),
      "scores.2567",
    ],
    [
      "the same indicator twice in one year",
      (t: string) => t.replace('"2566": {', '"2566": {\n      "8": 12.5,'),
      "scores.2566.8",
    ],
    [
      "a published total twice",
      (t: string) => t.replace(/("officialTotals": \{\s*"2566": \{)/, '$1\n      "overall": 10,'),
      "officialTotals.2566.overall",
    ],
    [
      "a name twice in the organisation",
      (t: string) => t.replace('"name": "ตัวอย่างหนึ่ง",', '"name": "ตัวอย่างหนึ่ง", "name": "อื่น",'),
      "organization.name",
    ],
    [
      "a field twice in a measure",
      (t: string) => t.replace('"measures": [\n    {', '"measures": [\n    { "title": "ก่อน",'),
      "measures[0].title",
    ],
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
    const data = seed() as ReturnType<typeof seed> & {
      officialTotals: Record<string, Record<string, unknown>>;
    };
    data.officialTotals["2567"]!.overall = [92.5];
    const r = await validateObject(data);
    expect(at(r.issues, "score-not-a-number")).toEqual([["officialTotals.2567.overall", "error"]]);
  });

  it.each(["08", " 8", "8.0"])(
    "an indicator key %p is refused, not read as 8 and then dropped",
    async (key) => {
      const data = seed();
      data.scores["2567"]![key] = 12;
      const r = await validateObject(data);
      expect(at(r.issues, "indicator-invalid")).toEqual([[`scores.2567.${key}`, "error"]]);
    },
  );
});

describe("font sizes in JSON, held to the workbook's rule", () => {
  it.each([[-5], [0], [7.5], [37], [1e6], ["16"], [null]])("size %p", async (size) => {
    const data = { ...seed(), font: { name: "TH SarabunPSK", size } };
    const r = await validateObject(data);
    if (size === null)
      expect(at(r.issues, "font-size-invalid")).toEqual([]); // left out: the default
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
  it.each(XML_FORBIDDEN)(
    "%s in the organisation's name is an error at its path",
    async (codePoint, escape) => {
      const r = await validateText(
        SEED_JSON.replace('"name": "ตัวอย่างหนึ่ง"', `"name": "ตัวอย่าง${escape}หนึ่ง"`),
      );
      expect(r.code).toBe(1);
      expect(at(r.issues, "text-xml-invalid")).toEqual([["organization.name", "error"]]);
      const message = r.issues.find((i) => i.code === "text-xml-invalid")!.message;
      expect(message).toContain(codePoint);
      expect(message).toContain("ตัวอักษรที่ 9");
      expectThaiOnly(message, "organization.name");
    },
  );

  it.each([
    [
      "a measure's title",
      "measures[0].title",
      (d: Record<string, unknown>) =>
        ((d.measures as Record<string, unknown>[])[0]!.title = "ก\uffff"),
    ],
    [
      "a measure's link",
      "measures[0].evidenceUrl",
      (d: Record<string, unknown>) =>
        ((d.measures as Record<string, unknown>[])[0]!.evidenceUrl = "https://a.go.th/\u0002"),
    ],
    [
      "a signatory's position",
      "signatories[1].position",
      (d: Record<string, unknown>) =>
        ((d.signatories as Record<string, unknown>[])[1]!.position = "ปลัด\u0007"),
    ],
    ["the problems text", "problems", (d: Record<string, unknown>) => (d.problems = "ปัญหา\ufffe")],
    [
      "the memo's addressee",
      "memo.to",
      (d: Record<string, unknown>) => (d.memo = { to: "นายก\u0000" }),
    ],
    [
      "a drafted text",
      "texts.memoSubject",
      (d: Record<string, unknown>) => (d.texts = { memoSubject: "\u001fเรื่อง" }),
    ],
    [
      "the font name",
      "font.name",
      (d: Record<string, unknown>) => (d.font = { name: "TH\uffffSarabun" }),
    ],
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
    const file = writeBytes(
      dir,
      "xml-bad.json",
      SEED_JSON.replace('"name": "ตัวอย่างหนึ่ง"', '"name": "ตัวอย่าง\\uffffหนึ่ง"'),
    );
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
    const schema = JSON.parse(
      readFileSync(join(__dirname, "..", "..", "docs", "input.schema.json"), "utf8"),
    );
    expect(schema.properties.font.properties.size).toMatchObject({
      minimum: FONT_SIZES.min,
      maximum: FONT_SIZES.max,
    });
  });
});

/** Seed 001's input workbook changed through ExcelJS, saved under a new name. */
async function editedWorkbook(edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await inputWorkbookBytes()) as unknown as ArrayBuffer);
  edit(wb);
  return writeBytes(dir, `wb-${++n}.xlsx`, Buffer.from(await wb.xlsx.writeBuffer()));
}

/** The row of a Settings label (column A). */
function settingRow(wb: ExcelJS.Workbook, label: string): number {
  const ws = wb.getWorksheet(SETTINGS)!;
  for (let r = 1; r <= ws.rowCount; r++)
    if (String(ws.getCell(r, 1).value ?? "").trim() === label) return r;
  throw new Error(`no row ${label}`);
}

const at2 = (
  issues: { code: string; sheet: string | null; cell: string | null; severity: string }[],
  code: string,
) => issues.filter((i) => i.code === code).map((i) => [i.sheet, i.cell, i.severity]);

describe("formulas stored without a computed value", () => {
  const formula = { formula: "SUM(A1:A2)" } as ExcelJS.CellValue; // ExcelJS writes <f> and no <v>

  it.each([
    ["a score", SCORES, "E5", "score-formula-no-value"],
    ["a published total", SCORES, "overall", "score-formula-no-value"],
    ["a year above the scores", SCORES, "E2", "formula-no-value"],
    ["the organisation's name", SETTINGS, "orgName", "formula-no-value"],
    ["the fiscal year", SETTINGS, "fiscalYear", "formula-no-value"],
    ["the report date", SETTINGS, "reportDate", "formula-no-value"],
    ["a signatory's name", SETTINGS, "signatory", "formula-no-value"],
    ["a measure's title", MEASURES, "B3", "formula-no-value"],
    ["a measure's indicator", MEASURES, "A3", "formula-no-value"],
  ])("in %s: named as such, not as empty", async (_what, sheetName, where, code) => {
    let cell = where;
    const file = await editedWorkbook((wb) => {
      const ws = wb.getWorksheet(sheetName)!;
      if (where === "overall") {
        let r = 1;
        while (String(ws.getCell(r, 1).value ?? "").trim() !== "ITA") r++; // the published overall score's row
        cell = `E${r}`;
      } else if (where === "signatory") cell = `B${settingRow(wb, "บทบาท") + 1}`;
      else if (!/^[A-Z]+\d+$/.test(where))
        cell = `B${settingRow(wb, SETTING_LABELS[where as SettingKey])}`;
      ws.getCell(cell).value = formula;
    });
    const r = await validateJson(file);
    expect(r.code).toBe(1);
    expect(at2(r.issues, code)).toEqual([[sheetName, cell, "error"]]);
    const issue = r.issues.find((i) => i.code === code)!;
    expect(issue.message).toContain("=SUM(A1:A2)");
    expect(issue.message).toContain("บันทึกอีกครั้ง");
    // Not also "not filled in" for the same cell.
    expect(
      r.issues.filter((i) => i.cell === cell && i.sheet === sheetName).map((i) => i.code),
    ).toEqual([code]);
  });

  it("a formula written into the XML by another program (no <v>) reads the same way", async () => {
    const bytes = await withSheetXml(await inputWorkbookBytes(), SCORES, (xml) =>
      xml.replace(
        /<c r="E6"([^>]*?)(?:\/>|>.*?<\/c>)/,
        (_m, attrs: string) => `<c r="E6"${attrs.replace(/ t="[^"]*"/, "")}><f>D6+0</f></c>`,
      ),
    );
    const r = await validateJson(writeBytes(dir, "raw-formula.xlsx", bytes));
    expect(at2(r.issues, "score-formula-no-value")).toEqual([[SCORES, "E6", "error"]]);
  });

  it("a formula with its value is read by its value, as before", async () => {
    const file = await editedWorkbook(
      (wb) =>
        (wb.getWorksheet(SCORES)!.getCell("E5").value = {
          formula: "90+5",
          result: 95,
        } as ExcelJS.CellValue),
    );
    const r = await validateJson(file);
    expect(r.issues.filter((i) => i.cell === "E5")).toEqual([]);
  });
});

describe("too many measures or signatories", () => {
  const measure = {
    indicator: 1,
    title: "ประชุม",
    methods: "ประชุม",
    unit: "สำนักปลัด",
    period: "ต.ค. 2566",
    status: "ดำเนินการแล้ว",
    result: "ประชุมแล้ว ๒ ครั้ง",
  };

  it("20,001 measures in JSON: an error with the count and the limit at measures", async () => {
    const data = { ...seed(), measures: Array.from({ length: 20_001 }, () => measure) };
    const r = await validateObject(data);
    expect(r.code).toBe(1);
    expect(at(r.issues, "measures-too-many")).toEqual([["measures", "error"]]);
    expect(r.issues.find((i) => i.code === "measures-too-many")!.message).toContain(
      "20,001 รายการ เกินที่โปรแกรมรับได้ (20,000 รายการ)",
    );
  }, 60_000);

  it("20,000 measures in JSON is within the limit", async () => {
    const data = { ...seed(), measures: Array.from({ length: 20_000 }, () => measure) };
    const r = await validateObject(data);
    expect(at(r.issues, "measures-too-many")).toEqual([]);
  }, 60_000);

  it("a Measures sheet past the limit: the error names the first row past it and the count", () => {
    const header = MEASURE_COLUMNS.map((c) => c.header);
    const rows = Array.from({ length: INPUT_LIMITS.measures + 5 }, (_, i) =>
      i === 100 ? [] : [1, `มาตรการ ${i}`],
    );
    const issues = new IssueCollector();
    const measures = readMeasures([header, ...rows], issues, frameworkFor(2567)!);
    expect(measures).toHaveLength(INPUT_LIMITS.measures);
    const found = issues.issues.filter((i) => i.code === "measures-too-many");
    // Row 1 is the header, one row of the 20,005 is blank: the 20,001st measure is on row 20,002.
    expect(found.map((i) => [i.sheet, i.cell])).toEqual([[MEASURES, "A20003"]]);
    expect(found[0]!.message).toContain("20,004 รายการ");
  });

  it("21 signatories in JSON: an error at signatories; 20 are fine", async () => {
    const person = { role: "ผู้รายงาน", name: "นายสมมุติ รักษ์ถิ่น", position: "ปลัด" };
    const over = await validateObject({
      ...seed(),
      signatories: Array.from({ length: 21 }, () => person),
    });
    expect(at(over.issues, "signatories-too-many")).toEqual([["signatories", "error"]]);
    const within = await validateObject({
      ...seed(),
      signatories: Array.from({ length: 20 }, () => person),
    });
    expect(at(within.issues, "signatories-too-many")).toEqual([]);
  });

  it("25 signatories in the workbook: the error names the 21st row", async () => {
    const input = loadFixture("seed001");
    const person = input.signatories[0]!;
    const bytes = await inputWorkbookBytes({
      ...input,
      signatories: Array.from({ length: 25 }, () => person),
    });
    const file = writeBytes(dir, "signatories-25.xlsx", bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const first = settingRow(wb, "บทบาท") + 1;
    const r = await validateJson(file);
    expect(at2(r.issues, "signatories-too-many")).toEqual([[SETTINGS, `A${first + 20}`, "error"]]);
    expect(r.issues.find((i) => i.code === "signatories-too-many")!.message).toContain("25 คน");
  });
});

describe("dates whose BE year cannot be meant", () => {
  it.each([
    [
      "30/9/2568 typed in a Gregorian-calendar Excel (stored as 2568 CE)",
      new Date(Date.UTC(2568, 8, 30)),
      "3111",
      '"30 กันยายน 2568"',
    ],
    ["a Gregorian year typed in Thai text", "30 กันยายน 2024", "2024", "(2567)"],
    ["a year far from the fiscal year", "30 กันยายน 2580", "2580", "เกิน 10 ปี"],
  ])("in the workbook: %s", async (_what, value, year, hint) => {
    let cell = "";
    const file = await editedWorkbook((wb) => {
      cell = `B${settingRow(wb, SETTING_LABELS.reportDate)}`;
      wb.getWorksheet(SETTINGS)!.getCell(cell).value = value;
    });
    const r = await validateJson(file);
    expect(r.code).toBe(1);
    expect(at2(r.issues, "date-year-implausible")).toEqual([[SETTINGS, cell, "error"]]);
    const message = r.issues.find((i) => i.code === "date-year-implausible")!.message;
    expect(message).toContain(year);
    expect(message).toContain(hint);
  });

  it.each([
    ["an ISO date with its BE year", "2568-09-30", "2025"],
    ["Thai text with a Gregorian year", "30 กันยายน 2024", "(2567)"],
  ])("in JSON: %s", async (_what, reportDate, hint) => {
    const r = await validateObject({ ...seed(), reportDate });
    expect(at(r.issues, "date-year-implausible")).toEqual([["reportDate", "error"]]);
    expect(r.issues.find((i) => i.code === "date-year-implausible")!.message).toContain(hint);
  });

  it("the seed's own date (30 September 2567, fiscal year 2567) passes", async () => {
    const r = await validateText(SEED_JSON);
    expect(at(r.issues, "date-year-implausible")).toEqual([]);
  });

  it("build --force prints no BE 3111 in the memo", async () => {
    const file = writeBytes(
      dir,
      "date-3111.json",
      JSON.stringify({ ...seed(), reportDate: "2568-09-30" }),
    );
    const out = join(dir, "date-3111.xlsx");
    const r = await cli("build", file, "-o", out, "--force", "--reports", "memo");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value ?? "")))),
    );
    expect(texts.join("\n")).not.toMatch(/๓๑๑๑|3111/);
  });
});

describe("an input text that fits its cell but not the report's", () => {
  /** Text of `length` characters in words of five letters and a space (the row fitter breaks at words). */
  const words = (letter: string, length: number) =>
    `${letter.repeat(4)} `.repeat(length / 5).slice(0, length - 1) + letter;
  const long = (title: number, methods: number) => {
    const data = seed();
    const m = (data.measures as Record<string, unknown>[])[0]!;
    m.title = words("ก", title);
    m.methods = words("ข", methods);
    return data;
  };

  it("JSON: a title and methods that together pass 32,767 in the year-end report are named at validate", async () => {
    const r = await validateObject(long(20_000, 15_000));
    expect(r.code).toBe(1);
    expect(at(r.issues, "text-too-long-for-report")).toEqual([["measures[0].title", "error"]]);
    const message = r.issues.find((i) => i.code === "text-too-long-for-report")!.message;
    expect(message).toContain("20,000 ตัวอักษร");
    expect(message).toContain('"รายงานผลประจำปี"');
    expect(at(r.issues, "text-too-long")).toEqual([]); // each field alone fits
  });

  it("JSON: build names the input field too, and writes nothing", async () => {
    const file = writeBytes(dir, "too-long-for-report.json", JSON.stringify(long(20_000, 15_000)));
    const out = join(dir, "too-long-for-report.xlsx");
    const r = await cli("build", file, "-o", out);
    expect(r.code).toBe(1);
    expect(r.all).toContain("measures[0].title");
    expect(() => readFileSync(out)).toThrow();
  });

  it("the workbook: named at the measure's title cell", async () => {
    const input = loadFixture("seed001");
    const measures = input.measures.map((m, i) =>
      i === 0 ? { ...m, title: words("ก", 20_000), methods: words("ข", 15_000) } : m,
    );
    const r = await validateJson(
      writeBytes(dir, "too-long-for-report.xlsx", await inputWorkbookBytes({ ...input, measures })),
    );
    const found = r.issues.filter((i) => i.code === "text-too-long-for-report");
    expect(found.map((i) => [i.sheet, i.cell])).toEqual([[MEASURES, "B3"]]);
  });

  it("texts that fit together are no issue", async () => {
    const r = await validateObject(long(20_000, 12_000));
    expect(at(r.issues, "text-too-long-for-report")).toEqual([]);
  });

  // The settings' and signatories' texts reach report cells too: each is traced to its own place.
  type Seed = ReturnType<typeof seed> & {
    organization: Record<string, string>;
    texts?: Record<string, string>;
    signatories: Record<string, string>[];
  };
  it.each<[string, (d: Seed) => void, string, string]>([
    [
      "an organisation's name and district (one title on every report)",
      (d) =>
        Object.assign(d.organization, { name: words("ก", 20_000), district: words("ข", 15_000) }),
      "organization.name",
      '"รายงานผลประจำปี"',
    ],
    [
      "the year-end report's outcome text",
      (d) => (d.texts = { ...d.texts, yearEndOutcome: words("ก", 32_760) }),
      "texts.yearEndOutcome",
      '"รายงานผลประจำปี"',
    ],
    [
      "a signatory's role as long as a cell holds",
      (d) => (d.signatories[0]!.role = words("ก", 32_765)),
      "signatories[0].role",
      '"รายงานผลประจำปี"',
    ],
    [
      "a signatory's rank as long as a cell holds (printed on the signature line)",
      (d) => (d.signatories[0]!.rank = words("ก", 32_765)),
      "signatories[0].rank",
      '"รายงานผลประจำปี"',
    ],
  ])("JSON: %s, named at its path once a sheet", async (_what, edit, path, sheet) => {
    const data = seed() as Seed;
    edit(data);
    const r = await validateObject(data);
    expect(r.code).toBe(1);
    const found = r.issues.filter((i) => i.code === "text-too-long-for-report");
    expect(new Set(found.map((i) => i.path))).toEqual(new Set([path]));
    expect(found.map((i) => i.message).join("\n")).toContain(sheet);
    expect(new Set(found.map((i) => i.message)).size).toBe(found.length); // each sheet once
    expect(at(r.issues, "text-too-long")).toEqual([]); // each field alone fits its cell
  });

  it("the workbook: an organisation's name named at its cell of the Settings sheet, a signatory's role at its", async () => {
    const input = loadFixture("seed001");
    const edited = {
      ...input,
      organization: {
        ...input.organization,
        name: words("ก", 20_000),
        district: words("ข", 15_000),
      },
      signatories: input.signatories.map((p, i) =>
        i === 1 ? { ...p, role: words("ค", 32_765) } : p,
      ),
    };
    const settings = buildInputSheets(edited).find((sheet) => sheet.name === SETTINGS)!;
    const rowOf = (label: string) => settings.rows.findIndex((row) => row[0] === label) + 1;
    const r = await validateJson(
      writeBytes(dir, "settings-too-long-for-report.xlsx", await inputWorkbookBytes(edited)),
    );
    const found = r.issues.filter((i) => i.code === "text-too-long-for-report");
    expect(new Set(found.map((i) => `${i.sheet}!${i.cell}`))).toEqual(
      new Set([
        `${SETTINGS}!B${rowOf(SETTING_LABELS.orgName)}`,
        `${SETTINGS}!A${rowOf("บทบาท") + 2}`,
      ]),
    );
  });
});

describe("a measure's text of another JSON type", () => {
  it.each([
    ["a number", 2567],
    ["an array", ["ประชุม"]],
    ["an object", {}],
    ["a boolean", true],
  ])("%s is said at its path, not read as empty", async (_what, value) => {
    const data = seed();
    (data.measures as Record<string, unknown>[])[0]!.period = value;
    const r = await validateObject(data);
    expect(at(r.issues, "type-invalid")).toEqual([["measures[0].period", "error"]]);
  });
});
