import type { IndicatorNumber, InstrumentCode } from "../framework/indicators";
import { frameworkFor } from "../framework/frameworkSet";
import {
  computeYearResult,
  instrumentResult,
  missingIndicators,
  yearResultFrom,
} from "./yearResult";
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
    [
      "all 100",
      2567,
      scores(...Array<number>(10).fill(10000)),
      { IIT: 10000, EIT: 10000, OIT: 10000 },
      10000,
      "ผ่านดีเยี่ยม",
    ],
    ["all 0", 2565, scores(...Array<number>(10).fill(0)), { IIT: 0, EIT: 0, OIT: 0 }, 0, "F"],
  ])(
    "%s, ITA %d → instruments %j, overall %d, %s",
    (_seed, year, s, instruments, overall, level) => {
      const result = computeYearResult(frameworkFor(year)!, s);
      expect(result.fiscalYearBE).toBe(year);
      expect(Object.fromEntries(result.instruments.map((i) => [i.code, i.score]))).toEqual(
        instruments,
      );
      expect(result.overall).toBe(overall);
      expect(result.level).toBe(level);
      expect(result.indicators.map((i) => i.score)).toEqual([...s.values()]);
    },
  );

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
    [
      new Map<IndicatorNumber, number>([
        [1, 100],
        [10, 100],
      ]),
      [2, 3, 4, 5, 6, 7, 8, 9],
    ],
  ])("%j → %j", (s, expected) => {
    expect(missingIndicators(frameworkFor(2567)!, s)).toEqual(expected);
  });
});

describe("instrumentResult", () => {
  it("throws RangeError for an instrument the year lacks", () => {
    const result = computeYearResult(frameworkFor(2567)!, SEED001_2567);
    const withoutOit = {
      ...result,
      instruments: result.instruments.filter((i) => i.code !== "OIT"),
    };
    expect(() => instrumentResult(withoutOit, "OIT")).toThrow(RangeError);
  });
});

describe("yearResultFrom", () => {
  const without = (s: IndicatorScores, ...numbers: number[]): IndicatorScores =>
    new Map([...s].filter(([n]) => !numbers.includes(n)));

  it("computes a complete year from its indicators, whatever was published (exact figures unchanged)", () => {
    const result = yearResultFrom(frameworkFor(2567)!, SEED001_2567, { overall: 9500, IIT: 1 })!;
    expect(result).toEqual(computeYearResult(frameworkFor(2567)!, SEED001_2567));
    expect([result.overall, result.missing, result.published]).toEqual([9542, [], []]);
  });

  it("seed 002, ITA 2562: indicator 9 unpublished; IIT and EIT computed, OIT and the overall score published, level B", () => {
    const result = yearResultFrom(frameworkFor(2562)!, without(SEED002_2562, 9), {
      overall: 7605,
      IIT: 8746,
      EIT: 6629,
      OIT: 7480,
    })!;
    expect(Object.fromEntries(result.instruments.map((i) => [i.code, i.score]))).toEqual({
      IIT: 8746,
      EIT: 6629,
      OIT: 7480,
    });
    expect(instrumentResult(result, "IIT").exact).toEqual({ num: 43_732, den: 5 }); // computed, not the published 87.46
    expect([result.overall, result.level, result.missing, result.published]).toEqual([
      7605,
      "B",
      [9],
      ["overall", "OIT"],
    ]);
    expect(result.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]); // no made-up 9
  });

  it("seed 002, ITA 2562 without indicator 9 and the overall score: the overall from IIT, EIT computed and OIT 74.80 published", () => {
    const result = yearResultFrom(frameworkFor(2562)!, without(SEED002_2562, 9), { OIT: 7480 })!;
    // 30 % × 437.32/5 + 30 % × 198.88/3 + 40 % × 74.80 = 76.0472 → 76.05, as the NACC published it
    expect([result.overall, result.level, result.missing, result.published]).toEqual([
      7605,
      "B",
      [9],
      ["OIT"],
    ]);
    expect(Object.fromEntries(result.instruments.map((i) => [i.code, i.score]))).toEqual({
      IIT: 8746,
      EIT: 6629,
      OIT: 7480,
    });
  });

  it("rounds an overall score from published instrument scores half up, in exact hundredths", () => {
    // 30 % × 80.01 + 30 % × 80.00 + 40 % × 80.03 = 80.015 exactly → 80.02 (half up)
    const result = yearResultFrom(frameworkFor(2562)!, new Map(), {
      IIT: 8001,
      EIT: 8000,
      OIT: 8003,
    })!;
    expect([
      result.overall,
      result.level,
      result.instruments.map((i) => i.score),
      result.published,
    ]).toEqual([8002, "B", [8001, 8000, 8003], ["IIT", "EIT", "OIT"]]);
  });

  it("leaves the overall score unknown without it where the frame averages the indicators", () => {
    const meanOfIndicators = {
      ...frameworkFor(2562)!,
      overallFormula: "mean-of-indicators" as const,
    };
    expect(
      yearResultFrom(meanOfIndicators, without(SEED002_2562, 9), {
        IIT: 8746,
        EIT: 6629,
        OIT: 7480,
      }),
    ).toBeNull();
    expect(
      yearResultFrom(meanOfIndicators, without(SEED002_2562, 9), { overall: 7605, OIT: 7480 })
        ?.overall,
    ).toBe(7605);
  });

  it("seed 004, ITA 2565: no indicator scores, the published overall 90.93 → level A, no instrument", () => {
    const result = yearResultFrom(frameworkFor(2565)!, new Map(), { overall: 9093 })!;
    expect([
      result.overall,
      result.level,
      result.indicators,
      result.instruments,
      result.published,
    ]).toEqual([9093, "A", [], [], ["overall"]]);
    expect(result.missing).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each<[string, number, IndicatorScores, Record<string, number>]>([
    ["no overall score and an instrument unknown", 2562, without(SEED002_2562, 9), { IIT: 8746 }],
    ["nothing at all", 2565, new Map(), {}],
    [
      "ITA 2567 at 95.42 without the instruments the level needs",
      2567,
      without(SEED001_2567, 8),
      { overall: 9542 },
    ],
  ])("is null with %s", (_what, year, s, totals) => {
    expect(yearResultFrom(frameworkFor(year)!, s, totals)).toBeNull();
  });

  it("decides a 2567 level from the known instruments where they suffice", () => {
    // EIT without indicator 8 is unknown, but IIT 99.57 and OIT 93.57 with overall 95.42: OIT < 95 rules
    // out ผ่านดีเยี่ยม; whether EIT ≥ 85 (ผ่านดี) or not (ผ่าน) is open, so the EIT score is needed.
    expect(
      yearResultFrom(frameworkFor(2567)!, without(SEED001_2567, 8), { overall: 9542 }),
    ).toBeNull();
    expect(
      yearResultFrom(frameworkFor(2567)!, without(SEED001_2567, 8), { overall: 9542, EIT: 9374 })
        ?.level,
    ).toBe("ผ่านดี");
  });
});
