import type { OitItemRole, OverallFormula } from "../framework/itaFramework";

/**
 * The optional framework sheet (เกณฑ์ ITA): one year's framework record in cells, for a year the
 * program does not know yet. Its reader finds every part by the labels in column A, so rows
 * may be added to a table or moved as a block.
 */
export const FRAMEWORK_SHEET = "เกณฑ์ ITA";

/** The single-value fields: label in column A, value in column B. */
export const FRAMEWORK_FIELDS = [
  { key: "fiscalYearBE", label: "ปีที่ประเมิน (พ.ศ.)" },
  { key: "status", label: "สถานะของเกณฑ์" },
  { key: "source", label: "ที่มาของเกณฑ์" },
  { key: "overallFormula", label: "วิธีคิดคะแนนรวม" },
  { key: "passMark", label: "เกณฑ์ผ่าน (คะแนน)" },
  { key: "strengthThreshold", label: "เกณฑ์จุดแข็ง (คะแนน)" },
] as const;

export type FrameworkFieldKey = (typeof FRAMEWORK_FIELDS)[number]["key"];

/** The tables: a heading in column A, the column headers on the next row, one row per item. */
export const FRAMEWORK_TABLES = {
  instruments: {
    heading: "แบบวัด",
    columns: ["รหัส", "ชื่อแบบวัด", "น้ำหนัก (ร้อยละ)"],
    fields: ["code", "name", "weightPercent"],
  },
  indicators: {
    heading: "ตัวชี้วัด",
    columns: ["ข้อ", "ชื่อตัวชี้วัด", "แบบวัด", "ชื่ออื่นที่ยอมรับ (คั่นด้วย ;)"],
    fields: ["number", "name", "instrument", "aliases"],
  },
  levels: {
    heading: "ระดับผลการประเมิน (เรียงจากสูงไปต่ำ)",
    columns: ["ระดับ", "คะแนนรวมขั้นต่ำ", "คะแนนขั้นต่ำของทุกแบบวัด (ถ้ามี)", "ชื่ออื่นที่ยอมรับ (คั่นด้วย ;)"],
    fields: ["level", "minOverall", "minEachInstrument", "aliases"],
  },
  oitItems: {
    heading: "ข้อ OIT ที่เอกสารมาตรการตอบ (ถ้าทราบ)",
    columns: ["เอกสาร", "รหัสข้อ", "ชื่อข้อ", "รายงานผลของปีงบประมาณ (พ.ศ.)"],
    fields: ["role", "code", "title", "coversFiscalYearBE"],
  },
} as const;

export type FrameworkTableKey = keyof typeof FRAMEWORK_TABLES;

/** Status, formula and OIT roles in the sheet's Thai words. */
export const STATUS_LABELS = { verified: "ยืนยันแล้ว", provisional: "เบื้องต้น" } as const;
export const FORMULA_LABELS: Readonly<Record<OverallFormula, string>> = {
  "weighted-instrument-means": "ถ่วงน้ำหนักค่าเฉลี่ยของแต่ละแบบวัด",
  "mean-of-indicators": "ค่าเฉลี่ยของทุกตัวชี้วัด",
};
export const OIT_ROLE_LABELS: Readonly<Record<OitItemRole, string>> = {
  measures: "มาตรการ",
  implementation: "รายงานผลการดำเนินการ",
};

/** Aliases are typed in one cell, separated by semicolons. */
export const ALIAS_SEPARATOR = ";";
