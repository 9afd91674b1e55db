import { WorkbookWriteError } from "../app/ports";

/** Thai wording of the Excel errors a user can act on. */
const MESSAGES: Record<string, string> = {
  AccessDenied:
    "Excel ไม่อนุญาตให้ทำรายการนี้: ชีตหรือสมุดงานอาจถูกป้องกัน (Protect) กรุณายกเลิกการป้องกันแล้วลองใหม่",
  InvalidArgument: "Excel ไม่ยอมรับข้อมูลที่ส่งไป",
  ItemAlreadyExists: "มีชีตชื่อเดียวกันอยู่แล้ว",
  ItemNotFound: "ไม่พบชีตที่ต้องการ อาจถูกลบหรือเปลี่ยนชื่อระหว่างทำงาน",
  RequestPayloadSizeLimitExceeded: "ข้อมูลมีขนาดใหญ่เกินกว่าที่ Excel บนเว็บรับได้ในครั้งเดียว",
  InvalidOperationInCellEditMode:
    "Excel กำลังแก้ไขเซลล์อยู่ กรุณากด Enter หรือคลิกเซลล์อื่นให้จบการแก้ไขก่อน แล้วลองอีกครั้ง",
  ApiNotFound:
    "Excel รุ่นนี้ไม่มีคำสั่งที่ต้องใช้ กรุณาใช้ Excel รุ่นใหม่กว่า (Microsoft 365, Excel 2021 ขึ้นไป หรือ Excel บนเว็บ) หรือใช้หน้าเว็บแบบไม่ต้องใช้ Excel",
  InvalidOperation:
    "Excel ไม่ให้ทำรายการนี้ในตอนนี้ (เช่น สมุดงานเปิดแบบอ่านอย่างเดียว หรือมีกล่องโต้ตอบเปิดค้างอยู่) กรุณาตรวจสอบแล้วลองใหม่",
  GeneralException: "Excel เกิดข้อผิดพลาดระหว่างเขียนรายงาน",
};

/** Wraps an Office.js error, keeping its code and debugInfo, with a Thai message. */
export function toWorkbookWriteError(
  error: unknown,
  messages: Readonly<Record<string, string>> = MESSAGES,
): WorkbookWriteError {
  if (error instanceof WorkbookWriteError) return error;
  const e = (error ?? {}) as { code?: unknown; message?: unknown; debugInfo?: unknown };
  const code = typeof e.code === "string" ? e.code : "Unknown";
  const detail = typeof e.message === "string" ? e.message : String(error);
  const text = messages[code] ?? MESSAGES[code] ?? "Excel เกิดข้อผิดพลาด";
  return new WorkbookWriteError(
    `${text} รายงานเดิมและชีตข้อมูลยังอยู่ครบ (รายละเอียด: ${code} ${detail})`,
    code,
    e.debugInfo,
  );
}

/** An error from Office.js (OfficeExtension.Error): it carries an Excel error code. */
export function isOfficeError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { code?: unknown }).code === "string";
}
