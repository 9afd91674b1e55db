import type { MeasureField } from "../model/measure";

export const MEASURES_SHEET = "มาตรการ";
/** A hidden sheet with the dropdown lists, since Excel caps a literal list at 255 characters. */
export const LISTS_SHEET = "รายการเลือก";

/**
 * The Measures sheet's columns in their default order; readers find them by header text.
 * `required`: the value should be filled; `optional`: the column itself may be absent (columns
 * added after the first release, so older workbooks still read).
 */
export const MEASURE_COLUMNS: readonly {
  field: MeasureField;
  header: string;
  width: number;
  required: boolean;
  optional?: true;
}[] = [
  { field: "indicator", header: "ตัวชี้วัดที่", width: 9, required: false },
  { field: "title", header: "มาตรการ/แนวทาง", width: 30, required: true },
  { field: "methods", header: "วิธีการดำเนินการ", width: 40, required: true },
  { field: "unit", header: "ผู้รับผิดชอบ", width: 22, required: true },
  { field: "period", header: "ระยะเวลาดำเนินการ", width: 18, required: true },
  { field: "result", header: "ผลการดำเนินการ", width: 40, required: false },
  { field: "status", header: "สถานะ", width: 18, required: true },
  { field: "outcome", header: "ผลลัพธ์/ตัวชี้วัดความสำเร็จ", width: 26, required: false },
  { field: "suggestions", header: "ข้อเสนอแนะ", width: 26, required: false },
  { field: "evidenceUrl", header: "ลิงก์หลักฐาน", width: 30, required: false },
  { field: "heading", header: "หัวข้อมาตรการ (จัดกลุ่ม)", width: 30, required: false, optional: true },
  {
    field: "remark",
    header: "หมายเหตุ (รายงานผลประจำปี)",
    width: 22,
    required: false,
    optional: true,
  },
  {
    field: "weakness",
    header: "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน (แผนพัฒนา)",
    width: 30,
    required: false,
    optional: true,
  },
  {
    field: "approach",
    header: "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ (แผนพัฒนา)",
    width: 36,
    required: false,
    optional: true,
  },
  {
    field: "tracking",
    header: "การกำกับติดตาม (แผนพัฒนา)",
    width: 30,
    required: false,
    optional: true,
  },
];

/** Row of the header on the Measures sheet; data starts below it. */
export const MEASURES_HEADER_ROW = 2;

/** The usual responsible units of an อบต./เทศบาล; people may type others. */
export const DEFAULT_UNITS: readonly string[] = [
  "สำนักปลัด",
  "สำนักปลัด (งานการเจ้าหน้าที่)",
  "สำนักปลัด (งานนิติการ)",
  "สำนักปลัด (งานวิเคราะห์นโยบายและแผน)",
  "สำนักปลัด (งานประชาสัมพันธ์)",
  "กองคลัง",
  "กองคลัง (งานพัสดุ)",
  "กองช่าง",
  "กองการศึกษา ศาสนาและวัฒนธรรม",
  "กองสาธารณสุขและสิ่งแวดล้อม",
  "กองสวัสดิการสังคม",
  "กองยุทธศาสตร์และงบประมาณ",
  "หน่วยตรวจสอบภายใน",
  "ทุกสำนัก/กอง",
  "คณะทำงาน ITA",
];
