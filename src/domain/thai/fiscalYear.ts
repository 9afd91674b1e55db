import { type ThaiDate, compareThaiDates } from "./thaiDate";

/** A closed range of dates, both ends included. */
export interface DateRange {
  readonly start: ThaiDate;
  readonly end: ThaiDate;
}

/** The reporting round: the 6-month report (Oct–Mar) or the whole fiscal year. */
export type Round = "six-month" | "full-year";

/**
 * The fiscal year พ.ศ. N runs from 1 October N−1 to 30 September N.
 *
 * @example
 * fiscalYearRange(2567) //=> { start: 1 Oct 2566, end: 30 Sep 2567 }
 */
export function fiscalYearRange(fiscalYearBE: number): DateRange {
  return {
    start: { yearBE: fiscalYearBE - 1, month: 10, day: 1 },
    end: { yearBE: fiscalYearBE, month: 9, day: 30 },
  };
}

/** The dates a round covers: the 6-month round is 1 Oct N−1 to 31 Mar N. */
export function roundRange(fiscalYearBE: number, round: Round): DateRange {
  if (round === "full-year") return fiscalYearRange(fiscalYearBE);
  return {
    start: { yearBE: fiscalYearBE - 1, month: 10, day: 1 },
    end: { yearBE: fiscalYearBE, month: 3, day: 31 },
  };
}

/** Quarter 1 = Oct–Dec, 2 = Jan–Mar, 3 = Apr–Jun, 4 = Jul–Sep of the fiscal year. */
export function quarterRange(fiscalYearBE: number, quarter: 1 | 2 | 3 | 4): DateRange {
  const startMonth = [10, 1, 4, 7][quarter - 1] as number;
  const endMonth = startMonth + 2;
  const endDay = [31, 31, 30, 30][quarter - 1] as number;
  const yearBE = quarter === 1 ? fiscalYearBE - 1 : fiscalYearBE;
  return {
    start: { yearBE, month: startMonth, day: 1 },
    end: { yearBE, month: endMonth, day: endDay },
  };
}

/** The fiscal year (พ.ศ.) a date falls in. */
export function fiscalYearOf(date: ThaiDate): number {
  return date.month >= 10 ? date.yearBE + 1 : date.yearBE;
}

/** True when the date lies inside the range, ends included. */
export function isWithin(date: ThaiDate, range: DateRange): boolean {
  return compareThaiDates(date, range.start) >= 0 && compareThaiDates(date, range.end) <= 0;
}
