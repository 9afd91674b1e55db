import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { ItaFramework } from "../domain/framework/itaFramework";
import { readSuppliedFrameworks } from "../domain/framework/suppliedFrameworks";
import { INPUT_LIMITS } from "../domain/input/inputLimits";
import { IssueCollector } from "../domain/issues/issueCollector";
import { hasErrors, type ValidationIssue } from "../domain/issues/validationIssue";
import { CliError } from "./cliError";

/**
 * Reads `--framework FILE.json`: the user's framework records (docs/framework.schema.json),
 * checked like any input. Null records when the file has an error: then nothing is built.
 */
export async function readFrameworkFile(
  path: string,
): Promise<{ records: readonly ItaFramework[] | null; issues: readonly ValidationIssue[] }> {
  if (extname(path).toLowerCase() !== ".json")
    throw new CliError(`ไฟล์เกณฑ์ "${path}" ต้องเป็น .json (ดู docs/framework.schema.json)`, 2);
  let text: string;
  try {
    const size = (await stat(path)).size;
    if (size > INPUT_LIMITS.fileBytes)
      throw new CliError(`ไฟล์เกณฑ์ "${path}" ใหญ่เกินไป (${size} ไบต์)`, 2);
    text = (await readFile(path)).toString("utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`เปิดไฟล์เกณฑ์ "${path}" ไม่ได้: ไม่พบไฟล์หรือไม่มีสิทธิ์อ่าน`, 2);
  }
  const issues = new IssueCollector();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    issues.error("json-invalid", { path: "$" }, { where: "" });
    return { records: null, issues: issues.issues };
  }
  const records = readSuppliedFrameworks(value, issues);
  return { records: hasErrors(issues.issues) ? null : records, issues: issues.issues };
}
