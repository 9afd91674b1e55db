import ExcelJS from "exceljs";
import type { NewMeasure } from "../app/measureFromTemplate";
import { WorkbookWriteError } from "../app/ports";
import { REPORT_SHEETS } from "../domain/reports/buildReport";
import { xlsxBytes } from "../xlsx/xlsxBytes";
import { XlsxCellWriter } from "../xlsx/xlsxCellWriter";
import { appendXlsxMeasureRows } from "../xlsx/xlsxMeasureRows";
import { XlsxReportWriter } from "../xlsx/xlsxReportWriter";
import { XlsxRowEditor } from "../xlsx/xlsxRowEditor";
import { XlsxWorkbookReader } from "../xlsx/xlsxWorkbookReader";

/**
 * An .xlsx workbook held in the browser's memory, with the ExcelJS adapters the screens work
 * through. This module (and ExcelJS with it) is loaded only when the first file is opened.
 */
export class InMemoryWorkbook {
  readonly reader: XlsxWorkbookReader;
  readonly writer: XlsxReportWriter;
  readonly cells: XlsxCellWriter;
  readonly rows: XlsxRowEditor;

  private constructor(readonly workbook: ExcelJS.Workbook) {
    this.reader = new XlsxWorkbookReader(workbook);
    this.writer = new XlsxReportWriter(workbook);
    this.cells = new XlsxCellWriter(workbook);
    this.rows = new XlsxRowEditor(workbook);
  }

  /** Opens .xlsx bytes; a file that is not one fails with a Thai message saying what to do. */
  static async open(data: ArrayBuffer): Promise<InMemoryWorkbook> {
    return new InMemoryWorkbook((await XlsxWorkbookReader.fromBuffer(data)).workbook);
  }

  /** A workbook without sheets; the input sheets are created from the start screen. */
  static blank(): InMemoryWorkbook {
    return new InMemoryWorkbook(new ExcelJS.Workbook());
  }

  /** True when any report sheet (of any kind, a cover sheet too) is in the workbook. */
  hasReportSheets(): boolean {
    const names = new Set(REPORT_SHEETS);
    return this.workbook.worksheets.some((ws) => names.has(ws.name));
  }

  /** Rows of all its sheets, as far as each sheet's last used row. */
  rowCount(): number {
    return this.workbook.worksheets.reduce((n, ws) => n + ws.rowCount, 0);
  }

  appendMeasures(measures: readonly NewMeasure[]): number {
    return appendXlsxMeasureRows(this.workbook, measures);
  }

  async bytes(): Promise<Uint8Array> {
    if (this.workbook.worksheets.length === 0)
      throw new WorkbookWriteError(
        'สมุดงานยังไม่มีชีต กรุณากด "สร้างชีตข้อมูลที่ยังไม่มี" ที่หน้าเริ่มต้นก่อนดาวน์โหลด',
        "EmptyWorkbook",
      );
    return xlsxBytes(this.workbook);
  }
}
