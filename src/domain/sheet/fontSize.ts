/**
 * The font sizes a report may be written in (points). Every reader holds the user's size to
 * this one rule: below it the printed text cannot be read, above it the fitted rows pass
 * Excel's row limit of 409 points (a 36-point line wraps to about 8 lines of 48 points).
 */
export const FONT_SIZES = { min: 8, max: 36 } as const;

/** True when `size` is a font size a report may be written in. */
export function isFontSize(size: number): boolean {
  return Number.isFinite(size) && size >= FONT_SIZES.min && size <= FONT_SIZES.max;
}
