import type { DigitStyle } from "../thai/digits";
import { changeText, computeScoreChange, type ScoreChange } from "./scoreChange";

describe("computeScoreChange", () => {
  it.each<[number, number, ScoreChange]>([
    [9867, 9542, { previous: 9867, current: 9542, delta: -325, trend: "down" }], // seed 001 overall
    [9763, 8172, { previous: 9763, current: 8172, delta: -1591, trend: "down" }], // seed 001 indicator 8
    [9828, 9980, { previous: 9828, current: 9980, delta: 152, trend: "up" }], // seed 001 indicator 4
    [10000, 10000, { previous: 10000, current: 10000, delta: 0, trend: "same" }], // seed 001 indicator 1
    [0, 10000, { previous: 0, current: 10000, delta: 10000, trend: "up" }], // widest rise
    [10000, 0, { previous: 10000, current: 0, delta: -10000, trend: "down" }], // widest fall
    [5000, 5001, { previous: 5000, current: 5001, delta: 1, trend: "up" }], // one hundredth
    [5001, 5000, { previous: 5001, current: 5000, delta: -1, trend: "down" }],
    [0, 0, { previous: 0, current: 0, delta: 0, trend: "same" }],
  ])("%d → %d: %j", (previous, current, expected) => {
    expect(computeScoreChange(previous, current)).toEqual(expected);
  });

  it.each([
    [9867, 9542],
    [9828, 9980],
    [1, 10000],
  ])("is antisymmetric for %d, %d", (a, b) => {
    expect(computeScoreChange(a, b).delta).toBe(-computeScoreChange(b, a).delta);
  });
});

describe("changeText", () => {
  it.each<[number, number, DigitStyle, string]>([
    [9867, 9542, "thai", "ลดลง ๓.๒๕"], // seed 001 overall 2566 → 2567
    [9867, 9542, "arabic", "ลดลง 3.25"],
    [9763, 8172, "thai", "ลดลง ๑๕.๙๑"], // seed 001 indicator 8
    [9828, 9980, "thai", "เพิ่มขึ้น ๑.๕๒"], // seed 001 indicator 4
    [9828, 9980, "arabic", "เพิ่มขึ้น 1.52"],
    [10000, 10000, "thai", "เท่าเดิม"], // seed 001 indicator 1
    [10000, 10000, "arabic", "เท่าเดิม"],
    [5000, 5001, "arabic", "เพิ่มขึ้น 0.01"], // smallest change
    [5001, 5000, "thai", "ลดลง ๐.๐๑"],
    [0, 10000, "arabic", "เพิ่มขึ้น 100.00"], // largest change
    [9000, 9500, "arabic", "เพิ่มขึ้น 5.00"], // whole points keep two decimals
    [9510, 9500, "arabic", "ลดลง 0.10"],
  ])("%d → %d in %s → %s", (previous, current, digits, expected) => {
    expect(changeText(computeScoreChange(previous, current), digits)).toBe(expected);
  });

  it("never shows a minus sign: the word carries the direction", () => {
    expect(changeText(computeScoreChange(9867, 9542), "arabic")).not.toContain("-");
  });
});
