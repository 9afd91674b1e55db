import type { InstrumentCode } from "../framework/indicators";
import type { Measure } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import { rangeAddress } from "../sheet/a1";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { SheetSpec } from "../sheet/sheetSpec";
import { formatHundredths } from "../numbers/hundredths";
import type { ScoreSummary } from "../scoring/scoreSummary";
import { analyse, INSTRUMENT_NAMES } from "./analysisText";
import { digitsOf, organizationLine } from "./reportText";
import { a4Print, REPORT_TAB_COLOR, reportLook } from "./reportStyle";

export const PLAN_SHEET = "แผนพัฒนาจากผล ITA";

const COLUMNS = [
  { header: "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน", width: 26 },
  { header: "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ", width: 38 },
  { header: "มาตรการ", width: 30 },
  { header: "ผู้รับผิดชอบ", width: 18 },
  { header: "การกำกับติดตาม\nดำเนินการแล้ว", width: 14 },
  { header: "การกำกับติดตาม\nยังไม่ดำเนินการ", width: 14 },
] as const;
const CHECK = "✓";
const NO_MEASURE = "ยังไม่มีมาตรการ: ควรเพิ่มในชีตมาตรการ";

/**
 * The improvement plan of seed 004: for each weak indicator (below the strength bar), split by
 * instrument, the measures that target it with their responsible unit and tracking status.
 * A weak indicator without a measure is shown as such, never left out.
 */
export function buildImprovementPlanSheet(input: ReportInput, summary: ScoreSummary): SheetSpec | null {
  const a = analyse(summary);
  if (!a) return null;
  const d = digitsOf(input);
  const look = reportLook(input.font);
  const b = new SheetBuilder({ name: PLAN_SHEET, role: "report", defaultFont: input.font, columns: COLUMNS.map((c) => ({ width: c.width })), tabColor: REPORT_TAB_COLOR });
  b.addBanner(d(`แผนการนำผลการวิเคราะห์การประเมิน ITA ปี ${a.year.fiscalYearBE} ไปสู่การปฏิบัติ ประจำปีงบประมาณ พ.ศ. ${input.fiscalYearBE}`), look.title);
  b.addBanner(d(organizationLine(input)), look.subtitle);
  const header = b.addRow(COLUMNS.map((c) => c.header));
  b.style(b.wholeRow(header), look.tableHeader);

  for (const code of ["IIT", "EIT", "OIT"] as InstrumentCode[]) {
    const weak = a.toDevelop.filter((i) => i.instrument === code).sort((x, y) => x.number - y.number);
    const inst = a.year.instruments.find((i) => i.code === code)!;
    b.addBanner(d(`${INSTRUMENT_NAMES[code]}: ${formatHundredths(inst.score, "arabic")} คะแนน`), { font: { bold: true }, fill: "#F2F2F2" });
    if (weak.length === 0) {
      b.addBanner("ไม่มีตัวชี้วัดที่ต้องพัฒนาในแบบวัดนี้", {});
      continue;
    }
    for (const indicator of weak) {
      const issue = d(`ตัวชี้วัดที่ ${indicator.number} ${indicator.name} (${formatHundredths(indicator.score, "arabic")} คะแนน)`);
      const measures = input.measures.filter((m) => m.indicator === indicator.number);
      const first = b.nextRow;
      if (measures.length === 0) b.addRow([issue, NO_MEASURE, "-", "-", null, null]);
      // The weakness is written once; the merge over its measures shows it beside all of them.
      measures.forEach((m, i) => b.addRow([i === 0 ? issue : null, d(m.methods), d(m.title), d(m.unit), ...tracking(m)]));
      const last = b.nextRow - 1;
      if (last > first) b.merge(rangeAddress(first, 1, last, 1));
      if (measures.length === 0) b.style(rangeAddress(first, 2, first, 2), { font: { color: "#C00000", bold: true } });
    }
  }
  const last = b.nextRow - 1;
  b.style(b.rowsRange(header + 1, last), look.body);
  b.style(rangeAddress(header + 1, 5, last, 6), { horizontal: "center" });
  return b.build({ freeze: { rows: header, columns: 0 }, print: a4Print("landscape", { first: header, last: header }) });
}

function tracking(m: Measure): [string | null, string | null] {
  if (m.status === "ดำเนินการแล้ว") return [CHECK, null];
  if (m.status === "") return [null, null];
  return [null, m.status === "อยู่ระหว่างดำเนินการ" ? `${CHECK} (อยู่ระหว่างดำเนินการ)` : CHECK];
}
