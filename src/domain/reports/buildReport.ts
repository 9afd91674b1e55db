import { hasErrors, type ValidationIssue } from "../input/validationIssue";
import type { ReportInput } from "../input/reportInput";
import { summarizeScores, type ScoreSummary } from "../scoring/scoreSummary";
import { sheetSpecProblems } from "../sheet/sheetLimits";
import type { SheetSpec, WorkbookSpec } from "../sheet/sheetSpec";
import { buildScoreComparisonSheet, SCORE_COMPARISON_SHEET } from "./scoreComparison";
import { buildProgressReportSheet, PROGRESS_REPORT_SHEET } from "./progressReport";
import { buildYearEndReportSheet, YEAR_END_REPORT_SHEET } from "./yearEndReport";

/** The report sheets this version can build. */
export type ReportKind = "progress" | "year-end" | "score-comparison";

export const REPORT_KINDS: readonly ReportKind[] = ["progress", "year-end", "score-comparison"];

export const REPORT_SHEET_NAMES: Record<ReportKind, string> = {
  progress: PROGRESS_REPORT_SHEET,
  "year-end": YEAR_END_REPORT_SHEET,
  "score-comparison": SCORE_COMPARISON_SHEET,
};

const NEEDS: Record<ReportKind, string> = {
  progress: "ยังไม่มีมาตรการในชีตมาตรการ",
  "year-end": "ยังไม่มีมาตรการในชีตมาตรการ",
  "score-comparison": "ยังไม่มีปีที่มีคะแนนครบทั้ง 10 ตัวชี้วัด",
};

/**
 * The reports that suit the input when none are chosen: the progress report in the 6-month
 * round, the year-end report in the full-year round (with measures), and the score comparison.
 */
export function defaultReportKinds(input: ReportInput): ReportKind[] {
  const measures = input.measures.length > 0;
  return [
    ...(measures && input.round === "six-month" ? (["progress"] as const) : []),
    ...(measures && input.round === "full-year" ? (["year-end"] as const) : []),
    "score-comparison",
  ];
}

type SheetBuilderFn = (input: ReportInput, summary: ScoreSummary) => SheetSpec | null;

const BUILDERS: Record<ReportKind, SheetBuilderFn> = {
  progress: buildProgressReportSheet,
  "year-end": buildYearEndReportSheet,
  "score-comparison": buildScoreComparisonSheet,
};

export interface BuiltReport {
  readonly workbook: WorkbookSpec;
  readonly summary: ScoreSummary;
  /** Problems that kept a sheet from being built. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Describes every requested report sheet from the input, in the order asked. Pure: writing them
 * is an adapter's job. A sheet that cannot be built (no measures, no complete year of scores)
 * is an error issue, and then nothing is written.
 */
export function buildReport(
  input: ReportInput,
  kinds: readonly ReportKind[] = defaultReportKinds(input),
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
        message: `สร้างชีต "${REPORT_SHEET_NAMES[kind]}" ไม่ได้: ${NEEDS[kind]}`,
      });
      continue;
    }
    for (const problem of sheetSpecProblems(sheet))
      issues.push({ code: "sheet-limit", severity: "error", message: problem, sheet: sheet.name });
    sheets.push(sheet);
  }
  return { workbook: { sheets: hasErrors(issues) ? [] : sheets }, summary, issues };
}
