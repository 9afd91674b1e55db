import type { IndicatorNumber } from "../framework/indicators";

export type MeasureStatus = "ดำเนินการแล้ว" | "อยู่ระหว่างดำเนินการ" | "ยังไม่ดำเนินการ";

export const MEASURE_STATUSES: readonly MeasureStatus[] = [
  "ดำเนินการแล้ว",
  "อยู่ระหว่างดำเนินการ",
  "ยังไม่ดำเนินการ",
];

/** Where a measure was read from, so that issues can name its cells. */
export type MeasureOrigin =
  | { readonly kind: "sheet"; readonly sheet: string; readonly row: number; readonly columns: Readonly<Record<MeasureField, number>> }
  | { readonly kind: "json"; readonly index: number };

/** One row of the Measures sheet (มาตรการ). */
export interface Measure {
  readonly indicator: IndicatorNumber;
  /** มาตรการ/แนวทาง: the measure; rows with the same title form one group in year-end reports. */
  readonly title: string;
  readonly methods: string;
  readonly unit: string;
  readonly period: string;
  readonly result: string;
  readonly status: MeasureStatus | "";
  /** ผลลัพธ์/ตัวชี้วัดความสำเร็จ. */
  readonly outcome: string;
  readonly suggestions: string;
  readonly evidenceUrl: string;
  readonly origin?: MeasureOrigin;
}

export type MeasureField = Exclude<keyof Measure, "origin">;
