import { measuresFramework } from "../scoring/inputFrameworks";
import type { Measure } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import { userOrDraft } from "../model/reportTexts";
import { cellRange } from "../sheet/cellRange";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { SheetSpec } from "../sheet/sheetSpec";
import type { ScoreSummary } from "../scoring/scoreSummary";
import { groupMeasures, printedTitle } from "./measureGroups";
import { outcomeNarrative } from "./outcomeNarrative";
import { digitsOf } from "./reportText";
import { addReportHeading } from "./reportHeading";
import { statusNotes } from "./frameworkNotes";
import { appendNotes } from "./reportNotes";
import { a4Print, REPORT_TAB_COLOR, reportLook } from "./reportStyle";
import { appendSignatures } from "./signatureBlock";
import type { ReportDefinition } from "./reportDefinition";
import { coverTitle } from "./coverPage";

export const YEAR_END_REPORT_SHEET = "รายงานผลประจำปี";
const YEAR_END_KIND = "year-end";
export const YEAR_END_REPORT_TITLE = "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

interface Column {
  readonly header: string;
  readonly width: number;
  readonly cell: (m: Measure) => string;
}

/** The six columns of seed 001, with the status in a column of its own when asked. */
function columnsOf(statusColumn: boolean): Column[] {
  return [
    // The measure and, below it, its activities: this table has no column of its own for them.
    {
      header: "มาตรการ/กิจกรรม/แนวทาง ที่ดำเนินการ",
      width: 34,
      cell: (m) => [m.title, m.methods].filter(Boolean).join("\n"),
    },
    {
      header: "สรุปผลการดำเนินการตามมาตรการ/กิจกรรม",
      width: statusColumn ? 34 : 40,
      cell: (m) => m.result,
    },
    { header: "หน่วยงานที่รับผิดชอบ", width: 18, cell: (m) => m.unit },
    { header: "ระยะเวลาดำเนินการ", width: 16, cell: (m) => m.period },
    { header: "ผลลัพธ์/ตัวชี้วัดความสำเร็จของการดำเนินการ", width: 26, cell: (m) => m.outcome },
    ...(statusColumn ? [{ header: "สถานะ", width: 16, cell: (m: Measure) => m.status }] : []),
    { header: "หมายเหตุ", width: 18, cell: (m) => m.remark },
  ];
}

/**
 * The year-end results report of seed 001: the six-column table in the user's order and
 * grouping (by measure heading, by indicator, or a plain list), then the outcome paragraph (the
 * user's own, or drafted from the scores);
 * the score comparison sheet follows it.
 */
export function buildYearEndReportSheet(
  input: ReportInput,
  summary: ScoreSummary,
): SheetSpec | null {
  if (input.measures.length === 0) return null;
  const layout = input.layout.yearEnd;
  const COLUMNS = columnsOf(layout.statusColumn);
  const d = digitsOf(input);
  const look = reportLook(input.font);
  const b = new SheetBuilder({
    name: YEAR_END_REPORT_SHEET,
    role: "report",
    defaultFont: input.font,
    columns: COLUMNS.map((c) => ({ width: c.width })),
    tabColor: REPORT_TAB_COLOR,
  });
  addReportHeading(b, input, look, { kind: YEAR_END_KIND, product: YEAR_END_REPORT_TITLE }, [
    `ประจำปีงบประมาณ พ.ศ. ${input.fiscalYearBE}`,
  ]);
  const header = b.addRow(COLUMNS.map((c) => c.header));
  b.style(b.wholeRow(header), look.tableHeader);

  // The header never ends a page: it goes with the first group's heading and first row.
  b.keepTogether(header, header + 1, "heading");
  for (const group of groupMeasures(
    input.measures,
    layout.grouping,
    input.layout.numbering,
    measuresFramework(input),
  )) {
    if (group.heading !== null)
      b.keepTogether(
        b.addBanner(d(group.heading), { font: { bold: true }, fill: "#F2F2F2" }),
        b.nextRow,
        "heading",
      );
    for (const line of group.measures) {
      const cells = COLUMNS.map((c) => c.cell({ ...line.measure, title: printedTitle(line) }));
      b.addRow(cells.map((t) => d(t)));
    }
  }
  const lastMeasure = b.nextRow - 1;
  b.style(b.rowsRange(header + 1, lastMeasure), look.body);

  const draft = outcomeNarrative(input, summary);
  const narrative = userOrDraft(input.texts.yearEndOutcome, draft ? [draft] : []);
  if (narrative.length > 0) {
    b.addRow();
    b.keepTogether(
      b.addBanner("ผลลัพธ์หรือความสำเร็จของการดำเนินการ", { font: { bold: true } }),
      b.nextRow,
      "heading",
    );
    for (const p of narrative)
      b.addBanner(d(`\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0${p}`), {
        wrap: true,
        vertical: "top",
      });
  }
  if (layout.signatures) appendSignatures(b, input.signatories, d);
  // The notes speak of the figures the narrative cites (an array is always truthy: test its length).
  if (narrative.length > 0)
    appendNotes(b, statusNotes(summary.years.slice(-2)), d, input.font.size);
  // What follows the table prints with its last row, so that no page holds it alone under the repeated header.
  b.keepTogether(lastMeasure, b.nextRow - 1, "closing");
  return b.build({
    freeze: { rows: header, columns: 0 },
    print: {
      ...a4Print("landscape", input.digitStyle, { first: header, last: header }),
      printArea: cellRange(1, 1, b.nextRow - 1, COLUMNS.length),
    },
  });
}

/** The year-end report, for the registry (reportRegistry.ts). */
export const YEAR_END_REPORT = {
  kind: YEAR_END_KIND,
  sheet: YEAR_END_REPORT_SHEET,
  title: "รายงานผลการดำเนินการประจำปี",
  needs: () => ["measures"],
  build: buildYearEndReportSheet,
  heading: () => YEAR_END_REPORT_TITLE,
  cover: (input) =>
    input.layout.yearEnd.cover
      ? {
          title: coverTitle(input, YEAR_END_KIND, YEAR_END_REPORT_TITLE),
          sheet: YEAR_END_REPORT_SHEET,
          withRound: false,
        }
      : null,
} as const satisfies ReportDefinition;
