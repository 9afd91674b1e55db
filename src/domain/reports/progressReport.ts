import { measuresFramework } from "../scoring/inputFrameworks";
import { organizationFullName } from "../model/organization";
import { type Measure } from "../model/measure";
import { type ReportInput } from "../model/reportInput";
import { userOrDraft } from "../model/reportTexts";
import { cellRange } from "../sheet/cellRange";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { SheetSpec } from "../sheet/sheetSpec";
import { groupMeasures, printedTitle } from "./measureGroups";
import { digitsOf, roundLine } from "./reportText";
import { addReportHeading } from "./reportHeading";
import { a4Print, REPORT_TAB_COLOR, reportLook } from "./reportStyle";
import { appendSignatures } from "./signatureBlock";
import type { ReportDefinition } from "./reportDefinition";
import { coverTitle } from "./coverPage";

export const PROGRESS_REPORT_SHEET = "รายงานผลตามมาตรการ";
const PROGRESS_KIND = "progress";
export const PROGRESS_REPORT_TITLE =
  "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

interface Column {
  readonly header: string;
  readonly width: number;
  readonly cell: (m: Measure) => string;
}

/** The six columns of seeds 000 and 003, with the status in a column of its own when asked. */
function columnsOf(statusColumn: boolean): Column[] {
  return [
    { header: "มาตรการ/แนวทาง", width: 26, cell: (m) => m.title },
    { header: "วิธีการดำเนินการ", width: statusColumn ? 34 : 38, cell: (m) => m.methods },
    { header: "ผู้รับผิดชอบ", width: 18, cell: (m) => m.unit },
    { header: "ระยะเวลาดำเนินการ", width: 16, cell: (m) => m.period },
    { header: "ผลการดำเนินการ", width: statusColumn ? 34 : 40, cell: (m) => m.result },
    ...(statusColumn ? [{ header: "สถานะ", width: 16, cell: (m: Measure) => m.status }] : []),
    { header: "ข้อเสนอแนะ", width: 24, cell: (m) => m.suggestions },
  ];
}

/** How many measures have each status, for the intro and the checks. */
export function statusCounts(measures: readonly Measure[]) {
  const count = (s: Measure["status"]) => measures.filter((m) => m.status === s).length;
  return {
    done: count("ดำเนินการแล้ว"),
    ongoing: count("อยู่ระหว่างดำเนินการ"),
    notStarted: count("ยังไม่ดำเนินการ"),
    unknown: count(""),
  };
}

/** The drafted intro paragraph, built only from the settings and the counted measures; the user's own replaces it. */
export function progressIntro(input: ReportInput): string {
  const fy = input.fiscalYearBE;
  const c = statusCounts(input.measures);
  const indicators = new Set(
    input.measures.flatMap((m) => (m.indicator === null ? [] : [m.indicator])),
  ).size;
  const statusText = [
    `ดำเนินการแล้ว ${c.done} มาตรการ`,
    `อยู่ระหว่างดำเนินการ ${c.ongoing} มาตรการ`,
    `ยังไม่ดำเนินการ ${c.notStarted} มาตรการ`,
    ...(c.unknown ? [`ยังไม่ระบุสถานะ ${c.unknown} มาตรการ`] : []),
  ].join(" ");
  return (
    `${organizationFullName(input.organization)}ได้นำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
    `ประจำปีงบประมาณ พ.ศ. ${fy - 1} มาวิเคราะห์ และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
    `ประจำปีงบประมาณ พ.ศ. ${fy} จำนวน ${input.measures.length} มาตรการ ${indicators ? `ครอบคลุม ${indicators} ตัวชี้วัด ` : ""}` +
    `ผลการดำเนินงาน${roundLine(input)} ${statusText} รายละเอียดดังตารางต่อไปนี้`
  );
}

/**
 * The 6-month (or year) progress report of seeds 000 and 003: title block, intro, the six-column
 * table in the user's order and grouping (by indicator, by heading, or a plain list), the status
 * in its own column when asked, problems and suggestions, and the signatures.
 */
export function buildProgressReportSheet(input: ReportInput): SheetSpec | null {
  if (input.measures.length === 0) return null;
  const layout = input.layout.progress;
  const COLUMNS = columnsOf(layout.statusColumn);
  const d = digitsOf(input);
  const look = reportLook(input.font);
  const b = new SheetBuilder({
    name: PROGRESS_REPORT_SHEET,
    role: "report",
    defaultFont: input.font,
    columns: COLUMNS.map((c) => ({ width: c.width })),
    tabColor: REPORT_TAB_COLOR,
  });
  addReportHeading(b, input, look, { kind: PROGRESS_KIND, product: PROGRESS_REPORT_TITLE }, [
    `ประจำปีงบประมาณ พ.ศ. ${input.fiscalYearBE} ${roundLine(input)}`,
  ]);
  for (const p of userOrDraft(input.texts.progressIntro, [progressIntro(input)]))
    b.addBanner(d(`\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0${p}`), {
      wrap: true,
      vertical: "top",
    });

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

  // Problems and remedies, unless the layout leaves the section out (seed 003 has none).
  if (layout.problems) {
    b.addRow();
    for (const [title, text] of [
      ["ปัญหาและอุปสรรค", input.problems],
      ["ข้อเสนอแนะ/แนวทางแก้ไข", input.remedies],
    ] as const) {
      const heading = b.addBanner(title, { font: { bold: true } });
      b.keepTogether(
        heading,
        b.addBanner(d(`\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0${text || "-"}`), {
          wrap: true,
          vertical: "top",
        }),
        "heading",
      );
    }
  }
  if (layout.signatures) appendSignatures(b, input.signatories, d);
  const last = b.nextRow - 1;
  // What follows the table prints with its last row, so that no page holds it alone under the repeated header.
  b.keepTogether(lastMeasure, last, "closing");
  return b.build({
    freeze: { rows: header, columns: 0 },
    print: {
      ...a4Print("landscape", input.digitStyle, { first: header, last: header }),
      printArea: cellRange(1, 1, last, COLUMNS.length),
    },
  });
}

/** The progress report, for the registry (reportRegistry.ts). */
export const PROGRESS_REPORT = {
  kind: PROGRESS_KIND,
  sheet: PROGRESS_REPORT_SHEET,
  title: "รายงานผลตามมาตรการ (รอบ 6 เดือน)",
  // The progress report builds with no scores at all (seeds 000, 003).
  needs: () => ["measures"],
  build: buildProgressReportSheet,
  heading: () => PROGRESS_REPORT_TITLE,
  cover: (input) =>
    input.layout.progress.cover
      ? {
          title: coverTitle(input, PROGRESS_KIND, PROGRESS_REPORT_TITLE),
          sheet: PROGRESS_REPORT_SHEET,
          withRound: true,
        }
      : null,
} as const satisfies ReportDefinition;
