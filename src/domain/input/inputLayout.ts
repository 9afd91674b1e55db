import type { InstrumentCode } from "../framework/indicators";
import type { SettingKey } from "./settingsLabels";

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
  "yearEndGrouping",
  "yearEndStatus",
  "yearEndCover",
  "planLayout",
];

export const SIGNATORY_HEADING = "ผู้ลงนามในรายงาน (เรียงจากผู้รายงานถึงผู้อนุมัติ)";
export const SIGNATORY_HEADERS = ["บทบาท", "ชื่อ-นามสกุล", "ตำแหน่ง"] as const;

/** Column A of the header row of the indicator table. */
export const SCORES_HEADERS = [
  "ตัวชี้วัดที่",
  "ชื่อตัวชี้วัด",
  "แบบวัด",
  "คะแนนปีก่อน",
  "คะแนนปีนี้",
] as const;
/** The label in column A of the row above the headers, holding the years in D and E. */
export const YEAR_ROW_LABEL = "ปีที่ประเมิน (พ.ศ.)";
/** Columns (1-based) of the two score years. */
export const SCORE_COLUMNS = [4, 5] as const;

export const OFFICIAL_HEADING = "คะแนนรวมที่ ป.ป.ช. ประกาศ (ถ้ามี ใช้ตรวจสอบกับคะแนนที่คำนวณ)";
export const OFFICIAL_ROWS: readonly { key: "overall" | InstrumentCode; label: string }[] = [
  { key: "overall", label: "ITA" },
  { key: "IIT", label: "IIT" },
  { key: "EIT", label: "EIT" },
  { key: "OIT", label: "OIT" },
];
