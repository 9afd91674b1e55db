import { REPORT_TEXT_KEYS, type ReportTextKey } from "../model/reportTexts";

/**
 * The texts rows of the Settings sheet (ข้อความในรายงาน), after the other settings: a label in
 * column A, the user's words in column B (one paragraph a line), a hint in column C. Rows are
 * found by their labels, so a workbook made before them still reads (every text empty, the
 * drafts print).
 */

export const TEXT_LABELS: Readonly<Record<ReportTextKey, string>> = {
  memoSubject: "เรื่อง (บันทึกข้อความ)",
  memoReference: "อ้างถึงบันทึกเดิม (บันทึกข้อความ)",
  memoOitItem: "ข้อ OIT ที่ตอบ (บันทึกข้อความ)",
  website: "เว็บไซต์ที่เผยแพร่",
  memoBackground: "เรื่องเดิม (บันทึกข้อความ)",
  memoFacts: "ข้อเท็จจริง (บันทึกข้อความ)",
  memoProposal: "ข้อเสนอ (บันทึกข้อความ)",
  progressIntro: "ย่อหน้านำ (รายงานผลตามมาตรการ)",
  yearEndOutcome: "ผลลัพธ์หรือความสำเร็จ (รายงานผลประจำปี)",
  analysisOverall: "ผลการประเมินภาพรวม (วิเคราะห์ผล)",
  analysisPassCount: "ผลเทียบเกณฑ์ (วิเคราะห์ผล)",
  analysisStrengths: "จุดแข็ง (วิเคราะห์ผล)",
  analysisToDevelop: "จุดที่ต้องพัฒนา (วิเคราะห์ผล)",
  analysisLowest: "ตัวชี้วัดคะแนนต่ำสุด (วิเคราะห์ผล)",
  analysisIIT: "ผลแบบวัด IIT (วิเคราะห์ผล)",
  analysisEIT: "ผลแบบวัด EIT (วิเคราะห์ผล)",
  analysisOIT: "ผลแบบวัด OIT (วิเคราะห์ผล)",
  planIIT: "ข้อค้นพบแบบวัด IIT (แผนพัฒนา)",
  planEIT: "ข้อค้นพบแบบวัด EIT (แผนพัฒนา)",
  planOIT: "ข้อค้นพบแบบวัด OIT (แผนพัฒนา)",
};

export const TEXT_HINTS: Readonly<Record<ReportTextKey, string>> = {
  memoSubject: "เว้นว่าง: รายงานผลการดำเนินการตามมาตรการฯ ประจำปีงบประมาณ",
  memoReference: "เช่น ที่ ลพ 55605/101 ลงวันที่ 9 กุมภาพันธ์ 2567 (ใช้ในเรื่องเดิมที่โปรแกรมร่าง)",
  memoOitItem: "เช่น O42 (ใช้ในข้อเท็จจริงที่โปรแกรมร่าง) เว้นว่าง: ข้อที่เกณฑ์การประเมินระบุสำหรับปีงบประมาณนี้ (ถ้ามี)",
  website: "เช่น https://www.example.go.th/ (ใช้ในข้อเสนอที่โปรแกรมร่าง)",
  memoBackground: "เว้นว่าง: โปรแกรมร่างจากคะแนนและจำนวนมาตรการ",
  memoFacts: "เว้นว่าง: โปรแกรมร่างจากคะแนนแต่ละแบบวัดและสถานะมาตรการ",
  memoProposal: "เว้นว่าง: โปรแกรมร่างตามสถานะมาตรการ",
  progressIntro: "เว้นว่าง: โปรแกรมร่างจากจำนวนมาตรการและสถานะ",
  yearEndOutcome: "เว้นว่าง: โปรแกรมร่างจากคะแนนปีนี้เทียบปีก่อน",
  analysisOverall: "เว้นว่าง: โปรแกรมร่างจากคะแนนรวมและระดับ",
  analysisPassCount: "เว้นว่าง: โปรแกรมร่างจากจำนวนตัวชี้วัดที่ผ่านเกณฑ์",
  analysisStrengths: "เว้นว่าง: โปรแกรมร่างจากตัวชี้วัดที่เป็นจุดแข็ง",
  analysisToDevelop: "เว้นว่าง: โปรแกรมร่างจากตัวชี้วัดที่ต้องพัฒนา",
  analysisLowest: "เว้นว่าง: โปรแกรมร่างจากตัวชี้วัดที่ได้คะแนนต่ำสุด",
  analysisIIT: "เว้นว่าง: โปรแกรมร่างจากคะแนนแบบวัด IIT",
  analysisEIT: "เว้นว่าง: โปรแกรมร่างจากคะแนนแบบวัด EIT",
  analysisOIT: "เว้นว่าง: โปรแกรมร่างจากคะแนนแบบวัด OIT",
  planIIT: "ย่อหน้าใต้หัวข้อแบบวัด IIT ในแผนพัฒนา (เว้นว่าง: ไม่มีย่อหน้า)",
  planEIT: "ย่อหน้าใต้หัวข้อแบบวัด EIT ในแผนพัฒนา (เว้นว่าง: ไม่มีย่อหน้า)",
  planOIT: "ย่อหน้าใต้หัวข้อแบบวัด OIT ในแผนพัฒนา (เว้นว่าง: ไม่มีย่อหน้า)",
};

/** Texts that are the user's data for the memo (nothing is drafted for them); the others replace a drafted paragraph. */
export const MEMO_DATA_TEXT_KEYS: readonly ReportTextKey[] = ["memoReference", "memoOitItem", "website"];

/** Texts that hold paragraphs (edited in a larger box); the others are one line. */
const ONE_LINE: ReadonlySet<ReportTextKey> = new Set(["memoSubject", "memoReference", "memoOitItem", "website"]);
export const PARAGRAPH_TEXT_KEYS: readonly ReportTextKey[] = REPORT_TEXT_KEYS.filter((k) => !ONE_LINE.has(k));
