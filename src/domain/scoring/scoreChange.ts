import { inDigitStyle, type DigitStyle } from "../thai/digits";
import { formatHundredths, type Hundredths } from "../numbers/hundredths";

export type Trend = "up" | "down" | "same";

export interface ScoreChange {
  readonly previous: Hundredths;
  readonly current: Hundredths;
  /** current − previous, in hundredths. */
  readonly delta: Hundredths;
  readonly trend: Trend;
}

/**
 * Compares two published two-decimal scores. Exact, so change(a, b) = −change(b, a).
 *
 * @example
 * computeScoreChange(9867, 9542) //=> { delta: -325, trend: "down", … }
 */
export function computeScoreChange(previous: Hundredths, current: Hundredths): ScoreChange {
  const delta = current - previous;
  const trend: Trend = delta > 0 ? "up" : delta < 0 ? "down" : "same";
  return { previous, current, delta, trend };
}

/**
 * Words a change as Thai reports do: "เพิ่มขึ้น x.xx", "ลดลง x.xx" or "เท่าเดิม".
 *
 * @example
 * changeText(computeScoreChange(9763, 8172), "thai") //=> "ลดลง ๑๕.๙๑"
 */
export function changeText(change: ScoreChange, digits: DigitStyle): string {
  if (change.trend === "same") return "เท่าเดิม";
  const word = change.trend === "up" ? "เพิ่มขึ้น" : "ลดลง";
  return inDigitStyle(`${word} ${formatHundredths(Math.abs(change.delta), "arabic")}`, digits);
}
