import type { CellValue } from "../domain/sheet/sheetSpec";
import { fromIsoDate } from "../domain/thai/thaiDate";
import { toExcelSerial } from "../domain/thai/parseThaiDate";

/** A value as Range.values takes it. */
export type OfficeCell = string | number | boolean;

/**
 * Whether Excel could read typed text as something other than that text. Excel parses a string
 * written into a General cell by the user's locale, and no one list covers every locale's dates
 * and numbers ("30 กันยายน 2567", "๑/๑๐", "1.234,5", "50 %"), so any text with a digit of any
 * script counts, as does text that starts like a formula (= + - @) or an apostrophe, a boolean
 * word and an error constant (#N/A).
 */
export function mayBeParsed(text: string): boolean {
  const t = text.trim();
  return /^[=+\-@'#]/.test(t) || /\p{Nd}/u.test(t) || /^(true|false)$/i.test(t);
}

/**
 * A cell value for Range.values. Text Excel could parse gets an apostrophe, which Excel never
 * parses and does not keep in the value; a text-formatted ("@") cell keeps any string as it is.
 */
export function toOfficeValue(value: CellValue, format: string | undefined): OfficeCell {
  if (value === null) return "";
  if (typeof value === "object") {
    const date = fromIsoDate(value.date);
    return date ? toExcelSerial(date) : value.date;
  }
  if (typeof value === "string" && format !== "@" && mayBeParsed(value)) return `'${value}`;
  return value;
}
