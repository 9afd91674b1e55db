import ExcelJS from "exceljs";
import type { WorkbookReader } from "../app/ports";
import type { CellGrid, CellInput } from "../domain/input/cellInput";
import type { WorkbookGrids } from "../domain/input/readInputWorkbook";

/** A file that is not a readable .xlsx workbook. */
export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Reads sheets of an .xlsx workbook (ExcelJS) into plain cell grids. */
export class XlsxWorkbookReader implements WorkbookReader {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  static async fromBuffer(data: Buffer | ArrayBuffer): Promise<XlsxWorkbookReader> {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as ArrayBuffer);
    } catch (error) {
      throw new XlsxReadError(`ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) ที่อ่านได้ หรือไฟล์เสียหาย (${(error as Error).message})`);
    }
    return new XlsxWorkbookReader(wb);
  }

  async readSheets(names: readonly string[]): Promise<WorkbookGrids> {
    const grids = new Map<string, CellGrid>();
    for (const name of names) {
      const ws = this.workbook.getWorksheet(name);
      if (ws) grids.set(name, readGrid(ws));
    }
    return grids;
  }
}

function readGrid(ws: ExcelJS.Worksheet): CellGrid {
  const rows: CellInput[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: CellInput[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = cell.type === ExcelJS.ValueType.Merge ? null : toCell(cell.value);
    });
    rows[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

function toCell(value: ExcelJS.CellValue): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && result !== null && "error" in result) return { error: String((result as { error: unknown }).error) };
    return toCell(result as ExcelJS.CellValue);
  }
  if ("text" in value) return String(value.text);
  return null;
}
