import { inDigitStyle, type DigitStyle } from "./digits";

/** A calendar date with a Buddhist-era year (พ.ศ. = ค.ศ. + 543). Month 1 = January. */
export interface ThaiDate {
  readonly yearBE: number;
  readonly month: number;
  readonly day: number;
}

export const BE_OFFSET = 543;

export const THAI_MONTHS_FULL = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
] as const;

export const THAI_MONTHS_ABBR = [
  "ม.ค.",
  "ก.พ.",
  "มี.ค.",
  "เม.ย.",
  "พ.ค.",
  "มิ.ย.",
  "ก.ค.",
  "ส.ค.",
  "ก.ย.",
  "ต.ค.",
  "พ.ย.",
  "ธ.ค.",
] as const;

export type MonthStyle = "full" | "abbr";

/** Thai month name, 1 = มกราคม. Throws on a month outside 1–12 (a programming error). */
export function thaiMonthName(month: number, style: MonthStyle = "full"): string {
  const names = style === "full" ? THAI_MONTHS_FULL : THAI_MONTHS_ABBR;
  const name = names[month - 1];
  if (name === undefined) throw new RangeError(`month ${month} is not 1–12`);
  return name;
}

/**
 * Formats a date the way Thai official documents do.
 *
 * @example
 * formatThaiDate({ yearBE: 2566, month: 4, day: 3 }, "full", "thai") //=> "๓ เมษายน ๒๕๖๖"
 * formatThaiDate({ yearBE: 2566, month: 1, day: 18 }, "abbr", "arabic") //=> "18 ม.ค. 2566"
 */
export function formatThaiDate(date: ThaiDate, month: MonthStyle, digits: DigitStyle): string {
  return inDigitStyle(`${date.day} ${thaiMonthName(date.month, month)} ${date.yearBE}`, digits);
}

/** Days in a month of a BE year (Gregorian rules on yearBE − 543). */
export function daysInMonth(yearBE: number, month: number): number {
  const year = yearBE - BE_OFFSET;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the fields name a real calendar day. */
export function isValidThaiDate(date: ThaiDate): boolean {
  const { yearBE, month, day } = date;
  if (![yearBE, month, day].every(Number.isInteger)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(yearBE, month);
}

/** Orders two dates: negative when a is earlier, 0 when equal. */
export function compareThaiDates(a: ThaiDate, b: ThaiDate): number {
  return a.yearBE - b.yearBE || a.month - b.month || a.day - b.day;
}

/** ISO date (Gregorian) of a ThaiDate, e.g. 2024-09-30 for 30 Sep 2567. */
export function toIsoDate(date: ThaiDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.yearBE - BE_OFFSET}-${pad(date.month)}-${pad(date.day)}`;
}

/** Parses an ISO date (YYYY-MM-DD, Gregorian) into a ThaiDate, or null when it is not one. */
export function fromIsoDate(iso: string): ThaiDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const date = { yearBE: Number(m[1]) + BE_OFFSET, month: Number(m[2]), day: Number(m[3]) };
  return isValidThaiDate(date) ? date : null;
}
