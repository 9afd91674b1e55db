import { frameworkFor, indicatorOf, LAST_FRAMEWORK_YEAR } from "../framework/itaFramework";
import { INDICATOR_NUMBERS } from "../framework/indicators";
import { organizationFullName } from "../model/organization";
import { type Measure } from "../model/measure";
import { type ReportInput } from "../model/reportInput";
import { rangeAddress } from "../sheet/a1";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { SheetSpec } from "../sheet/sheetSpec";
import { digitsOf, organizationLine, roundLine } from "./reportText";
import { a4Print, REPORT_TAB_COLOR, reportLook } from "./reportStyle";
import { appendSignatures } from "./signatureBlock";

export const PROGRESS_REPORT_SHEET = "รายงานผลตามมาตรการ";

const COLUMNS = [
  { header: "มาตรการ/แนวทาง", width: 26 },
  { header: "วิธีการดำเนินการ", width: 38 },
  { header: "ผู้รับผิดชอบ", width: 18 },
  { header: "ระยะเวลาดำเนินการ", width: 16 },
  { header: "ผลการดำเนินการ", width: 40 },
  { header: "ข้อเสนอแนะ", width: 24 },
] as const;

/** How many measures have each status, for the intro and the checks. */
export function statusCounts(measures: readonly Measure[]) {
  const count = (s: Measure["status"]) => measures.filter((m) => m.status === s).length;
  return { done: count("ดำเนินการแล้ว"), ongoing: count("อยู่ระหว่างดำเนินการ"), notStarted: count("ยังไม่ดำเนินการ"), unknown: count("") };
}

/** The intro paragraph, built only from the settings and the counted measures. */
export function progressIntro(input: ReportInput): string {
  const fy = input.fiscalYearBE;
  const c = statusCounts(input.measures);
  const indicators = new Set(input.measures.map((m) => m.indicator)).size;
  const statusText = [
    `ดำเนินการแล้ว ${c.done} มาตรการ`,
    `อยู่ระหว่างดำเนินการ ${c.ongoing} มาตรการ`,
    `ยังไม่ดำเนินการ ${c.notStarted} มาตรการ`,
    ...(c.unknown ? [`ยังไม่ระบุสถานะ ${c.unknown} มาตรการ`] : []),
  ].join(" ");
  return (
    `${organizationFullName(input.organization)}ได้นำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
    `ประจำปีงบประมาณ พ.ศ. ${fy - 1} มาวิเคราะห์ และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
    `ประจำปีงบประมาณ พ.ศ. ${fy} จำนวน ${input.measures.length} มาตรการ ครอบคลุม ${indicators} ตัวชี้วัด ` +
    `ผลการดำเนินงาน${roundLine(input)} ${statusText} รายละเอียดดังตารางต่อไปนี้`
  );
}

/**
 * The 6-month (or year) progress report of seeds 000 and 003: title block, intro, the six-column
 * table grouped under indicator headings, problems and suggestions, and the signatures.
 */
export function buildProgressReportSheet(input: ReportInput): SheetSpec | null {
  if (input.measures.length === 0) return null;
  const d = digitsOf(input);
  const look = reportLook(input.font);
  const size = input.font.size;
  const b = new SheetBuilder({
    name: PROGRESS_REPORT_SHEET,
    role: "report",
    defaultFont: input.font,
    columns: COLUMNS.map((c) => ({ width: c.width })),
    tabColor: REPORT_TAB_COLOR,
  });
  const all = { 1: COLUMNS.length };
  b.addBanner("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", look.title);
  b.fitHeight(1, size + 4, all);
  b.addBanner(d(`ประจำปีงบประมาณ พ.ศ. ${input.fiscalYearBE} ${roundLine(input)}`), look.subtitle);
  b.fitHeight(2, size, all);
  b.addBanner(d(organizationLine(input)), look.subtitle);
  b.fitHeight(3, size, all);
  const intro = b.addBanner(d(`\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0${progressIntro(input)}`), { wrap: true, vertical: "top" });
  b.fitHeight(intro, size, all);

  const header = b.addRow(COLUMNS.map((c) => c.header));
  b.style(b.wholeRow(header), look.tableHeader).fitHeight(header);

  const framework = frameworkFor(input.fiscalYearBE) ?? frameworkFor(LAST_FRAMEWORK_YEAR)!;
  for (const n of INDICATOR_NUMBERS) {
    const rows = input.measures.filter((m) => m.indicator === n);
    if (rows.length === 0) continue;
    const heading = b.addBanner(d(`ตัวชี้วัดที่ ${n} ${indicatorOf(framework, n).name}`), { font: { bold: true }, fill: "#F2F2F2" });
    b.fitHeight(heading, size, all);
    for (const m of rows) {
      const result = [m.status ? `[${m.status}]` : "", m.result].filter(Boolean).join("\n");
      const row = b.addRow([m.title, m.methods, m.unit, m.period, result, m.suggestions].map((t) => d(t)));
      b.fitHeight(row);
    }
  }
  b.style(b.rowsRange(header + 1, b.nextRow - 1), look.body);

  b.addRow();
  for (const [title, text] of [
    ["ปัญหาและอุปสรรค", input.problems],
    ["ข้อเสนอแนะ/แนวทางแก้ไข", input.remedies],
  ] as const) {
    b.addBanner(title, { font: { bold: true } }, Math.ceil(size * 1.5));
    const row = b.addBanner(d(`\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0${text || "-"}`), { wrap: true, vertical: "top" });
    b.fitHeight(row, size, all);
  }
  appendSignatures(b, input.signatories, d, size);
  const last = b.nextRow - 1;
  return b.build({
    freeze: { rows: header, columns: 0 },
    print: { ...a4Print("landscape", { first: header, last: header }), printArea: rangeAddress(1, 1, last, COLUMNS.length) },
  });
}
