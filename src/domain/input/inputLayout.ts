import type { ItaFramework } from "../framework/itaFramework";
import {
  DIGIT_LABELS,
  GROUPING_LABELS,
  NUMBERING_LABELS,
  PLAN_LAYOUT_LABELS,
  ROUND_LABELS,
  YES_NO_LABELS,
  type SettingKey,
} from "./settingsLabels";
import { ORGANIZATION_KINDS } from "../model/organization";
import { REPORT_TEXT_KEYS } from "../model/reportTexts";
import { PARAGRAPH_TEXT_KEYS, TEXT_HINTS } from "./textsLayout";

/**
 * Where the input lives in a workbook. Readers find rows by their labels, so people may
 * insert notes or reorder settings without breaking anything.
 */
export const SETTINGS_SHEET = "ข้อมูลรายงาน";
export const SCORES_SHEET = "คะแนน ITA";

export const SETTING_ORDER: readonly SettingKey[] = [
  "orgKind",
  "orgName",
  "district",
  "province",
  "fiscalYear",
  "round",
  "reportDate",
  "digitStyle",
  "fontName",
  "fontSize",
  "problems",
  "remedies",
  "memoUnit",
  "memoNumber",
  "memoTo",
  "numbering",
  "progressGrouping",
  "progressStatus",
  "progressCover",
  "progressProblems",
  "progressSignatures",
  "yearEndGrouping",
  "yearEndStatus",
  "yearEndCover",
  "yearEndSignatures",
  "planLayout",
  "memoNotes",
  ...REPORT_TEXT_KEYS,
];

/** The hint beside each setting: column C of the sheet, and under the field in the pane. */
export const SETTING_HINTS: Readonly<Record<SettingKey, string>> = {
  orgKind: "เลือกจากรายการ",
  orgName: "ชื่อโดยไม่มีคำนำหน้า เช่น เกวียนหัก",
  district: "ไม่ต้องพิมพ์คำว่า อำเภอ",
  province: "ไม่ต้องพิมพ์คำว่า จังหวัด",
  fiscalYear: "ปีงบประมาณของรายงาน เช่น 2567",
  round: "รอบ 6 เดือน (ต.ค.–มี.ค.) หรือ รอบ 12 เดือน",
  reportDate: "เช่น 30 กันยายน 2567",
  digitStyle: "ตัวเลขในรายงาน",
  fontName: "ค่าเริ่มต้น TH SarabunPSK",
  fontSize: "ค่าเริ่มต้น 16",
  problems: "สำหรับรายงานความก้าวหน้า (เว้นว่างได้)",
  remedies: "สำหรับรายงานความก้าวหน้า (เว้นว่างได้)",
  memoUnit: "หน่วยงานผู้ทำบันทึก เช่น สำนักปลัด",
  memoNumber: "เช่น ลพ 55605/ (เว้นเลขลำดับไว้ได้)",
  memoTo: "เช่น นายกเทศมนตรีตำบล...",
  numbering: "ถ้าพิมพ์เลขไว้ในชื่อมาตรการแล้ว ให้เลือกตามที่พิมพ์ไว้ เลขจะได้ไม่ซ้ำสองชุด",
  progressGrouping: "ตามหัวข้อมาตรการ: แถวที่หัวข้อเดียวกันอยู่กลุ่มเดียวกัน ไม่ต้องระบุตัวชี้วัด",
  progressStatus: "มี: แสดงสถานะในคอลัมน์ของตัวเอง ไม่มี: ไม่แสดงสถานะ",
  progressCover: "หน้าปกก่อนรายงาน (ชื่อรายงาน ปีงบประมาณ หน่วยงาน)",
  yearEndGrouping: "ตามหัวข้อมาตรการ: แถวที่หัวข้อเดียวกันอยู่กลุ่มเดียวกัน ไม่ต้องระบุตัวชี้วัด",
  yearEndStatus: "มี: แสดงสถานะในคอลัมน์ของตัวเอง ไม่มี: ไม่แสดงสถานะ",
  yearEndCover: "หน้าปกก่อนรายงาน (ชื่อรายงาน ปีงบประมาณ หน่วยงาน)",
  progressProblems: "ไม่มี: ไม่พิมพ์หัวข้อปัญหาและอุปสรรค และข้อเสนอแนะ/แนวทางแก้ไข ท้ายตาราง (เว้นว่าง: มี)",
  progressSignatures: "ไม่มี: ไม่พิมพ์ลายมือชื่อท้ายรายงาน เช่น เมื่อแนบท้ายบันทึกข้อความที่ลงนามแล้ว (เว้นว่าง: มี)",
  yearEndSignatures: "ไม่มี: ไม่พิมพ์ลายมือชื่อท้ายรายงาน (เว้นว่าง: มี)",
  memoNotes: "ไม่มี: ไม่พิมพ์หมายเหตุเรื่องคะแนนและเกณฑ์ของปีท้ายบันทึกข้อความ (เว้นว่าง: มี)",
  planLayout: "แยกตามแบบวัด: จุดอ่อน แนวทาง มาตรการ ผู้รับผิดชอบ การกำกับติดตาม",
  ...TEXT_HINTS,
};

/** Settings chosen from a list (a dropdown on the sheet), with the list. */
export const SETTING_CHOICES: Readonly<Partial<Record<SettingKey, readonly string[]>>> = {
  orgKind: ORGANIZATION_KINDS,
  round: Object.values(ROUND_LABELS),
  digitStyle: Object.values(DIGIT_LABELS),
  numbering: Object.values(NUMBERING_LABELS),
  progressGrouping: Object.values(GROUPING_LABELS),
  progressStatus: Object.values(YES_NO_LABELS),
  progressCover: Object.values(YES_NO_LABELS),
  yearEndGrouping: Object.values(GROUPING_LABELS),
  yearEndStatus: Object.values(YES_NO_LABELS),
  yearEndCover: Object.values(YES_NO_LABELS),
  progressProblems: Object.values(YES_NO_LABELS),
  progressSignatures: Object.values(YES_NO_LABELS),
  yearEndSignatures: Object.values(YES_NO_LABELS),
  memoNotes: Object.values(YES_NO_LABELS),
  planLayout: Object.values(PLAN_LAYOUT_LABELS),
};

/** Settings that hold paragraphs rather than a line. */
export const LONG_SETTINGS: ReadonlySet<SettingKey> = new Set([
  "problems",
  "remedies",
  ...PARAGRAPH_TEXT_KEYS,
]);

/** Settings that hold a number (a year, a size). */
export const NUMERIC_SETTINGS: ReadonlySet<SettingKey> = new Set(["fiscalYear", "fontSize"]);

export const SIGNATORY_HEADING = "ผู้ลงนามในรายงาน (เรียงจากผู้รายงานถึงผู้อนุมัติ)";
/** The signatories' column headers, A onwards; a column added later goes last, so an older workbook still reads. */
export const SIGNATORY_HEADERS = [
  "บทบาท",
  "ชื่อ-นามสกุล",
  "ตำแหน่ง",
  "ความเห็น (บันทึกข้อความ)",
  "ยศ/คำนำหน้าในบรรทัดลงชื่อ",
] as const;

/** Column A of the header row of the indicator table. */
export const SCORES_HEADERS = ["ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "แบบวัด", "คะแนนปีก่อน", "คะแนนปีนี้"] as const;
/** The label in column A of the row above the headers, holding the years in D and E. */
export const YEAR_ROW_LABEL = "ปีที่ประเมิน (พ.ศ.)";
/** Columns (1-based) of the two score years. */
export const SCORE_COLUMNS = [4, 5] as const;

export const OFFICIAL_HEADING = "คะแนนรวมที่ ป.ป.ช. ประกาศ (ถ้ามี ใช้ตรวจสอบกับคะแนนที่คำนวณ)";

/** One row of the published totals: the overall score (label "ITA"), then one per instrument. */
export interface OfficialRow {
  /** "overall" or an instrument code. */
  readonly key: string;
  /** Column A of the row. */
  readonly label: string;
  /** Column B: what the row holds. */
  readonly name: string;
}

/** Column A of the published-total row of `key` ("overall" → "ITA", an instrument → its code). */
export function officialRowLabel(key: string): string {
  return key === "overall" ? "ITA" : key;
}

/** The published-total rows of a year's framework: ITA, then its instruments in order. */
export function officialRows(framework: ItaFramework): readonly OfficialRow[] {
  return [
    { key: "overall", label: officialRowLabel("overall"), name: "คะแนนรวม" },
    ...framework.instruments.map((i) => ({
      key: i.code,
      label: officialRowLabel(i.code),
      name: `คะแนนแบบวัด ${i.code}`,
    })),
  ];
}
