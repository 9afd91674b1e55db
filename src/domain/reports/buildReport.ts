import { hasErrors, type ValidationIssue } from "../input/validationIssue";
import type { ReportInput } from "../input/reportInput";
import { summarizeScores, type ScoreSummary } from "../scoring/scoreSummary";
import { sheetSpecProblems } from "../sheet/sheetLimits";
import type { SheetSpec, WorkbookSpec } from "../sheet/sheetSpec";
import { buildScoreComparisonSheet, SCORE_COMPARISON_SHEET } from "./scoreComparison";

/** The report sheets this version can build, in tab order. */
export type ReportKind = "score-comparison";

export const REPORT_SHEET_NAMES: Record<ReportKind, string> = {
  "score-comparison": SCORE_COMPARISON_SHEET,
};

type SheetBuilderFn = (input: ReportInput, summary: ScoreSummary) => SheetSpec | null;

const BUILDERS: Record<ReportKind, SheetBuilderFn> = {
  "score-comparison": buildScoreComparisonSheet,
};

export interface BuiltReport {
  readonly workbook: WorkbookSpec;
  readonly summary: ScoreSummary;
  /** Problems that kept a sheet from being built. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Describes every requested report sheet from the input. Pure: writing them is an adapter's job.
 * A sheet that cannot be built (no complete year of scores) is left out with an issue.
 */
export function buildReport(
  input: ReportInput,
  kinds: readonly ReportKind[] = ["score-comparison"],
): BuiltReport {
  const summary = summarizeScores(input);
  const issues: ValidationIssue[] = [];
  const sheets: SheetSpec[] = [];
  for (const kind of kinds) {
    const sheet = BUILDERS[kind](input, summary);
    if (!sheet) {
      issues.push({
        code: "report-no-scores",
        severity: "error",
        message: `สร้างชีต "${REPORT_SHEET_NAMES[kind]}" ไม่ได้: ยังไม่มีปีที่มีคะแนนครบทั้ง 10 ตัวชี้วัด`,
      });
      continue;
    }
    for (const problem of sheetSpecProblems(sheet))
      issues.push({ code: "sheet-limit", severity: "error", message: problem, sheet: sheet.name });
    sheets.push(sheet);
  }
  return { workbook: { sheets: hasErrors(issues) ? [] : sheets }, summary, issues };
}
