import type { IndicatorNumber, InstrumentCode } from "../framework/indicators";
import type { Hundredths } from "../numbers/hundredths";

/** Published indicator scores of one year, keyed by indicator number. */
export type IndicatorScores = ReadonlyMap<IndicatorNumber, Hundredths>;

/** Totals as the NACC published them, to be checked against the computed ones. */
export type OfficialTotals = Partial<Record<"overall" | InstrumentCode, Hundredths>>;
