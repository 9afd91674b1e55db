import type { Measure } from "./measure";

/** The plan's measure cell for an indicator without a measure, when every measure names its indicator. */
export const NO_MEASURE = "ยังไม่กำหนดมาตรการ";
/**
 * The plan's measure cell for an indicator that no measure names while some measures name no
 * indicator: those may serve it, the input just does not say so (seed 001 groups by heading).
 */
export const NO_NAMED_MEASURE = "ไม่มีมาตรการที่ระบุตัวชี้วัดนี้";

/**
 * What the improvement plan prints where an indicator has no measure: a claim the data bears.
 * The plan and the weak-indicator check both ask this, so the warning quotes what is printed.
 *
 * @example
 * noMeasureText([]) //=> "ยังไม่กำหนดมาตรการ"
 */
export function noMeasureText(measures: readonly Pick<Measure, "indicator">[]): string {
  return measures.some((m) => m.indicator === null) ? NO_NAMED_MEASURE : NO_MEASURE;
}
