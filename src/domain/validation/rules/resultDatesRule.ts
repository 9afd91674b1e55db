import { isWithin } from "../../thai/fiscalYear";
import { formatThaiDate } from "../../thai/thaiDate";
import type { MeasureRule } from "../measureRule";
import { findDatesOnce } from "../memoChecks";

/** Dates quoted in a result fall inside the fiscal year, and inside the round reported on. */
export const resultDatesRule: MeasureRule = {
  needsFiscalYear: true,
  start: (ctx) => {
    const shown = (d: Parameters<typeof formatThaiDate>[0]) => formatThaiDate(d, "abbr", "arabic");
    const { fiscalYear: year, round } = ctx;
    return (m, at, issues) => {
      for (const found of findDatesOnce(m.result)) {
        const date = found.text.trim();
        if (!isWithin(found.date, year))
          issues.warning("date-outside-year", at("result"), {
            date,
            fiscalYearBE: ctx.input.fiscalYearBE,
            from: shown(year.start),
            to: shown(year.end),
          });
        else if (!isWithin(found.date, round))
          issues.warning("date-outside-round", at("result"), {
            date,
            round: ctx.roundName,
            from: shown(round.start),
            to: shown(round.end),
          });
      }
    };
  },
};
