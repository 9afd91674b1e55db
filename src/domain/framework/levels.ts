import type { Hundredths } from "../numbers/hundredths";

/**
 * One band of a rating scheme. A score reaches the band when the overall score is at least
 * `minOverall` and, where `minEachInstrument` is set, every instrument (rounded to two
 * decimals) is at least that too. Bands are tried from the top.
 */
export interface LevelBand {
  readonly level: string;
  readonly minOverall: Hundredths;
  readonly minEachInstrument?: Hundredths;
}

export type LevelSchemeId = "grade-aa-f" | "pass-levels";

export interface LevelScheme {
  readonly id: LevelSchemeId;
  /** Highest band first; the last band has minOverall 0. */
  readonly bands: readonly LevelBand[];
}

/** AA–F, used for ITA 2562–2565. */
export const GRADE_AA_F: LevelScheme = {
  id: "grade-aa-f",
  bands: [
    { level: "AA", minOverall: 9500 },
    { level: "A", minOverall: 8500 },
    { level: "B", minOverall: 7500 },
    { level: "C", minOverall: 6500 },
    { level: "D", minOverall: 5500 },
    { level: "E", minOverall: 5000 },
    { level: "F", minOverall: 0 },
  ],
};

/** The pass levels from ITA 2566 (NACC board, 8 Jun 2566): the top two test every instrument. */
export const PASS_LEVELS: LevelScheme = {
  id: "pass-levels",
  bands: [
    { level: "ผ่านดีเยี่ยม", minOverall: 9500, minEachInstrument: 9500 },
    { level: "ผ่านดี", minOverall: 8500, minEachInstrument: 8500 },
    { level: "ผ่าน", minOverall: 8500 },
    { level: "ต้องปรับปรุง", minOverall: 7000 },
    { level: "ต้องปรับปรุงโดยด่วน", minOverall: 0 },
  ],
};

/**
 * Finds the level of an overall score given the instruments' rounded scores.
 *
 * @example
 * levelOf(PASS_LEVELS, 9542, [9957, 9374, 9357]) //=> "ผ่านดี" (EIT and OIT < 95)
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
