/**
 * Helpers of the hostile corpus (tests/hostile): the command line run in process, seed 001's
 * input workbook as bytes, and changes made to an .xlsx's XML parts directly, the way other
 * programs (or people) write files that ExcelJS would never write.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { cli } from "../helpers/cli";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import type { ReportInput } from "../../src/domain/model/reportInput";
import { XlsxReportWriter } from "../../src/xlsx/xlsxReportWriter";
import { loadFixture } from "../helpers/fixtures";

export const SETTINGS = "ข้อมูลรายงาน";
export const SCORES = "คะแนน ITA";
export const MEASURES = "มาตรการ";

export { cli, type CliRun } from "../helpers/cli";

/** `validate --json`: the exit code and the issues. */
export async function validateJson(file: string) {
  const r = await cli("validate", file, "--json");
  const issues = (r.code <= 1 ? JSON.parse(r.out || "[]") : []) as {
    code: string;
    severity: string;
    sheet: string | null;
    cell: string | null;
    path: string | null;
    message: string;
  }[];
  return { ...r, issues };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeBytes(dir: string, name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** The input workbook of `input` (seed 001 by default), as `ita-report init` would write it filled in. */
export async function inputWorkbookBytes(
  input: ReportInput = loadFixture("seed001"),
): Promise<Buffer> {
  const writer = new XlsxReportWriter();
  await writer.write({ sheets: buildInputSheets(input) });
  return writer.toBuffer();
}

/** The worksheet part (xl/worksheets/sheetN.xml) of a sheet, by its name. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const escaped = sheet.replace(/&/g, "&amp;");
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`no part for sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** An .xlsx with one sheet's XML changed by `edit`. */
export async function withSheetXml(
  bytes: Uint8Array,
  sheet: string,
  edit: (xml: string) => string,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, sheet);
  zip.file(part, edit(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** An .xlsx with parts added (or replaced). */
export async function withParts(
  bytes: Uint8Array,
  parts: Record<string, Uint8Array | string>,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 1 },
  });
}

/** Inserts `xml` into a worksheet's XML right after the element `after` (e.g. "sheetData"). */
export const insertAfter = (after: string, xml: string) => (sheetXml: string) => {
  const end = sheetXml.indexOf(`</${after}>`);
  const at =
    end >= 0 ? end + after.length + 3 : sheetXml.indexOf("/>", sheetXml.indexOf(`<${after}`)) + 2;
  return `${sheetXml.slice(0, at)}${xml}${sheetXml.slice(at)}`;
};

/** Words in Latin letters that a Thai message may contain: names of things, not English prose. */
const ALLOWED_LATIN = new Set([
  "ITA",
  "Excel",
  "xlsx",
  "xls",
  "json",
  "JSON",
  "docx",
  "zip",
  "init",
  "ita",
  "report",
  "force",
  "pdf",
  "PDF",
  "LibreOffice",
  "NAME",
  "REF",
  "VALUE",
  "DIV",
  "KB",
  "MB",
  "Ctrl",
  "End",
  "apt",
  "get",
  "install",
  "libreoffice",
  "calc",
  "nogui",
  "reports",
  "out",
]);

/** What a user sees is Thai, names no internals and shows no stack trace. `paths` are the user's own names. */
export function expectThaiOnly(text: string, ...paths: string[]): void {
  let shown = text;
  for (const p of paths) shown = shown.split(p).join("");
  shown = shown.replace(/\/tmp\/[^\s"]*/g, "");
  expect(shown).toMatch(/[\u0e00-\u0e7f]/);
  expect(shown).not.toMatch(/\n\s+at /);
  expect(shown).not.toContain("ไม่คาดคิด");
  const words = shown.replace(/"[^"\n]*"/g, "").match(/[A-Za-z]{3,}/g) ?? [];
  expect(words.filter((w) => !ALLOWED_LATIN.has(w))).toEqual([]);
}
