/**
 * A rectangle of cells as numbers: 1-based rows and columns, both corners inclusive. The sheet
 * descriptions (sheetSpec.ts) hold their ranges in this form; the A1 text ("B3", "A1:F10") is
 * made from it only where a writer or a message needs it (rangeA1 in a1.ts).
 */
export interface CellRange {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

/**
 * The rectangle from (firstRow, firstColumn) to (lastRow, lastColumn); one cell when the last
 * corner is left out.
 *
 * @example
 * cellRange(3, 1, 9, 6) //=> A3:F9
 * cellRange(2, 2) //=> B2
 */
export function cellRange(
  firstRow: number,
  firstColumn: number,
  lastRow = firstRow,
  lastColumn = firstColumn,
): CellRange {
  return { firstRow, firstColumn, lastRow, lastColumn };
}

/** Whether the cell at (row, column) lies inside the range. */
export function containsCell(range: CellRange, row: number, column: number): boolean {
  return (
    row >= range.firstRow &&
    row <= range.lastRow &&
    column >= range.firstColumn &&
    column <= range.lastColumn
  );
}

/** How many cells the range covers. */
export function cellCount(range: CellRange): number {
  return (range.lastRow - range.firstRow + 1) * (range.lastColumn - range.firstColumn + 1);
}

/** Calls `fn` for every cell of the range, row by row. */
export function forEachCell(range: CellRange, fn: (row: number, column: number) => void): void {
  for (let r = range.firstRow; r <= range.lastRow; r++)
    for (let c = range.firstColumn; c <= range.lastColumn; c++) fn(r, c);
}
