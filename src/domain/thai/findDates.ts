import { toArabicDigits } from "./digits";
import { isValidThaiDate, type ThaiDate } from "./thaiDate";
import { squashSpacesMapped } from "./squashSpaces";
import { BE_ERA, DAY, MONTH, SPACE, YEAR, monthFromText, yearFromDigits } from "./thaiMonthPattern";

/** A date written inside free text. */
export interface FoundDate {
  readonly date: ThaiDate;
  /** The matched substring, as written (Thai or Arabic digits), from the day to the year. */
  readonly text: string;
  /** Where the match starts in the text (UTF-16 index). */
  readonly index: number;
}

/** A bare Buddhist-era year written inside free text. */
export interface FoundYear {
  readonly yearBE: number;
  /** Where the four digits start in the text (UTF-16 index). */
  readonly index: number;
}

// day [เดือน] month [พ.ศ.] year — e.g. "๑๘ ม.ค. ๒๕๖๖", "24 ก.พ.2566", "6 มกราคม พ.ศ. 2566", "1 ต.ค.64".
const DATE_SOURCE = `(${DAY})${SPACE}*(?:เดือน${SPACE}*)?(${MONTH})${SPACE}*(?:${BE_ERA}${SPACE}*)?(${YEAR})`;

// 25xx, not part of a longer number nor of a decimal or a thousands-separated amount ("2,550", "2550.50").
const YEAR_SOURCE = "(?<!\\d[.,]?)25\\d\\d(?![.,]?\\d)";

/**
 * Finds every single date written inside free text: a day (1–31), a Thai month name — full
 * ("มกราคม") or abbreviated with or without dots ("ม.ค.", "ม.ค", "มค") — an optional "พ.ศ." and a
 * Buddhist-era year of four digits or two ("64" = 2564). Thai and Arabic digits both count and
 * spaces between the parts are optional. Four-digit years are taken as written (BE), never converted
 * from ค.ศ. Impossible dates ("31 ก.พ. 2566") are skipped. Results are in text order.
 *
 * @example
 * findDatesInText("จัดประชุมเมื่อวันที่ ๑๘ ม.ค. ๒๕๖๖")
 * //=> [{ date: { yearBE: 2566, month: 1, day: 18 }, text: "๑๘ ม.ค. ๒๕๖๖", index: 21 }]
 */
export function findDatesInText(text: string): FoundDate[] {
  // Runs of spaces become one, so the optional spaces of the pattern cannot backtrack through a
  // long run; digit conversion keeps every character in place, and `origin` maps indexes back.
  const { text: squashed, origin } = squashSpacesMapped(toArabicDigits(text));
  const found: FoundDate[] = [];
  for (const m of squashed.matchAll(new RegExp(DATE_SOURCE, "g"))) {
    const month = monthFromText(m[2] as string);
    if (month === null) continue;
    const date: ThaiDate = { yearBE: yearFromDigits(m[3] as string), month, day: Number(m[1]) };
    if (!isValidThaiDate(date)) continue;
    const index = origin[m.index]!;
    // A match ends with the year's last digit, never inside a run of spaces.
    const end = origin[m.index + m[0].length - 1]! + 1;
    found.push({ date, text: text.slice(index, end), index });
  }
  return found;
}

/**
 * Finds bare four-digit Buddhist-era years 2500–2599 in free text, e.g. the ๒๕๖๓ of
 * "ในปีงบประมาณ พ.ศ. ๒๕๖๓ จะ…". Years that belong to a full date found by findDatesInText are left
 * out, as are digits inside longer numbers, decimals and comma-grouped amounts. A year after a month
 * name alone ("ตุลาคม ๒๕๖๕") is not a full date, so it is reported.
 */
export function findYearsInText(text: string): FoundYear[] {
  const dates = findDatesInText(text);
  const years: FoundYear[] = [];
  // Both lists are in text order, so one pass over the dates tells which years lie inside one.
  let d = 0;
  for (const m of toArabicDigits(text).matchAll(new RegExp(YEAR_SOURCE, "g"))) {
    while (d < dates.length && dates[d]!.index + dates[d]!.text.length <= m.index) d++;
    const inside = d < dates.length && m.index >= dates[d]!.index;
    if (!inside) years.push({ yearBE: Number(m[0]), index: m.index });
  }
  return years;
}
