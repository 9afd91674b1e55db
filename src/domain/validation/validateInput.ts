import type { IssuePlace } from "../issues/issueCollector";
import type { OfficialTotals } from "../model/scores";
import type { ReportInput } from "../model/reportInput";
import type { ValidationIssue } from "../issues/validationIssue";
import { checkOfficialTotals, summarizeScores } from "../scoring/scoreSummary";
import { validateMeasures } from "./validateMeasures";

/**
 * The checks that look across the whole input once it has been read: published totals against
 * computed ones, and the measures against the scores and the round. Cell-level problems were
 * already reported by the reader.
 */
export function validateInput(
  input: ReportInput,
  placeOfTotal: (yearBE: number, key: keyof OfficialTotals) => IssuePlace,
  measuresPlace?: IssuePlace,
): ValidationIssue[] {
  return [
    ...checkOfficialTotals(summarizeScores(input), input.officialTotals, placeOfTotal),
    ...validateMeasures(input, measuresPlace),
  ];
}
