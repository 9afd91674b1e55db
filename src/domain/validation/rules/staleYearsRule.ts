import type { MeasureRule } from "../measureRule";
import { findYearsOnce } from "../memoChecks";

/** Text naming a year other than the fiscal year or the one before was likely copied from an old document. */
export const staleYearsRule: MeasureRule = {
  needsFiscalYear: true,
  start: (ctx) => (m, at, issues) => {
    const fy = ctx.input.fiscalYearBE;
    for (const field of ["result", "methods", "title"] as const)
      for (const y of findYearsOnce(m[field]))
        if (y.yearBE > fy || y.yearBE < fy - 1)
          issues.warning("year-stale", at(field), { year: y.yearBE, fiscalYearBE: fy });
  },
};
