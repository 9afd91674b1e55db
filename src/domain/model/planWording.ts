import { barText } from "../framework/frameworkText";
import type { ItaFramework } from "../framework/itaFramework";
import type { Hundredths } from "../numbers/hundredths";
import type { Measure } from "./measure";
import type { PlanLayout } from "./reportLayout";

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

/**
 * The bar under which the improvement plan lists an indicator as a weakness: the year's strength
 * threshold in the plan by instrument (จุดที่ต้องพัฒนา and ต่ำกว่าเกณฑ์, seed 004), the pass mark in
 * the four-column plan (seed 002), which names no indicators. The weak-indicator check and the
 * catalogue's suggestions both ask this, so a suggestion is offered for every indicator the
 * check warns of, and for no other. Both bars come from the framework record.
 */
export function planBar(
  framework: Pick<ItaFramework, "passMark" | "strengthThreshold">,
  plan: PlanLayout,
): PlanBar {
  return plan === "measures-table"
    ? { score: framework.passMark, text: `ต่ำกว่าเกณฑ์ ${barText(framework.passMark)}` }
    : {
        score: framework.strengthThreshold,
        text: `ต่ำกว่าเกณฑ์จุดแข็ง ${barText(framework.strengthThreshold)}`,
      };
}

export interface PlanBar {
  /** Below this score (hundredths) an indicator is listed. */
  readonly score: Hundredths;
  /** The bar in words: "ต่ำกว่าเกณฑ์จุดแข็ง 90" or "ต่ำกว่าเกณฑ์ 85". */
  readonly text: string;
}

/**
 * The bar one listed indicator falls under, in words: "ต่ำกว่าเกณฑ์ 85" below the pass mark,
 * else "ต่ำกว่าเกณฑ์จุดแข็ง 90"; the warning and the suggestion say the same.
 */
export function belowBarText(
  score: Hundredths,
  framework: Pick<ItaFramework, "passMark" | "strengthThreshold">,
): string {
  return score < framework.passMark
    ? `ต่ำกว่าเกณฑ์ ${barText(framework.passMark)}`
    : `ต่ำกว่าเกณฑ์จุดแข็ง ${barText(framework.strengthThreshold)}`;
}
