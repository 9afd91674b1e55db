import { inDigitStyle, type DigitStyle } from "../thai/digits";

/**
 * A score in integer hundredths of a point: 98.67 is 9867. All score arithmetic happens in
 * this unit so that no result ever carries binary floating-point noise.
 */
export type Hundredths = number;

/** Converts hundredths to a plain number with at most two decimals (9867 → 98.67). */
export function fromHundredths(h: Hundredths): number {
  return h / 100;
}

/**
 * Converts a number that already has at most two decimals to hundredths, or returns null
 * when it has more (76.045 → null). Uses the shortest decimal form of the double, so 98.43
 * (stored as 98.4300000000000068…) is exactly 9843.
 */
export function toHundredths(value: number): Hundredths | null {
  if (!Number.isFinite(value)) return null;
  const h = Math.round(value * 100);
  return h / 100 === value ? h : null;
}

/**
 * Rounds the exact fraction num/den (den > 0) to the nearest integer, halves away from zero:
 * the "round half up" the NACC applies to non-negative scores.
 *
 * @example
 * roundHalfUp(152_094, 20) //=> 7605 (7604.7)
 * roundHalfUp(15_209, 2)   //=> 7605 (7604.5 rounds up)
 */
export function roundHalfUp(num: number, den: number): number {
  if (den <= 0 || !Number.isInteger(num) || !Number.isInteger(den)) {
    throw new RangeError(`roundHalfUp needs integers and den > 0, got ${num}/${den}`);
  }
  if (num < 0) return -roundHalfUp(-num, den);
  return Math.floor((2 * num + den) / (2 * den));
}

/**
 * Writes hundredths with exactly two decimals in the chosen digits.
 *
 * @example
 * formatHundredths(9542, "thai")   //=> "๙๕.๔๒"
 * formatHundredths(-325, "arabic") //=> "-3.25"
 */
export function formatHundredths(h: Hundredths, digits: DigitStyle): string {
  const sign = h < 0 ? "-" : "";
  const abs = Math.abs(h);
  const text = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  return inDigitStyle(text, digits);
}
