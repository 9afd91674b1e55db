import { toArabicDigits } from "./digits";
import { type DateRange, fiscalYearRange, quarterRange, roundRange } from "./fiscalYear";
import { compareThaiDates, daysInMonth, isValidThaiDate, type ThaiDate } from "./thaiDate";
import { BE_ERA, MONTH, YEAR, monthFromText, yearFromDigits } from "./thaiMonthPattern";

/**
 * What a period written in a measures table means.
 *
 * - `range`: a span of dates; `quarters` lists the fiscal quarters (1–4, ascending) when the text
 *   named quarters ("ไตรมาส 1,2").
 * - `whole-year`: the text names a whole fiscal year ("ตลอดปีงบประมาณ", "ปีงบประมาณ 2566").
 * - `unparsed`: the text is not a period this parser knows, or names an impossible one.
 */
export type PeriodParse =
  | { readonly kind: "range"; readonly range: DateRange; readonly quarters?: readonly number[] }
  | { readonly kind: "whole-year"; readonly range: DateRange }
  | { readonly kind: "unparsed" };

const UNPARSED: PeriodParse = { kind: "unparsed" };

/**
 * Longer than any period people write (the longest form in the tests is under 100 characters).
 * Longer text is not read as a period: the patterns below strip one qualifier or gloss per pass,
 * so an unbounded text could cost passes in proportion to its length, each over the whole text.
 */
export const MAX_PERIOD_LENGTH = 200;

/** Spaces in the normalised text are single ASCII spaces, so the patterns below use " ?". */
const S = " ?";
const SEP = `${S}(?:-|จนถึง|ถึง)${S}`;
const QUARTER_WORD = `ไตรมาส${S}(?:ที่${S})?`;
const FISCAL_YEAR = `(?:${BE_ERA}${S})?(${YEAR})`;

const WHOLE_YEAR_RE = new RegExp(
  `^(?:ตลอด${S}(?:ทั้ง${S})?|ทั้ง${S}|ประจำ${S})?ปีงบประมาณ(?:${S}${FISCAL_YEAR})?$`,
);
const ALL_YEAR_RE = new RegExp(`^(?:ตลอด${S}(?:ทั้ง${S})?|ทั้ง${S})ปี$`);
// A trailing "ปีงบประมาณ 2566" (or "(ของปีงบประมาณ พ.ศ. ๒๕๖๖)") that names the fiscal year of the rest.
const FISCAL_QUALIFIER_RE = new RegExp(
  `^(.+?)${S}\\(?${S}(?:ของ${S}|ประจำ${S})?ปีงบประมาณ${S}${FISCAL_YEAR}${S}\\)?$`,
);
const PARENTHETICAL_RE = /^(.+?) ?\(([^()]*)\)$/;
const ROUND_RE = /^(?:รอบ ?(6|12) ?เดือน(?: ?แรก)?|(6) ?เดือนแรก)$/;
const QUARTERS_RE = new RegExp(`^${QUARTER_WORD}(.+)$`);
const QUARTER_ITEM_RE = new RegExp(
  `^(?:${QUARTER_WORD})?(\\d+)(?:${SEP}(?:${QUARTER_WORD})?(\\d+))?$`,
);
const RANGE_PREFIX_RE = /^(?:ตั้งแต่|ระหว่าง|ช่วง) ?/;

// One end of a range, matched at the start of the remaining text.
const DATE_END_RE = new RegExp(
  `^(?:วันที่${S})?(\\d{1,2})(?!\\d)${S}(?:เดือน${S})?(${MONTH})(?:${S}(?:${BE_ERA}${S})?(${YEAR}))?`,
);
const MONTH_END_RE = new RegExp(`^(?:เดือน${S})?(${MONTH})(?:${S}(?:${BE_ERA}${S})?(${YEAR}))?`);
const DAY_END_RE = /^(?:วันที่ ?)?(\d{1,2})(?!\d)/;
const SEP_RE = new RegExp(`^${SEP}`);

/** One end of a written range; null fields were not written. */
interface End {
  readonly day: number | null;
  readonly month: number | null;
  readonly yearBE: number | null;
}

/**
 * Reads a period the way people write it in ITA measures tables, for the fiscal year `fiscalYearBE`.
 * Thai or Arabic digits, any spacing, and "-", "–", "—" or "ถึง" between the two ends are accepted.
 *
 * Accepted forms (see parsePeriod.test.ts for the full table):
 * - dates: "1 ต.ค.64 - 31 มี.ค.65", "๑ ต.ค. ๒๕๖๕ – ๓๑ มี.ค. ๒๕๖๖", "ตั้งแต่วันที่ 1 ต.ค. 2565 ถึงวันที่ 31 มี.ค. 2566",
 *   "1 - 31 ต.ค. 2565" (the start borrows the end's month); a single date "18 ม.ค.2566" is that one day.
 * - months: "ตุลาคม ๒๕๖๕ - มีนาคม ๒๕๖๖", "เดือนตุลาคม 2565 - มีนาคม 2566", "ต.ค. 65 – มี.ค. 66" run from the
 *   first day of the first month to the last day of the last; a single month "ตุลาคม 2565" is that month.
 * - quarters of `fiscalYearBE`: "ไตรมาส ๑ - ๔", "ไตรมาส 1-2", "ไตรมาสที่ 3", "ไตรมาส 1,2", "ไตรมาส 1 และ 2"
 *   (Q1 = Oct–Dec of fiscalYearBE − 1); the range spans the first to the last quarter named.
 * - whole fiscal year: "ปีงบประมาณ พ.ศ. ๒๕๖๖", "ปีงบประมาณ 2566" (the year written), "ตลอดปีงบประมาณ",
 *   "ตลอดปี", "ตลอดทั้งปี", "ทั้งปี" (the year `fiscalYearBE`).
 * - rounds: "รอบ 6 เดือน", "6 เดือนแรก" → roundRange(fiscalYearBE, "six-month"); "รอบ 12 เดือน" → whole year.
 *
 * Missing years: when neither end has a year, October–December belong to fiscalYearBE − 1 and
 * January–September to fiscalYearBE ("ต.ค. – มี.ค." in 2566 = 1 Oct 2565 – 31 Mar 2566). When only one
 * end has a year, the other borrows it, stepping back (start) or forward (end) a year when the months
 * wrap past December ("ต.ค. - มี.ค. 2566" = 1 Oct 2565 – 31 Mar 2566). Two-digit years mean 25xx.
 *
 * Qualifiers: a trailing "ปีงบประมาณ 2567" (optionally in brackets) sets the fiscal year for the rest
 * ("ไตรมาส 1 ปีงบประมาณ 2567"). A trailing bracketed gloss must describe the same dates as what
 * precedes it ("รอบ ๖ เดือน (ต.ค.–มี.ค.)"); a contradictory or unreadable gloss makes the whole text
 * unparsed.
 *
 * Unparsed: anything else, impossible dates ("32 ม.ค. 2566"), a quarter outside 1–4, a range that
 * ends before it starts, and text longer than MAX_PERIOD_LENGTH once its spaces are squashed.
 */
export function parsePeriod(text: string, fiscalYearBE: number): PeriodParse {
  const normalised = normalise(text);
  if (normalised.length > MAX_PERIOD_LENGTH) return UNPARSED;
  return parseNormalised(normalised, fiscalYearBE);
}

function normalise(text: string): string {
  return toArabicDigits(text)
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-")
    .replace(/(?:\s|\u200b|\u200c|\u200d|\ufeff)+/g, " ")
    .replace(/\( /g, "(")
    .replace(/ \)/g, ")")
    .trim();
}

function stripOuterBrackets(text: string): string {
  let t = text;
  while (/^\([^()]*\)$/.test(t)) t = t.slice(1, -1).trim();
  return t;
}

function parseNormalised(input: string, fiscalYearBE: number): PeriodParse {
  const text = stripOuterBrackets(input);
  if (text === "") return UNPARSED;

  const whole = WHOLE_YEAR_RE.exec(text);
  if (whole) {
    const year = whole[1] === undefined ? fiscalYearBE : yearFromDigits(whole[1]);
    return { kind: "whole-year", range: fiscalYearRange(year) };
  }
  if (ALL_YEAR_RE.test(text)) return { kind: "whole-year", range: fiscalYearRange(fiscalYearBE) };

  const qualified = FISCAL_QUALIFIER_RE.exec(text);
  if (qualified)
    return parseNormalised(qualified[1] as string, yearFromDigits(qualified[2] as string));

  const glossed = PARENTHETICAL_RE.exec(text);
  if (glossed) {
    const head = parseNormalised(glossed[1] as string, fiscalYearBE);
    const gloss = parseNormalised(glossed[2] as string, fiscalYearBE);
    if (head.kind === "unparsed" || gloss.kind === "unparsed") return UNPARSED;
    return sameRange(head.range, gloss.range) ? head : UNPARSED;
  }

  const round = ROUND_RE.exec(text);
  if (round) {
    return (round[1] ?? round[2]) === "12"
      ? { kind: "whole-year", range: fiscalYearRange(fiscalYearBE) }
      : { kind: "range", range: roundRange(fiscalYearBE, "six-month") };
  }

  const quarters = QUARTERS_RE.exec(text);
  if (quarters) return parseQuarters(quarters[1] as string, fiscalYearBE);

  return parseRange(text.replace(RANGE_PREFIX_RE, ""), fiscalYearBE);
}

function sameRange(a: DateRange, b: DateRange): boolean {
  return compareThaiDates(a.start, b.start) === 0 && compareThaiDates(a.end, b.end) === 0;
}

/** "1-2", "1,2", "1 และ 2", "1 - ไตรมาส 2", "1-2, 4": ascending quarters of the fiscal year. */
function parseQuarters(list: string, fiscalYearBE: number): PeriodParse {
  const chosen = new Set<number>();
  for (const item of list.split(/ ?(?:,|และ|\/) ?/)) {
    const m = QUARTER_ITEM_RE.exec(item.trim());
    if (!m) return UNPARSED;
    const first = Number(m[1]);
    const last = m[2] === undefined ? first : Number(m[2]);
    if (!isQuarter(first) || !isQuarter(last) || first > last) return UNPARSED;
    for (let q = first; q <= last; q++) chosen.add(q);
  }
  const sorted = [...chosen].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined || !isQuarter(first) || !isQuarter(last))
    return UNPARSED;
  return {
    kind: "range",
    range: {
      start: quarterRange(fiscalYearBE, first).start,
      end: quarterRange(fiscalYearBE, last).end,
    },
    quarters: sorted,
  };
}

function isQuarter(n: number): n is 1 | 2 | 3 | 4 {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/** Reads one end at the start of `text`: a date, a month, or (only as a start) a bare day. */
function readEnd(text: string, allowBareDay: boolean): { end: End; rest: string } | null {
  const date = DATE_END_RE.exec(text);
  if (date) {
    return {
      end: {
        day: Number(date[1]),
        month: monthFromText(date[2] as string),
        yearBE: optionalYear(date[3]),
      },
      rest: text.slice(date[0].length),
    };
  }
  const month = MONTH_END_RE.exec(text);
  if (month) {
    return {
      end: { day: null, month: monthFromText(month[1] as string), yearBE: optionalYear(month[2]) },
      rest: text.slice(month[0].length),
    };
  }
  const day = allowBareDay ? DAY_END_RE.exec(text) : null;
  if (day)
    return {
      end: { day: Number(day[1]), month: null, yearBE: null },
      rest: text.slice(day[0].length),
    };
  return null;
}

function optionalYear(digits: string | undefined): number | null {
  return digits === undefined ? null : yearFromDigits(digits);
}

/** The fiscal year's own calendar year for a month: Oct–Dec → fiscalYearBE − 1, Jan–Sep → fiscalYearBE. */
function fiscalCalendarYear(month: number, fiscalYearBE: number): number {
  return month >= 10 ? fiscalYearBE - 1 : fiscalYearBE;
}

function parseRange(text: string, fiscalYearBE: number): PeriodParse {
  const first = readEnd(text, true);
  if (!first) return UNPARSED;
  let a = first.end;
  let b: End = a;
  if (first.rest !== "") {
    const sep = SEP_RE.exec(first.rest);
    if (!sep) return UNPARSED;
    const second = readEnd(first.rest.slice(sep[0].length), false);
    if (!second || second.rest.trim() !== "") return UNPARSED;
    b = second.end;
  }
  if (b.month === null) return UNPARSED; // a bare day alone, or a bare day as the end
  if (a.month === null) {
    if (b.day === null) return UNPARSED; // "1 - ต.ค. 65": a bare start day needs a full end date
    a = { day: a.day, month: b.month, yearBE: b.yearBE }; // "1 - 31 ต.ค. 65"
  }

  const aMonth = a.month ?? b.month;
  const bMonth = b.month;
  let aYear = a.yearBE;
  let bYear = b.yearBE;
  if (aYear === null && bYear === null) {
    aYear = fiscalCalendarYear(aMonth, fiscalYearBE);
    bYear = fiscalCalendarYear(bMonth, fiscalYearBE);
  } else if (aYear === null && bYear !== null) {
    aYear = aMonth <= bMonth ? bYear : bYear - 1;
  } else if (aYear !== null && bYear === null) {
    bYear = bMonth >= aMonth ? aYear : aYear + 1;
  }
  if (aYear === null || bYear === null) return UNPARSED; // unreachable: both are set above

  const start: ThaiDate = { yearBE: aYear, month: aMonth, day: a.day ?? 1 };
  const end: ThaiDate = { yearBE: bYear, month: bMonth, day: b.day ?? daysInMonth(bYear, bMonth) };
  if (!isValidThaiDate(start) || !isValidThaiDate(end) || compareThaiDates(start, end) > 0)
    return UNPARSED;
  return { kind: "range", range: { start, end } };
}
