import type { Measure } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import { rangeAddress } from "../sheet/a1";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { SheetSpec } from "../sheet/sheetSpec";
import type { ScoreSummary } from "../scoring/scoreSummary";
import { outcomeNarrative } from "./outcomeNarrative";
import { digitsOf, organizationLine } from "./reportText";
import { a4Print, REPORT_TAB_COLOR, reportLook } from "./reportStyle";
import { appendSignatures } from "./signatureBlock";

export const YEAR_END_REPORT_SHEET = "รายงานผลประจำปี";

const COLUMNS = [
  { header: "มาตรการ/กิจกรรม/แนวทาง ที่ดำเนินการ", width: 34 },
  { header: "สรุปผลการดำเนินการตามมาตรการ/กิจกรรม", width: 40 },
  { header: "หน่วยงานที่รับผิดชอบ", width: 18 },
  { header: "ระยะเวลาดำเนินการ", width: 16 },
  { header: "ผลลัพธ์/ตัวชี้วัดความสำเร็จของการดำเนินการ", width: 26 },
  { header: "หมายเหตุ", width: 18 },
] as const;

/** Measures grouped by their title, in the order the titles first appear. */
export function groupByTitle(measures: readonly Measure[]): { title: string; rows: Measure[] }[] {
  const groups = new Map<string, Measure[]>();
  for (const m of measures) {
    const key = m.title.trim() || "(ไม่ระบุมาตรการ)";
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups].map(([title, rows]) => ({ title, rows }));
}

/**
 * The year-end results report of seed 001: the six-column table grouped under measure
 * headings, then the outcome paragraph; the score comparison sheet follows it.
 */
export function buildYearEndReportSheet(input: ReportInput, summary: ScoreSummary): SheetSpec | null {
  if (input.measures.length === 0) return null;
  const d = digitsOf(input);
  const look = reportLook(input.font);
  const size = input.font.size;
  const all = { 1: COLUMNS.length };
  const b = new SheetBuilder({
    name: YEAR_END_REPORT_SHEET,
    role: "report",
    defaultFont: input.font,
    columns: COLUMNS.map((c) => ({ width: c.width })),
    tabColor: REPORT_TAB_COLOR,
  });
  b.addBanner("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", look.title);
  b.fitHeight(1, size + 4, all);
  b.addBanner(d(`ประจำปีงบประมาณ พ.ศ. ${input.fiscalYearBE}`), look.subtitle);
  b.addBanner(d(organizationLine(input)), look.subtitle);
  b.fitHeight(3, size, all);
  const header = b.addRow(COLUMNS.map((c) => c.header));
  b.style(b.wholeRow(header), look.tableHeader).fitHeight(header);

  groupByTitle(input.measures).forEach((group, g) => {
    const heading = b.addBanner(d(`${g + 1}. ${group.title}`), { font: { bold: true }, fill: "#F2F2F2" });
    b.fitHeight(heading, size, all);
    for (const m of group.rows) {
      const remark = [m.status, m.suggestions].filter(Boolean).join("\n");
      const row = b.addRow([m.methods, m.result, m.unit, m.period, m.outcome, remark].map((t) => d(t)));
      b.fitHeight(row);
    }
  });
  b.style(b.rowsRange(header + 1, b.nextRow - 1), look.body);

  const narrative = outcomeNarrative(input, summary);
  if (narrative) {
    b.addRow();
    b.addBanner("ผลลัพธ์หรือความสำเร็จของการดำเนินการ", { font: { bold: true } }, Math.ceil(size * 1.5));
    const row = b.addBanner(d(`\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0${narrative}`), { wrap: true, vertical: "top" });
    b.fitHeight(row, size, all);
  }
  appendSignatures(b, input.signatories, d, size);
  return b.build({
    freeze: { rows: header, columns: 0 },
    print: { ...a4Print("landscape", { first: header, last: header }), printArea: rangeAddress(1, 1, b.nextRow - 1, COLUMNS.length) },
  });
}
