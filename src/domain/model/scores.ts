import type { IndicatorNumber, InstrumentCode } from "../framework/indicators";
import type { Hundredths } from "../numbers/hundredths";

/** Published indicator scores of one year, keyed by indicator number. */
export type IndicatorScores = ReadonlyMap<IndicatorNumber, Hundredths>;

/** Totals as the NACC published them, to be checked against the computed ones. */
export type OfficialTotals = Partial<Record<"overall" | InstrumentCode, Hundredths>>;

/**
 * Where the scores were read from, so that a message can name the cell (or JSON path) of a
 * score that is missing. On the Scores sheet: the row of the years, the column of each year
 * (and the column a first year goes in), and the row of each indicator (by number) and of
 * each published total (by "overall" or instrument code).
 */
export type ScoresOrigin =
  | { readonly kind: "json" }
  | {
      readonly kind: "sheet";
      readonly sheet: string;
      readonly yearRow: number;
      readonly yearColumns: ReadonlyMap<number, number>;
      /** The column of the report's year when no year has been typed yet. */
      readonly freeColumn: number;
      readonly rows: ReadonlyMap<string, number>;
    };
