import { mkdir } from "node:fs/promises";
import { CliError } from "./cliError";

/** Why the file system refused, in Thai, from Node's error code. */
export function fileSystemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "ไม่พบโฟลเดอร์ที่จะเขียนไฟล์";
    case "ENOTDIR":
      return "ส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์";
    case "EISDIR":
      return "ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์";
    case "EEXIST":
      return "มีไฟล์ชื่อนี้อยู่แล้ว";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "ไม่มีสิทธิ์เขียน หรือไฟล์เปิดค้างอยู่ในโปรแกรมอื่น";
    case "EBUSY":
      return "ไฟล์เปิดค้างอยู่ในโปรแกรมอื่น เช่น Excel กรุณาปิดไฟล์แล้วลองใหม่";
    case "ENOSPC":
      return "พื้นที่ดิสก์เต็ม";
    case "ENAMETOOLONG":
      return "ชื่อไฟล์ยาวเกินไป";
    default:
      return `ระบบไฟล์ปฏิเสธ${code ? ` (รหัส ${code})` : ""}`;
  }
}

/** Creates an output folder (and its parents); a refusal becomes a Thai message (exit 2). */
export async function makeOutputFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw new CliError(`สร้างโฟลเดอร์ "${path}" ไม่ได้: ${fileSystemReason(error)}`, 2);
  }
}
