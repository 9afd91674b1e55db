import type { SheetRowEditor } from "../app/sheetCellWriter";
import type { ExcelRun } from "./officeReportWriter";
import { toWorkbookWriteError } from "./officeErrors";
import type { OfficeCapabilities } from "./capabilities";
import { OLDEST_HOST, syncSilently } from "./silentSync";

/**
 * Inserts and deletes whole rows of a worksheet of the open workbook (Range.insert/delete,
 * ExcelApi 1.1): one round trip, whatever the row count. Excel shifts the rows below with their
 * formats and dropdowns, and grows the dropdown ranges a row is inserted into. Where
 * caps.eventSuppression (ExcelApi 1.8) the edit fires no change event.
 */
export class OfficeRowEditor implements SheetRowEditor {
  constructor(
    private readonly run: ExcelRun,
    private readonly caps: OfficeCapabilities = OLDEST_HOST,
  ) {}

  insertRows(sheet: string, before: number, count: number): Promise<void> {
    return this.edit(sheet, before, count, (rows) => void rows.insert("Down"));
  }

  deleteRows(sheet: string, first: number, count: number): Promise<void> {
    return this.edit(sheet, first, count, (rows) => rows.delete("Up"));
  }

  private async edit(
    sheet: string,
    first: number,
    count: number,
    change: (rows: Excel.Range) => void,
  ): Promise<void> {
    if (count <= 0) return;
    try {
      await this.run(async (context) => {
        await syncSilently(context, this.caps, () =>
          change(
            context.workbook.worksheets.getItem(sheet).getRange(`${first}:${first + count - 1}`),
          ),
        );
      });
    } catch (error) {
      throw toWorkbookWriteError(error);
    }
  }
}
