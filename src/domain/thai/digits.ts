/** Which digits a report shows: Thai (๐–๙) or Arabic (0–9). */
export type DigitStyle = "thai" | "arabic";

const THAI_ZERO = 0x0e50;

/**
 * Replaces Arabic digits with Thai digits; every other character is kept.
 *
 * @example
 * toThaiDigits("95.42") //=> "๙๕.๔๒"
 */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + d.charCodeAt(0) - 48));
}

/**
 * Replaces Thai digits with Arabic digits; every other character is kept.
 *
 * @example
 * toArabicDigits("พ.ศ. ๒๕๖๗") //=> "พ.ศ. 2567"
 */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Writes the digits of `text` in the chosen style. */
export function inDigitStyle(text: string, style: DigitStyle): string {
  return style === "thai" ? toThaiDigits(text) : toArabicDigits(text);
}
