import type { ReportInput } from "../model/reportInput";
import type { ScoreSummary } from "../scoring/scoreSummary";
import type { SheetSpec } from "../sheet/sheetSpec";
import type { CoverOf } from "./coverPage";

/**
 * What a report is built from: a year whose overall score and level are known ("scores"; from
 * every indicator's score or the published totals), such a year with indicator scores to rank
 * ("indicator-scores"), or measures.
 */
export type ReportNeed = "scores" | "indicator-scores" | "measures";

/**
 * One report kind as its own file declares it: the registry (reportRegistry.ts) lists these, and
 * the kind list, the sheet names, the titles, the CLI's help and the pane's choices derive from it.
 */
export interface ReportDefinition<K extends string = string> {
  /** The stable name used by `--reports` and JSON. */
  readonly kind: K;
  /** The sheet the report is written to. */
  readonly sheet: string;
  /** The report's Thai name, for the task pane, the help and messages. */
  readonly title: string;
  /** What the report needs of this input (the plan's needs depend on its layout). */
  readonly needs: (input: ReportInput) => readonly ReportNeed[];
  /** The report sheet; null when the input lacks more than the declared needs. */
  readonly build: (input: ReportInput, summary: ScoreSummary) => SheetSpec | null;
  /**
   * The report's title line as the product words it (the draft of the user's title for this kind,
   * `texts.titles.<kind>`), where the report has one; "" where the input lacks what it names.
   */
  readonly heading?: (input: ReportInput, summary: ScoreSummary) => string;
  /** The cover page to print before the report, where the report may have one and the input asks for it. */
  readonly cover?: (input: ReportInput) => CoverOf | null;
}
