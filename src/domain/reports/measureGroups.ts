import { indicatorOf, type ItaFramework } from "../framework/itaFramework";
import type { Measure } from "../model/measure";
import type { MeasureGrouping, MeasureNumbering } from "../model/reportLayout";

/** One group of a measures table: its banner (null: none) and its measures in row order. */
export interface MeasureGroup {
  readonly heading: string | null;
  readonly measures: readonly NumberedMeasure[];
}

/** A measure as a report lists it: the product's number when it numbers them, else null. */
export interface NumberedMeasure {
  readonly measure: Measure;
  readonly number: number | null;
}

export const NO_INDICATOR_HEADING = "ไม่ระบุตัวชี้วัด";

/**
 * The user's measures as a report prints them: grouped by indicator, by the heading typed on
 * each row, or not at all. Groups come in the order their first row appears and rows keep their
 * order inside a group, so a list kept in order on the sheet prints in that order. With
 * "auto" numbering the measures are numbered 1, 2, … as printed; with "user" they are not,
 * since the user's own numbers are in the titles. Every measure appears exactly once.
 */
export function groupMeasures(
  measures: readonly Measure[],
  grouping: MeasureGrouping,
  numbering: MeasureNumbering,
  /** The framework the measures' indicator numbers refer to (see measuresFramework). */
  framework: ItaFramework,
): MeasureGroup[] {
  const banner = (m: Measure): string | null => {
    if (grouping === "none") return null;
    if (grouping === "indicator")
      return m.indicator === null
        ? NO_INDICATOR_HEADING
        : `ตัวชี้วัดที่ ${m.indicator} ${indicatorOf(framework, m.indicator).name}`;
    return m.heading.trim() || null;
  };
  const groups = new Map<string | null, Measure[]>();
  for (const m of measures) {
    const key = banner(m);
    const rows = groups.get(key);
    if (rows) rows.push(m);
    else groups.set(key, [m]);
  }
  let next = 1;
  return [...groups].map(([heading, rows]) => ({
    heading,
    measures: rows.map((measure) => ({ measure, number: numbering === "auto" ? next++ : null })),
  }));
}

/** The title as printed: "3. title" when the product numbers the measures, else as typed. */
export function printedTitle({ measure, number }: NumberedMeasure): string {
  return number === null ? measure.title : `${number}. ${measure.title}`;
}
