import { IssueCollector, type IssuePlace } from "../issues/issueCollector";
import type { ValidationIssue } from "../issues/validationIssue";
import { MEASURES_SHEET } from "../input/measuresLayout";
import type { MeasureField } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import { measureRuleContext } from "./measureRule";
import { MEASURE_RULES } from "./measureRules";
import { measurePlace } from "./measurePlace";
import { checkWeakIndicators } from "./rules/weakIndicatorRule";

/**
 * Checks the measures against each other, the scores and the reporting round. Never throws and
 * never changes the input; every issue names the cell (or JSON path) it concerns.
 */
export function validateMeasures(
  input: ReportInput,
  measuresPlace: IssuePlace = { sheet: MEASURES_SHEET },
): ValidationIssue[] {
  const issues = new IssueCollector();
  const ctx = measureRuleContext(input);
  // Without a fiscal year there is nothing to compare dates with ("ปีงบประมาณ 0" helps nobody).
  const rules =
    input.fiscalYearBE > 0 ? MEASURE_RULES : MEASURE_RULES.filter((rule) => !rule.needsFiscalYear);
  const checks = rules.map((rule) => rule.start(ctx));
  for (const m of input.measures) {
    const at = (field: MeasureField) => measurePlace(m, field);
    for (const check of checks) check(m, at, issues);
  }
  checkWeakIndicators(input, measuresPlace, issues);
  return issues.issues;
}
