import { parseInputJson } from "../input/parseInputJson";
import type { ReportInput } from "../model/reportInput";
import { summarizeScores } from "../scoring/scoreSummary";
import { sheetSpecProblems } from "../sheet/sheetLimits";
import { outcomeNarrative } from "./outcomeNarrative";
import { buildYearEndReportSheet, YEAR_END_REPORT_SHEET } from "./yearEndReport";
// JSON imports, not node:fs, which the lint boundary keeps out of domain/ (tests included).
import seed001 from "../../../tests/fixtures/seed001.json";
import { measureWith, reportInputWith } from "../testing/builders";

const measure = (heading: string, title = `กิจกรรมของ ${heading || "ไม่มีหัวข้อ"}`) =>
  measureWith({
    heading,
    title,
    methods: `วิธีการของ ${title}`,
    indicator: null,
    status: "ดำเนินการแล้ว",
  });

describe("buildYearEndReportSheet", () => {
  const { input } = parseInputJson(JSON.stringify(seed001));
  const seed = input!;
  const summary = summarizeScores(seed);

  it("is null without measures", () => {
    const empty: ReportInput = { ...seed, measures: [] };
    expect(buildYearEndReportSheet(empty, summarizeScores(empty))).toBeNull();
  });

  it("prints the user's headings as banners, once each, in the order they first appear, unnumbered", () => {
    const sheet = buildYearEndReportSheet(seed, summary)!;
    expect(sheet.name).toBe(YEAR_END_REPORT_SHEET);
    expect(sheetSpecProblems(sheet)).toEqual([]);
    const headings = [...new Set(seed.measures.map((m) => m.heading))];
    const banners = sheet.rows
      .filter((r) => r.length === 1 || r.slice(1).every((c) => c === null))
      .map((r) => r[0]);
    expect(banners.filter((c) => typeof c === "string" && headings.includes(c))).toEqual(headings);
  });

  it("prints the user's own numbers and nothing of the product's, with the activities below the title", () => {
    const sheet = buildYearEndReportSheet(seed, summary)!;
    const first = sheet.rows
      .map((r) => r[0])
      .filter((c): c is string => typeof c === "string" && /^[๐-๙]+\. /.test(c));
    expect(first).toHaveLength(seed.measures.length);
    expect(first[0]).toBe(
      "๑. ปรับปรุงและประกาศขั้นตอนการให้บริการ\nปรับปรุงขั้นตอนการให้บริการและประชาสัมพันธ์ที่จุดบริการ เว็บไซต์ และเพจของหน่วยงาน",
    );
  });

  it("prints หมายเหตุ as typed and the status nowhere unless a status column is asked for", () => {
    const rows = (layout: Partial<ReportInput["layout"]["yearEnd"]>) =>
      buildYearEndReportSheet(
        { ...seed, layout: { ...seed.layout, yearEnd: { ...seed.layout.yearEnd, ...layout } } },
        summary,
      )!.rows;
    const text = JSON.stringify(rows({}));
    expect(text).not.toContain("ดำเนินการแล้ว");
    expect(text).toContain("ประชาสัมพันธ์ผ่านผู้นำชุมชนเพิ่มขึ้น");
    const withStatus = rows({ statusColumn: true });
    const header = withStatus.find((r) => r[0] === "มาตรการ/กิจกรรม/แนวทาง ที่ดำเนินการ")!;
    expect(header).toEqual([
      "มาตรการ/กิจกรรม/แนวทาง ที่ดำเนินการ",
      "สรุปผลการดำเนินการตามมาตรการ/กิจกรรม",
      "หน่วยงานที่รับผิดชอบ",
      "ระยะเวลาดำเนินการ",
      "ผลลัพธ์/ตัวชี้วัดความสำเร็จของการดำเนินการ",
      "สถานะ",
      "หมายเหตุ",
    ]);
    expect(withStatus.filter((r) => r[5] === "อยู่ระหว่างดำเนินการ")).toHaveLength(1);
  });

  it("prints the signatures after the outcome unless the layout leaves them out", () => {
    const names = (signatures: boolean) =>
      buildYearEndReportSheet(
        { ...seed, layout: { ...seed.layout, yearEnd: { ...seed.layout.yearEnd, signatures } } },
        summary,
      )!
        .rows.flat()
        .filter((v) => typeof v === "string" && seed.signatories.some((p) => v === `(${p.name})`));
    expect(names(true)).toHaveLength(seed.signatories.length);
    expect(seed.signatories.length).toBeGreaterThan(0);
    expect(names(false)).toEqual([]);
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

  it("numbers the measures itself when asked, continuing across the groups of a hand-made input", () => {
    const own: ReportInput = reportInputWith({
      organization: { name: "ก", kind: "เทศบาลตำบล", district: "ข", province: "ค" },
      fiscalYearBE: 2567,
      measures: [measure("ข", "หนึ่ง"), measure("", "สอง"), measure("ก", "สาม"), measure("ข", "สี่")],
      layout: { ...seed.layout, numbering: "auto" },
    });
    const sheet = buildYearEndReportSheet(own, summarizeScores(own))!;
    const cells = sheet.rows
      .map((r) => r[0])
      .filter((c): c is string => typeof c === "string")
      .slice(4);
    expect(cells).toEqual([
      "ข",
      "1. หนึ่ง\nวิธีการของ หนึ่ง",
      "2. สี่\nวิธีการของ สี่",
      "3. สอง\nวิธีการของ สอง",
      "ก",
      "4. สาม\nวิธีการของ สาม",
    ]);
  });
});
