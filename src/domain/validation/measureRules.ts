import type { MeasureRule } from "./measureRule";
import { duplicateMeasureRule } from "./rules/duplicateMeasureRule";
import { duplicateResultRule } from "./rules/duplicateResultRule";
import { evidenceLinkRule } from "./rules/evidenceLinkRule";
import { measureFieldsRule } from "./rules/measureFieldsRule";
import { measureGroupingRule } from "./rules/measureGroupingRule";
import { measureResultRule } from "./rules/measureResultRule";
import { measureTextRule } from "./rules/measureTextRule";
import { measureTitleRule } from "./rules/measureTitleRule";
import { periodRule } from "./rules/periodRule";
import { resultDatesRule } from "./rules/resultDatesRule";
import { staleYearsRule } from "./rules/staleYearsRule";

/**
 * The rules every measure is checked against, in the order their issues are listed for it.
 * A new rule is a file in rules/, its messages in the issue catalogue, and a line here.
 */
export const MEASURE_RULES: readonly MeasureRule[] = [
  measureTextRule,
  measureTitleRule,
  measureGroupingRule,
  measureFieldsRule,
  measureResultRule,
  resultDatesRule,
  staleYearsRule,
  periodRule,
  evidenceLinkRule,
  duplicateResultRule,
  duplicateMeasureRule,
];
