import type { ReportInput } from "../model/reportInput";

/**
 * The fiscal year is not known yet (empty or unreadable, as in a new workbook): a draft that
 * names it, or the round's dates, waits for it, so that none says "พ.ศ. 0".
 */
export function draftsAwaitYear(input: Pick<ReportInput, "fiscalYearBE">): boolean {
  return !(input.fiscalYearBE > 0);
}
