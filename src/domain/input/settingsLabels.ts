import type { MeasureGrouping, MeasureNumbering, PlanLayout } from "../model/reportLayout";
import { TEXT_LABELS } from "./textsLayout";

/** Thai names of the settings fields, as labelled on the Settings sheet. */
export const SETTING_LABELS = {
  orgKind: "ประเภทหน่วยงาน",
  orgName: "ชื่อหน่วยงาน",
  district: "อำเภอ",
  province: "จังหวัด",
  fiscalYear: "ปีงบประมาณ (พ.ศ.)",
  round: "รอบการรายงาน",
  reportDate: "วันที่รายงาน",
  digitStyle: "รูปแบบตัวเลข",
  fontName: "แบบอักษร",
  fontSize: "ขนาดอักษร",
  problems: "ปัญหาและอุปสรรค",
  remedies: "ข้อเสนอแนะ/แนวทางแก้ไข",
  memoUnit: "ส่วนราชการ (บันทึกข้อความ)",
  memoNumber: "ที่ (เลขที่หนังสือ)",
  memoTo: "เรียน (ผู้รับบันทึกข้อความ)",
  numbering: "เลขลำดับมาตรการ",
  progressGrouping: "จัดกลุ่มมาตรการ (รายงานผลตามมาตรการ)",
  progressStatus: "คอลัมน์สถานะ (รายงานผลตามมาตรการ)",
  progressCover: "หน้าปก (รายงานผลตามมาตรการ)",
  progressProblems: "ปัญหาและอุปสรรค/ข้อเสนอแนะ (รายงานผลตามมาตรการ)",
  progressSignatures: "ผู้ลงนาม (รายงานผลตามมาตรการ)",
  yearEndGrouping: "จัดกลุ่มมาตรการ (รายงานผลประจำปี)",
  yearEndStatus: "คอลัมน์สถานะ (รายงานผลประจำปี)",
  yearEndCover: "หน้าปก (รายงานผลประจำปี)",
  yearEndSignatures: "ผู้ลงนาม (รายงานผลประจำปี)",
  planLayout: "รูปแบบแผนพัฒนา",
  memoNotes: "หมายเหตุท้ายบันทึก (บันทึกข้อความ)",
  // The user's own paragraphs (ข้อความในรายงาน), each replacing a drafted one.
  ...TEXT_LABELS,
} as const;

export type SettingKey = keyof typeof SETTING_LABELS;

export const ROUND_LABELS = { "six-month": "รอบ 6 เดือน", "full-year": "รอบ 12 เดือน" } as const;
export const DIGIT_LABELS = { thai: "เลขไทย", arabic: "เลขอารบิก" } as const;

export const GROUPING_LABELS: Readonly<Record<MeasureGrouping, string>> = {
  indicator: "ตามตัวชี้วัด",
  heading: "ตามหัวข้อมาตรการ",
  none: "ไม่จัดกลุ่ม (เรียงตามแถว)",
};
export const NUMBERING_LABELS: Readonly<Record<MeasureNumbering, string>> = {
  user: "ตามที่พิมพ์ไว้ในชื่อมาตรการ",
  auto: "ให้โปรแกรมใส่เลข 1. 2. 3.",
};
export const PLAN_LAYOUT_LABELS: Readonly<Record<PlanLayout, string>> = {
  "by-instrument": "แยกตามแบบวัด (จุดอ่อน แนวทาง มาตรการ)",
  "measures-table": "ตารางมาตรการ 4 คอลัมน์",
};
export const YES_NO_LABELS = { yes: "มี", no: "ไม่มี" } as const;
