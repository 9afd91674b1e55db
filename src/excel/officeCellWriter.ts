import { isNumberWrite, type CellWrite, type SheetCellWriter } from "../app/sheetCellWriter";
import { WorkbookWriteError } from "../app/ports";
import { cellAddress } from "../domain/sheet/a1";
import type { ExcelRun } from "./officeReportWriter";
import { toWorkbookWriteError } from "./officeErrors";
import type { OfficeCapabilities } from "./capabilities";
import { OLDEST_HOST, syncSilently } from "./silentSync";

/**
 * Writes text or numbers into single cells of one worksheet of the open workbook, in two round
 * trips whatever the number of cells. Each text cell is formatted as text ("@") first, so what
 * the user typed is never read as a formula, number or date; a number keeps the cell's format.
 * Where caps.eventSuppression (ExcelApi 1.8) the writes fire no change event.
 */
export class OfficeCellWriter implements SheetCellWriter {
  constructor(
    private readonly run: ExcelRun,
    private readonly caps: OfficeCapabilities = OLDEST_HOST,
  ) {}

  async writeCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    if (cells.length === 0) return;
    try {
      await this.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        if (ws.isNullObject)
          throw new WorkbookWriteError(
            `ไม่พบชีต "${sheet}" กรุณาสร้างชีตข้อมูลที่หน้า "เริ่มต้น" ก่อน`,
            "ItemNotFound",
          );
        await syncSilently(context, this.caps, () => {
          for (const c of cells) {
            const range = ws.getRange(cellAddress(c.row, c.column));
            if (isNumberWrite(c)) range.values = [[c.number]];
            else {
              range.numberFormat = [["@"]];
              range.values = [[c.text]];
            }
          }
        });
      });
    } catch (error) {
      throw toWorkbookWriteError(error);
    }
  }
}
