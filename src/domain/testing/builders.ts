/**
 * Small builders for the domain's own tests: a report input and a sheet description with every
 * field filled by a neutral default, changed only where a test says so.
 */
import type { IndicatorNumber } from "../framework/indicators";
import { DEFAULT_FONT, EMPTY_MEMO, type ReportInput } from "../model/reportInput";
import { DEFAULT_LAYOUT } from "../model/reportLayout";
import { EMPTY_TEXTS } from "../model/reportTexts";
import { BLANK_MEASURE, type Measure } from "../model/measure";
import type { Hundredths } from "../numbers/hundredths";
import { parseRange } from "../sheet/a1";
import type { CellRange } from "../sheet/cellRange";
import type { SheetSpec } from "../sheet/sheetSpec";

/** A report input of a fictional municipality with no scores or measures. */
export function reportInputWith(changes: Partial<ReportInput> = {}): ReportInput {
  return {
    organization: { name: "ตัวอย่าง", kind: "เทศบาลตำบล", district: "เมือง", province: "จันทบุรี" },
    fiscalYearBE: 2568,
    round: "full-year",
    reportDate: null,
    digitStyle: "arabic",
    font: DEFAULT_FONT,
    scores: new Map(),
    officialTotals: new Map(),
    measures: [],
    signatories: [],
    problems: "",
    remedies: "",
    memo: EMPTY_MEMO,
    layout: DEFAULT_LAYOUT,
    texts: EMPTY_TEXTS,
    ...changes,
  };
}

/** A measure of indicator 1 with every text empty but its title, changed where a test says so. */
export function measureWith(changes: Partial<Measure> = {}): Measure {
  return { ...BLANK_MEASURE, indicator: 1, title: "มาตรการตัวอย่าง", ...changes };
}

/** Scores per year from lists of ten hundredths, indicator 1 first. */
export function scoresOf(years: Record<number, readonly Hundredths[]>): ReportInput["scores"] {
  return new Map(
    Object.entries(years).map(([year, values]) => [
      Number(year),
      new Map(values.map((v, i) => [(i + 1) as IndicatorNumber, v])),
    ]),
  );
}

/** An empty report sheet description. */
export function sheetSpecWith(changes: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: "รายงาน",
    role: "report",
    defaultFont: { name: "TH SarabunPSK", size: 16 },
    columns: [],
    rows: [],
    rowHeights: {},
    merges: [],
    styles: [],
    validations: [],
    conditionalFormats: [],
    ...changes,
  };
}

/** The range of an A1 text ("B3", "A1:F10"), so that a test writes its ranges as Excel shows them; throws when malformed. */
export function a1Range(a1: string): CellRange {
  const range = parseRange(a1);
  if (!range) throw new Error(`Malformed A1 range ${JSON.stringify(a1)}`);
  return range;
}
