import { checkText } from "../issues/textChecks";
import { findDatesInText, findYearsInText } from "../thai/findDates";
import { parsePeriod } from "../thai/parsePeriod";
import { isHttpUrl } from "./httpLink";
import { squashSpace } from "./measureRule";
import { memoizeByKey, memoizeText } from "./textMemo";

/**
 * The text checks the measure rules run on every field of every measure, each remembered for
 * the next check of the input (see textMemo.ts): after one edit only the edited texts are
 * checked again. Each is exactly the function it wraps.
 */
export const checkTextOnce = memoizeText(checkText);
export const findDatesOnce = memoizeText(findDatesInText);
export const findYearsOnce = memoizeText(findYearsInText);
export const isHttpUrlOnce = memoizeText(isHttpUrl);
export const squashSpaceOnce = memoizeText(squashSpace);
/** A period depends on the fiscal year it is read in as well. */
export const parsePeriodOnce = memoizeByKey(
  parsePeriod,
  (text, fiscalYearBE) => `${fiscalYearBE}|${text}`,
);
