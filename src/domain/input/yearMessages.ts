import { issueMessage } from "../issues/issueCatalogue";
import type { IssueCollector, IssuePlace } from "../issues/issueCollector";
import { PLAUSIBLE_YEARS_BE, type YearProblem } from "./parseYear";

const yearParams = (value: string) => ({
  value,
  min: PLAUSIBLE_YEARS_BE.min,
  max: PLAUSIBLE_YEARS_BE.max,
});

/** Reports why a year could not be read, under the code of its problem ("year-gregorian"). */
export function reportYearProblem(
  issues: IssueCollector,
  problem: YearProblem,
  place: IssuePlace,
  value: string,
): void {
  issues.error(`year-${problem}`, place, yearParams(value));
}

/** The Thai wording of why a year could not be read, for a form field. */
export function yearProblemText(problem: YearProblem, value: string): string {
  return issueMessage(`year-${problem}`, yearParams(value));
}
