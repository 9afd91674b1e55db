import { fail } from "./errors";

/**
 * What Excel stores when a value is written to a cell through `Range.values`: numbers and booleans
 * as they are; a string is parsed like typed input, by the user's locale, unless the cell is
 * text-formatted ("@") or the string starts with an apostrophe.
 */

/** "Total number of characters that a cell can contain: 32,767" (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
export const MAX_TEXT = 32_767;
/** "Length of formula contents: 8,192 characters" (the same page); Excel.ErrorCodes.formulaLengthExceedsLimit. */
export const MAX_FORMULA = 8_192;

export type StoredKind = "text" | "number" | "boolean" | "formula" | "error" | "empty";

/** The error values a cell can hold, as Excel spells them in `values`. */
export const EXCEL_ERRORS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
];

/** The error constants Excel accepts as typed input: "#n/a" becomes the error #N/A. */
const TYPED_ERRORS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
];

/** The locales whose typed-input rules the simulator knows. */
export type HostLocale = "en-US" | "th-TH";

export interface Coerced {
  readonly kind: StoredKind;
  readonly value: string | number | boolean | null;
  /** The number format Excel applies when it recognises e.g. a percentage or a date. */
  readonly autoFormat: string | null;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const THAI_MONTHS = [
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
];
const THAI_MONTHS_ABBR = [
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
];

function monthOf(name: string, locale: HostLocale): number | null {
  const n = name.toLowerCase();
  const en = MONTHS.findIndex((m) => m === n || m.slice(0, 3) === n);
  if (en >= 0) return en + 1;
  if (locale !== "th-TH") return null;
  const th = THAI_MONTHS.indexOf(name);
  if (th >= 0) return th + 1;
  const abbr = THAI_MONTHS_ABBR.indexOf(name);
  return abbr >= 0 ? abbr + 1 : null;
}

/** Excel date serial (1900 system, with its phantom 29 Feb 1900), or null when invalid. */
export function dateSerial(y: number, m: number, d: number): number | null {
  if (y < 1900 || y > 9999 || m < 1 || m > 12) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) return null;
  const s = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return s < 61 ? s - 1 : s;
}

const twoDigitYear = (yy: number): number => (yy < 30 ? 2000 + yy : 1900 + yy);

/** A Thai-locale Excel reads years from 2400 as Buddhist-era years. */
const calendarYear = (y: number, locale: HostLocale): number =>
  locale === "th-TH" && y >= 2400 ? y - 543 : y;

/** Dates and times as Excel recognises them in typed input. */
function parseDateTime(t: string, locale: HostLocale): { value: number; format: string } | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) {
    const v = dateSerial(calendarYear(Number(m[1]), locale), Number(m[2]), Number(m[3]));
    return v === null ? null : { value: v, format: "m/d/yyyy" };
  }
  m = /^(\d{1,2})([-/])(\d{1,2})(?:\2(\d{1,4}))?$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // th-TH types day first, en-US month first.
    const [day, month] = locale === "th-TH" ? [a, b] : [b, a];
    if (m[4] !== undefined) {
      const y =
        m[4].length <= 2
          ? twoDigitYear(Number(m[4]))
          : m[4].length === 4
            ? calendarYear(Number(m[4]), locale)
            : NaN;
      const v = Number.isNaN(y) ? null : dateSerial(y, month, day);
      return v === null ? null : { value: v, format: "m/d/yyyy" };
    }
    const md = dateSerial(new Date().getFullYear(), month, day);
    return md === null ? null : { value: md, format: "d-mmm" };
  }
  m = /^(\d{1,2})[- ]+([A-Za-z]{3,9}|[\u0E00-\u0E7F.]+)(?:[- ]+(\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    const month = monthOf(m[2] ?? "", locale);
    if (month === null) return null;
    const yText = m[3];
    const y =
      yText === undefined
        ? new Date().getFullYear()
        : yText.length === 2
          ? twoDigitYear(Number(yText))
          : calendarYear(Number(yText), locale);
    const v = dateSerial(y, month, Number(m[1]));
    return v === null ? null : { value: v, format: yText === undefined ? "d-mmm" : "d-mmm-yy" };
  }
  m = /^(\d{1,4}):(\d{1,2})(?::(\d{1,2}))?(?:\s*([AaPp])[Mm]?)?$/.exec(t);
  if (m) {
    let h = Number(m[1]);
    const min = Number(m[2]);
    const sec = m[3] === undefined ? 0 : Number(m[3]);
    if (min > 59 || sec > 59) return null;
    const ampm = m[4]?.toUpperCase();
    if (ampm !== undefined) {
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (ampm === "P" ? 12 : 0);
    }
    return {
      value: (h * 3600 + min * 60 + sec) / 86_400,
      format: ampm !== undefined ? "h:mm AM/PM" : "h:mm",
    };
  }
  return null;
}

/** Numbers as Excel recognises them in typed input; 15 significant digits, like Excel. */
function parseNumber(t: string): { value: number; format: string | null } | null {
  const round15 = (n: number): number => Number(n.toPrecision(15));
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(t))
    return { value: round15(Number(t)), format: /[eE]/.test(t) ? "0.00E+00" : null };
  let m = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d*)?$/.exec(t);
  if (m) {
    const v = Number(`${m[1] ?? ""}${(m[2] ?? "").replace(/,/g, "")}${m[3] ?? ""}`);
    return {
      value: round15(v),
      format: m[3] !== undefined && m[3].length > 1 ? "#,##0.00" : "#,##0",
    };
  }
  m = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/.exec(t);
  if (m)
    return {
      value: round15(Number(m[1]) / 100),
      format: (m[1] ?? "").includes(".") ? "0.00%" : "0%",
    };
  m = /^\(\s*(\d+\.?\d*|\.\d+)\s*\)$/.exec(t);
  if (m) return { value: round15(-Number(m[1])), format: null };
  m = /^([+-]?)(\d+) (\d+)\/(\d+)$/.exec(t);
  if (m) {
    const den = Number(m[4]);
    if (den === 0) return null;
    const v = Number(m[2]) + Number(m[3]) / den;
    return { value: round15(m[1] === "-" ? -v : v), format: den >= 10 ? "# ??/??" : "# ?/?" };
  }
  return null;
}

/** A light syntax check: balanced quotes and parentheses, no dangling operator. */
function formulaSyntaxOk(formula: string): boolean {
  const body = formula.slice(1);
  if (body.trim() === "") return false;
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= body.length) return false;
        if (body[j] === ch) {
          if (body[j + 1] === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      i = j;
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0 && !"+-*/^&=<>,".includes(body.trimEnd().slice(-1));
}

export function checkFormula(formula: string): string {
  if (formula.length > MAX_FORMULA)
    fail("FormulaLengthExceedsLimit", `A formula is longer than ${MAX_FORMULA} characters.`);
  if (!formulaSyntaxOk(formula))
    fail("InvalidArgument", `"${formula}" is not a valid formula (Excel would refuse this input).`);
  return formula;
}

function checkText(s: string): string {
  if (s.length > MAX_TEXT) fail("InvalidArgument", `Text longer than ${MAX_TEXT} characters.`);
  return s;
}

const THAI_DIGITS = /[\u0E50-\u0E59]/g;

/** What Excel stores when `input` is written to a cell whose number format is `numberFormat`. */
export function coerceInput(input: unknown, numberFormat: string, locale: HostLocale): Coerced {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      fail("InvalidArgument", `${String(input)} is not a valid cell value.`);
    return { kind: "number", value: input === 0 ? 0 : input, autoFormat: null };
  }
  if (typeof input === "boolean") return { kind: "boolean", value: input, autoFormat: null };
  if (typeof input !== "string")
    fail(
      "InvalidArgument",
      `Cell values must be string, number, boolean or null; got ${Array.isArray(input) ? "array" : typeof input}.`,
    );
  if (input === "") return { kind: "empty", value: null, autoFormat: null };
  if (numberFormat === "@") return { kind: "text", value: checkText(input), autoFormat: null };
  const first = input[0];
  if (first === "'") return { kind: "text", value: checkText(input.slice(1)), autoFormat: null };
  if (first === "=") return { kind: "formula", value: checkFormula(input), autoFormat: null };
  const t = input.trim();
  const upper = t.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE")
    return { kind: "boolean", value: upper === "TRUE", autoFormat: null };
  if (TYPED_ERRORS.includes(upper)) return { kind: "error", value: upper, autoFormat: null };
  // A Thai-locale Excel reads Thai digits as digits.
  const digits =
    locale === "th-TH" ? t.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50)) : t;
  const parsed = parseNumber(digits) ?? parseDateTime(digits, locale);
  if (parsed !== null) return { kind: "number", value: parsed.value, autoFormat: parsed.format };
  if ((first === "+" || first === "-" || first === "@") && input.length > 1)
    return { kind: "formula", value: checkFormula(`=${input}`), autoFormat: null };
  return { kind: "text", value: checkText(input), autoFormat: null };
}
