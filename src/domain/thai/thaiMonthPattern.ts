import { THAI_MONTHS_ABBR, THAI_MONTHS_FULL } from "./thaiDate";

/**
 * Regular-expression building blocks shared by the free-text date finders and the period parser.
 * They work on text whose digits are already Arabic (see toArabicDigits).
 */

/** One space-like character: whitespace, or the zero-width space Thai word processors insert. */
export const SPACE = "[\\s\\u200b]";

/** A day of the month: one or two digits, not part of a longer number on either side. */
export const DAY = "(?<!\\d)\\d{1,2}(?!\\d)";

/** A Buddhist-era year: four digits, or two (meaning 25xx), not followed by another digit. */
export const YEAR = "(?:\\d{4}|\\d{2})(?!\\d)";

/** "พ.ศ." with or without its dots, and the spaces around them. */
export const BE_ERA = `พ${SPACE}*\\.?${SPACE}*ศ${SPACE}*\\.?`;

/** Common misspellings people type for the full month names, by month (1-based). */
const FULL_VARIANTS: Readonly<Record<number, readonly string[]>> = {
  2: ["กุมภาพันธ"], // missing the final ์
  7: ["กรกฏาคม"], // ฏ instead of ฎ
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * "ม.ค." → a pattern for "ม.ค.", "ม.ค", "มค", "มค." and "ม. ค.": the dots are optional and a dot
 * may be followed by spaces.
 */
function abbreviationPattern(abbr: string): string {
  const letters = abbr
    .split(".")
    .filter((part) => part.length > 0)
    .map(escape);
  return `${letters.join(`(?:\\.${SPACE}*)?`)}\\.?`;
}

/** The pattern (no capturing groups) for each month, index 0 = มกราคม. */
const MONTH_PATTERNS: readonly string[] = THAI_MONTHS_FULL.map((full, i) => {
  const abbr = THAI_MONTHS_ABBR[i] as string;
  const names = [full, ...(FULL_VARIANTS[i + 1] ?? [])].map(escape);
  return [...names, abbreviationPattern(abbr)].join("|");
});

const MONTH_MATCHERS: readonly RegExp[] = MONTH_PATTERNS.map((p) => new RegExp(`^(?:${p})$`));

/**
 * Any Thai month name, full or abbreviated (no capturing groups). Full names come first so an
 * alternation never stops inside one.
 */
export const MONTH = MONTH_PATTERNS.join("|");

/** The month (1–12) a name matched by MONTH stands for, or null. */
export function monthFromText(name: string): number | null {
  const key = name.trim();
  const index = MONTH_MATCHERS.findIndex((re) => re.test(key));
  return index >= 0 ? index + 1 : null;
}

/** The BE year a two- or four-digit year stands for: "64" → 2564, "2566" → 2566. */
export function yearFromDigits(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? n + 2500 : n;
}
