import { WorkbookWriteError } from "../app/ports";

/** Thai wording of the Excel errors a user can act on. */
const MESSAGES: Record<string, string> = {
  AccessDenied: "Excel ไม่อนุญาตให้ทำรายการนี้: ชีตหรือสมุดงานอาจถูกป้องกัน (Protect) กรุณายกเลิกการป้องกันแล้วลองใหม่",
  InvalidArgument: "Excel ไม่ยอมรับข้อมูลที่ส่งไป",
  ItemAlreadyExists: "มีชีตชื่อเดียวกันอยู่แล้ว",
  ItemNotFound: "ไม่พบชีตที่ต้องการ อาจถูกลบหรือเปลี่ยนชื่อระหว่างทำงาน",
  RequestPayloadSizeLimitExceeded: "ข้อมูลมีขนาดใหญ่เกินกว่าที่ Excel บนเว็บรับได้ในครั้งเดียว",
  GeneralException: "Excel เกิดข้อผิดพลาดระหว่างเขียนรายงาน",
};

/** Wraps an Office.js error, keeping its code and debugInfo, with a Thai message. */
export function toWorkbookWriteError(error: unknown): WorkbookWriteError {
  if (error instanceof WorkbookWriteError) return error;
  const e = (error ?? {}) as { code?: unknown; message?: unknown; debugInfo?: unknown };
  const code = typeof e.code === "string" ? e.code : "Unknown";
  const detail = typeof e.message === "string" ? e.message : String(error);
  const text = MESSAGES[code] ?? "Excel เกิดข้อผิดพลาด";
  return new WorkbookWriteError(
    `${text} รายงานเดิมและชีตข้อมูลยังอยู่ครบ (รายละเอียด: ${code} ${detail})`,
    code,
    e.debugInfo,
  );
}
