import { buildReport, REPORT_SHEET_NAMES } from "../../src/domain/reports/buildReport";
import { renderWorkbookAsText } from "../../src/domain/sheet/renderSpecAsText";
import { validateInput } from "../../src/domain/validation/validateInput";
import { expectGolden } from "../helpers/golden";
import { loadFixture } from "../helpers/fixtures";

describe.each<[string, string, string[], string[]]>([
  [
    "seed000",
    "6-month progress report after its cover, one row per indicator, no scores (seed 000)",
    ["ปกรายงานผลตามมาตรการ", "รายงานผลตามมาตรการ"],
    [],
  ],
  [
    "seed001",
    "year-end report after its cover, grouped under measure headings, then the score table (seed 001)",
    ["ปกรายงานผลประจำปี", "รายงานผลประจำปี", "เปรียบเทียบคะแนน ITA"],
    // Indicators 8 (81.72) and 9 (87.14) are under the strength bar and no measure names an indicator.
    ["indicator-measure-unnamed", "indicator-measure-unnamed"],
  ],
  [
    "seed003",
    "6-month progress report with a status per measure, no scores (seed 003)",
    ["รายงานผลตามมาตรการ"],
    [],
  ],
])("%s: %s", (fixture, _what, sheets, warnings) => {
  const input = loadFixture(fixture);
  const built = buildReport(input);

  it("validates without errors, with only the warnings the data calls for", () => {
    const issues = validateInput(input, {
      officialTotal: () => ({ path: "officialTotals" }),
      measures: { path: "measures" },
    });
    expect(issues.map((i) => [i.code, i.severity])).toEqual(
      warnings.map((code) => [code, "warning"]),
    );
    expect(built.issues).toEqual([]);
  });

  it("builds the sheets the round calls for", () => {
    expect(built.workbook.sheets.map((s) => s.name)).toEqual(sheets);
  });

  it("matches the golden text rendering", () => {
    expectGolden(`reports-${fixture}.txt`, renderWorkbookAsText(built.workbook));
  });

  it("repeats the table header on every printed page", () => {
    const measuresSheets = [REPORT_SHEET_NAMES.progress, REPORT_SHEET_NAMES["year-end"]];
    const report = built.workbook.sheets.find((s) => measuresSheets.includes(s.name))!;
    const header = report.print!.repeatRows!.first;
    expect(report.rows[header - 1]![0]).toMatch(/^มาตรการ/);
  });
});

describe("generated sentences agree with the numbers", () => {
  it("counts the measures by status in the progress intro (seed 000)", () => {
    const text = renderWorkbookAsText(buildReport(loadFixture("seed000")).workbook);
    expect(text).toContain("จำนวน ๑๐ มาตรการ ครอบคลุม ๑๐ ตัวชี้วัด");
    expect(text).toContain(
      "ดำเนินการแล้ว ๗ มาตรการ อยู่ระหว่างดำเนินการ ๓ มาตรการ ยังไม่ดำเนินการ ๐ มาตรการ",
    );
  });

  it("names indicator 8 as below 85 in seed 001's outcome instead of claiming all passed", () => {
    const text = renderWorkbookAsText(buildReport(loadFixture("seed001")).workbook);
    expect(text).toContain("ผ่านเกณฑ์ ๘๕ คะแนน ๙ จาก ๑๐ ตัวชี้วัด");
    expect(text).toContain("ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน (๘๑.๗๒ คะแนน)");
    expect(text).toContain("ระดับเปลี่ยนจาก “ผ่านดีเยี่ยม” เป็น “ผ่านดี”");
    expect(text).not.toContain("ทุกตัวชี้วัดทั้ง");
  });
});
