import { mkdir, stat, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
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

/** Writes an output file; a refusal of the file system becomes a Thai message (exit 2). */
export async function writeOutputFile(path: string, bytes: Buffer): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    throw new CliError(`เขียนไฟล์ "${path}" ไม่ได้: ${fileSystemReason(error)}`, 2);
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

/** True when two paths name the same file, also through another spelling or a link. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Refuses an output path that is the input file: writing the report there would replace the
 * year's input workbook with the report sheets alone.
 */
export async function refuseToOverwriteInput(input: string, output: string, option: string): Promise<void> {
  if (await sameFile(input, output))
    throw new CliError(
      `ไฟล์ ${option} "${output}" เป็นไฟล์ข้อมูลเดียวกับที่อ่าน จะไม่เขียนทับไฟล์ข้อมูล กรุณาใช้ชื่อไฟล์รายงานใหม่`,
      2,
    );
}
