import { instrumentIndicatorsText, weightsRatioText } from "../framework/frameworkText";
import type { InstrumentCode } from "../framework/indicators";
import { type ReportInput } from "../model/reportInput";
import { changeText, computeScoreChange } from "../scoring/scoreChange";
import type { Comparison, ScoreSummary, YearSummary } from "../scoring/scoreSummary";
import { integerFormat, scoreFormat } from "../sheet/numberFormats";
import { cellRange } from "../sheet/cellRange";
import { SheetBuilder } from "../sheet/sheetBuilder";
import { columnWidthPoints, textWidthPoints } from "../sheet/textMetrics";
import type { CellValue, SheetSpec } from "../sheet/sheetSpec";
import { formulaNotes, statusNotes } from "./frameworkNotes";
import { appendNotes } from "./reportNotes";
import { a4Print, REPORT_TAB_COLOR, reportLook } from "./reportStyle";
import { digitsOf } from "./reportText";
import { addReportHeading } from "./reportHeading";
import type { ReportDefinition } from "./reportDefinition";

export const SCORE_COMPARISON_SHEET = "เปรียบเทียบคะแนน ITA";

const UP_COLOR = "#006100";
const DOWN_COLOR = "#C00000";
const BELOW_PASS_FILL = "#FCE4D6";
/** The change column's width in characters, where it holds the changes. */
const CHANGE_WIDTH = 24;
/** Characters a one-line sentence in the change column leaves over: its indent and padding, and a gap before the border. */
const SENTENCE_ROOM = 4;

/**
 * The score table of a year-end report (seed 001): each indicator's score in the two years and
 * the change, the instruments, the weighted overall score and the level of each year. With a
 * single year it shows that year alone.
 */
export function buildScoreComparisonSheet(
  input: ReportInput,
  summary: ScoreSummary,
): SheetSpec | null {
  const current = summary.years.at(-1);
  if (!current) return null;
  const previous = summary.comparison ? summary.years.at(-2)! : null;
  const comparison = summary.comparison;
  const digits = input.digitStyle;
  const d = digitsOf(input);
  const look = reportLook(input.font);
  const years = previous ? [previous, current] : [current];
  const scoreCols = years.length;
  const noChange = comparison
    ? null
    : d(`ไม่มีผลคะแนนปี พ.ศ. ${previousYearBE(summary, current)} จึงยังเปรียบเทียบไม่ได้`);
  const columns = [
    { width: 12 },
    { width: 44 },
    ...years.map(() => ({ width: 22 })),
    // The change column is there with a single year too: it says the previous year is missing,
    // on one line with room to spare on its right (a line that fills the cell prints against its border).
    {
      width: noChange
        ? Math.max(
            CHANGE_WIDTH,
            Math.ceil(textWidthPoints(noChange, input.font) / columnWidthPoints(1)) + SENTENCE_ROOM,
          )
        : CHANGE_WIDTH,
    },
  ];
  const b = new SheetBuilder({
    name: SCORE_COMPARISON_SHEET,
    role: "report",
    defaultFont: input.font,
    columns,
    tabColor: REPORT_TAB_COLOR,
  });
  const yearsText = years.map((y) => `พ.ศ. ${y.fiscalYearBE}`).join(" และ ");

  addReportHeading(b, input, look, {
    kind: SCORE_COMPARISON_KIND,
    product: SCORE_COMPARISON_HEADING,
  });
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
    "เปลี่ยนแปลง (คะแนน)",
  ]);
  b.style(b.wholeRow(header), look.tableHeader);

  const firstIndicator = b.nextRow;
  // Every indicator of the year's frame: one without a published score shows a dash (see the notes).
  for (const ind of current.framework.indicators) {
    const change = comparison?.indicators.find((c) => c.number === ind.number);
    const row = b.addRow([
      ind.number,
      ind.name,
      // A year of another frame may not have this indicator: shown as a dash, never a figure.
      ...years.map((y) => {
        const score = y.indicators.find((i) => i.number === ind.number)?.score;
        return score === undefined ? "-" : score / 100;
      }),
      ...(comparison
        ? [change ? change.text : "-"]
        : [b.nextRow === firstIndicator ? noChange : null]),
    ]);
    if (change && change.trend !== "same")
      b.style(cellRange(row, 3 + scoreCols, row, 3 + scoreCols), {
        font: { color: change.trend === "up" ? UP_COLOR : DOWN_COLOR },
      });
  }
  const lastIndicator = b.nextRow - 1;
  b.style(b.rowsRange(firstIndicator, lastIndicator), look.body);
  b.style(cellRange(firstIndicator, 1, lastIndicator, 1), {
    horizontal: "center",
    numberFormat: integerFormat(digits),
  });

  const firstInstrument = b.nextRow;
  for (const inst of current.framework.instruments)
    addInstrumentRow(b, inst.code, years, comparison, input);
  const lastInstrument = b.nextRow - 1;
  b.style(b.rowsRange(firstInstrument, lastInstrument), look.body);

  const totalRow = b.addRow([
    d(
      current.framework.overallFormula === "weighted-instrument-means"
        ? `คะแนนรวม ITA (ถ่วงน้ำหนัก ${weightsRatioText(current.framework)})`
        : "คะแนนรวม ITA (ค่าเฉลี่ยทุกตัวชี้วัด)",
    ),
    null,
    ...years.map((y) => y.overall / 100),
    ...(comparison ? [comparison.overall.text] : [null]),
  ]);
  const levelRow = b.addRow([
    "ระดับผลการประเมิน",
    null,
    ...years.map((y) => y.level),
    ...(comparison ? [levelChangeText(comparison)] : [null]),
  ]);
  for (const row of [totalRow, levelRow]) b.merge(cellRange(row, 1, row, 2));
  const changeColumn = 3 + scoreCols;
  if (!comparison) {
    // One cell down the change column says why there is no change to show.
    b.merge(cellRange(firstIndicator, changeColumn, levelRow, changeColumn));
    b.style(cellRange(firstIndicator, changeColumn, levelRow, changeColumn), {
      vertical: "middle",
      wrap: true,
    });
  }
  // The whole comparison on one page: the overall score and the levels are the row everybody reads.
  b.keepTogether(1, levelRow, "table");
  b.style(b.rowsRange(totalRow, levelRow), look.totalRow);
  b.style(cellRange(levelRow, 3, levelRow, 2 + scoreCols), { horizontal: "center" });

  const scoreRange = cellRange(firstIndicator, 3, totalRow, 2 + scoreCols);
  b.style(scoreRange, { numberFormat: scoreFormat(digits), horizontal: "center" });
  // The changes are figures, centred; the sentence that stands for them where there are none is
  // text, left-aligned with the body's indent so that its lines never touch the cell's left
  // border (Excel and LibreOffice indent no centred text).
  b.style(
    cellRange(firstIndicator, changeColumn, levelRow, changeColumn),
    comparison ? { horizontal: "center" } : { horizontal: "left", indent: 1 },
  );
  b.addConditionalFormat({
    kind: "less-than",
    range: cellRange(firstIndicator, 3, lastIndicator, 2 + scoreCols),
    value: current.framework.passMark / 100,
    style: { font: { color: DOWN_COLOR, bold: true }, fill: BELOW_PASS_FILL },
  });

  appendNotes(b, [...formulaNotes(years), ...statusNotes(years)], d, input.font.size);

  if (previous) {
    // A picture of the two years under the table: a native chart in Excel, data bars elsewhere.
    const top = b.nextRow + 1;
    b.addChart({
      kind: "column-clustered",
      title: d(`คะแนน ITA รายตัวชี้วัด ปี ${previous.fiscalYearBE} และ ${current.fiscalYearBE}`),
      source: cellRange(header, 2, lastIndicator, 2 + scoreCols),
      position: cellRange(top, 1, top + 18, columns.length),
      fallbackDataBars: [cellRange(firstIndicator, 3, lastIndicator, 2 + scoreCols)],
      fallbackColor: "#5B9BD5",
    });
  }
  return b.build({
    freeze: { rows: header, columns: 0 },
    // One page where a slightly smaller print allows it: the table and its notes.
    print: {
      ...a4Print("landscape", input.digitStyle, { first: header, last: header }),
      onePage: true,
    },
  });
}

function addInstrumentRow(
  b: SheetBuilder,
  code: InstrumentCode,
  years: readonly YearSummary[],
  comparison: Comparison | null,
  input: ReportInput,
): void {
  const d = digitsOf(input);
  const framework = years.at(-1)!.framework;
  const scores = years.map((y) => y.instruments.find((i) => i.code === code)?.score ?? null);
  const cells: CellValue[] = [
    d(`คะแนนแบบวัด ${code} (ตัวชี้วัดที่ ${instrumentIndicatorsText(framework, code)})`),
    null,
    ...scores.map((s) => (s === null ? "-" : s / 100)),
  ];
  if (!comparison) cells.push(null);
  else {
    const [before, after] = scores;
    cells.push(
      before === null || before === undefined || after === null || after === undefined
        ? "-"
        : changeText(computeScoreChange(before, after), input.digitStyle),
    );
  }
  const row = b.addRow(cells);
  b.merge(cellRange(row, 1, row, 2));
}

/** The year a single year is compared with: the scored year before it, else the year before. */
function previousYearBE(summary: ScoreSummary, current: YearSummary): number {
  return summary.years.at(-2)?.fiscalYearBE ?? current.fiscalYearBE - 1;
}

function levelChangeText(c: Comparison): string {
  return c.previousLevel === c.currentLevel
    ? "คงเดิม"
    : `จาก ${c.previousLevel} เป็น ${c.currentLevel}`;
}

const SCORE_COMPARISON_KIND = "score-comparison";
const SCORE_COMPARISON_HEADING = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)";

/** The score-comparison report, for the registry (reportRegistry.ts). */
export const SCORE_COMPARISON_REPORT = {
  kind: SCORE_COMPARISON_KIND,
  sheet: SCORE_COMPARISON_SHEET,
  title: "ตารางเปรียบเทียบคะแนน ITA",
  needs: () => ["scores"],
  build: buildScoreComparisonSheet,
  heading: () => SCORE_COMPARISON_HEADING,
} as const satisfies ReportDefinition;
