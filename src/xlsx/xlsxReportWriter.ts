import ExcelJS from "exceljs";
import type { ReportWriter, WriteResult } from "../app/ports";
import { WorkbookWriteError } from "../app/ports";
import { sheetSpecProblems } from "../domain/sheet/sheetLimits";
import type { WorkbookSpec } from "../domain/sheet/sheetSpec";
import { writeSheet } from "./xlsxSheetWriter";

const STAGING_PREFIX = "~ita-";

/**
 * Writes sheet descriptions into an ExcelJS workbook held in memory; `toBuffer` gives the .xlsx.
 * Reports are built in staging sheets and swapped in only when complete.
 */
export class XlsxReportWriter implements ReportWriter {
  constructor(readonly workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  async write(spec: WorkbookSpec): Promise<WriteResult> {
    const problems = spec.sheets.flatMap(sheetSpecProblems);
    if (problems.length > 0) throw new WorkbookWriteError(problems.join("\n"), "InvalidSpec");
    const wb = this.workbook;
    const has = (name: string) => wb.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase());
    const reports = spec.sheets.filter((s) => s.role === "report");
    const kept = spec.sheets.filter((s) => s.role !== "report" && has(s.name)).map((s) => s.name);
    const created = spec.sheets.filter((s) => s.role !== "report" && !has(s.name));

    const staged: { ws: ExcelJS.Worksheet; name: string }[] = [];
    try {
      reports.forEach((sheet, i) => {
        const ws = wb.addWorksheet(`${STAGING_PREFIX}${i + 1}`);
        staged.push({ ws, name: sheet.name });
        writeSheet(ws, sheet);
      });
    } catch (error) {
      for (const { ws } of staged) wb.removeWorksheet(ws.id);
      throw new WorkbookWriteError(`เขียนรายงานไม่สำเร็จ: ${(error as Error).message}`, "WriteFailed");
    }
    for (const { ws, name } of staged) {
      const old = wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
      if (old) wb.removeWorksheet(old.id);
      ws.name = name;
    }
    for (const sheet of created) writeSheet(wb.addWorksheet(sheet.name), sheet);
    return { written: [...reports.map((s) => s.name), ...created.map((s) => s.name)], kept, skipped: [] };
  }

  /** The workbook as .xlsx bytes (Node). */
  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  /** The workbook as .xlsx bytes, in a browser or Node. */
  async toBytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }
}
