import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { loadInput } from "../app/loadInput";
import type { ReadResult } from "../domain/input/readInputWorkbook";
import { parseInputJson } from "../domain/input/parseInputJson";
import { validateInput } from "../domain/validation/validateInput";
import { XlsxWorkbookReader } from "../xlsx/xlsxWorkbookReader";
import { CliError } from "./cliError";

/** Reads an input file, .xlsx (the input workbook) or .json (docs/input-format.md). */
export async function readInputFile(path: string): Promise<ReadResult> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".json") throw new CliError(`ไฟล์ "${path}" ต้องเป็น .xlsx หรือ .json`, 2);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    throw new CliError(`เปิดไฟล์ "${path}" ไม่ได้: ไม่พบไฟล์หรือไม่มีสิทธิ์อ่าน`, 2);
  }
  if (data.length === 0) throw new CliError(`ไฟล์ "${path}" ว่างเปล่า (0 ไบต์) ไม่มีข้อมูล กรุณาตรวจว่าบันทึกหรือคัดลอกไฟล์ครบ`, 2);
  if (ext === ".json") {
    // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    const read = parseInputJson(data.toString("utf8").replace(/^\uFEFF/, ""));
    if (!read.input) return read;
    const checks = validateInput(read.input, (year, key) => ({ path: `officialTotals.${year}.${key}` }), { path: "measures" });
    return { input: read.input, issues: [...read.issues, ...checks] };
  }
  const reader = await XlsxWorkbookReader.fromBuffer(data).catch((e: Error) => {
    throw new CliError(`ไฟล์ "${path}": ${e.message}`, 2);
  });
  return loadInput(reader);
}
