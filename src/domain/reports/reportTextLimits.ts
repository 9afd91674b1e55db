import { IssueCollector } from "../issues/issueCollector";
import type { ValidationIssue } from "../issues/validationIssue";
import type { Measure, MeasureField } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import { MAX_CELL_TEXT_LENGTH } from "../sheet/sheetLimits";
import { toArabicDigits } from "../thai/digits";
import { measurePlace } from "../validation/measurePlace";
import { buildReportSheet, type ReportKind } from "./buildReport";

/** Words a report adds around one measure's texts in a cell (a number, a heading): far more than any does. */
const REPORT_WORDS = 1_000;

const FIELDS = ["heading", "title", "methods", "unit", "period", "result", "outcome", "suggestions", "remark", "evidenceUrl", "weakness", "approach", "tracking"] as const satisfies readonly MeasureField[];

const textLength = (m: Measure) => FIELDS.reduce((sum, f) => sum + m[f].length, 0);

/**
 * Input texts that fit their own cell but would make a cell of a report longer than Excel keeps
 * (a measure's title and methods share one cell of the year-end report): named at the input
 * field, so `validate` says it where the build would only name the report's cell. Only a measure
 * whose texts together come near the limit can do it, so for every real input the reports are
 * not built here; when one does, the reports are built and each over-long cell is traced to the
 * longest field of those measures that it holds.
 */
export function fieldsOverReportLimit(input: ReportInput, kinds: readonly ReportKind[]): ValidationIssue[] {
  const suspects = input.measures.filter((m) => textLength(m) + REPORT_WORDS > MAX_CELL_TEXT_LENGTH);
  if (suspects.length === 0) return [];
  const issues = new IssueCollector();
  const fields = suspects.flatMap((m) => FIELDS.filter((f) => m[f] !== "").map((f) => ({ m, f, text: toArabicDigits(m[f]) })));
  for (const kind of new Set(kinds)) {
    const sheet = buildReportSheet(input, kind);
    if (!sheet) continue;
    for (const row of sheet.rows)
      for (const value of row) {
        if (typeof value !== "string" || value.length <= MAX_CELL_TEXT_LENGTH) continue;
        const cell = toArabicDigits(value);
        const longest = fields.filter((x) => cell.includes(x.text)).sort((a, b) => b.text.length - a.text.length)[0];
        if (longest)
          issues.error("text-too-long-for-report", measurePlace(longest.m, longest.f), {
            length: longest.text.length,
            sheet: sheet.name,
            cellLength: value.length,
            max: MAX_CELL_TEXT_LENGTH,
          });
      }
  }
  return issues.issues;
}
