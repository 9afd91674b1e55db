import { XlsxWorkbookReader } from "../xlsx/xlsxWorkbookReader";
import type { OpenCheck } from "./verifiedWrite";

/**
 * An .xlsx opens when ExcelJS loads it, as a reader would, and it holds the sheets just written.
 * Text that XML cannot carry (U+FFFF) fails here; the input checks refuse it earlier, so this is
 * the last guard (e.g. with --force).
 */
export function xlsxOpens(sheets: readonly string[]): OpenCheck {
  return async (written) => {
    try {
      const book = (await XlsxWorkbookReader.fromBuffer(written, { limits: "own-output" }))
        .workbook;
      const missing = sheets.filter((name) => !book.getWorksheet(name));
      return missing.length > 0
        ? `ไม่พบชีต ${missing.map((m) => `"${m}"`).join(", ")} ในไฟล์ที่เขียน`
        : null;
    } catch {
      return "Excel อ่านเนื้อหาในไฟล์ไม่ได้ มักเกิดจากอักขระพิเศษที่ไฟล์ Excel เก็บไม่ได้ในข้อความ";
    }
  };
}

/** A PDF opens when it has the PDF header and the end-of-file mark a reader looks for. */
export const pdfOpens: OpenCheck = async (written) => {
  const head = written.subarray(0, 5).toString("latin1");
  const tail = written.subarray(Math.max(0, written.length - 1024)).toString("latin1");
  return head === "%PDF-" && tail.includes("%%EOF") ? null : "ไม่ใช่ไฟล์ PDF ที่สมบูรณ์";
};
