import { toArabicDigits } from "./digits";
import { squashSpaces } from "./squashSpaces";
import {
  BE_OFFSET,
  THAI_MONTHS_ABBR,
  THAI_MONTHS_FULL,
  fromIsoDate,
  isValidThaiDate,
  type ThaiDate,
} from "./thaiDate";

/** Longer than any date written out in full ("๓๐ กันยายน พ.ศ. ๒๕๖๗" is 22 characters). */
const MAX_DATE_LENGTH = 40;

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The date of an Excel serial number (1900 date system), or null when it is not one. */
export function fromExcelSerial(serial: number): ThaiDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return {
    yearBE: d.getUTCFullYear() + BE_OFFSET,
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  };
}

/** The Excel serial number of a date. */
export function toExcelSerial(date: ThaiDate): number {
  return (Date.UTC(date.yearBE - BE_OFFSET, date.month - 1, date.day) - EXCEL_EPOCH_UTC) / DAY_MS;
}

function monthFromName(name: string): number | null {
  const key = name.replace(/ /g, "");
  const full = THAI_MONTHS_FULL.findIndex((m) => m === key);
  if (full >= 0) return full + 1;
  const abbr = THAI_MONTHS_ABBR.findIndex((m) => m === key || m.replace(/\.$/, "") === key);
  return abbr >= 0 ? abbr + 1 : null;
}

/**
 * Reads one date written the Thai way: "๓ เมษายน ๒๕๖๖", "18 ม.ค.2566", "1 ต.ค.64"
 * (two-digit BE year), or ISO "2023-04-03". Returns null when the text is not such a date.
 */
export function parseThaiDate(text: string): ThaiDate | null {
  // Squashed and bounded first: the pattern below then never meets a long run of spaces.
  const t = squashSpaces(toArabicDigits(text)).trim();
  if (t.length > MAX_DATE_LENGTH) return null;
  const iso = fromIsoDate(t);
  if (iso) return iso;
  const m = /^(\d{1,2}) ?([\u0e00-\u0e7f. ]+?) ?(?:พ\. ?ศ\. ?)?(\d{2}|\d{4})$/.exec(t);
  if (!m) return null;
  const month = monthFromName(m[2]!);
  if (month === null) return null;
  let yearBE = Number(m[3]);
  if (m[3]!.length === 2) yearBE += 2500;
  const date = { yearBE, month, day: Number(m[1]) };
  return isValidThaiDate(date) ? date : null;
}
