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
