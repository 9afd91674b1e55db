import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { loadInput } from "../app/loadInput";
import type { ReadResult } from "../domain/input/readInputWorkbook";
import { parseInputJson } from "../domain/input/parseInputJson";
import { validateInput, withChecks } from "../domain/validation/validateInput";
import { defaultReportKinds, unmetNeeds } from "../domain/reports/buildReport";
import { INPUT_LIMITS } from "../domain/input/inputLimits";
import { fieldsOverReportLimit, JSON_TEXT_PLACES } from "../domain/reports/reportTextLimits";
import { READ_PROBLEMS, XlsxWorkbookReader } from "../xlsx/xlsxWorkbookReader";
import type { ItaFramework } from "../domain/framework/itaFramework";
import { CliError } from "./cliError";

/** Reads an input file, .xlsx (the input workbook) or .json (docs/input-format.md). */
export async function readInputFile(path: string, frameworks?: readonly ItaFramework[]): Promise<ReadResult> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".json") throw new CliError(`ไฟล์ "${path}" ต้องเป็น .xlsx หรือ .json`, 2);
  let data: Buffer;
  try {
    // The size first: a file over the limit is refused before it is read into memory.
    const size = (await stat(path)).size;
    if (size > INPUT_LIMITS.fileBytes) throw new CliError(`ไฟล์ "${path}": ${READ_PROBLEMS.fileTooBig(size)}`, 2);
    data = await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`เปิดไฟล์ "${path}" ไม่ได้: ไม่พบไฟล์หรือไม่มีสิทธิ์อ่าน`, 2);
  }
  if (data.length === 0) throw new CliError(`ไฟล์ "${path}" ว่างเปล่า (0 ไบต์) ไม่มีข้อมูล กรุณาตรวจว่าบันทึกหรือคัดลอกไฟล์ครบ`, 2);
  if (ext === ".json") {
    // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    const read = parseInputJson(data.toString("utf8").replace(/^\uFEFF/, ""), frameworks);
    if (!read.input) return read;
    const kinds = defaultReportKinds(read.input);
    const checks = [
      ...validateInput(read.input, (year, key) => ({ path: `officialTotals.${year}.${key}` }), { path: "measures" }),
      // What the default reports need, as the workbook's checks say it.
      ...unmetNeeds(read.input, kinds, { scores: { path: "scores" }, measures: { path: "measures" } }),
      ...fieldsOverReportLimit(read.input, kinds, JSON_TEXT_PLACES),
    ];
    return { input: read.input, issues: withChecks(read.issues, checks) };
  }
  const reader = await XlsxWorkbookReader.fromBuffer(data).catch((e: Error) => {
    throw new CliError(`ไฟล์ "${path}": ${e.message}`, 2);
  });
  return loadInput(reader, frameworks);
}
