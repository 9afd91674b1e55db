import { BUILT_IN_FRAMEWORKS } from "./builtInFrameworks";
import type { ItaFramework } from "./itaFramework";

/** The records a build knows: the built-in ones, each replaced by a supplied one of its year. */
export interface FrameworkSet {
  /** One record per year, oldest first. */
  readonly records: readonly ItaFramework[];
}

export const BUILT_IN_SET: FrameworkSet = { records: BUILT_IN_FRAMEWORKS };

const cache = new WeakMap<readonly ItaFramework[], FrameworkSet>();

/** The built-in records with the user's records in their place (a supplied record wins). */
export function frameworkSetWith(supplied: readonly ItaFramework[] | undefined): FrameworkSet {
  if (!supplied || supplied.length === 0) return BUILT_IN_SET;
  const cached = cache.get(supplied);
  if (cached) return cached;
  const byYear = new Map(BUILT_IN_FRAMEWORKS.map((f) => [f.fiscalYearBE, f]));
  for (const f of supplied) byYear.set(f.fiscalYearBE, f);
  const set = { records: [...byYear.values()].sort((a, b) => a.fiscalYearBE - b.fiscalYearBE) };
  cache.set(supplied, set);
  return set;
}

/** The first year any framework covers (2562: the IIT/EIT/OIT design); earlier years are refused. */
export function firstFrameworkYear(set: FrameworkSet = BUILT_IN_SET): number {
  return set.records[0]!.fiscalYearBE;
}

/** The latest year with a record of its own. */
export function lastKnownFrameworkYear(set: FrameworkSet = BUILT_IN_SET): number {
  return set.records.at(-1)!.fiscalYearBE;
}

/**
 * The framework of an assessed year: its own record, or for a year without one (a year after
 * the last record, or between supplied ones) the latest earlier record, marked `assumed`. Null
 * only for a year before the first record or a value that is not a year.
 *
 * @example
 * frameworkFor(2569)!.status //=> "provisional"
 * frameworkFor(2570)!.status //=> "assumed" (based on 2569)
 * frameworkFor(2561)         //=> null
 */
export function frameworkFor(
  fiscalYearBE: number,
  set: FrameworkSet = BUILT_IN_SET,
): ItaFramework | null {
  if (!Number.isInteger(fiscalYearBE)) return null;
  const base = set.records.findLast((f) => f.fiscalYearBE <= fiscalYearBE);
  if (!base) return null;
  if (base.fiscalYearBE === fiscalYearBE) return base;
  const shift = fiscalYearBE - base.fiscalYearBE;
  return {
    ...base,
    fiscalYearBE,
    status: "assumed",
    // Records in a set are never assumed themselves, so the base status is verified or provisional.
    basedOn: {
      fiscalYearBE: base.fiscalYearBE,
      status: base.status === "verified" ? "verified" : "provisional",
    },
    // An item keeps its place in the cycle: 2569's O26 covers 2568, so an assumed 2570's covers 2569.
    oitItems:
      base.oitItems?.map((item) => ({
        ...item,
        coversFiscalYearBE: item.coversFiscalYearBE + shift,
      })) ?? null,
  };
}

/** The latest built-in (or supplied) record; its copy serves every later year. */
export function latestFramework(set: FrameworkSet = BUILT_IN_SET): ItaFramework {
  return set.records.at(-1)!;
}
