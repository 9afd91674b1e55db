import { loadFixture } from "../../../tests/helpers/fixtures";
import { buildReport } from "./buildReport";
import {
  REPORT_KINDS,
  REPORT_SHEET_NAMES,
  REPORT_SHEETS,
  REPORT_TITLES,
  REPORTS,
  reportOf,
} from "./reportRegistry";

describe("the report registry", () => {
  it("lists each kind once, with its own sheet and a Thai title", () => {
    expect(new Set(REPORT_KINDS).size).toBe(REPORTS.length);
    expect(new Set(Object.values(REPORT_SHEET_NAMES)).size).toBe(REPORTS.length);
    for (const report of REPORTS) {
      // Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ]
      expect(report.sheet.length).toBeLessThanOrEqual(31);
      expect(report.sheet).not.toMatch(/[:\\/?*[\]]/);
      expect(REPORT_TITLES[report.kind]).toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it("prints a complete set in its own order, each report on the sheet it declares", () => {
    const built = buildReport(loadFixture("seed001"), REPORT_KINDS);
    expect(built.issues.filter((i) => i.severity === "error")).toEqual([]);
    const sheets = built.workbook.sheets.map((s) => s.name);
    const declared = REPORT_KINDS.map((k) => REPORT_SHEET_NAMES[k]);
    expect(sheets.filter((s) => declared.includes(s))).toEqual(declared);
  });

  it("knows every sheet a build writes, the cover sheets too, in print order", () => {
    const seed = loadFixture("seed001"); // its year-end report has a cover
    const input = {
      ...seed,
      layout: { ...seed.layout, progress: { ...seed.layout.progress, cover: true } },
    };
    const sheets = buildReport(input, REPORT_KINDS).workbook.sheets.map((s) => s.name);
    expect(sheets).toEqual(expect.arrayContaining(["ปกรายงานผลตามมาตรการ", "ปกรายงานผลประจำปี"]));
    expect(REPORT_SHEETS.filter((s) => sheets.includes(s))).toEqual(sheets);
    expect(new Set(REPORT_SHEETS).size).toBe(REPORT_SHEETS.length);
  });

  it("knows no kind it does not list", () => {
    expect(reportOf("invoice")).toBeUndefined();
    expect(reportOf("toString")).toBeUndefined();
  });
});
