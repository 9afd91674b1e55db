import { WorkbookWriteError } from "../app/ports";
import { toWorkbookWriteError } from "./officeErrors";

/** Base64 of bytes without Node's Buffer, in chunks so long files do not overflow the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Opens .xlsx bytes (the report sheets only, written by the ExcelJS adapter) as a new workbook,
 * so the user can export it with File › Export without the input sheets. Needs ExcelApi 1.8.
 */
export async function openInNewWorkbook(
  createWorkbook: ((base64: string) => Promise<unknown>) | undefined,
  bytes: Uint8Array,
): Promise<void> {
  if (!createWorkbook)
    throw new WorkbookWriteError(
      "Excel รุ่นนี้เปิดสมุดงานใหม่จากบานหน้าต่างไม่ได้ (ต้องใช้ ExcelApi 1.8) กรุณาใช้หน้าเว็บแบบไม่ต้องใช้ Excel เพื่อดาวน์โหลดไฟล์รายงาน",
      "NotSupported",
    );
  try {
    await createWorkbook(toBase64(bytes));
  } catch (error) {
    throw toWorkbookWriteError(error);
  }
}
