import { issueWithoutPlace } from "../issues/issueCollector";
import { hasErrors, type ValidationIssue } from "../issues/validationIssue";
import type { ReportInput } from "../model/reportInput";
import { summarizeScores, type ScoreSummary } from "../scoring/scoreSummary";
import { sheetSpecProblems } from "../sheet/sheetLimits";
import type { SheetSpec, WorkbookSpec } from "../sheet/sheetSpec";
import { buildScoreComparisonSheet, SCORE_COMPARISON_SHEET } from "./scoreComparison";
import { buildProgressReportSheet, PROGRESS_REPORT_SHEET } from "./progressReport";
import { buildYearEndReportSheet, YEAR_END_REPORT_SHEET } from "./yearEndReport";
import { ANALYSIS_SHEET, buildAnalysisSheet } from "./analysisReport";
import { buildImprovementPlanSheet, PLAN_SHEET } from "./improvementPlan";
import { buildMemoSheet, MEMO_SHEET } from "./memoCover";

/** The report sheets this version can build. */
export type ReportKind = "memo" | "analysis" | "plan" | "progress" | "year-end" | "score-comparison";

/** Every report, in the order a complete set is printed. */
export const REPORT_KINDS: readonly ReportKind[] = ["memo", "analysis", "plan", "progress", "year-end", "score-comparison"];

export const REPORT_SHEET_NAMES: Record<ReportKind, string> = {
  memo: MEMO_SHEET,
  analysis: ANALYSIS_SHEET,
  plan: PLAN_SHEET,
  progress: PROGRESS_REPORT_SHEET,
  "year-end": YEAR_END_REPORT_SHEET,
  "score-comparison": SCORE_COMPARISON_SHEET,
};

/** Thai names of the reports, for the task pane and messages. */
export const REPORT_TITLES: Record<ReportKind, string> = {
  memo: "บันทึกข้อความ (ปกเสนอผู้บริหาร)",
  analysis: "รายงานการวิเคราะห์ผลการประเมิน ITA",
  plan: "แผนนำผลการวิเคราะห์ไปสู่การปฏิบัติ",
  progress: "รายงานผลตามมาตรการ (รอบ 6 เดือน)",
  "year-end": "รายงานผลการดำเนินการประจำปี",
  "score-comparison": "ตารางเปรียบเทียบคะแนน ITA",
};

const NO_SCORES = "ยังไม่มีปีที่มีคะแนนครบทั้ง 10 ตัวชี้วัด";
const NEEDS: Record<ReportKind, string> = {
  memo: NO_SCORES,
  analysis: NO_SCORES,
  plan: NO_SCORES,
  progress: "ยังไม่มีมาตรการในชีตมาตรการ",
  "year-end": "ยังไม่มีมาตรการในชีตมาตรการ",
  "score-comparison": NO_SCORES,
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
  memo: buildMemoSheet,
  analysis: buildAnalysisSheet,
  plan: buildImprovementPlanSheet,
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
  for (const kind of new Set(kinds)) {
    // A kind from an untyped caller may be unknown: report it as an issue rather than crash.
    if (!Object.hasOwn(BUILDERS, kind)) {
      issues.push(issueWithoutPlace("error", "report-cannot-build", { unknown: String(kind), kinds: REPORT_KINDS.join(", ") }));
      continue;
    }
    const sheet = BUILDERS[kind](input, summary);
    if (!sheet) {
      issues.push(issueWithoutPlace("error", "report-cannot-build", { sheet: REPORT_SHEET_NAMES[kind], reason: NEEDS[kind] }));
      continue;
    }
    for (const problem of sheetSpecProblems(sheet))
      issues.push(issueWithoutPlace("error", "sheet-limit", { problem }, sheet.name));
    sheets.push(sheet);
  }
  return { workbook: { sheets: hasErrors(issues) ? [] : sheets }, summary, issues };
}
