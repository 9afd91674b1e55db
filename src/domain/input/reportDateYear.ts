import type { IssueCollector, IssuePlace } from "../issues/issueCollector";
import { BE_OFFSET, thaiMonthName, type ThaiDate } from "../thai/thaiDate";
import { PLAUSIBLE_YEARS_BE } from "./parseYear";

/** How far from the fiscal year a report's date may lie before it is taken for a slip. */
export const REPORT_DATE_YEARS_AROUND = 10;

/**
 * Says when a read date's BE year cannot be meant (`date-year-implausible`): outside the years
 * an ITA report names, or more than ten years from the fiscal year. The usual causes: a date
 * typed with its BE year in an Excel set to the Gregorian calendar (30/9/2568 kept as 2568 CE,
 * so BE 3111), a BE year in an ISO date, or a Gregorian year typed in Thai text. Returns true
 * when it said so.
 */
export function reportDateYearImplausible(
  date: ThaiDate,
  fiscalYearBE: number | null,
  place: IssuePlace,
  issues: IssueCollector,
  json = false,
): boolean {
  const year = date.yearBE;
  const plausible = (y: number) => y >= PLAUSIBLE_YEARS_BE.min && y <= PLAUSIBLE_YEARS_BE.max;
  const nearFiscal =
    fiscalYearBE === null || Math.abs(year - fiscalYearBE) <= REPORT_DATE_YEARS_AROUND;
  if (plausible(year) && nearFiscal) return false;
  const cause = plausible(year - BE_OFFSET)
    ? json
      ? "iso-be"
      : "gregorian-calendar"
    : plausible(year + BE_OFFSET)
      ? "gregorian-year"
      : "far";
  issues.error("date-year-implausible", place, {
    yearBE: year,
    cause,
    asText: `${date.day} ${thaiMonthName(date.month)} ${year - BE_OFFSET}`,
    ...(fiscalYearBE !== null ? { fiscalYearBE } : {}),
    min: PLAUSIBLE_YEARS_BE.min,
    max: PLAUSIBLE_YEARS_BE.max,
    around: REPORT_DATE_YEARS_AROUND,
  });
  return true;
}
