import type { WorkbookGrids } from "../domain/input/readInputWorkbook";
import type { WorkbookSpec } from "../domain/sheet/sheetSpec";

/** Reads the used range of named sheets; sheets that do not exist are left out of the map. */
export interface WorkbookReader {
  readSheets(names: readonly string[]): Promise<WorkbookGrids>;
}

/** What a write did, for the user. */
export interface WriteResult {
  /** Sheets written or replaced. */
  readonly written: readonly string[];
  /** Input sheets that already existed and were left exactly as they were. */
  readonly kept: readonly string[];
  /** Thai notes of what this Excel could not do (e.g. page setup needs ExcelApi 1.9). */
  readonly skipped: readonly string[];
  /** Report sheets of an earlier build this one retired (a cover turned off), removed. */
  readonly removed?: readonly string[];
}

/**
 * Materialises sheet descriptions: into the open workbook, an .xlsx file, or a test double.
 * Report sheets replace earlier sheets of the same name only once fully written; input sheets
 * are created when missing and never overwritten.
 */
export interface ReportWriter {
  write(workbook: WorkbookSpec): Promise<WriteResult>;
}

/** A failure of the workbook host, with the host's own details kept for support. */
export class WorkbookWriteError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly debugInfo?: unknown,
  ) {
    super(message);
    this.name = "WorkbookWriteError";
  }
}
