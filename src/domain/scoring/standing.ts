import type { IndicatorNumber } from "../framework/indicators";
import type { ItaFramework } from "../framework/itaFramework";
import type { Hundredths } from "../numbers/hundredths";
import type { IndicatorResult, YearResult } from "./yearResult";

/** Where an indicator stands against the report's bars. */
export type Standing = "strength" | "to-develop" | "below-pass";

/** The bars that sort indicators into strengths and weaknesses (the year's framework holds them). */
export interface Thresholds {
  /** At or above this an indicator is a strength (จุดแข็ง). */
  readonly strength: Hundredths;
  /** Below this an indicator fails the pass mark (ไม่ผ่านเกณฑ์). */
  readonly pass: Hundredths;
}

/** The bars of a year's framework: its strength threshold and pass mark. */
export function thresholdsOf(framework: ItaFramework): Thresholds {
  return { strength: framework.strengthThreshold, pass: framework.passMark };
}

export interface RankedIndicator extends IndicatorResult {
  /** 1 = highest score; equal scores share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly standing: Standing;
}

/** Sorts a strength, an indicator to develop, or one below the pass mark. */
export function standingOf(score: Hundredths, thresholds: Thresholds): Standing {
  if (score >= thresholds.strength) return "strength";
  return score >= thresholds.pass ? "to-develop" : "below-pass";
}

/**
 * Ranks the indicators from the highest score down; ties keep indicator order and share a rank.
 */
export function rankIndicators(
  result: YearResult,
  thresholds: Thresholds = thresholdsOf(result.framework),
): RankedIndicator[] {
  const sorted = [...result.indicators].sort((a, b) => b.score - a.score || a.number - b.number);
  return sorted.map((indicator) => ({
    ...indicator,
    rank: 1 + sorted.filter((other) => other.score > indicator.score).length,
    standing: standingOf(indicator.score, thresholds),
  }));
}

/** The indicators with a given standing, highest score first. */
export function indicatorsWithStanding(
  result: YearResult,
  standing: Standing | readonly Standing[],
  thresholds: Thresholds = thresholdsOf(result.framework),
): IndicatorNumber[] {
  const wanted = typeof standing === "string" ? [standing] : standing;
  return rankIndicators(result, thresholds)
    .filter((r) => wanted.includes(r.standing))
    .map((r) => r.number);
}
