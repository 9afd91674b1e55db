import { WorkbookWriteError } from "../app/ports";
import { toWorkbookWriteError } from "./officeErrors";

/** Base64 of bytes without Node's Buffer, in chunks so long files do not overflow the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const USE_STANDALONE = "กรุณาใช้หน้าเว็บแบบไม่ต้องใช้ Excel เพื่อดาวน์โหลดไฟล์รายงาน แล้วเปิดไฟล์นั้น";

/** What createWorkbook's failures mean (office-js issues 3568, 3646, 1562). */
const CREATE_WORKBOOK_MESSAGES: Readonly<Record<string, string>> = {
  // Windows' extension-hardening policy refuses files opened by an add-in.
  InvalidOperation: `Excel ไม่อนุญาตให้บานหน้าต่างเปิดสมุดงานใหม่ (อาจเป็นนโยบายความปลอดภัยของ Windows หรือของหน่วยงาน) ${USE_STANDALONE}`,
  // Excel on the web has failed with "internal error".
  GeneralException: `Excel เปิดสมุดงานใหม่ไม่สำเร็จ กรุณาลองอีกครั้ง หากยังไม่ได้ ${USE_STANDALONE}`,
  NotImplemented: `Excel บนอุปกรณ์นี้เปิดสมุดงานใหม่จากบานหน้าต่างไม่ได้ ${USE_STANDALONE}`,
};

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
    throw toWorkbookWriteError(error, CREATE_WORKBOOK_MESSAGES);
  }
}
