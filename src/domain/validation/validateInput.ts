import type { InputPlaces } from "../input/inputPlaces";
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
  places: Pick<InputPlaces, "officialTotal" | "measures">,
): ValidationIssue[] {
  return [
    ...checkOfficialTotals(summarizeScores(input), input.officialTotals, places.officialTotal),
    ...validateMeasures(input, places.measures),
  ];
}

/** Reader issues that mean a cell could not be read at all, so nothing else is said about it. */
const UNREADABLE = new Set([
  "cell-error",
  "formula-no-value",
  "score-cell-error",
  "score-formula-no-value",
]);

const placeKey = (i: ValidationIssue) =>
  i.cell !== undefined ? `${i.sheet ?? ""}!${i.cell}` : i.path !== undefined ? `$${i.path}` : null;

/**
 * The reader's issues followed by the checks', without what a check says about a cell the
 * reader already named as unreadable (an Excel error, a formula without its value): such a
 * cell is not "not filled in", it could not be read, and one message says so.
 */
export function withChecks(
  read: readonly ValidationIssue[],
  checks: readonly ValidationIssue[],
): ValidationIssue[] {
  const unreadable = new Set(read.filter((i) => UNREADABLE.has(i.code)).map(placeKey));
  return [...read, ...checks.filter((i) => !unreadable.has(placeKey(i)))];
}
