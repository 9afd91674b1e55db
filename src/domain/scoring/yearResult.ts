import type { IndicatorNumber, InstrumentCode } from "../framework/indicators";
import { indicatorsOf, type ItaFramework } from "../framework/itaFramework";
import { levelOf, levelWhereKnown } from "../framework/levels";
import { addFractions, fraction, scaleFraction, type Fraction } from "../numbers/fraction";
import { roundHalfUp, type Hundredths } from "../numbers/hundredths";
import type { IndicatorScores, OfficialTotals } from "../model/scores";

export interface IndicatorResult {
  readonly number: IndicatorNumber;
  readonly name: string;
  readonly instrument: InstrumentCode;
  readonly score: Hundredths;
}

export interface InstrumentResult {
  readonly code: InstrumentCode;
  readonly weightPercent: number;
  /** The plain mean of the instrument's indicators, rounded half up to hundredths. */
  readonly score: Hundredths;
  /** The same mean, unrounded, in hundredths (IIT 2567 of seed 001 is 49784/5). */
  readonly exact: Fraction;
}

/** Every figure the NACC publishes for one year, computed from the indicator scores. */
export interface YearResult {
  readonly fiscalYearBE: number;
  /** The year's framework: its indicators, weights, bands, pass mark and status. */
  readonly framework: ItaFramework;
  readonly indicators: readonly IndicatorResult[];
  readonly instruments: readonly InstrumentResult[];
  /** The weighted ITA score: Σ weight × instrument mean, from unrounded means, half up. */
  readonly overall: Hundredths;
  readonly level: string;
  /** The framework's indicators without a score this year, in order; empty for a complete year. */
  readonly missing: readonly IndicatorNumber[];
  /**
   * The totals taken as the NACC published them because the indicators behind them are
   * incomplete ("overall" or instrument codes); empty for a complete year.
   */
  readonly published: readonly ("overall" | InstrumentCode)[];
}

/** The indicators of the framework that have no score in `scores`. */
export function missingIndicators(
  framework: ItaFramework,
  scores: IndicatorScores,
): IndicatorNumber[] {
  return framework.indicators.map((i) => i.number).filter((n) => !scores.has(n));
}

/**
 * Computes the instruments, the overall score and the level of one year, exactly.
 * Throws when an indicator is missing: callers check with {@link missingIndicators} first.
 *
 * @example
 * // seed 001, ITA 2567: IIT 99.57, EIT 93.74, OIT 93.57, overall 95.42, "ผ่านดี"
 */
export function computeYearResult(framework: ItaFramework, scores: IndicatorScores): YearResult {
  const missing = missingIndicators(framework, scores);
  if (missing.length > 0) throw new RangeError(`missing indicators ${missing.join(", ")}`);

  const indicators = framework.indicators.map((i) => ({
    number: i.number,
    name: i.name,
    instrument: i.instrument,
    score: scores.get(i.number)!,
  }));
  const instruments = framework.instruments.map((inst): InstrumentResult => {
    const members = indicatorsOf(framework, inst.code);
    const sum = members.reduce((acc, i) => acc + scores.get(i.number)!, 0);
    const exact = fraction(sum, members.length);
    return {
      code: inst.code,
      weightPercent: inst.weightPercent,
      score: roundHalfUp(exact.num, exact.den),
      exact,
    };
  });
  const overall =
    weightedOverall(framework, instruments) ??
    roundHalfUp(
      indicators.reduce((acc, i) => acc + i.score, 0),
      indicators.length,
    );
  const level = levelOf(
    framework.levelScheme,
    overall,
    instruments.map((i) => i.score),
  );
  return {
    fiscalYearBE: framework.fiscalYearBE,
    framework,
    indicators,
    instruments,
    overall,
    level,
    missing: [],
    published: [],
  };
}

/**
 * The figures of a year from what was published: a complete year is computed from its
 * indicators ({@link computeYearResult}; published totals are then only checked). Otherwise an
 * instrument whose indicators all have scores is computed, any other is its published score or
 * left out; the overall score is the published one, or where none was published and every
 * instrument is known (computed or published) under a weighted-instruments formula, the
 * weighted sum of those instrument scores (computed ones unrounded, published ones as
 * published), rounded half up; the level is the one those figures decide. No indicator score
 * is ever made up. Null when the overall score or the level cannot be known from what was given.
 *
 * @example
 * // seed 004, ITA 2565: no indicator scores, published overall 90.93 → overall 90.93, level "A"
 * // seed 002, ITA 2562 without indicator 9 and without the overall score, OIT 74.80 published:
 * // 30 % × 437.32/5 + 30 % × 66.29… + 40 % × 74.80 → overall 76.05, level "B"
 */
export function yearResultFrom(
  framework: ItaFramework,
  scores: IndicatorScores,
  totals: OfficialTotals,
): YearResult | null {
  const missing = missingIndicators(framework, scores);
  if (missing.length === 0) return computeYearResult(framework, scores);
  const indicators = framework.indicators.flatMap((i) => {
    const score = scores.get(i.number);
    return score === undefined
      ? []
      : [{ number: i.number, name: i.name, instrument: i.instrument, score }];
  });
  const published: InstrumentCode[] = [];
  const known = framework.instruments.map((inst): InstrumentResult | null => {
    const members = indicatorsOf(framework, inst.code);
    if (members.every((m) => scores.has(m.number))) {
      const exact = fraction(
        members.reduce((acc, m) => acc + scores.get(m.number)!, 0),
        members.length,
      );
      return {
        code: inst.code,
        weightPercent: inst.weightPercent,
        score: roundHalfUp(exact.num, exact.den),
        exact,
      };
    }
    const score = totals[inst.code];
    if (score === undefined) return null;
    published.push(inst.code);
    return { code: inst.code, weightPercent: inst.weightPercent, score, exact: fraction(score, 1) };
  });
  const instruments = known.filter((i): i is InstrumentResult => i !== null);
  const overall =
    totals.overall ??
    (instruments.length === known.length ? weightedOverall(framework, instruments) : null);
  if (overall === null) return null;
  const level = levelWhereKnown(
    framework.levelScheme,
    overall,
    known.map((i) => i?.score ?? null),
  );
  if (level === null) return null;
  const publishedTotals =
    totals.overall === undefined ? published : ["overall" as const, ...published];
  return {
    fiscalYearBE: framework.fiscalYearBE,
    framework,
    indicators,
    instruments,
    overall,
    level,
    missing,
    published: publishedTotals,
  };
}

/**
 * The overall score from every instrument's score by the framework's weights, half up; null
 * under a formula that needs every indicator (the mean of the indicators).
 */
function weightedOverall(
  framework: ItaFramework,
  instruments: readonly InstrumentResult[],
): Hundredths | null {
  if (framework.overallFormula === "mean-of-indicators") return null;
  const exact = instruments.reduce<Fraction>(
    // Weights are percents with up to two decimals: 30 is 3000/10000.
    (acc, inst) =>
      addFractions(acc, scaleFraction(inst.exact, Math.round(inst.weightPercent * 100), 10_000)),
    fraction(0, 1),
  );
  return roundHalfUp(exact.num, exact.den);
}

/** The result of one instrument in a year. */
export function instrumentResult(result: YearResult, code: InstrumentCode): InstrumentResult {
  const found = result.instruments.find((i) => i.code === code);
  if (!found) throw new RangeError(`instrument ${code} not in ${result.fiscalYearBE}`);
  return found;
}
