import { toArabicDigits } from "../thai/digits";

/**
 * The font sizes a report may be written in (points). Every reader holds the user's size to
 * this one rule: below it the printed text cannot be read, above it the fitted rows pass
 * Excel's row limit of 409 points (a 36-point line wraps to about 8 lines of 48 points).
 */
export const FONT_SIZES = { min: 8, max: 36 } as const;

/**
 * A font size typed into a cell, in Arabic or Thai digits (๑๖), with a decimal point or comma
 * (15.5, 15,5); null for anything else (words, a unit, "0x10", "1e1"), which Number() would take.
 */
export function parseFontSize(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(toArabicDigits(text.trim()));
  return match ? Number(`${match[1]}.${match[2] ?? "0"}`) : null;
}

/** True when `size` is a font size a report may be written in. */
export function isFontSize(size: number): boolean {
  return Number.isFinite(size) && size >= FONT_SIZES.min && size <= FONT_SIZES.max;
}
