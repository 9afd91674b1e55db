import type { IndicatorNumber, InstrumentCode } from "../framework/indicators";
import { frameworkFor } from "../framework/frameworkSet";
import { computeYearResult, instrumentResult, missingIndicators } from "./yearResult";
import { type IndicatorScores } from "../model/scores";

/** Indicator scores 1..10 in hundredths. */
const scores = (...values: number[]): IndicatorScores =>
  new Map(values.map((v, i) => [(i + 1) as IndicatorNumber, v]));

const SEED001_2566 = scores(10000, 10000, 10000, 9828, 10000, 9630, 9782, 9763, 9800, 10000);
const SEED001_2567 = scores(10000, 9843, 9961, 9980, 10000, 9965, 9984, 8172, 8714, 10000);
const SEED002_2562 = scores(9415, 8543, 8752, 8258, 8764, 6705, 7046, 6137, 5585, 9375);

describe("computeYearResult", () => {
  it.each<[string, number, IndicatorScores, Record<InstrumentCode, number>, number, string]>([
    ["seed 001", 2566, SEED001_2566, { IIT: 9966, EIT: 9725, OIT: 9900 }, 9867, "ผ่านดีเยี่ยม"],
    ["seed 001", 2567, SEED001_2567, { IIT: 9957, EIT: 9374, OIT: 9357 }, 9542, "ผ่านดี"],
    ["seed 002", 2562, SEED002_2562, { IIT: 8746, EIT: 6629, OIT: 7480 }, 7605, "B"],
    ["all 100", 2567, scores(...Array<number>(10).fill(10000)), { IIT: 10000, EIT: 10000, OIT: 10000 }, 10000, "ผ่านดีเยี่ยม"],
    ["all 0", 2565, scores(...Array<number>(10).fill(0)), { IIT: 0, EIT: 0, OIT: 0 }, 0, "F"],
  ])("%s, ITA %d → instruments %j, overall %d, %s", (_seed, year, s, instruments, overall, level) => {
    const result = computeYearResult(frameworkFor(year)!, s);
    expect(result.fiscalYearBE).toBe(year);
    expect(Object.fromEntries(result.instruments.map((i) => [i.code, i.score]))).toEqual(instruments);
    expect(result.overall).toBe(overall);
    expect(result.level).toBe(level);
    expect(result.indicators.map((i) => i.score)).toEqual([...s.values()]);
  });

  it("keeps the unrounded instrument means exact (IIT 2567 of seed 001 is 49784/5)", () => {
    const result = computeYearResult(frameworkFor(2567)!, SEED001_2567);
    expect(instrumentResult(result, "IIT").exact).toEqual({ num: 49_784, den: 5 });
    expect(instrumentResult(result, "EIT").exact).toEqual({ num: 28_121, den: 3 });
    expect(instrumentResult(result, "OIT").exact).toEqual({ num: 9_357, den: 1 });
  });

  it("weights the unrounded means, not the rounded ones", () => {
    // EIT = (0.14 + 0 + 0) / 3 = 0.04666…, shown as 0.05. Overall = 30% × 0.04666… = 0.014 → 0.01;
    // weighting the rounded 0.05 instead would give 0.015 → 0.02.
    const result = computeYearResult(frameworkFor(2567)!, scores(0, 0, 0, 0, 0, 14, 0, 0, 0, 0));
    expect(instrumentResult(result, "EIT").score).toBe(5);
    expect(instrumentResult(result, "EIT").exact).toEqual({ num: 14, den: 3 });
    expect(result.overall).toBe(1);
  });

  it.each([
    [[10] as IndicatorNumber[]], // one missing
    [[1, 8] as IndicatorNumber[]], // two missing
  ])("throws RangeError naming missing indicators %j", (missing) => {
    const s = new Map(SEED001_2567);
    for (const n of missing) s.delete(n);
    expect(() => computeYearResult(frameworkFor(2567)!, s)).toThrow(RangeError);
    expect(() => computeYearResult(frameworkFor(2567)!, s)).toThrow(missing.join(", "));
  });
});

describe("missingIndicators", () => {
  it.each<[IndicatorScores, IndicatorNumber[]]>([
    [SEED001_2567, []], // complete
    [new Map(), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], // empty
    [new Map<IndicatorNumber, number>([[1, 100], [10, 100]]), [2, 3, 4, 5, 6, 7, 8, 9]],
  ])("%j → %j", (s, expected) => {
    expect(missingIndicators(frameworkFor(2567)!, s)).toEqual(expected);
  });
});

describe("instrumentResult", () => {
  it("throws RangeError for an instrument the year lacks", () => {
    const result = computeYearResult(frameworkFor(2567)!, SEED001_2567);
    const withoutOit = { ...result, instruments: result.instruments.filter((i) => i.code !== "OIT") };
    expect(() => instrumentResult(withoutOit, "OIT")).toThrow(RangeError);
  });
});
