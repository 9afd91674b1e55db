import { MEASURE_COLUMNS, MEASURES_SHEET } from "../domain/input/measuresLayout";
import { findMeasureColumns, readMeasures } from "../domain/input/readMeasures";
import { FRAME_SHEETS, workbookFramework } from "../domain/input/readInputWorkbook";
import { IssueCollector } from "../domain/issues/issueCollector";
import type { Measure, MeasureField } from "../domain/model/measure";
import { cellAddress } from "../domain/sheet/a1";
import type { NewMeasure } from "./measureFromTemplate";
import { WorkbookWriteError, type WorkbookReader } from "./ports";
import type { CellWrite, SavedField, SheetCellWriter, SheetRowEditor } from "./sheetCellWriter";

/** What the measure editors need of a host: read the sheet, write cells, insert and delete rows. */
export interface MeasureSheetPorts {
  readonly reader: WorkbookReader;
  readonly cells: SheetCellWriter;
  readonly rows: SheetRowEditor;
}

/** A measure as the editors know it: its fields and the sheet row it was read from. */
export type PlacedMeasure = NewMeasure & { readonly row: number };

/** The measures of the sheet with their rows, in sheet order; never changes the sheet. */
export function placedMeasures(measures: readonly Measure[]): PlacedMeasure[] {
  return measures.flatMap((m) =>
    m.origin?.kind === "sheet" ? [{ ...fieldsOf(m), row: m.origin.row }] : [],
  );
}

function fieldsOf(m: NewMeasure): NewMeasure {
  return Object.fromEntries(
    MEASURE_COLUMNS.map((c) => [c.field, m[c.field]]),
  ) as unknown as NewMeasure;
}

const CHANGED = (row: number) =>
  new WorkbookWriteError(
    `แถว ${row} ของชีต "${MEASURES_SHEET}" เปลี่ยนไปหลังจากอ่านครั้งก่อน (อาจแก้หรือแทรกแถวในชีต) จึงยังไม่ได้แก้ไข กรุณาดูรายการใหม่แล้วลองอีกครั้ง`,
    "Changed",
  );

/**
 * The sheet as it is now: its grid, its table's columns, and its measures, read with the frame
 * the input uses (a framework sheet's indicators too), as the pane listed them.
 */
async function readSheet(reader: WorkbookReader) {
  const grids = await reader.readSheets([MEASURES_SHEET, ...FRAME_SHEETS]);
  const grid = grids.get(MEASURES_SHEET);
  if (!grid)
    throw new WorkbookWriteError(
      `ไม่พบชีต "${MEASURES_SHEET}" กรุณาสร้างชีตข้อมูลที่หน้า "เริ่มต้น" ก่อน`,
      "ItemNotFound",
    );
  const found = findMeasureColumns(grid);
  const missing =
    found && MEASURE_COLUMNS.find((c) => !c.optional && found.columns[c.field] === undefined);
  if (!found || missing)
    throw new WorkbookWriteError(
      `ไม่พบหัวตารางของชีต "${MEASURES_SHEET}" ครบทุกคอลัมน์ กรุณาดูที่หน้าตรวจข้อมูล`,
      "NoHeader",
    );
  return {
    grid,
    found,
    measures: placedMeasures(readMeasures(grid, new IssueCollector(), workbookFramework(grids))),
  };
}

/** The measure on the sheet now at `expected.row`, refusing when it is no longer the one the user edited. */
function locate(measures: readonly PlacedMeasure[], expected: PlacedMeasure): number {
  const index = measures.findIndex((m) => m.row === expected.row);
  if (index < 0 || JSON.stringify(measures[index]) !== JSON.stringify(expected))
    throw CHANGED(expected.row);
  return index;
}

/**
 * The cells that set row `row` to `m`: the indicator as a number, every other field as text; a
 * field whose (optional) column is not on the sheet is left out.
 */
function rowWrites(
  row: number,
  columns: Readonly<Partial<Record<MeasureField, number>>>,
  m: NewMeasure,
  before?: NewMeasure,
): CellWrite[] {
  return MEASURE_COLUMNS.filter(
    (c) => columns[c.field] !== undefined && (!before || before[c.field] !== m[c.field]),
  ).map((c) => {
    const column = columns[c.field]!;
    if (c.field === "indicator")
      return m.indicator === null
        ? { row, column, text: "" }
        : { row, column, number: m.indicator };
    return { row, column, text: String(m[c.field] ?? "").trim() };
  });
}

/**
 * Adds a measure as a new row right below the last measure (or the header), inserting the row
 * so that nothing below the table is written over. Returns the new row.
 */
export async function addMeasure(ports: MeasureSheetPorts, measure: NewMeasure): Promise<number> {
  const { found, measures } = await readSheet(ports.reader);
  const row = (measures.at(-1)?.row ?? found.headerRow) + 1;
  await ports.rows.insertRows(MEASURES_SHEET, row, 1);
  await ports.cells.writeCells(MEASURES_SHEET, rowWrites(row, found.columns, measure));
  return row;
}

/**
 * Writes the fields of a measure that the user changed into its row. Refuses, changing nothing,
 * when the row no longer holds the measure as it was read. Returns the fields written, each
 * with its column's header and its A1 cell, in the sheet's column order.
 */
export async function saveMeasure(
  ports: MeasureSheetPorts,
  before: PlacedMeasure,
  after: NewMeasure,
): Promise<SavedField[]> {
  const { found, measures } = await readSheet(ports.reader);
  locate(measures, before);
  const writes = rowWrites(before.row, found.columns, after, before);
  await ports.cells.writeCells(MEASURES_SHEET, writes);
  const headerOf = new Map(MEASURE_COLUMNS.map((c) => [found.columns[c.field], c.header]));
  return writes.map((w) => ({
    label: headerOf.get(w.column) ?? "",
    cells: [cellAddress(w.row, w.column)],
  }));
}

/** Swaps a measure with the one above (-1) or below (+1) it; the order is the reports' order. */
export async function moveMeasure(
  ports: MeasureSheetPorts,
  measure: PlacedMeasure,
  by: -1 | 1,
): Promise<void> {
  const { found, measures } = await readSheet(ports.reader);
  const index = locate(measures, measure);
  const other = measures[index + by];
  if (!other) return;
  await ports.cells.writeCells(MEASURES_SHEET, [
    ...rowWrites(other.row, found.columns, measure, other),
    ...rowWrites(measure.row, found.columns, other, measure),
  ]);
}

/** Deletes a measure's row (the rows below move up). */
export async function deleteMeasure(
  ports: MeasureSheetPorts,
  measure: PlacedMeasure,
): Promise<void> {
  const { measures } = await readSheet(ports.reader);
  locate(measures, measure);
  await ports.rows.deleteRows(MEASURES_SHEET, measure.row, 1);
}
