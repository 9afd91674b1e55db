import type { ScoreProblem } from "../scoring/parseScore";

/** Thai wording of why a score could not be read; `value` is what the cell held. */
export const scoreProblemText: Record<ScoreProblem, (value: string) => string> = {
  empty: () => "ยังไม่ได้กรอกคะแนน",
  "not-a-number": (v) => `"${v}" ไม่ใช่ตัวเลข กรุณากรอกคะแนนเป็นตัวเลข เช่น 95.42`,
  "decimal-comma": (v) =>
    `"${v}" ใช้จุลภาค (,) เป็นจุดทศนิยม กรุณาใช้จุด (.) เช่น ${v.replace(",", ".")}`,
  "too-many-decimals": (v) =>
    `"${v}" มีทศนิยมเกิน 2 ตำแหน่ง กรุณากรอกคะแนนตามที่ ป.ป.ช. ประกาศ (ทศนิยม 2 ตำแหน่ง)`,
  "out-of-range": (v) => `"${v}" อยู่นอกช่วง 0–100`,
  "cell-error": (v) => `เซลล์มีค่าผิดพลาด ${v} กรุณากรอกคะแนนเป็นตัวเลข`,
};

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
} as const;

export type SettingKey = keyof typeof SETTING_LABELS;

export const ROUND_LABELS = { "six-month": "รอบ 6 เดือน", "full-year": "รอบ 12 เดือน" } as const;
export const DIGIT_LABELS = { thai: "เลขไทย", arabic: "เลขอารบิก" } as const;
