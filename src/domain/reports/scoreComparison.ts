import type { InstrumentCode } from "../framework/indicators";
import { indicatorsOf, frameworkFor } from "../framework/itaFramework";
import { organizationFullName } from "../model/organization";
import { type ReportInput } from "../model/reportInput";
import type { Comparison, ScoreSummary, YearSummary } from "../scoring/scoreSummary";
import { inDigitStyle } from "../thai/digits";
import { integerFormat, scoreFormat } from "../sheet/numberFormats";
import { columnLetters, rangeAddress } from "../sheet/a1";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { CellValue, SheetSpec } from "../sheet/sheetSpec";
import { a4Print, REPORT_TAB_COLOR, reportLook } from "./reportStyle";

export const SCORE_COMPARISON_SHEET = "เปรียบเทียบคะแนน ITA";

const UP_COLOR = "#006100";
const DOWN_COLOR = "#C00000";
const BELOW_PASS_FILL = "#FCE4D6";

/**
 * The score table of a year-end report (seed 001): each indicator's score in the two years and
 * the change, the instruments, the weighted overall score and the level of each year. With a
 * single year it shows that year alone.
 */
export function buildScoreComparisonSheet(input: ReportInput, summary: ScoreSummary): SheetSpec | null {
  const current = summary.years.at(-1);
  if (!current) return null;
  const previous = summary.comparison ? summary.years.at(-2)! : null;
  const comparison = summary.comparison;
  const digits = input.digitStyle;
  const d = (text: string) => inDigitStyle(text, digits);
  const look = reportLook(input.font);
  const years = previous ? [previous, current] : [current];
  const scoreCols = years.length;
  const columns = [
    { width: 12 },
    { width: 44 },
    ...years.map(() => ({ width: 22 })),
    ...(comparison ? [{ width: 24 }] : []),
  ];
  const b = new SheetBuilder({
    name: SCORE_COMPARISON_SHEET,
    role: "report",
    defaultFont: input.font,
    columns,
    tabColor: REPORT_TAB_COLOR,
  });
  const org = input.organization;
  const yearsText = years.map((y) => `พ.ศ. ${y.fiscalYearBE}`).join(" และ ");

  b.addBanner("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", look.title);
  b.addBanner(d(`${organizationFullName(org)} อำเภอ${org.district} จังหวัด${org.province}`), look.subtitle);
  b.addBanner(
    d(previous ? `เปรียบเทียบผลคะแนน ปีงบประมาณ ${yearsText}` : `ผลคะแนน ปีงบประมาณ ${yearsText}`),
    look.subtitle,
  );
  b.addRow();
  b.setHeight(4, 8);

  const header = b.addRow([
    "ตัวชี้วัดที่",
    "รายละเอียดตัวชี้วัด",
    ...years.map((y) => d(`คะแนน ITA ปีงบประมาณ พ.ศ. ${y.fiscalYearBE}`)),
    ...(comparison ? ["เปลี่ยนแปลง (คะแนน)"] : []),
  ]);
  b.style(b.wholeRow(header), look.tableHeader);

  const firstIndicator = b.nextRow;
  for (const ind of current.indicators) {
    const change = comparison?.indicators.find((c) => c.number === ind.number);
    const row = b.addRow([
      ind.number,
      ind.name,
      ...years.map((y) => y.indicators.find((i) => i.number === ind.number)!.score / 100),
      ...(change ? [change.text] : []),
    ]);
    if (change && change.trend !== "same")
      b.style(rangeAddress(row, 3 + scoreCols, row, 3 + scoreCols), {
        font: { color: change.trend === "up" ? UP_COLOR : DOWN_COLOR },
      });
  }
  const lastIndicator = b.nextRow - 1;
  b.style(b.rowsRange(firstIndicator, lastIndicator), look.body);
  b.style(rangeAddress(firstIndicator, 1, lastIndicator, 1), { horizontal: "center", numberFormat: integerFormat(digits) });

  const firstInstrument = b.nextRow;
  for (const inst of current.instruments) addInstrumentRow(b, inst.code, years, comparison, d);
  const lastInstrument = b.nextRow - 1;
  b.style(b.rowsRange(firstInstrument, lastInstrument), look.body);

  const totalRow = b.addRow([
    d("คะแนนรวม ITA (ถ่วงน้ำหนัก IIT 30 : EIT 30 : OIT 40)"),
    null,
    ...years.map((y) => y.overall / 100),
    ...(comparison ? [comparison.overall.text] : []),
  ]);
  const levelRow = b.addRow([
    "ระดับผลการประเมิน",
    null,
    ...years.map((y) => y.level),
    ...(comparison ? [levelChangeText(comparison)] : []),
  ]);
  for (const row of [totalRow, levelRow]) b.merge(rangeAddress(row, 1, row, 2));
  b.style(b.rowsRange(totalRow, levelRow), look.totalRow);
  b.style(rangeAddress(levelRow, 3, levelRow, 2 + scoreCols), { horizontal: "center" });

  const scoreRange = rangeAddress(firstIndicator, 3, totalRow, 2 + scoreCols);
  b.style(scoreRange, { numberFormat: scoreFormat(digits), horizontal: "center" });
  if (comparison) b.style(rangeAddress(firstIndicator, 3 + scoreCols, levelRow, 3 + scoreCols), { horizontal: "center" });
  b.addConditionalFormat({
    kind: "less-than",
    range: rangeAddress(firstIndicator, 3, lastIndicator, 2 + scoreCols),
    value: 85,
    style: { font: { color: DOWN_COLOR, bold: true }, fill: BELOW_PASS_FILL },
  });

  b.addRow();
  for (const note of notes(years, d)) {
    const row = b.addRow([note]);
    b.merge(b.wholeRow(row)).style(b.wholeRow(row), { wrap: true, vertical: "top", font: { size: input.font.size - 2 } });
  }

  if (previous) {
    // A picture of the two years under the table: a native chart in Excel, data bars elsewhere.
    const top = b.nextRow + 1;
    b.addChart({
      kind: "column-clustered",
      title: d(`คะแนน ITA รายตัวชี้วัด ปี ${previous.fiscalYearBE} และ ${current.fiscalYearBE}`),
      source: rangeAddress(header, 2, lastIndicator, 2 + scoreCols),
      position: { topLeft: `A${top}`, bottomRight: `${columnLetters(columns.length)}${top + 18}` },
      fallbackDataBars: [rangeAddress(firstIndicator, 3, lastIndicator, 2 + scoreCols)],
      fallbackColor: "#5B9BD5",
    });
  }
  return b.build({
    freeze: { rows: header, columns: 0 },
    print: a4Print("landscape", { first: header, last: header }),
  });
}

function addInstrumentRow(
  b: SheetBuilder,
  code: InstrumentCode,
  years: readonly YearSummary[],
  comparison: Comparison | null,
  d: (t: string) => string,
): void {
  const framework = frameworkFor(years.at(-1)!.fiscalYearBE)!;
  const members = indicatorsOf(framework, code).map((i) => i.number);
  const range = members.length > 1 ? `${members[0]}–${members.at(-1)}` : `${members[0]}`;
  const scores = years.map((y) => y.instruments.find((i) => i.code === code)!.score);
  const cells: CellValue[] = [d(`คะแนนแบบวัด ${code} (ตัวชี้วัดที่ ${range})`), null, ...scores.map((s) => s / 100)];
  if (comparison) {
    const delta = scores[1]! - scores[0]!;
    cells.push(
      delta === 0 ? "เท่าเดิม" : d(`${delta > 0 ? "เพิ่มขึ้น" : "ลดลง"} ${(Math.abs(delta) / 100).toFixed(2)}`),
    );
  }
  const row = b.addRow(cells);
  b.merge(rangeAddress(row, 1, row, 2));
}

function levelChangeText(c: Comparison): string {
  return c.previousLevel === c.currentLevel ? "คงเดิม" : `จาก ${c.previousLevel} เป็น ${c.currentLevel}`;
}

function notes(years: readonly YearSummary[], d: (t: string) => string): string[] {
  const out = [
    d(
      "หมายเหตุ: คะแนนรวม ITA คำนวณจากค่าเฉลี่ยของแต่ละแบบวัดถ่วงน้ำหนัก IIT ร้อยละ 30 EIT ร้อยละ 30 และ OIT ร้อยละ 40 ปัดทศนิยมสองตำแหน่งแบบปัดครึ่งขึ้น ไม่ใช่ค่าเฉลี่ยของ 10 ตัวชี้วัด",
    ),
  ];
  if (years.some((y) => y.fiscalYearBE >= 2566))
    out.push(
      d(
        "ระดับผลการประเมินตั้งแต่ปี 2566: ผ่านดีเยี่ยม (คะแนนรวมและทุกแบบวัดตั้งแต่ 95) ผ่านดี (คะแนนรวมและทุกแบบวัดตั้งแต่ 85) ผ่าน (คะแนนรวมตั้งแต่ 85) ต้องปรับปรุง (70–84.99) ต้องปรับปรุงโดยด่วน (ต่ำกว่า 70)",
      ),
    );
  if (years.some((y) => y.provisional))
    out.push(d("เกณฑ์ของปี 2568 ยังเป็นข้อมูลเบื้องต้น รอยืนยันกับคู่มือการประเมินของ ป.ป.ช."));
  return out;
}
