import type { IssueCollector, IssuePlace } from "../issues/issueCollector";
import type { Measure, MeasureField } from "../model/measure";
import type { MeasureListLayout } from "../model/reportLayout";
import type { ReportInput } from "../model/reportInput";
import { fiscalYearRange, roundRange, type DateRange } from "../thai/fiscalYear";

/** What a measure rule may read: the input and the facts derived once per check. */
export interface MeasureRuleContext {
  readonly input: ReportInput;
  readonly fiscalYear: DateRange;
  readonly round: DateRange;
  /** The round in Thai words, for messages: "รอบ 6 เดือน" or "ปีงบประมาณ". */
  readonly roundName: string;
  /** The list layout of the report the round calls for (its grouping decides what is needed). */
  readonly list: MeasureListLayout;
  readonly someHeading: boolean;
  /** How a message names a measure: ตัวชี้วัดที่ 8 "ชื่อ". */
  readonly describe: (m: Measure) => string;
}

/** Checks one measure; `at` gives the cell (or JSON path) of one of its fields. */
export type MeasureCheck = (
  m: Measure,
  at: (field: MeasureField) => IssuePlace,
  issues: IssueCollector,
) => void;

/**
 * A rule over the measures. `start` runs once per check and returns the check of one measure,
 * which may remember the measures before it (duplicates).
 */
export interface MeasureRule {
  readonly start: (ctx: MeasureRuleContext) => MeasureCheck;
  /** The rule compares with the fiscal year: skipped while the year is missing or unreadable (that is its own error). */
  readonly needsFiscalYear?: boolean;
}

/** The context of one check of an input. */
export function measureRuleContext(input: ReportInput): MeasureRuleContext {
  return {
    input,
    fiscalYear: fiscalYearRange(input.fiscalYearBE),
    round: roundRange(input.fiscalYearBE, input.round),
    roundName: input.round === "six-month" ? "รอบ 6 เดือน" : "ปีงบประมาณ",
    list: input.round === "six-month" ? input.layout.progress : input.layout.yearEnd,
    someHeading: input.measures.some((m) => m.heading.trim() !== ""),
    describe: (m) =>
      `${m.indicator === null ? "" : `ตัวชี้วัดที่ ${m.indicator} `}"${m.title || "ไม่มีชื่อ"}"`,
  };
}

/** Folds runs of white space, so that copies differing only in spacing compare equal. */
export const squashSpace = (text: string): string => text.replace(/\s+/g, " ").trim();
