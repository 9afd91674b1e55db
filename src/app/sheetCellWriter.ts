/** One cell to write: 1-based row and column, and the text it is to hold. */
export interface CellWrite {
  readonly row: number;
  readonly column: number;
  /** Written as text, never read as a formula or a number; "" empties the cell. */
  readonly text: string;
}

/**
 * Writes text into single cells of one sheet and touches nothing else: no other cell, no
 * other sheet, no formats beyond keeping the written cells as text.
 */
export interface SheetCellWriter {
  writeCells(sheet: string, cells: readonly CellWrite[]): Promise<void>;
}
