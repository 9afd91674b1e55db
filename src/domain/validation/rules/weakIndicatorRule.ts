import { frameworkFor } from "../../framework/frameworkSet";
import { barText } from "../../framework/frameworkText";
import { hasIndicator, indicatorOf } from "../../framework/itaFramework";
import type { IssueCollector, IssuePlace } from "../../issues/issueCollector";
import type { ReportInput } from "../../model/reportInput";
import { formatHundredths } from "../../numbers/hundredths";
import { frameworksOf } from "../../scoring/inputFrameworks";

/**
 * Every indicator below the pass mark in the latest year needs at least one measure. Measures
 * without an indicator cannot count, so the warning says how many there are; when no measure
 * names one, the user does not link measures to indicators (seed 001) and there is nothing to go on.
 */
export function checkWeakIndicators(input: ReportInput, measuresPlace: IssuePlace, issues: IssueCollector): void {
  const latest = [...input.scores.keys()].at(-1);
  const framework = latest === undefined ? null : frameworkFor(latest, frameworksOf(input));
  const unlinked = input.measures.filter((m) => m.indicator === null).length;
  const linked = input.measures.length - unlinked;
  if (latest === undefined || !framework || (linked === 0 && input.measures.length > 0)) return;
  for (const [n, score] of input.scores.get(latest)!) {
    if (!hasIndicator(framework, n) || score >= framework.passMark || input.measures.some((m) => m.indicator === n)) continue;
    issues.warning("indicator-without-measure", measuresPlace, {
      indicator: n,
      name: indicatorOf(framework, n).name,
      score: formatHundredths(score, "arabic"),
      yearBE: latest,
      passMark: barText(framework.passMark),
      unlinked,
    });
  }
}
