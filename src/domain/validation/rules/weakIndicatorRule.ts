import type { IssueCollector, IssuePlace } from "../../issues/issueCollector";
import { belowBarText, noMeasureText, planBar } from "../../model/planWording";
import type { ReportInput } from "../../model/reportInput";
import { scorePlace } from "../../model/scorePlace";
import { formatHundredths } from "../../numbers/hundredths";
import { summarizeScores } from "../../scoring/scoreSummary";
import { rankIndicators } from "../../scoring/standing";

/**
 * Every indicator the improvement plan lists without a measure gets a warning at its score's
 * cell (or JSON path), saying what the plan prints there. The plan lists, for the latest scored
 * year, each indicator below planBar: the year's strength threshold; the four-column plan
 * (measures-table) lists no indicators, so there only those below the pass mark are named. The
 * catalogue suggests templates by the same bar. Where some measures
 * name no indicator, the plan cannot tie them to one, and the warning says so (another code).
 * `fallback` is where the warning points when the input does not say where its scores were read.
 */
export function checkWeakIndicators(
  input: ReportInput,
  fallback: IssuePlace,
  issues: IssueCollector,
): void {
  const year = summarizeScores(input).years.at(-1);
  if (!year) return;
  const bar = planBar(year.framework, input.layout.plan);
  const byInstrument = input.layout.plan !== "measures-table";
  const unnamed = input.measures.filter((m) => m.indicator === null).length;
  const ranked = rankIndicators(year).sort((x, y) => x.number - y.number);
  for (const indicator of ranked) {
    if (
      indicator.score >= bar.score ||
      input.measures.some((m) => m.indicator === indicator.number)
    )
      continue;
    const params = {
      indicator: indicator.number,
      name: indicator.name,
      score: formatHundredths(indicator.score, "arabic"),
      yearBE: year.fiscalYearBE,
      bar: belowBarText(indicator.score, year.framework),
      plan: byInstrument ? noMeasureText(input.measures) : null,
    };
    const place = scorePlace(input.scoresOrigin, year.fiscalYearBE, indicator.number) ?? fallback;
    if (unnamed > 0) issues.warning("indicator-measure-unnamed", place, { ...params, unnamed });
    else issues.warning("indicator-without-measure", place, params);
  }
}
