import { ANALYSIS_REPORT } from "./analysisReport";
import { coverSheetName, coverTitleKind } from "./coverPage";
import { PLAN_REPORT } from "./improvementPlan";
import { MEMO_REPORT } from "./memoCover";
import { PROGRESS_REPORT } from "./progressReport";
import type { ReportDefinition } from "./reportDefinition";
import { SCORE_COMPARISON_REPORT } from "./scoreComparison";
import { YEAR_END_REPORT } from "./yearEndReport";

/** Every report this version can build, in the order a complete set is printed. */
export const REPORTS = [
  MEMO_REPORT,
  ANALYSIS_REPORT,
  PLAN_REPORT,
  PROGRESS_REPORT,
  YEAR_END_REPORT,
  SCORE_COMPARISON_REPORT,
] as const;

/** The report sheets this version can build. */
export type ReportKind = (typeof REPORTS)[number]["kind"];

/** Every report kind, in the order a complete set is printed. */
export const REPORT_KINDS: readonly ReportKind[] = REPORTS.map((r) => r.kind);

const BY_KIND = new Map<string, ReportDefinition<ReportKind>>(REPORTS.map((r) => [r.kind, r]));

/** The report of a kind; undefined for a name this version does not know (from an untyped caller). */
export function reportOf(kind: string): ReportDefinition<ReportKind> | undefined {
  return BY_KIND.get(kind);
}

const byKind = <T>(value: (r: ReportDefinition<ReportKind>) => T) =>
  Object.fromEntries(REPORTS.map((r) => [r.kind, value(r)])) as Record<ReportKind, T>;

/** The sheet each report is written to. */
export const REPORT_SHEET_NAMES: Record<ReportKind, string> = byKind((r) => r.sheet);

/**
 * Every sheet a build may write, in print order: each report's sheet, after its cover sheet where
 * the report may have one (ปกรายงานผลตามมาตรการ before รายงานผลตามมาตรการ). What the pane and the
 * writers take for a report sheet.
 */
export const REPORT_SHEETS: readonly string[] = (
  REPORTS as readonly ReportDefinition<ReportKind>[]
).flatMap((r) => (r.cover ? [coverSheetName(r.sheet), r.sheet] : [r.sheet]));

/** Thai names of the reports, for the task pane and messages. */
export const REPORT_TITLES: Record<ReportKind, string> = byKind((r) => r.title);

/**
 * The reports with a title line the user may replace (texts.titles.<kind>), in print order, with
 * their Thai names, each followed by its cover where it may have one (texts.titles.<kind>-cover):
 * the Settings sheet has a title row for each.
 */
export const TITLED_REPORTS: readonly { readonly kind: string; readonly name: string }[] = (
  REPORTS as readonly ReportDefinition<ReportKind>[]
)
  .filter((r) => r.heading !== undefined)
  .flatMap((r) => [
    { kind: r.kind, name: r.title },
    ...(r.cover ? [{ kind: coverTitleKind(r.kind), name: `หน้าปก ${r.title}` }] : []),
  ]);
