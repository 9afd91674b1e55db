import ExcelJS from "exceljs";
import type { ReportWriter, WriteResult } from "../app/ports";
import { WorkbookWriteError } from "../app/ports";
import { sheetSpecProblems } from "../domain/sheet/sheetLimits";
import type { WorkbookSpec } from "../domain/sheet/sheetSpec";
import { planWrite, sameSheetName, writtenSheets } from "../domain/sheet/writePlan";
import { writeSheet } from "./xlsxSheetWriter";

/**
 * Writes sheet descriptions into an ExcelJS workbook held in memory; `toBuffer` gives the .xlsx.
 * Follows the same write plan as the Office.js writer: reports are built in staging sheets and
 * swapped in only when complete; input sheets are created only when missing; retired reports
 * (a cover turned off) are removed last.
 */
export class XlsxReportWriter implements ReportWriter {
  constructor(readonly workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  async write(spec: WorkbookSpec): Promise<WriteResult> {
    const problems = spec.sheets.flatMap(sheetSpecProblems);
    if (problems.length > 0) throw new WorkbookWriteError(problems.join("\n"), "InvalidSpec");
    const wb = this.workbook;
    const find = (name: string) => wb.worksheets.find((ws) => sameSheetName(ws.name, name));
    const plan = planWrite(
      spec,
      wb.worksheets.map((ws) => ws.name),
      (name) => find(name)?.properties.tabColor?.argb,
    );
    for (const name of plan.repair.drop) wb.removeWorksheet(find(name)!.id);
    for (const { from, to } of plan.repair.restore) find(from)!.name = to;

    const staged: ExcelJS.Worksheet[] = [];
    try {
      for (const report of plan.reports) {
        const ws = wb.addWorksheet(report.staging);
        staged.push(ws);
        writeSheet(ws, report.spec);
      }
    } catch (error) {
      for (const ws of staged) wb.removeWorksheet(ws.id);
      throw new WorkbookWriteError(`เขียนรายงานไม่สำเร็จ: ${(error as Error).message}`, "WriteFailed");
    }
    plan.reports.forEach((report, i) => {
      const old = find(report.spec.name);
      if (old) wb.removeWorksheet(old.id);
      staged[i]!.name = report.spec.name;
    });
    for (const sheet of plan.created) writeSheet(wb.addWorksheet(sheet.name), sheet);
    for (const name of plan.retired) wb.removeWorksheet(find(name)!.id);
    return {
      written: writtenSheets(plan),
      kept: [...plan.kept],
      skipped: [],
      removed: [...plan.retired],
    };
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
