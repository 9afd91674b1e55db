/**
 * How the user wants their measures laid out. Grouping is chosen per report; numbering belongs
 * to the list of measures, since a number typed into a title shows in every report.
 */

/** By indicator (seed 000), by the heading the user typed (seed 001), or a plain list (seed 003). */
export type MeasureGrouping = "indicator" | "heading" | "none";

export const MEASURE_GROUPINGS: readonly MeasureGrouping[] = ["indicator", "heading", "none"];

/** "user": print titles as typed (with the user's own numbers, if any); "auto": number them 1., 2., … */
export type MeasureNumbering = "user" | "auto";

export const MEASURE_NUMBERINGS: readonly MeasureNumbering[] = ["user", "auto"];

/** The layout of a report that lists measures (progress, year-end). */
export interface MeasureListLayout {
  readonly grouping: MeasureGrouping;
  /** The status in a column of its own (seed 003); otherwise it is not printed. */
  readonly statusColumn: boolean;
  /** A cover page before the report (seeds 000, 001). */
  readonly cover: boolean;
  /** The signatures after the report; off where the report goes behind a signed memo (seed 003). */
  readonly signatures: boolean;
}

/** The progress report's layout: a list of measures, and the problems and remedies after it (seed 000 has them, seed 003 none). */
export interface ProgressLayout extends MeasureListLayout {
  readonly problems: boolean;
}

/** What the memo prints besides its text: the note on the year's framework at its end (seed 004 has none). */
export interface MemoLayout {
  readonly notes: boolean;
}

/** By instrument, weakness → approach → measure → responsible → tracking (seed 004), or the four-column table of seed 002. */
export type PlanLayout = "by-instrument" | "measures-table";

export const PLAN_LAYOUTS: readonly PlanLayout[] = ["by-instrument", "measures-table"];

export interface ReportLayout {
  readonly numbering: MeasureNumbering;
  readonly progress: ProgressLayout;
  readonly yearEnd: MeasureListLayout;
  readonly plan: PlanLayout;
  readonly memo: MemoLayout;
}

export const DEFAULT_LAYOUT: ReportLayout = {
  numbering: "user",
  progress: {
    grouping: "indicator",
    statusColumn: false,
    cover: false,
    signatures: true,
    problems: true,
  },
  yearEnd: { grouping: "heading", statusColumn: false, cover: false, signatures: true },
  plan: "by-instrument",
  memo: { notes: true },
};
