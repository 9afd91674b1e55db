import type { DigitStyle } from "../thai/digits";

/**
 * Number formats that show Thai digits in Excel and LibreOffice. The `[$-D00041E]` prefix
 * (Thai digits, default calendar, th-TH) must start every section, or negatives fall back to
 * Arabic digits. Values stay numeric, so the sheet can still compute with them.
 */
const THAI = "[$-D00041E]";

function withDigits(sections: readonly string[], digits: DigitStyle): string {
  return sections.map((s) => (digits === "thai" ? THAI + s : s)).join(";");
}

/** Two decimals: 98.67 → ๙๘.๖๗. */
export function scoreFormat(digits: DigitStyle): string {
  return withDigits(["0.00", "-0.00", "0.00"], digits);
}

/** A whole number: 10 → ๑๐. */
export function integerFormat(digits: DigitStyle): string {
  return withDigits(["0", "-0", "0"], digits);
}

/** A date with the Buddhist-era year and the full Thai month: ๓ เมษายน ๒๕๖๖. */
export function thaiDateFormat(digits: DigitStyle): string {
  return digits === "thai" ? "[$-D07041E]d mmmm yyyy" : "[$-107041E]d mmmm yyyy";
}

/** Text: Excel keeps what is typed, even "00123" or "=A1". */
export const TEXT_FORMAT = "@";
