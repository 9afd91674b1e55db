import { parseInputJson } from "../input/parseInputJson";
import { hasErrors } from "../issues/validationIssue";
import type { SheetSpec } from "../sheet/sheetSpec";
import { buildReport, REPORT_KINDS, REPORT_SHEET_NAMES } from "./buildReport";
// JSON imports, not node:fs, which the lint boundary keeps out of domain/ (tests included).
import seed001 from "../../../tests/fixtures/seed001.json";

/** Seed 001's people and measures, moved to a later fiscal year with its two scored years. */
function inputFor(fiscalYearBE: number) {
  const [before, after] = Object.values(seed001.scores);
  const json = {
    ...seed001,
    fiscalYearBE,
    reportDate: null,
    measures: seed001.measures.map((m) => ({ ...m, period: "ตลอดปีงบประมาณ", result: "" })),
    scores: { [fiscalYearBE - 2]: before, [fiscalYearBE - 1]: after },
    officialTotals: {},
  };
  return parseInputJson(JSON.stringify(json));
}

const text = (sheet: SheetSpec) =>
  sheet.rows
    .flat()
    .filter((c): c is string => typeof c === "string")
    .join("\n");
const sheetNamed = (sheets: readonly SheetSpec[], kind: (typeof REPORT_KINDS)[number]) =>
  sheets.find((s) => s.name === REPORT_SHEET_NAMES[kind])!;

describe("this year and the next, with no record of their own", () => {
  it("fiscal year 2570 (scores of 2568 and 2569): every report builds; both years are provisional", () => {
    const read = inputFor(2570);
    expect(read.issues.filter((i) => i.code.startsWith("year"))).toEqual([]);
    const built = buildReport(read.input!, REPORT_KINDS);
    expect(built.issues).toEqual([]);
    // Seed 001's year-end report opens with its cover.
    const sheets = REPORT_KINDS.flatMap((k) =>
      k === "year-end"
        ? [`ปก${REPORT_SHEET_NAMES[k]}`, REPORT_SHEET_NAMES[k]]
        : [REPORT_SHEET_NAMES[k]],
    );
    expect(built.workbook.sheets.map((s) => s.name)).toEqual(sheets);
    expect(
      built.summary.years.map((y) => [y.fiscalYearBE, y.framework.status, y.overall, y.level]),
    ).toEqual([
      [2568, "provisional", 9867, "ผ่านดีเยี่ยม"],
      [2569, "provisional", 9542, "ผ่านดี"],
    ]);
    const comparison = text(sheetNamed(built.workbook.sheets, "score-comparison"));
    expect(comparison).toContain("เกณฑ์ของปี ๒๕๖๘ ยังเป็นข้อมูลเบื้องต้น");
    expect(comparison).toContain("เกณฑ์ของปี ๒๕๖๙ ยังเป็นข้อมูลเบื้องต้น");
  });

  it("fiscal year 2571 (scores of 2569 and 2570): 2570 is scored with 2569's record, said as a warning and in every report with a level", () => {
    const read = inputFor(2571);
    expect(hasErrors(read.issues)).toBe(false);
    expect(read.issues.filter((i) => i.code === "year-framework-assumed")).toEqual([
      {
        code: "year-framework-assumed",
        severity: "warning",
        path: "scores.2570",
        message:
          "ข้อมูล JSON ที่ scores.2570: ยังไม่มีเกณฑ์ ITA ของปี 2570 จึงใช้เกณฑ์ของปี 2569 (ข้อมูลเบื้องต้น) แทน ผลอาจเปลี่ยนเมื่อ ป.ป.ช. ประกาศคู่มือการประเมินปี 2570",
      },
    ]);
    const built = buildReport(read.input!, REPORT_KINDS);
    expect(built.issues).toEqual([]);
    expect(
      built.summary.years.map((y) => [y.fiscalYearBE, y.framework.status, y.overall, y.level]),
    ).toEqual([
      [2569, "provisional", 9867, "ผ่านดีเยี่ยม"],
      [2570, "assumed", 9542, "ผ่านดี"],
    ]);
    const assumed = "ยังไม่มีเกณฑ์ ITA ของปี ๒๕๗๐ จึงใช้เกณฑ์ของปี ๒๕๖๙ (ข้อมูลเบื้องต้น) แทน";
    for (const kind of ["memo", "analysis", "plan", "year-end", "score-comparison"] as const)
      expect([kind, text(sheetNamed(built.workbook.sheets, kind))]).toEqual([
        kind,
        expect.stringContaining(assumed),
      ]);
    // The progress report shows no score or level, so it needs no note.
    expect(text(sheetNamed(built.workbook.sheets, "progress"))).not.toContain("เกณฑ์");
  });

  it("a year before 2562 stays an error", () => {
    const read = parseInputJson(
      JSON.stringify({ ...seed001, scores: { 2561: seed001.scores["2566"] }, officialTotals: {} }),
    );
    expect(read.issues).toContainEqual(
      expect.objectContaining({
        code: "year-no-framework",
        severity: "error",
        path: "scores.2561",
      }),
    );
  });
});
