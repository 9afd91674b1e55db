import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError } from "./cliError";
import { fileSystemReason } from "./outputFile";

/** Says why bytes read back from disk would not open, or null when they do. */
export type OpenCheck = (written: Buffer) => Promise<string | null>;

/**
 * Writes a file so that "done" means done: the bytes go to a hidden file beside the target, are
 * read back from disk and opened (`check`), and only then replace the target. A file that would
 * not open is never left under the target's name, and an earlier file of that name stays as it
 * was. A refusal of the file system is exit 2; a file that does not open is `failure.exitCode`,
 * with `failure.note` added to the Thai message.
 */
export async function writeVerified(
  path: string,
  bytes: Buffer,
  check: OpenCheck,
  failure: { exitCode: number; note?: string } = { exitCode: 2 },
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
  } catch (error) {
    throw new CliError(`เขียนไฟล์ "${path}" ไม่ได้: ${fileSystemReason(error)}`, 2);
  }
  try {
    const problem = await check(await readFile(temp));
    if (problem !== null)
      throw new CliError(
        `เขียนไฟล์ "${path}" ไม่สำเร็จ: ไฟล์ที่เขียนเปิดไม่ได้ (${problem}) จึงไม่ได้เก็บไว้ ไฟล์เดิมชื่อนี้ (ถ้ามี) ยังอยู่เหมือนเดิม${failure.note ? ` ${failure.note}` : ""}`,
        failure.exitCode,
      );
    await rename(temp, path).catch((error: unknown) => {
      throw new CliError(`เขียนไฟล์ "${path}" ไม่ได้: ${fileSystemReason(error)}`, 2);
    });
  } finally {
    await rm(temp, { force: true });
  }
}
