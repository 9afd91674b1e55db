import type { IndicatorNumber } from "../framework/indicators";
import { parseInputJson } from "../input/parseInputJson";
import type { Measure } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import { summarizeScores } from "../scoring/scoreSummary";
import { sheetSpecProblems } from "../sheet/sheetLimits";
import { outcomeNarrative } from "./outcomeNarrative";
import { buildYearEndReportSheet, groupByTitle, YEAR_END_REPORT_SHEET } from "./yearEndReport";
// JSON imports, not node:fs, which the lint boundary keeps out of domain/ (tests included).
import seed001 from "../../../tests/fixtures/seed001.json";
import { reportInputWith } from "../testing/builders";

function measure(title: string, methods = `วิธีการของ ${title}`, indicator: IndicatorNumber = 1): Measure {
  return { indicator, title, methods, unit: "สำนักปลัด", period: "ตลอดปีงบประมาณ", result: "", status: "ดำเนินการแล้ว", outcome: "", suggestions: "", evidenceUrl: "" };
}

/** Each group as [title, the methods of its rows]. */
const grouped = (measures: readonly Measure[]) => groupByTitle(measures).map((g) => [g.title, g.rows.map((m) => m.methods)]);

describe("groupByTitle", () => {
  it.each<[string, Measure[], [string, string[]][]]>([
    ["nothing", [], []],
    ["one measure", [measure("ก", "1")], [["ก", ["1"]]]],
    [
      "titles in the order they first appear, rows in input order",
      [measure("ข", "1"), measure("ก", "2"), measure("ข", "3"), measure("ค", "4"), measure("ก", "5")],
      [["ข", ["1", "3"]], ["ก", ["2", "5"]], ["ค", ["4"]]],
    ],
    [
      "titles that differ only in spaces around are one group",
      [measure("ป้องกันการทุจริต", "1"), measure("  ป้องกันการทุจริต ", "2"), measure("ป้องกันการทุจริต\n", "3")],
      [["ป้องกันการทุจริต", ["1", "2", "3"]]],
    ],
    [
      "spaces inside a title make another group",
      [measure("ป้องกัน การทุจริต", "1"), measure("ป้องกันการทุจริต", "2")],
      [["ป้องกัน การทุจริต", ["1"]], ["ป้องกันการทุจริต", ["2"]]],
    ],
    [
      "blank titles are grouped as (ไม่ระบุมาตรการ), where the first one appears",
      [measure("ก", "1"), measure("", "2"), measure("ข", "3"), measure("   ", "4")],
      [["ก", ["1"]], ["(ไม่ระบุมาตรการ)", ["2", "4"]], ["ข", ["3"]]],
    ],
    ["only blank titles", [measure("", "1"), measure("", "2")], [["(ไม่ระบุมาตรการ)", ["1", "2"]]]],
    [
      "the same title under different indicators is one group",
      [measure("อบรมบุคลากร", "1", 1), measure("อบรมบุคลากร", "2", 8)],
      [["อบรมบุคลากร", ["1", "2"]]],
    ],
  ])("%s", (_what, measures, expected) => {
    expect(grouped(measures)).toEqual(expected);
  });

  it("keeps every measure, once", () => {
    const measures = ["ก", "ข", "", "ก", " ข", "ค", ""].map((t, i) => measure(t, String(i)));
    const rows = groupByTitle(measures).flatMap((g) => g.rows);
    expect(rows).toHaveLength(measures.length);
    expect(new Set(rows)).toEqual(new Set(measures));
  });

  it("hands back the measures themselves, not copies", () => {
    const m = measure("ก");
    expect(groupByTitle([m])[0]!.rows[0]).toBe(m);
  });
});

describe("buildYearEndReportSheet", () => {
  const { input } = parseInputJson(JSON.stringify(seed001));
  const seed = input!;
  const summary = summarizeScores(seed);

  it("is null without measures", () => {
    const empty: ReportInput = { ...seed, measures: [] };
    expect(buildYearEndReportSheet(empty, summarizeScores(empty))).toBeNull();
  });

  it("numbers the measure headings in the order titles first appear", () => {
    const sheet = buildYearEndReportSheet(seed, summary)!;
    expect(sheet.name).toBe(YEAR_END_REPORT_SHEET);
    expect(sheetSpecProblems(sheet)).toEqual([]);
    const headings = sheet.rows.map((r) => r[0]).filter((c): c is string => typeof c === "string" && /^[๐-๙]+\. /.test(c));
    const titles = groupByTitle(seed.measures).map((g) => g.title);
    expect(headings).toHaveLength(titles.length);
    headings.forEach((h, i) => expect(h.startsWith(`${String(i + 1).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))}. `)).toBe(true));
  });

  it("ends with the outcome paragraph written from the figures", () => {
    const sheet = buildYearEndReportSheet(seed, summary)!;
    const cells = sheet.rows.map((r) => r[0]);
    expect(cells).toContain("ผลลัพธ์หรือความสำเร็จของการดำเนินการ");
    const paragraph = cells.find((c) => typeof c === "string" && c.includes("ผลการประเมินคุณธรรม"));
    expect(paragraph).toContain("ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน (๘๑.๗๒ คะแนน)");
    expect(outcomeNarrative(seed, summary)).not.toContain("ทุกตัวชี้วัด");
  });

  it("leaves out the outcome paragraph without a complete year of scores", () => {
    const noScores: ReportInput = { ...seed, scores: new Map() };
    const sheet = buildYearEndReportSheet(noScores, summarizeScores(noScores))!;
    expect(sheet.rows.map((r) => r[0])).not.toContain("ผลลัพธ์หรือความสำเร็จของการดำเนินการ");
  });

  it("numbers the groups of a hand-made input in first-appearance order", () => {
    const own: ReportInput = reportInputWith({
      organization: { name: "ก", kind: "เทศบาลตำบล", district: "ข", province: "ค" },
      fiscalYearBE: 2567,
      measures: [measure("ข"), measure(""), measure("ก"), measure("ข")],
    });
    const sheet = buildYearEndReportSheet(own, summarizeScores(own))!;
    const headings = sheet.rows.map((r) => r[0]).filter((c) => typeof c === "string" && /^\d+\. /.test(c));
    expect(headings).toEqual(["1. ข", "2. (ไม่ระบุมาตรการ)", "3. ก"]);
  });
});
