import {
  frameworkFor,
  frameworkSetWith,
  latestFramework,
  type FrameworkSet,
} from "../framework/frameworkSet";
import type { ItaFramework } from "../framework/itaFramework";
import type { ReportInput } from "../model/reportInput";

/** The records an input is scored with: the built-in ones, replaced by the user's. */
export function frameworksOf(input: Pick<ReportInput, "frameworks">): FrameworkSet {
  return frameworkSetWith(input.frameworks);
}

/**
 * The framework the input's measures refer to by indicator number: that of the latest assessed
 * year with scores (the results the measures answer), else that of the year before the report's
 * fiscal year (fiscal year N works on the results of ITA N−1), else the latest known one.
 */
export function measuresFramework(
  input: Pick<ReportInput, "frameworks" | "scores" | "fiscalYearBE">,
): ItaFramework {
  const set = frameworksOf(input);
  const latest = [...input.scores.keys()].at(-1);
  return (
    (latest !== undefined ? frameworkFor(latest, set) : null) ??
    (input.fiscalYearBE > 0
      ? (frameworkFor(input.fiscalYearBE - 1, set) ?? frameworkFor(input.fiscalYearBE, set))
      : null) ??
    latestFramework(set)
  );
}
