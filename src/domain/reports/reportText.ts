import { organizationFullName, organizationPlace } from "../model/organization";
import { type ReportInput } from "../model/reportInput";
import { inDigitStyle } from "../thai/digits";
import { roundRange } from "../thai/fiscalYear";
import { formatThaiDate } from "../thai/thaiDate";

/** Writes text in the report's digit style. */
export function digitsOf(input: ReportInput): (text: string) => string {
  return (text) => inDigitStyle(text, input.digitStyle);
}

/** "เทศบาลตำบลเกวียนหัก อำเภอขลุง จังหวัดจันทบุรี" */
export function organizationLine(input: ReportInput): string {
  return `${organizationFullName(input.organization)} ${organizationPlace(input.organization)}`;
}

/** "รอบ 6 เดือน (1 ตุลาคม 2565 – 31 มีนาคม 2566)" or the whole fiscal year, in Arabic digits. */
export function roundLine(input: ReportInput): string {
  const r = roundRange(input.fiscalYearBE, input.round);
  const span = `${formatThaiDate(r.start, "full", "arabic")} – ${formatThaiDate(r.end, "full", "arabic")}`;
  return input.round === "six-month" ? `รอบ 6 เดือน (${span})` : `รอบ 12 เดือน (${span})`;
}
