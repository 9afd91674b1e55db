import type { DigitStyle } from "../thai/digits";
import { formatHundredths, fromHundredths, roundHalfUp, toHundredths } from "./hundredths";

describe("fromHundredths", () => {
  it.each([
    [9867, 98.67], // seed 001 overall 2566
    [9542, 95.42],
    [10000, 100],
    [0, 0],
    [1, 0.01],
    [-325, -3.25], // a negative change
  ])("%d → %d", (h, expected) => {
    expect(fromHundredths(h)).toBe(expected);
  });
});

describe("toHundredths", () => {
  it.each<[number, number | null]>([
    [98.43, 9843], // stored as 98.4300000000000068…: still exact
    [98.67, 9867],
    [81.72, 8172],
    [74.8, 7480], // one decimal
    [100, 10000], // integer
    [0, 0],
    [0.01, 1],
    [-3.25, -325], // negatives are allowed here
    [76.045, null], // three decimals
    [0.001, null],
    [0.1 + 0.2, null], // float noise is not silently rounded away
    [98.67000000001, null], // almost two decimals
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [Number.NEGATIVE_INFINITY, null],
  ])("%d → %j", (value, expected) => {
    expect(toHundredths(value)).toBe(expected);
  });

  it.each([[0], [1], [9843], [9999], [10000], [12345]])("k/100 → k for k = %d", (k) => {
    expect(toHundredths(k / 100)).toBe(k);
    expect(toHundredths(fromHundredths(k))).toBe(k);
  });
});

describe("roundHalfUp", () => {
  it.each([
    [152_094, 20, 7605], // 7604.7 (seed 002 overall)
    [15_209, 2, 7605], // 7604.5: the half rounds up
    [15_207, 2, 7604], // 7603.5 → 7604
    [49_784, 5, 9957], // 9956.8 (seed 001 IIT 2567)
    [28_121, 3, 9374], // 9373.67 (seed 001 EIT 2567)
    [10, 5, 2], // exact
    [0, 7, 0], // zero
    [1, 3, 0], // 0.33
    [1, 2, 1], // 0.5 → 1
    [2, 3, 1], // 0.67
    [4, 10, 0], // 0.4
    [5, 10, 1], // 0.5
    [6, 10, 1], // 0.6
    [7, 1, 7], // den 1
    [-15_209, 2, -7605], // halves away from zero: −7604.5 → −7605
    [-1, 3, 0], // −0.33 → 0
    [-2, 3, -1], // −0.67 → −1
  ])("%d/%d → %d", (num, den, expected) => {
    // `+ 0` folds −0 (from −1/3) into 0: the sign of a zero is not a result.
    expect(roundHalfUp(num, den) + 0).toBe(expected);
  });

  it.each([
    [1, 0], // den 0
    [1, -2], // negative den
    [1.5, 2], // fractional num
    [3, 2.5], // fractional den
    [Number.NaN, 2],
    [1, Number.NaN],
    [Number.POSITIVE_INFINITY, 1],
  ])("throws RangeError on %d/%d", (num, den) => {
    expect(() => roundHalfUp(num, den)).toThrow(RangeError);
  });
});

describe("formatHundredths", () => {
  it.each<[number, DigitStyle, string]>([
    [9542, "thai", "๙๕.๔๒"],
    [9542, "arabic", "95.42"],
    [-325, "arabic", "-3.25"], // negative
    [-325, "thai", "-๓.๒๕"],
    [10000, "arabic", "100.00"], // always two decimals
    [7480, "arabic", "74.80"], // trailing zero kept
    [9800, "thai", "๙๘.๐๐"],
    [5, "arabic", "0.05"], // leading zero and padded hundredths
    [-5, "arabic", "-0.05"], // small negative keeps its sign
    [0, "arabic", "0.00"],
    [0, "thai", "๐.๐๐"],
    [1591, "thai", "๑๕.๙๑"],
  ])("%d in %s → %s", (h, digits, expected) => {
    expect(formatHundredths(h, digits)).toBe(expected);
  });
});
