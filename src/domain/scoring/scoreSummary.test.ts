import type { IndicatorNumber } from "../framework/indicators";
import { frameworkFor } from "../framework/frameworkSet";
import type { DigitStyle } from "../thai/digits";
import { compareYears } from "./scoreSummary";
import { computeYearResult, type YearResult } from "./yearResult";

const result = (year: number, ...values: number[]): YearResult =>
  computeYearResult(
    frameworkFor(year)!,
    new Map(values.map((v, i) => [(i + 1) as IndicatorNumber, v])),
  );

const SEED001_2566 = result(2566, 10000, 10000, 10000, 9828, 10000, 9630, 9782, 9763, 9800, 10000);
const SEED001_2567 = result(2567, 10000, 9843, 9961, 9980, 10000, 9965, 9984, 8172, 8714, 10000);

describe("compareYears (seed 001, ITA 2566 → 2567)", () => {
  it.each<[DigitStyle, string]>([
    ["thai", "ลดลง ๓.๒๕"],
    ["arabic", "ลดลง 3.25"],
  ])("overall in %s digits → %s", (digits, expected) => {
    const comparison = compareYears(SEED001_2566, SEED001_2567, digits);
    expect(comparison.overall).toMatchObject({
      previous: 9867,
      current: 9542,
      delta: -325,
      trend: "down",
      text: expected,
    });
    expect(comparison.previousYearBE).toBe(2566);
    expect(comparison.currentYearBE).toBe(2567);
    expect(comparison.previousLevel).toBe("ผ่านดีเยี่ยม");
    expect(comparison.currentLevel).toBe("ผ่านดี");
  });

  it.each<[IndicatorNumber, string]>([
    [1, "เท่าเดิม"], // 100 → 100
    [2, "ลดลง ๑.๕๗"], // 100 → 98.43
    [4, "เพิ่มขึ้น ๑.๕๒"], // 98.28 → 99.80
    [6, "เพิ่มขึ้น ๓.๓๕"], // 96.30 → 99.65
    [8, "ลดลง ๑๕.๙๑"], // 97.63 → 81.72
    [9, "ลดลง ๑๐.๘๖"], // 98.00 → 87.14
    [10, "เท่าเดิม"],
  ])("indicator %d → %s", (n, expected) => {
    const comparison = compareYears(SEED001_2566, SEED001_2567, "thai");
    expect(comparison.indicators.find((i) => i.number === n)?.text).toBe(expected);
  });
});
