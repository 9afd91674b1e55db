import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { buildInputSheets } from "../../../src/domain/input/inputSheets";
import { XlsxReportWriter } from "../../../src/xlsx/xlsxReportWriter";
import { loadFixture } from "../../helpers/fixtures";

/** Cell edits applied after the input sheets are written: sheet → A1 → value. */
export type Edits = Record<string, Record<string, string | number>>;

/** Writes a fixture's input workbook (as `ita-report init` and the add-in create it), with edits. */
export async function writeInputWorkbook(
  path: string,
  fixture: string,
  edits: Edits = {},
): Promise<void> {
  const writer = new XlsxReportWriter();
  await writer.write({ sheets: buildInputSheets(loadFixture(fixture)) });
  for (const [sheet, cells] of Object.entries(edits))
    for (const [a1, value] of Object.entries(cells))
      writer.workbook.getWorksheet(sheet)!.getCell(a1).value = value;
  writeFileSync(path, await writer.toBuffer());
}

/** Reads an .xlsx file back with ExcelJS. */
export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The row (1-based) whose column A holds `label`, as the readers find it. */
export function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++)
    if (String(ws.getCell(r, 1).value ?? "").trim() === label) return r;
  throw new Error(`no row "${label}" in ${ws.name}`);
}
