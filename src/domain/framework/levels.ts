import type { Hundredths } from "../numbers/hundredths";

/**
 * One band of a rating scheme. A score reaches the band when the overall score is at least
 * `minOverall` and, where `minEachInstrument` is set, every instrument (rounded to two
 * decimals) is at least that too: the per-instrument rule of ITA 2566 on. Bands are tried
 * from the top.
 */
export interface LevelBand {
  readonly level: string;
  readonly minOverall: Hundredths;
  readonly minEachInstrument?: Hundredths;
  /** Other labels people write for this level, e.g. a legacy "AA"; accepted on input only. */
  readonly aliases: readonly string[];
}

export interface LevelScheme {
  /** Highest band first; the last band has minOverall 0. */
  readonly bands: readonly LevelBand[];
}

/**
 * Finds the level of an overall score given the instruments' rounded scores.
 *
 * @example
 * levelOf(frameworkFor(2567)!.levelScheme, 9542, [9957, 9374, 9357]) //=> "ผ่านดี" (EIT and OIT < 95)
 */
export function levelOf(
  scheme: LevelScheme,
  overall: Hundredths,
  instruments: readonly Hundredths[],
): string {
  const band = scheme.bands.find(
    (b) =>
      overall >= b.minOverall &&
      (b.minEachInstrument === undefined || instruments.every((s) => s >= b.minEachInstrument!)),
  );
  // The last band starts at 0, so a non-negative score always finds one.
  return (band ?? scheme.bands[scheme.bands.length - 1]!).level;
}

/**
 * The level of an overall score when some instruments' scores are unknown (null): the first band
 * the known figures reach, or null where an unknown instrument decides between two bands.
 * With every instrument known it is {@link levelOf}.
 *
 * @example
 * levelWhereKnown(frameworkFor(2565)!.levelScheme, 9093, [null, null, null]) //=> "A" (overall alone)
 * levelWhereKnown(frameworkFor(2567)!.levelScheme, 9093, [null, 9000, 9000]) //=> null (IIT decides)
 */
export function levelWhereKnown(
  scheme: LevelScheme,
  overall: Hundredths,
  instruments: readonly (Hundredths | null)[],
): string | null {
  for (const b of scheme.bands) {
    if (overall < b.minOverall) continue;
    if (b.minEachInstrument === undefined) return b.level;
    if (instruments.some((s) => s !== null && s < b.minEachInstrument!)) continue;
    return instruments.some((s) => s === null) ? null : b.level;
  }
  return scheme.bands[scheme.bands.length - 1]!.level;
}

const labelKey = (label: string) =>
  label
    .replace(/^\s*ระดับ/, "")
    .replace(/\s+/g, "")
    .toUpperCase();

/**
 * The band a written level names: its label or an alias, ignoring spaces, letter case and a
 * leading "ระดับ" ("ระดับ A", "a"). Null when the scheme has no such level.
 */
export function bandNamed(scheme: LevelScheme, label: string): LevelBand | null {
  const key = labelKey(label);
  if (key === "") return null;
  return scheme.bands.find((b) => [b.level, ...b.aliases].some((l) => labelKey(l) === key)) ?? null;
}
