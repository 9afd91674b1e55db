/**
 * An indicator's number within its year's framework (1–10 from ITA 2562, but a revised frame
 * may number them otherwise): always look the numbers up in the year's record.
 */
export type IndicatorNumber = number;

/** An instrument's code within its year's framework, e.g. "IIT"; the record lists them. */
export type InstrumentCode = string;

/** One indicator (ตัวชี้วัด): its canonical Thai name and the variants seen in real reports. */
export interface Indicator {
  readonly number: IndicatorNumber;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly instrument: InstrumentCode;
}

/** One instrument (แบบวัด) with its Thai name and its weight in the overall score. */
export interface Instrument {
  readonly code: InstrumentCode;
  readonly name: string;
  /** Weight in percent of the overall ITA score, at most two decimals. */
  readonly weightPercent: number;
}
