/**
 * One cell as an adapter reads it from a sheet: a value, or an Excel error such as "#N/A".
 * Dates arrive as Excel serial numbers; formulas arrive as their last computed value, and a
 * formula stored without one (a file written by a program that does not calculate) as
 * `{ formula }`, so a reader can say so instead of taking the cell for empty.
 */
export type CellInput =
  string | number | boolean | null | undefined | { readonly error: string } | FormulaWithoutValue;

/** A formula stored with no computed value; `formula` as stored, without the "=". */
export interface FormulaWithoutValue {
  readonly formula: string;
}

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
  return typeof cell === "object" && cell !== null && "error" in cell;
}

/** True when the cell holds a formula that was never calculated (no value is stored). */
export function isFormulaWithoutValue(cell: CellInput): cell is FormulaWithoutValue {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** What to show of a cell in a message: its text, its Excel error value, or its formula. */
export function cellShown(cell: CellInput): string {
  if (isFormulaWithoutValue(cell))
    return cell.formula.length > 40 ? `=${cell.formula.slice(0, 39)}…` : `=${cell.formula}`;
  return isCellError(cell) ? cell.error : cellText(cell);
}
