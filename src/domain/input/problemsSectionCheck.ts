import type { IssueCollector, IssuePlace } from "../issues/issueCollector";
import type { ReportLayout } from "../model/reportLayout";
import { printsNothing } from "../model/reportTexts";

/** The progress report's texts after the table, which its problems section prints. */
export const PROBLEMS_SECTION_TEXTS = ["problems", "remedies"] as const;
export type ProblemsSectionText = (typeof PROBLEMS_SECTION_TEXTS)[number];

/**
 * The one rule of both readers (workbook and JSON): a problems or remedies text typed while the
 * progress report leaves its problems section out (layout.progress.problems ไม่มี) is never
 * printed, so it is a warning at the text's own cell or path. An empty text or a dash alone
 * says nothing, so it is not warned of.
 */
export function warnOfUnprintedProblems(
  layout: Pick<ReportLayout, "progress">,
  texts: Readonly<Record<ProblemsSectionText, string>>,
  /** The layout setting as the reader's user writes it: its label or path, and its two values. */
  setting: { readonly setting: string; readonly off: string; readonly on: string },
  placeOf: (text: ProblemsSectionText) => IssuePlace,
  issues: IssueCollector,
): void {
  if (layout.progress.problems) return;
  for (const key of PROBLEMS_SECTION_TEXTS) {
    const text = texts[key].trim();
    if (text !== "" && !printsNothing(text))
      issues.warning("problems-section-off", placeOf(key), setting);
  }
}
