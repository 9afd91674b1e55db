/** One cell to write: 1-based row and column, and the text it is to hold. */
export interface TextCellWrite {
  readonly row: number;
  readonly column: number;
  /** Written as text, never read as a formula or a number; "" empties the cell. */
  readonly text: string;
}

/** A cell that is to hold a number, such as a score or a year already read by its parser. */
export interface NumberCellWrite {
  readonly row: number;
  readonly column: number;
  readonly number: number;
}

export type CellWrite = TextCellWrite | NumberCellWrite;

/** True when the write holds a number rather than text. */
export function isNumberWrite(write: CellWrite): write is NumberCellWrite {
  return "number" in write;
}

/**
 * Writes text or numbers into single cells of one sheet and touches nothing else: no other
 * cell, no other sheet, no formats beyond keeping written text cells as text.
 */
export interface SheetCellWriter {
  writeCells(sheet: string, cells: readonly CellWrite[]): Promise<void>;
}

/**
 * Inserts or deletes whole rows of one sheet, shifting the rows below, as Excel's own
 * Insert › Sheet Rows and Delete › Sheet Rows do.
 */
export interface SheetRowEditor {
  /** Inserts `count` empty rows so that the first of them is row `before`. */
  insertRows(sheet: string, before: number, count: number): Promise<void>;
  /** Deletes rows `first` to `first + count - 1`; the rows below move up. */
  deleteRows(sheet: string, first: number, count: number): Promise<void>;
}

/** A field the pane saved: its label as on the sheet, and the cells (or one range) written for it. */
export interface SavedField {
  readonly label: string;
  readonly cells: readonly string[];
}
