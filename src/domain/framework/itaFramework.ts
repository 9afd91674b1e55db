import {
  INDICATORS_2562,
  INSTRUMENTS_2562,
  type Indicator,
  type IndicatorNumber,
  type Instrument,
  type InstrumentCode,
} from "./indicators";
import { GRADE_AA_F, PASS_LEVELS, type LevelScheme } from "./levels";

/** Everything that defines how one year's ITA is scored. A new year is a data change. */
export interface ItaFramework {
  readonly fiscalYearBE: number;
  /** True where the year's rules are not yet confirmed against the NACC manual. */
  readonly provisional: boolean;
  readonly indicators: readonly Indicator[];
  readonly instruments: readonly Instrument[];
  readonly levelScheme: LevelScheme;
}

function frame(fiscalYearBE: number, levelScheme: LevelScheme, provisional = false): ItaFramework {
  return {
    fiscalYearBE,
    provisional,
    indicators: INDICATORS_2562,
    instruments: INSTRUMENTS_2562,
    levelScheme,
  };
}

/** One record per assessed year. 2568 keeps the 2566 frame until the NACC manual is checked. */
export const FRAMEWORKS: readonly ItaFramework[] = [
  frame(2562, GRADE_AA_F),
  frame(2563, GRADE_AA_F),
  frame(2564, GRADE_AA_F),
  frame(2565, GRADE_AA_F),
  frame(2566, PASS_LEVELS),
  frame(2567, PASS_LEVELS),
  frame(2568, PASS_LEVELS, true),
];

export const FIRST_FRAMEWORK_YEAR = 2562;
export const LAST_FRAMEWORK_YEAR = 2568;

/** The framework of a year, or null when the year has no ITA record (before 2562, after 2568). */
export function frameworkFor(fiscalYearBE: number): ItaFramework | null {
  return FRAMEWORKS.find((f) => f.fiscalYearBE === fiscalYearBE) ?? null;
}

/** The indicator with this number in a framework. */
export function indicatorOf(framework: ItaFramework, n: IndicatorNumber): Indicator {
  const found = framework.indicators.find((i) => i.number === n);
  if (!found) throw new RangeError(`indicator ${n} is not in the ${framework.fiscalYearBE} frame`);
  return found;
}

/** The indicators an instrument averages, in number order. */
export function indicatorsOf(framework: ItaFramework, code: InstrumentCode): readonly Indicator[] {
  return framework.indicators.filter((i) => i.instrument === code);
}

/**
 * Finds an indicator by a name as people write it: canonical or alias, ignoring spaces.
 * Returns null when the name is not known.
 */
export function findIndicatorByName(framework: ItaFramework, name: string): Indicator | null {
  const key = name.replace(/\s+/g, "");
  return (
    framework.indicators.find((i) =>
      [i.name, ...i.aliases].some((n) => n.replace(/\s+/g, "") === key),
    ) ?? null
  );
}
