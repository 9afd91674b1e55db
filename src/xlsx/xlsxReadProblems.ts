import { countText, INPUT_LIMITS, sizeText } from "../domain/input/inputLimits";

/** A file that is not a readable .xlsx workbook, or one over a limit; the message is Thai. */
export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";
}

const SAVE_AS_XLSX = 'กรุณาเปิดไฟล์ใน Excel แล้วบันทึกเป็น "สมุดงาน Excel (.xlsx)"';
const SHRINK =
  "ไฟล์ข้อมูล ITA ปกติมีขนาดไม่ถึง 1 MB กรุณาลบรูปภาพหรือชีตที่ไม่ใช้ออก หรือคัดลอกเฉพาะชีตข้อมูลไปไว้ในสมุดงานใหม่";

/** What is wrong with a file that cannot be read as an input workbook, in Thai. */
export const READ_PROBLEMS = {
  empty: "ไฟล์ว่างเปล่า (0 ไบต์) ไม่มีข้อมูลสมุดงาน อาจบันทึกหรือคัดลอกไม่สำเร็จ กรุณาใช้ไฟล์ต้นฉบับ",
  oldOrEncrypted: `ไฟล์นี้เป็นไฟล์ Excel รุ่นเก่า (.xls) หรือสมุดงานที่ตั้งรหัสผ่านเปิดไฟล์ไว้ จึงอ่านไม่ได้ ${SAVE_AS_XLSX} โดยไม่ตั้งรหัสผ่าน`,
  notXlsx: `ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) แม้จะมีนามสกุล .xlsx ${SAVE_AS_XLSX}`,
  damaged:
    "ไฟล์ Excel (.xlsx) นี้เสียหายหรือไม่ครบ (เช่น ดาวน์โหลดหรือคัดลอกมาไม่ครบ) กรุณาเปิดใน Excel แล้วบันทึกใหม่ หรือใช้ไฟล์สำรอง",
  noWorksheets: "ไฟล์นี้ไม่มีแผ่นงาน Excel เลย อาจเป็นไฟล์ชนิดอื่น (เช่น .docx หรือ .zip) ที่เปลี่ยนนามสกุลเป็น .xlsx",
  fileTooBig: (bytes: number) =>
    `ไฟล์มีขนาด ${sizeText(bytes)} เกินที่อ่านได้ (${sizeText(INPUT_LIMITS.fileBytes)}) ${SHRINK}`,
  tooManyParts: (parts: number) =>
    `ไฟล์นี้ประกอบด้วยส่วนย่อย ${countText(parts)} ส่วน เกินที่อ่านได้ (${countText(INPUT_LIMITS.parts)}) ${SHRINK}`,
  partTooBig: (part: string) =>
    `ส่วน "${part}" ในไฟล์เมื่อขยายออกแล้วใหญ่เกิน ${sizeText(INPUT_LIMITS.partBytes)} ${part.startsWith("xl/media/") ? "(เป็นรูปภาพหรือสื่อที่ฝังไว้) " : ""}${SHRINK}`,
  unpackedTooBig: () => `ไฟล์นี้เมื่อขยายออกแล้วใหญ่เกิน ${sizeText(INPUT_LIMITS.unpackedBytes)} ${SHRINK}`,
  valueBeyondRows: (sheet: string, cell: string) =>
    `ชีต "${sheet}" มีข้อมูลที่เซลล์ ${cell} ซึ่งอยู่เกินแถวที่ ${countText(INPUT_LIMITS.sheetRows)} ที่โปรแกรมอ่านได้ กรุณาลบข้อมูลที่เกินออก (กด Ctrl+End ใน Excel เพื่อไปยังเซลล์สุดท้ายที่มีข้อมูล)`,
  tooManyMerges: (sheet: string, merges: number) =>
    `ชีต "${sheet}" มีเซลล์ที่ผสานไว้ ${countText(merges)} ช่วง เกินที่อ่านได้ (${countText(INPUT_LIMITS.mergesPerSheet)}) กรุณายกเลิกการผสานเซลล์ที่ไม่จำเป็น`,
  rangeTooBig: (sheet: string, what: string) =>
    `ชีต "${sheet}" มี${what}ครอบคลุมเซลล์จำนวนมากเกินไปแม้ตัดเหลือเฉพาะพื้นที่ที่มีข้อมูลแล้ว กรุณาลบข้อมูลที่อยู่ไกลออกไปทางขวาหรือด้านล่างของตาราง`,
} as const;
