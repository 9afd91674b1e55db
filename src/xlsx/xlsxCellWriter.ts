import type ExcelJS from "exceljs";
import { isNumberWrite, type CellWrite, type SheetCellWriter } from "../app/sheetCellWriter";
import { WorkbookWriteError } from "../app/ports";

/**
 * Writes text or numbers into single cells of one sheet of an ExcelJS workbook. ExcelJS stores a string as
 * a string, so nothing typed becomes a formula; the cells are marked as text ("@") as well.
 */
export class XlsxCellWriter implements SheetCellWriter {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async writeCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    if (cells.length === 0) return;
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws)
      throw new WorkbookWriteError(
        `ไม่พบชีต "${sheet}" กรุณาสร้างชีตข้อมูลที่หน้า "เริ่มต้น" ก่อน`,
        "ItemNotFound",
      );
    for (const c of cells) {
      const cell = ws.getCell(c.row, c.column);
      if (isNumberWrite(c)) cell.value = c.number;
      else {
        cell.numFmt = "@";
        cell.value = c.text === "" ? null : c.text;
      }
    }
  }
}
