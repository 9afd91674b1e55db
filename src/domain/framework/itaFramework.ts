import type { Hundredths } from "../numbers/hundredths";
import type { Indicator, IndicatorNumber, Instrument, InstrumentCode } from "./indicators";
import type { LevelScheme } from "./levels";

/**
 * How sure the record of a year is: `verified` against the NACC's published figures,
 * `provisional` where the year's manual is not yet confirmed, `assumed` for a year with no
 * record at all, which borrows the latest earlier one.
 */
export type FrameworkStatus = "verified" | "provisional" | "assumed";

/** Where a record comes from: shipped with the program, or supplied by the user. */
export type FrameworkOrigin = "built-in" | "supplied";

/**
 * How the overall score follows from the indicators: the NACC's Σ weight × instrument mean
 * (2562 on), or the plain mean of every indicator, for a revised frame that drops the weights.
 */
export type OverallFormula = "weighted-instrument-means" | "mean-of-indicators";

export const OVERALL_FORMULAS: readonly OverallFormula[] = [
  "weighted-instrument-means",
  "mean-of-indicators",
];

/** What an OIT item asks of the measures documents: the measures, or the report on them. */
export type OitItemRole = "measures" | "implementation";

export const OIT_ITEM_ROLES: readonly OitItemRole[] = ["measures", "implementation"];

/** One OIT item (ข้อ) that a measures document answers in a year's assessment. */
export interface OitItem {
  readonly role: OitItemRole;
  /** As the NACC numbers it that year, e.g. "O42" (2563–2566) or "O26" (2569). */
  readonly code: string;
  readonly title: string;
  /** The fiscal year whose work the evidence covers (2569's O26 reports on fiscal year 2568). */
  readonly coversFiscalYearBE: number;
}

/** Everything that defines how one year's ITA is scored. A new year is a data change. */
export interface ItaFramework {
  readonly fiscalYearBE: number;
  readonly status: FrameworkStatus;
  readonly origin: FrameworkOrigin;
  /** For an assumed year, the record it borrows (its year and status); otherwise null. */
  readonly basedOn: {
    readonly fiscalYearBE: number;
    readonly status: Exclude<FrameworkStatus, "assumed">;
  } | null;
  /** Where the record's content comes from, in the user's words ("" when not said). */
  readonly source: string;
  readonly indicators: readonly Indicator[];
  readonly instruments: readonly Instrument[];
  readonly overallFormula: OverallFormula;
  readonly levelScheme: LevelScheme;
  /** At or above this an indicator, instrument or overall score passes (85 from 2562). */
  readonly passMark: Hundredths;
  /** At or above this an indicator is a strength (จุดแข็ง); 90 in the seeds. */
  readonly strengthThreshold: Hundredths;
  /** The OIT items the measures documents answer; null where the year's list is not known. */
  readonly oitItems: readonly OitItem[] | null;
}

/** The indicator with this number in a framework. */
export function indicatorOf(framework: ItaFramework, n: IndicatorNumber): Indicator {
  const found = framework.indicators.find((i) => i.number === n);
  if (!found) throw new RangeError(`indicator ${n} is not in the ${framework.fiscalYearBE} frame`);
  return found;
}

/** True when the framework has an indicator with this number. */
export function hasIndicator(framework: ItaFramework, n: unknown): n is IndicatorNumber {
  return framework.indicators.some((i) => i.number === n);
}

/** The indicators an instrument averages, in number order. */
export function indicatorsOf(framework: ItaFramework, code: InstrumentCode): readonly Indicator[] {
  return framework.indicators.filter((i) => i.instrument === code);
}

/** The instrument with this code in a framework, or null. */
export function instrumentOf(framework: ItaFramework, code: InstrumentCode): Instrument | null {
  return framework.instruments.find((i) => i.code === code) ?? null;
}

const nameKey = (name: string) => name.replace(/\s+/g, "");

/**
 * Finds an indicator by a name as people write it: canonical or alias, ignoring spaces.
 * Returns null when the name is not known.
 */
export function findIndicatorByName(framework: ItaFramework, name: string): Indicator | null {
  const key = nameKey(name);
  return (
    framework.indicators.find((i) => [i.name, ...i.aliases].some((n) => nameKey(n) === key)) ?? null
  );
}
