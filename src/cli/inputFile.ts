import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { loadInput } from "../app/loadInput";
import type { ReadResult } from "../domain/input/readInputWorkbook";
import { parseInputJson } from "../domain/input/parseInputJson";
import { checkedRead } from "../domain/reports/checkedRead";
import { INPUT_LIMITS } from "../domain/input/inputLimits";
import { READ_PROBLEMS, XlsxWorkbookReader } from "../xlsx/xlsxWorkbookReader";
import type { ItaFramework } from "../domain/framework/itaFramework";
import { CliError } from "./cliError";

/** Reads an input file, .xlsx (the input workbook) or .json (docs/input-format.md). */
export async function readInputFile(
  path: string,
  frameworks?: readonly ItaFramework[],
): Promise<ReadResult> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".json")
    throw new CliError(`ไฟล์ "${path}" ต้องเป็น .xlsx หรือ .json`, 2);
  let data: Buffer;
  try {
    // The size first: a file over the limit is refused before it is read into memory.
    const size = (await stat(path)).size;
    if (size > INPUT_LIMITS.fileBytes)
      throw new CliError(`ไฟล์ "${path}": ${READ_PROBLEMS.fileTooBig(size)}`, 2);
    data = await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`เปิดไฟล์ "${path}" ไม่ได้: ไม่พบไฟล์หรือไม่มีสิทธิ์อ่าน`, 2);
  }
  if (data.length === 0)
    throw new CliError(`ไฟล์ "${path}" ว่างเปล่า (0 ไบต์) ไม่มีข้อมูล กรุณาตรวจว่าบันทึกหรือคัดลอกไฟล์ครบ`, 2);
  if (ext === ".json") {
    // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    // The same checks as the workbook's, at the JSON's paths.
    return checkedRead(parseInputJson(data.toString("utf8").replace(/^\uFEFF/, ""), frameworks));
  }
  const reader = await XlsxWorkbookReader.fromBuffer(data).catch((e: Error) => {
    throw new CliError(`ไฟล์ "${path}": ${e.message}`, 2);
  });
  return loadInput(reader, frameworks);
}
