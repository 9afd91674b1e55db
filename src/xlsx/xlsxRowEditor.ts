import type ExcelJS from "exceljs";
import type { SheetRowEditor } from "../app/sheetCellWriter";
import { WorkbookWriteError } from "../app/ports";

/**
 * Inserts and deletes whole rows of a sheet of an ExcelJS workbook. An inserted row takes the
 * formats of the row above it, as in Excel.
 */
export class XlsxRowEditor implements SheetRowEditor {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async insertRows(sheet: string, before: number, count: number): Promise<void> {
    if (count <= 0) return;
    this.sheet(sheet).insertRows(
      before,
      Array.from({ length: count }, () => []),
      "i",
    );
  }

  async deleteRows(sheet: string, first: number, count: number): Promise<void> {
    if (count <= 0) return;
    this.sheet(sheet).spliceRows(first, count);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws)
      throw new WorkbookWriteError(
        `ไม่พบชีต "${name}" กรุณาสร้างชีตข้อมูลที่หน้า "เริ่มต้น" ก่อน`,
        "ItemNotFound",
      );
    return ws;
  }
}
