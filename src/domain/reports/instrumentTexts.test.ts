import type { IndicatorNumber } from "../framework/indicators";
import { buildInputSheets } from "../input/inputSheets";
import { SETTINGS_SHEET } from "../input/inputLayout";
import { parseInputJson } from "../input/parseInputJson";
import { readInputWorkbook } from "../input/readInputWorkbook";
import { measureWith, reportInputWith, scoresOf } from "../testing/builders";
import type { CellGrid } from "../sheet/cellInput";
import { renderSpecAsText } from "../sheet/renderSpecAsText";
import { summarizeScores } from "../scoring/scoreSummary";
import type { ReportTexts } from "../model/reportTexts";
import { buildReport } from "./buildReport";
import { reportTextDrafts } from "./textDrafts";
// A made-up ITA 2570: twelve indicators in four instruments (IIT, EIT, OIT and a new CIT), 25/25/30/20.
import { FOUR } from "../../../tests/helpers/madeUpFrame";

const CODES = ["IIT", "EIT", "OIT", "CIT"];
const TEXTS = {
  analysis: Object.fromEntries(CODES.map((c) => [c, `บทวิเคราะห์ของผู้ใช้ ${c}`])),
  plan: Object.fromEntries(CODES.map((c) => [c, `ข้อค้นพบของผู้ใช้ ${c}`])),
};

const input = (texts: ReportTexts["instruments"]) =>
  reportInputWith({
    fiscalYearBE: 2571,
    frameworks: [FOUR],
    scores: scoresOf({
      2570: [9000, 9100, 9200, 9300, 8000, 8100, 8200, 9500, 9600, 9700, 7000, 7200],
    }),
    measures: [measureWith({ indicator: 11 as IndicatorNumber, title: "เปิดเวทีประชาคม" })],
    texts: { ...reportInputWith().texts, instruments: texts },
  });

describe("the instruments' texts follow the year's frame (four instruments)", () => {
  it("gets an analysis and a plan row per instrument on the Settings sheet, and reads them back", () => {
    const sheets = buildInputSheets(input(TEXTS));
    const settings = sheets.find((s) => s.name === SETTINGS_SHEET)!.rows;
    const labels = settings
      .map((r) => String(r[0] ?? ""))
      .filter((l) => /แบบวัด [A-Z]+ \((วิเคราะห์ผล|แผนพัฒนา)\)$/.test(l));
    expect(labels).toEqual([
      ...CODES.map((c) => `ผลแบบวัด ${c} (วิเคราะห์ผล)`),
      ...CODES.map((c) => `ข้อค้นพบแบบวัด ${c} (แผนพัฒนา)`),
    ]);
    const read = readInputWorkbook(new Map(sheets.map((s) => [s.name, s.rows as CellGrid])), [
      FOUR,
    ]);
    expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(read.input!.texts.instruments).toEqual(TEXTS);
  });

  it("reads them from JSON under texts.analysis and texts.plan by code", () => {
    const json = {
      organization: { kind: "เทศบาลตำบล", name: "ตัวอย่าง", district: "เมือง", province: "จันทบุรี" },
      fiscalYearBE: 2571,
      round: "full-year",
      scores: {},
      texts: TEXTS,
    };
    // Read with the frame that has CIT; without it, CIT's texts are warned of (textsLayout).
    const read = parseInputJson(JSON.stringify(json), [FOUR]);
    expect(read.issues.filter((i) => i.path?.startsWith("texts"))).toEqual([]);
    expect(read.input!.texts.instruments).toEqual(TEXTS);
    expect(
      parseInputJson(JSON.stringify(json))
        .issues.filter((i) => i.path?.startsWith("texts"))
        .map((i) => i.path),
    ).toEqual(["texts.analysis.CIT", "texts.plan.CIT"]);
  });

  it("drafts section 3 of the analysis for each of the four, numbered 3.1–3.4", () => {
    const plain = input({ analysis: {}, plan: {} });
    const drafts = reportTextDrafts(plain, summarizeScores(plain)).instruments.analysis;
    expect(Object.keys(drafts)).toEqual(CODES);
    expect(drafts.CIT).toMatch(/^3\.4 .*CIT/);
  });

  it("prints each instrument's analysis in its place and its findings under its heading of the plan", () => {
    const built = buildReport(input(TEXTS), ["analysis", "plan"]);
    expect(built.issues).toEqual([]);
    const [analysis, plan] = built.workbook.sheets.map(renderSpecAsText) as [string, string];
    const at = (text: string, t: string) => text.indexOf(t);
    CODES.forEach((c, i) => {
      expect(analysis).toContain(`บทวิเคราะห์ของผู้ใช้ ${c}`);
      expect(plan).toContain(`ข้อค้นพบของผู้ใช้ ${c}`);
      if (i > 0)
        expect(at(plan, `ข้อค้นพบของผู้ใช้ ${CODES[i - 1]}`)).toBeLessThan(
          at(plan, `ข้อค้นพบของผู้ใช้ ${c}`),
        );
    });
    expect(at(plan, "(CIT)")).toBeLessThan(at(plan, "ข้อค้นพบของผู้ใช้ CIT"));
  });

  it("prints no text of an instrument the year's frame does not have", () => {
    const built = buildReport(input({ analysis: { XIT: "ไม่ควรพิมพ์" }, plan: { XIT: "ไม่ควรพิมพ์" } }), [
      "analysis",
      "plan",
    ]);
    expect(built.workbook.sheets.map(renderSpecAsText).join("\n")).not.toContain("ไม่ควรพิมพ์");
  });
});
