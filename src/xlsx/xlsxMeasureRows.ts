import type ExcelJS from "exceljs";
import type { NewMeasure } from "../app/measureFromTemplate";
import { WorkbookWriteError } from "../app/ports";
import {
  MEASURE_COLUMNS,
  MEASURES_HEADER_ROW,
  MEASURES_SHEET,
} from "../domain/input/measuresLayout";
import { measureRowValues } from "../domain/input/measuresSheets";

/**
 * Appends measures below the last row with a value on the Measures sheet of an ExcelJS
 * workbook; never writes over a row that has anything in it. Returns the first new row.
 */
export function appendXlsxMeasureRows(
  workbook: ExcelJS.Workbook,
  measures: readonly NewMeasure[],
): number {
  if (measures.length === 0) return 0;
  const ws = workbook.getWorksheet(MEASURES_SHEET);
  if (!ws)
    throw new WorkbookWriteError(
      `ไม่พบชีต "${MEASURES_SHEET}" กรุณาสร้างชีตข้อมูลที่หน้า "เริ่มต้น" ก่อน`,
      "ItemNotFound",
    );
  const first = Math.max(MEASURES_HEADER_ROW + 1, lastRowWithValue(ws) + 1);
  measures.forEach((m, i) => {
    const row = ws.getRow(first + i);
    measureRowValues(m).forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = typeof v === "object" ? v.date : v;
    });
  });
  return first;
}

/** The last row holding a value in the measure columns; prepared rows have styles only. */
function lastRowWithValue(ws: ExcelJS.Worksheet): number {
  for (let r = ws.rowCount; r >= 1; r--) {
    const row = ws.getRow(r);
    for (let c = 1; c <= MEASURE_COLUMNS.length; c++) {
      const v = row.getCell(c).value;
      if (v !== null && v !== undefined && v !== "") return r;
    }
  }
  return 0;
}
