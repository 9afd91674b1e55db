import {
  fiscalYearOf,
  fiscalYearRange,
  isWithin,
  quarterRange,
  roundRange,
  type DateRange,
  type Round,
} from "./fiscalYear";
import type { ThaiDate } from "./thaiDate";

const d = (yearBE: number, month: number, day: number): ThaiDate => ({ yearBE, month, day });
const range = (start: ThaiDate, end: ThaiDate): DateRange => ({ start, end });

describe("fiscalYearRange", () => {
  it.each<[number, DateRange]>([
    [2567, range(d(2566, 10, 1), d(2567, 9, 30))], // 1 Oct 2566 – 30 Sep 2567
    [2566, range(d(2565, 10, 1), d(2566, 9, 30))],
    [2562, range(d(2561, 10, 1), d(2562, 9, 30))], // first ITA framework year
  ])("fiscal year %d → %j", (year, expected) => {
    expect(fiscalYearRange(year)).toEqual(expected);
  });
});

describe("roundRange", () => {
  it.each<[number, Round, DateRange]>([
    [2567, "six-month", range(d(2566, 10, 1), d(2567, 3, 31))], // Oct–Mar
    [2567, "full-year", range(d(2566, 10, 1), d(2567, 9, 30))], // the whole fiscal year
    [2568, "six-month", range(d(2567, 10, 1), d(2568, 3, 31))],
  ])("%d %s → %j", (year, round, expected) => {
    expect(roundRange(year, round)).toEqual(expected);
  });
});

describe("quarterRange", () => {
  it.each<[1 | 2 | 3 | 4, DateRange]>([
    [1, range(d(2566, 10, 1), d(2566, 12, 31))], // Oct–Dec of the year before
    [2, range(d(2567, 1, 1), d(2567, 3, 31))], // Jan–Mar
    [3, range(d(2567, 4, 1), d(2567, 6, 30))], // Apr–Jun
    [4, range(d(2567, 7, 1), d(2567, 9, 30))], // Jul–Sep
  ])("2567 Q%d → %j", (quarter, expected) => {
    expect(quarterRange(2567, quarter)).toEqual(expected);
  });

  it("the four quarters tile the fiscal year", () => {
    const year = fiscalYearRange(2567);
    expect(quarterRange(2567, 1).start).toEqual(year.start);
    expect(quarterRange(2567, 4).end).toEqual(year.end);
    expect(quarterRange(2567, 2).end).toEqual(roundRange(2567, "six-month").end);
  });
});

describe("fiscalYearOf", () => {
  it.each<[ThaiDate, number]>([
    [d(2566, 10, 1), 2567], // first day of FY 2567
    [d(2566, 9, 30), 2566], // last day of FY 2566
    [d(2567, 9, 30), 2567], // last day of FY 2567
    [d(2567, 1, 1), 2567], // new calendar year, same fiscal year
    [d(2566, 12, 31), 2567], // December belongs to the next fiscal year
    [d(2567, 3, 31), 2567],
  ])("%j → %d", (date, expected) => {
    expect(fiscalYearOf(date)).toBe(expected);
  });
});

describe("isWithin", () => {
  const fy2567 = fiscalYearRange(2567);
  it.each<[ThaiDate, DateRange, boolean]>([
    [d(2566, 10, 1), fy2567, true], // start included
    [d(2567, 9, 30), fy2567, true], // end included
    [d(2567, 3, 15), fy2567, true], // inside
    [d(2566, 9, 30), fy2567, false], // the day before
    [d(2567, 10, 1), fy2567, false], // the day after
    [d(2567, 4, 1), roundRange(2567, "six-month"), false], // after the six-month round
    [d(2567, 3, 31), roundRange(2567, "six-month"), true],
    [d(2567, 1, 1), range(d(2567, 1, 1), d(2567, 1, 1)), true], // one-day range
    [d(2567, 1, 2), range(d(2567, 1, 3), d(2567, 1, 1)), false], // inverted range holds nothing
  ])("%j in %j → %s", (date, r, expected) => {
    expect(isWithin(date, r)).toBe(expected);
  });
});
