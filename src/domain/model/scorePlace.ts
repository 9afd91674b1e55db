import type { IndicatorNumber, InstrumentCode } from "../framework/indicators";
import type { IssuePlace } from "../issues/issueCollector";
import { cellAddress } from "../sheet/a1";
import type { ScoresOrigin } from "./scores";

/** A score of a year: an indicator by number, or a published total ("overall" or an instrument). */
export type ScoreKey = IndicatorNumber | "overall" | InstrumentCode;

/**
 * The cell (or JSON path) that holds one score of a year, where the input says where its
 * scores were read; null when it does not say, or when a sheet has no row for the score.
 *
 * @example
 * scorePlace({ kind: "json" }, 2562, 9) //=> { path: "scores.2562.9" }
 */
export function scorePlace(
  origin: ScoresOrigin | undefined,
  yearBE: number,
  key: ScoreKey,
): IssuePlace | null {
  if (!origin) return null;
  const indicator = typeof key === "number";
  if (origin.kind === "json")
    return { path: `${indicator ? "scores" : "officialTotals"}.${yearBE}.${key}` };
  const row = origin.rows.get(String(key));
  if (row === undefined) return null;
  return {
    sheet: origin.sheet,
    cell: cellAddress(row, origin.yearColumns.get(yearBE) ?? origin.freeColumn),
  };
}

/** The cell of the year itself on the Scores sheet when no year has been typed; null for JSON. */
export function freeYearPlace(origin: ScoresOrigin | undefined): IssuePlace | null {
  return origin?.kind === "sheet"
    ? { sheet: origin.sheet, cell: cellAddress(origin.yearRow, origin.freeColumn) }
    : null;
}

/** A place as a message quotes it inside a sentence: the cell, or the JSON path. */
export function placeText(place: IssuePlace): string {
  return "path" in place ? place.path : (place.cell ?? place.sheet);
}
