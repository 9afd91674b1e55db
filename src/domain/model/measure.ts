import type { IndicatorNumber } from "../framework/indicators";

export type MeasureStatus = "ดำเนินการแล้ว" | "อยู่ระหว่างดำเนินการ" | "ยังไม่ดำเนินการ";

export const MEASURE_STATUSES: readonly MeasureStatus[] = [
  "ดำเนินการแล้ว",
  "อยู่ระหว่างดำเนินการ",
  "ยังไม่ดำเนินการ",
];

/** Where a measure was read from, so that issues can name its cells. */
export type MeasureOrigin =
  | {
      readonly kind: "sheet";
      readonly sheet: string;
      readonly row: number;
      readonly columns: Readonly<Partial<Record<MeasureField, number>>>;
    }
  | { readonly kind: "json"; readonly index: number };

/**
 * One row of the Measures sheet (มาตรการ). Reports print measures in the order of their rows;
 * every text is printed as the user typed it.
 */
export interface Measure {
  /** The indicator it targets; optional where the report's grouping does not need it. */
  readonly indicator: IndicatorNumber | null;
  /** หัวข้อมาตรการ: rows with the same heading form one group when a report groups by heading. */
  readonly heading: string;
  /** มาตรการ/แนวทาง: the measure itself. */
  readonly title: string;
  readonly methods: string;
  readonly unit: string;
  readonly period: string;
  readonly result: string;
  readonly status: MeasureStatus | "";
  /** ผลลัพธ์/ตัวชี้วัดความสำเร็จ. */
  readonly outcome: string;
  readonly suggestions: string;
  /** หมายเหตุ of the year-end report. */
  readonly remark: string;
  readonly evidenceUrl: string;
  /** The improvement plan's own words: weakness, approach and tracking ("" = the draft). */
  readonly weakness: string;
  readonly approach: string;
  readonly tracking: string;
  readonly origin?: MeasureOrigin;
}

export type MeasureField = Exclude<keyof Measure, "origin">;

/** The text fields of a measure, all empty: a base to build a measure from. */
export const BLANK_MEASURE: Omit<Measure, "origin"> = {
  indicator: null,
  heading: "",
  title: "",
  methods: "",
  unit: "",
  period: "",
  result: "",
  status: "",
  outcome: "",
  suggestions: "",
  remark: "",
  evidenceUrl: "",
  weakness: "",
  approach: "",
  tracking: "",
};
