import { compareThaiDates } from "../../thai/thaiDate";
import type { MeasureRule } from "../measureRule";
import { parsePeriodOnce } from "../memoChecks";

/** A measure's period stays inside the fiscal year and does not start after the round. */
export const periodRule: MeasureRule = {
  needsFiscalYear: true,
  start: (ctx) => (m, at, issues) => {
    const fy = ctx.input.fiscalYearBE;
    const period = parsePeriodOnce(m.period, fy);
    if (period.kind === "unparsed") return;
    const { start, end } = period.range;
    if (
      compareThaiDates(start, ctx.fiscalYear.start) < 0 ||
      compareThaiDates(end, ctx.fiscalYear.end) > 0
    )
      issues.warning("period-outside-year", at("period"), { period: m.period, fiscalYearBE: fy });
    else if (compareThaiDates(start, ctx.round.end) > 0)
      issues.warning("period-outside-round", at("period"), {
        period: m.period,
        round: ctx.roundName,
      });
  },
};
