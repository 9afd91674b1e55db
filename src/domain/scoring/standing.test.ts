import type { IndicatorNumber } from "../framework/indicators";
import { frameworkFor } from "../framework/frameworkSet";
import {
  indicatorsWithStanding,
  rankIndicators,
  standingOf,
  thresholdsOf,
  type Standing,
  type Thresholds,
} from "./standing";
import { computeYearResult, type YearResult } from "./yearResult";

const THRESHOLDS = thresholdsOf(frameworkFor(2567)!);

const result = (year: number, ...values: number[]): YearResult =>
  computeYearResult(
    frameworkFor(year)!,
    new Map(values.map((v, i) => [(i + 1) as IndicatorNumber, v])),
  );

// Seed 001, ITA 2567.
const SEED001_2567 = result(2567, 10000, 9843, 9961, 9980, 10000, 9965, 9984, 8172, 8714, 10000);

describe("standingOf", () => {
  it.each<[number, Thresholds, Standing]>([
    [10000, THRESHOLDS, "strength"],
    [9000, THRESHOLDS, "strength"], // exactly 90: a strength
    [8999, THRESHOLDS, "to-develop"], // 89.99
    [8714, THRESHOLDS, "to-develop"], // seed 001 indicator 9
    [8500, THRESHOLDS, "to-develop"], // exactly 85: passes
    [8499, THRESHOLDS, "below-pass"], // 84.99
    [8172, THRESHOLDS, "below-pass"], // seed 001 indicator 8
    [0, THRESHOLDS, "below-pass"],
    [9400, { strength: 9500, pass: 9000 }, "to-develop"], // custom bars
    [8999, { strength: 9500, pass: 9000 }, "below-pass"],
    [8000, { strength: 8000, pass: 8000 }, "strength"], // equal bars: nothing to develop
    [7999, { strength: 8000, pass: 8000 }, "below-pass"],
  ])("%d with %j → %s", (score, thresholds, expected) => {
    expect(standingOf(score, thresholds)).toBe(expected);
  });

  it("defaults to 90 and 85", () => {
    expect(thresholdsOf(frameworkFor(2567)!)).toEqual({ strength: 9000, pass: 8500 });
  });
});

describe("rankIndicators", () => {
  it("ranks seed 001 2567 from the highest score, ties sharing a rank in indicator order", () => {
    const ranked = rankIndicators(SEED001_2567);
    expect(ranked.map((r) => [r.number, r.rank, r.standing])).toEqual([
      [1, 1, "strength"], // 100.00
      [5, 1, "strength"], // 100.00
      [10, 1, "strength"], // 100.00
      [7, 4, "strength"], // 99.84
      [4, 5, "strength"], // 99.80
      [6, 6, "strength"], // 99.65
      [3, 7, "strength"], // 99.61
      [2, 8, "strength"], // 98.43
      [9, 9, "to-develop"], // 87.14
      [8, 10, "below-pass"], // 81.72
    ]);
  });

  it.each<[number[], [number, number][]]>([
    [
      [5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
      [
        [1, 1],
        [2, 1],
        [3, 1],
        [4, 1],
        [5, 1],
        [6, 1],
        [7, 1],
        [8, 1],
        [9, 1],
        [10, 1],
      ],
    ], // all equal
    [
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [
        [10, 1],
        [9, 2],
        [8, 3],
        [7, 4],
        [6, 5],
        [5, 6],
        [4, 7],
        [3, 8],
        [2, 9],
        [1, 10],
      ],
    ], // strictly rising
    [
      [9, 9, 8, 8, 7, 7, 6, 6, 5, 5],
      [
        [1, 1],
        [2, 1],
        [3, 3],
        [4, 3],
        [5, 5],
        [6, 5],
        [7, 7],
        [8, 7],
        [9, 9],
        [10, 9],
      ],
    ], // pairs
  ])("scores %j → [number, rank] %j", (values, expected) => {
    expect(rankIndicators(result(2567, ...values)).map((r) => [r.number, r.rank])).toEqual(
      expected,
    );
  });

  it("keeps each indicator's fields and uses custom thresholds", () => {
    const ranked = rankIndicators(SEED001_2567, { strength: 9990, pass: 9900 });
    const byNumber = new Map(ranked.map((r) => [r.number, r]));
    expect(byNumber.get(1)).toMatchObject({
      name: "การปฏิบัติหน้าที่",
      instrument: "IIT",
      score: 10000,
      standing: "strength",
    });
    expect(byNumber.get(7)?.standing).toBe("to-develop"); // 99.84
    expect(byNumber.get(2)?.standing).toBe("below-pass"); // 98.43
  });

  it("does not reorder the result it ranks", () => {
    rankIndicators(SEED001_2567);
    expect(SEED001_2567.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe("indicatorsWithStanding", () => {
  it.each<[Standing | Standing[], Thresholds | undefined, number[]]>([
    ["below-pass", undefined, [8]], // seed 001 2567: 81.72
    ["to-develop", undefined, [9]], // 87.14
    [["to-develop", "below-pass"], undefined, [9, 8]], // weaknesses, highest first
    ["strength", undefined, [1, 5, 10, 7, 4, 6, 3, 2]],
    [[], undefined, []], // nothing wanted
    ["below-pass", { strength: 9900, pass: 9900 }, [2, 9, 8]], // custom bars
  ])("%j with %j → %j", (standing, thresholds, expected) => {
    expect(indicatorsWithStanding(SEED001_2567, standing, thresholds)).toEqual(expected);
  });
});
