import type { ReportInput } from "../model/reportInput";
import { paragraphsOf } from "../model/reportTexts";
import { hasNoComment, signatureNameLine, signedLine, type Signatory } from "../model/signatory";
import { cellRange } from "../sheet/cellRange";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { CellStyle, SheetSpec } from "../sheet/sheetSpec";
import type { ScoreSummary } from "../scoring/scoreSummary";
import { formatThaiDate } from "../thai/thaiDate";
import { memoHeadings, memoText } from "./memoText";
import { digitsOf } from "./reportText";
import { statusNotes } from "./frameworkNotes";
import { appendNotes } from "./reportNotes";
import { memoPrint, REPORT_TAB_COLOR } from "./reportStyle";
import { keepSignature } from "./signatureBlock";
import type { ReportDefinition } from "./reportDefinition";

export const MEMO_SHEET = "บันทึกข้อความ";

const DOTS = "..............................................";
const INDENT = "\u00a0".repeat(10);

/**
 * The memo cover (บันทึกข้อความ) of seeds 003 and 004: header fields with dotted lines, then
 * เรื่องเดิม / ข้อเท็จจริง / ข้อเสนอ as the user wrote them (drafted from the figures where
 * empty), the reporter's signature and the approval chain from the settings, each level with
 * its own comment lines or a drafted "เรียน … เพื่อโปรดทราบ", the last one "ทราบ". Portrait A4, left margin 3 cm and right 2 cm; title 29 pt, labels 20 pt.
 */
export function buildMemoSheet(input: ReportInput, summary: ScoreSummary): SheetSpec {
  const d = digitsOf(input);
  const text = memoText(input, summary);
  const columns = [{ width: 15 }, { width: 30 }, { width: 10 }, { width: 31 }];
  const b = new SheetBuilder({
    name: MEMO_SHEET,
    role: "report",
    defaultFont: input.font,
    columns,
    tabColor: REPORT_TAB_COLOR,
  });
  const label: CellStyle = { font: { bold: true, size: 20 }, vertical: "bottom" };
  const field: CellStyle = {
    vertical: "bottom",
    border: { line: "dotted", where: "bottom" },
    wrap: true,
    indent: 1,
  };

  b.addBanner("บันทึกข้อความ", {
    font: { bold: true, size: 29 },
    horizontal: "center",
    vertical: "middle",
  });
  const unit = b.addRow(["ส่วนราชการ", d(input.memo.unit || DOTS)]);
  b.merge(cellRange(unit, 2, unit, 4))
    .style(cellRange(unit, 1, unit, 1), label)
    .style(cellRange(unit, 2, unit, 4), field);
  const date = input.reportDate ? formatThaiDate(input.reportDate, "full", input.digitStyle) : DOTS;
  const num = b.addRow(["ที่", d(input.memo.number || DOTS), "วันที่", date]);
  b.style(cellRange(num, 1, num, 1), label).style(cellRange(num, 3, num, 3), {
    ...label,
    horizontal: "right",
  });
  b.style(cellRange(num, 2, num, 2), field).style(cellRange(num, 4, num, 4), field);
  const subject = b.addRow(["เรื่อง", d(text.subject)]);
  b.merge(cellRange(subject, 2, subject, 4)).style(cellRange(subject, 1, subject, 1), {
    ...label,
    vertical: "top",
  });
  b.style(cellRange(subject, 2, subject, 4), { ...field, vertical: "top" });
  b.addRow();
  const to = b.addRow(["เรียน", d(input.memo.to || DOTS)]);
  b.merge(cellRange(to, 2, to, 4));

  // Each part under its heading (the user's, or none where they typed a dash alone, as seed 004's proposal).
  const section = (title: string | null, paragraphs: readonly string[]) => {
    if (title !== null) {
      b.keepTogether(b.nextRow, b.nextRow + 1, "heading");
      b.addBanner(d(title), { font: { bold: true } });
    }
    for (const p of paragraphs) b.addBanner(d(INDENT + p), { wrap: true, vertical: "top" });
  };
  const headings = memoHeadings(input);
  section(headings.background, text.background);
  section(headings.facts, text.facts);
  section(headings.proposal, text.proposal);

  // Each person's own comment lines (seed 003's "ความเห็น…") print above their signature; an
  // approver without any gets the drafted ones, the reporter none; a dash alone means no line.
  const ownLines = (person: Signatory) =>
    hasNoComment(person)
      ? undefined
      : paragraphsOf(person.comment ?? "").forEach((text) => line(b, d(text), "left", 1, true));
  // Each person's lines and signature print on one page. The reporter's goes with the memo's
  // text; the chain may then break before an approver who has lines of their own, so a page
  // never starts with a bare signature, and never before the last one, so the page it goes on
  // holds two approvers at least (seed 003's chain no longer leaves page 1 half empty).
  const [reporter, ...chain] = input.signatories;
  let previous = b.nextRow - 1;
  if (reporter) {
    const first = b.nextRow;
    ownLines(reporter);
    signature(b, reporter, d);
    keepSignature(b, previous, first, b.nextRow - 1);
    previous = b.nextRow - 1;
  }
  chain.forEach((person, i) => {
    const next = chain[i + 1];
    b.addRow();
    const first = b.nextRow;
    if (paragraphsOf(person.comment ?? "").length > 0) ownLines(person);
    else if (next) {
      line(b, d(`เรียน ${next.position || next.name}`), "left");
      line(b, "- เพื่อโปรดทราบ", "left");
      line(b, DOTS + DOTS, "left");
    } else line(b, "- ทราบ", "left");
    const commented = b.nextRow > first;
    signature(b, person, d);
    keepSignature(b, commented && next ? 0 : previous, first, b.nextRow - 1);
    previous = b.nextRow - 1;
  });
  // The figures of เรื่องเดิม and ข้อเท็จจริง come from the latest year (and the one before); the layout may leave the note out (seed 004).
  if (input.layout.memo.notes)
    appendNotes(b, statusNotes(summary.years.slice(-2)), d, input.font.size);
  return b.build({ print: memoPrint(input.digitStyle) });
}

function line(
  b: SheetBuilder,
  text: string,
  align: "left" | "center",
  first = 1,
  wrap = false,
): number {
  const row = b.addRow(Array.from({ length: 4 }, (_, i) => (i === first - 1 ? text : null)));
  b.merge(cellRange(row, first, row, 4)).style(cellRange(row, first, row, 4), {
    horizontal: align,
    vertical: "middle",
    ...(wrap ? { wrap } : {}),
  });
  return row;
}

function signature(b: SheetBuilder, person: Signatory, d: (t: string) => string): void {
  for (const t of [
    signedLine(person, "........................................"),
    signatureNameLine(person, "........................................"),
    person.position || "ตำแหน่ง ................................",
  ]) {
    line(b, d(t), "center", 3);
  }
}

/** The memo report, for the registry (reportRegistry.ts). */
export const MEMO_REPORT = {
  kind: "memo",
  sheet: MEMO_SHEET,
  title: "บันทึกข้อความ (ปกเสนอผู้บริหาร)",
  needs: () => [],
  build: buildMemoSheet,
} as const satisfies ReportDefinition;
