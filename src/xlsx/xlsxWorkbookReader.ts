import ExcelJS from "exceljs";
import type { WorkbookReader } from "../app/ports";
import type { CellGrid, CellInput } from "../domain/sheet/cellInput";
import type { WorkbookGrids } from "../domain/input/readInputWorkbook";
import { mergeAll } from "./xlsxMerges";
import { OWN_OUTPUT_LIMITS, preflightXlsx } from "./xlsxPreflight";
import { READ_PROBLEMS, XlsxReadError } from "./xlsxReadProblems";

export { READ_PROBLEMS, XlsxReadError } from "./xlsxReadProblems";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Tells the file apart by its first bytes: an .xlsx is a zip ("PK\x03\x04"). */
function signatureProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return READ_PROBLEMS.empty;
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return READ_PROBLEMS.oldOrEncrypted; // OLE2 compound file
  if (!starts(0x50, 0x4b, 0x03, 0x04)) return READ_PROBLEMS.notXlsx;
  return null;
}

/** Reads sheets of an .xlsx workbook (ExcelJS) into plain cell grids. */
export class XlsxWorkbookReader implements WorkbookReader {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  /**
   * Opens .xlsx bytes. Anything else (an empty file, an old .xls or password-protected workbook,
   * another kind of file renamed to .xlsx, a cut-off download, a file over a limit of
   * INPUT_LIMITS) is an XlsxReadError whose message says in Thai what the file is and what to do;
   * the library's own error is kept as `cause`. The file is looked into before ExcelJS loads it
   * (preflightXlsx), and its merges are applied afterwards in linear time. `limits: "own-output"`
   * opens a file this program wrote, which is not held to the input limits.
   */
  static async fromBuffer(
    data: Buffer | ArrayBuffer,
    options: { limits?: "input" | "own-output" } = {},
  ): Promise<XlsxWorkbookReader> {
    const bytes =
      data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const problem = signatureProblem(bytes);
    if (problem) throw new XlsxReadError(problem);
    const checked = await preflightXlsx(
      bytes,
      options.limits === "own-output" ? OWN_OUTPUT_LIMITS : undefined,
    );
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(checked.bytes as unknown as ArrayBuffer);
    } catch (error) {
      throw new XlsxReadError(READ_PROBLEMS.damaged, { cause: error });
    }
    for (const [name, ranges] of checked.merges) {
      const ws = wb.getWorksheet(name);
      if (ws) mergeAll(ws, ranges, "as-stored");
    }
    if (wb.worksheets.length === 0) throw new XlsxReadError(READ_PROBLEMS.noWorksheets);
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
      cells[c - 1] =
        cell.type === ExcelJS.ValueType.Merge ? null : toCell(cell.value, () => cell.formula);
    });
    rows[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** A cell's value as the readers take it; `formula` gives the formula's text (shared formulas translated). */
function toCell(value: ExcelJS.CellValue, formula: () => string): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    // Stored without a value (written by a program that does not calculate): said as such, not taken for empty.
    if (result === undefined || result === null) return { formula: formula() ?? "" };
    if (typeof result === "object" && result !== null && "error" in result)
      return { error: String((result as { error: unknown }).error) };
    return toCell(result as ExcelJS.CellValue, formula);
  }
  if ("text" in value) return String(value.text);
  return null;
}
