import { rangeAddress } from "../domain/sheet/a1";
import {
  MEASURE_COLUMNS,
  MEASURES_HEADER_ROW,
  MEASURES_SHEET,
} from "../domain/input/measuresLayout";
import { MEASURE_ROWS_PREPARED, measureRowValues } from "../domain/input/measuresSheets";
import type { Measure } from "../domain/model/measure";
import { WorkbookWriteError } from "../app/ports";
import type { ExcelRun } from "./officeReportWriter";
import { toWorkbookWriteError } from "./officeErrors";
import type { OfficeCapabilities } from "./capabilities";
import { OLDEST_HOST, syncSilently } from "./silentSync";
import { toOfficeValue } from "./officeText";

const PREPARED_LAST_ROW = MEASURES_HEADER_ROW + MEASURE_ROWS_PREPARED;

/**
 * Appends measures below the last used row of the Measures sheet; never writes over a row
 * that has anything in it. Two round trips for any number of rows. Returns the first new row.
 */
export async function appendMeasureRows(
  run: ExcelRun,
  measures: readonly Omit<Measure, "origin">[],
  caps: OfficeCapabilities = OLDEST_HOST,
): Promise<number> {
  if (measures.length === 0) return 0;
  try {
    return await run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(MEASURES_SHEET);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,rowCount");
      await context.sync();
      if (ws.isNullObject)
        throw new WorkbookWriteError(
          `ไม่พบชีต "${MEASURES_SHEET}" กรุณากด "เริ่มสมุดงาน ITA" ก่อน`,
          "ItemNotFound",
        );
      const lastUsed = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      const first = Math.max(MEASURES_HEADER_ROW + 1, lastUsed + 1);
      // Prepared rows are text-formatted ("@"), which keeps a string as typed; below them a
      // string that Excel could read as a formula, number or date gets an apostrophe.
      const values = measures.map((m, i) =>
        measureRowValues(m).map((v) =>
          toOfficeValue(v, first + i > PREPARED_LAST_ROW ? undefined : "@"),
        ),
      );
      await syncSilently(context, caps, () => {
        ws.getRange(
          rangeAddress(first, 1, first + measures.length - 1, MEASURE_COLUMNS.length),
        ).values = values;
      });
      return first;
    });
  } catch (error) {
    throw toWorkbookWriteError(error);
  }
}
