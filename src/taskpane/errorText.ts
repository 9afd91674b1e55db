import { WorkbookWriteError } from "../app/ports";
import { isOfficeError, toWorkbookWriteError } from "../excel/officeErrors";

const RETRY = "กรุณาลองอีกครั้ง หากยังไม่สำเร็จ ให้ปิดแล้วเปิดบานหน้าต่างรายงาน ITA ใหม่ และแจ้งผู้ดูแลพร้อมข้อความนี้";

/**
 * A failure as Thai text that says what happened and what to do. Adapter errors
 * (WorkbookWriteError, the .xlsx reader's errors) already carry such text; anything else is
 * unexpected and is shown with its own message, never hidden.
 */
export function errorText(error: unknown): string {
  if (error instanceof WorkbookWriteError) return error.message;
  // An Office.js error that reached the screen unwrapped still gets its Thai wording.
  if (isOfficeError(error)) return toWorkbookWriteError(error).message;
  if (error instanceof Error && error.name === "XlsxReadError") return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `เกิดข้อผิดพลาดที่ไม่คาดคิด ${RETRY} (รายละเอียด: ${detail})`;
}
