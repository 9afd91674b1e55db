/**
 * One cell as an adapter reads it from a sheet: a value, or an Excel error such as "#N/A".
 * Dates arrive as Excel serial numbers; formulas arrive as their last computed value.
 */
export type CellInput = string | number | boolean | null | undefined | { readonly error: string };

/** A sheet's used range as rows of cells, row 1 first. */
export type CellGrid = readonly (readonly CellInput[])[];

/** Reads the cell at 1-based row and column; undefined when outside the grid. */
export function cellAt(grid: CellGrid, row: number, column: number): CellInput {
  return grid[row - 1]?.[column - 1];
}

/** The cell's text, trimmed; numbers become their decimal text, errors and blanks "". */
export function cellText(cell: CellInput): string {
  if (cell === null || cell === undefined || typeof cell === "object") return "";
  return String(cell).trim();
}

/** True when the cell holds an Excel error value such as "#N/A". */
export function isCellError(cell: CellInput): cell is { readonly error: string } {
  return typeof cell === "object" && cell !== null;
}

/** What to show of a cell in a message: its text, or its Excel error value. */
export function cellShown(cell: CellInput): string {
  return isCellError(cell) ? cell.error : cellText(cell);
}
