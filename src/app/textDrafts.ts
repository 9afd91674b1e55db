import type { ReadResult } from "../domain/input/readInputWorkbook";
import type { ReportTexts } from "../domain/model/reportTexts";
import { reportTextDrafts } from "../domain/reports/textDrafts";
import { summarizeScores } from "../domain/scoring/scoreSummary";
import { inDigitStyle } from "../domain/thai/digits";

/**
 * What each report text would print if left empty, as read from the input sheets: the drafts of
 * the domain, in the digits of the reports (เลขไทย or Arabic), one paragraph a line; "" where
 * nothing is drafted (the memo's reference and web address, which are the user's data, the OIT
 * item where no framework record names one, and a text whose figures are missing). Null when the input could not be read.
 */
export function textDraftsOf(read: ReadResult): ReportTexts | null {
  const input = read.input;
  if (!input) return null;
  const { instruments, titles, ...drafts } = reportTextDrafts(input, summarizeScores(input));
  const inDigits = <T extends Record<string, string>>(texts: T) =>
    Object.fromEntries(
      Object.entries(texts).map(([key, text]) => [key, inDigitStyle(text, input.digitStyle)]),
    ) as T;
  return {
    ...inDigits(drafts),
    instruments: { analysis: inDigits(instruments.analysis), plan: inDigits(instruments.plan) },
    titles: inDigits(titles),
  };
}
