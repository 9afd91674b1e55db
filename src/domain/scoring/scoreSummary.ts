import type { IndicatorNumber } from "../framework/indicators";
import { frameworkFor } from "../framework/frameworkSet";
import type { OfficialTotals } from "../model/scores";
import type { ReportInput } from "../model/reportInput";
import { IssueCollector } from "../issues/issueCollector";
import type { ValidationIssue } from "../issues/validationIssue";
import type { DigitStyle } from "../thai/digits";
import { formatHundredths, type Hundredths } from "../numbers/hundredths";
import { changeText, computeScoreChange, type ScoreChange } from "./scoreChange";
import { frameworksOf } from "./inputFrameworks";
import { yearResultFrom, type YearResult } from "./yearResult";

export interface YearSummary extends YearResult {
  /** True unless the year's framework is verified (provisional, assumed). */
  readonly provisional: boolean;
}

export interface IndicatorChange extends ScoreChange {
  readonly number: IndicatorNumber;
  readonly text: string;
}

/** Two years side by side: the change of every indicator, of the overall score and the level. */
export interface Comparison {
  readonly previousYearBE: number;
  readonly currentYearBE: number;
  readonly indicators: readonly IndicatorChange[];
  readonly overall: ScoreChange & { readonly text: string };
  readonly previousLevel: string;
  readonly currentLevel: string;
}

export interface ScoreSummary {
  /**
   * Years whose overall score and level are known, oldest first: computed from a complete set of
   * indicator scores, or where that is incomplete, from the published totals (see yearResultFrom).
   */
  readonly years: readonly YearSummary[];
  /** The last two complete years compared, or null with fewer than two. */
  readonly comparison: Comparison | null;
}

/** Officially published totals more than this far from the computed ones are reported. */
export const OFFICIAL_TOLERANCE: Hundredths = 2;

/**
 * Computes every figure of every year whose overall score and level can be known (every
 * indicator scored, or the published totals where not), and the change between the last two.
 * Other years are left out: the reports that need them say what they lack (see unmetNeeds).
 */
export function summarizeScores(
  input: ReportInput,
  digits: DigitStyle = input.digitStyle,
): ScoreSummary {
  const years: YearSummary[] = [];
  const set = frameworksOf(input);
  for (const yearBE of scoredYears(input)) {
    const framework = frameworkFor(yearBE, set);
    const result = framework
      ? yearResultFrom(
          framework,
          input.scores.get(yearBE) ?? new Map(),
          input.officialTotals.get(yearBE) ?? {},
        )
      : null;
    if (result && framework)
      years.push({ ...result, provisional: framework.status !== "verified" });
  }
  const [previous, current] = years.slice(-2);
  return {
    years,
    comparison: previous && current ? compareYears(previous, current, digits) : null,
  };
}

/** The years with indicator scores or published totals, oldest first. */
export function scoredYears(input: Pick<ReportInput, "scores" | "officialTotals">): number[] {
  return [...new Set([...input.scores.keys(), ...input.officialTotals.keys()])].sort(
    (a, b) => a - b,
  );
}

/** The per-indicator and overall change from one year's result to another's. */
export function compareYears(
  previous: YearResult,
  current: YearResult,
  digits: DigitStyle,
): Comparison {
  // Years of different frames share only some indicators: the others have no change.
  const indicators = current.indicators.flatMap((ind): IndicatorChange[] => {
    const before = previous.indicators.find((p) => p.number === ind.number);
    if (!before) return [];
    const change = computeScoreChange(before.score, ind.score);
    return [{ number: ind.number, ...change, text: changeText(change, digits) }];
  });
  const overall = computeScoreChange(previous.overall, current.overall);
  return {
    previousYearBE: previous.fiscalYearBE,
    currentYearBE: current.fiscalYearBE,
    indicators,
    overall: { ...overall, text: changeText(overall, digits) },
    previousLevel: previous.level,
    currentLevel: current.level,
  };
}

/**
 * Warns where a published total differs from the one computed from the indicators by more than
 * 0.02 (published totals come from unrounded data, so 0.01 is normal).
 */
export function checkOfficialTotals(
  summary: ScoreSummary,
  officialTotals: ReadonlyMap<number, OfficialTotals>,
  placeOf: (
    yearBE: number,
    key: keyof OfficialTotals,
  ) => { sheet: string; cell?: string } | { path: string },
): ValidationIssue[] {
  const issues = new IssueCollector();
  for (const year of summary.years) {
    const totals = officialTotals.get(year.fiscalYearBE);
    if (!totals) continue;
    const computed: [string, Hundredths][] = [
      ["overall", year.overall],
      ...year.instruments.map((i): [string, Hundredths] => [i.code, i.score]),
    ];
    for (const [key, value] of computed) {
      const official = totals[key];
      if (official === undefined || Math.abs(official - value) <= OFFICIAL_TOLERANCE) continue;
      const label = key === "overall" ? "คะแนนรวม ITA" : `คะแนน ${key}`;
      issues.warning("official-total-mismatch", placeOf(year.fiscalYearBE, key), {
        total: label,
        yearBE: year.fiscalYearBE,
        official: formatHundredths(official, "arabic"),
        computed: formatHundredths(value, "arabic"),
      });
    }
  }
  return issues.issues;
}
