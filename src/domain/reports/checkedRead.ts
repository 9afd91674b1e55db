import type { InputRead, ReadResult } from "../input/readInputWorkbook";
import type { ValidationIssue } from "../issues/validationIssue";
import { validateInput, withChecks } from "../validation/validateInput";
import { defaultReportKinds, unmetNeeds } from "./buildReport";
import { fieldsOverReportLimit } from "./reportTextLimits";
import { unknownTitleKinds } from "./titleChecks";

/**
 * A reader's result with every check after reading, at the places the reader found: the
 * checks across the whole input, what the default reports need (so that an input that
 * validates clean builds them), texts too long for a report's cell, and titles of kinds no
 * report has. The same for the
 * workbook and the JSON input; `before` are the caller's own issues, said before the checks'.
 */
export function checkedRead(read: InputRead, before: readonly ValidationIssue[] = []): ReadResult {
  if (!read.input) return { input: null, issues: read.issues };
  const kinds = defaultReportKinds(read.input);
  const checks = [
    ...before,
    ...validateInput(read.input, read.places),
    ...unmetNeeds(read.input, kinds, read.places),
    ...fieldsOverReportLimit(read.input, kinds, read.places),
    ...unknownTitleKinds(read.input.texts.titles, read.places.title),
  ];
  return { input: read.input, issues: withChecks(read.issues, checks) };
}
