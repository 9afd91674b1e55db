import { cellRange, type CellRange } from "./cellRange";

/** A1-style addresses: columns A…XFD, rows 1…1,048,576. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Column letters of a 1-based column number (1 → A, 28 → AB). */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based column number of column letters (AB → 28). */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** The A1 address of a 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** The A1 address of a rectangle given by its corners. */
export function rangeAddress(
  firstRow: number,
  firstColumn: number,
  lastRow: number,
  lastColumn: number,
): string {
  const start = cellAddress(firstRow, firstColumn);
  const end = cellAddress(lastRow, lastColumn);
  return start === end ? start : `${start}:${end}`;
}

/** The A1 text of a range: "B3" for one cell, "A1:F10" otherwise. */
export function rangeA1(range: CellRange): string {
  return rangeAddress(range.firstRow, range.firstColumn, range.lastRow, range.lastColumn);
}

/**
 * A range on a named sheet with both corners absolute, as a list's source is written:
 * `'รายการ'!$A$2:$A$9` (both corners even for one cell; a quote in the name doubled).
 */
export function absoluteA1(sheet: string, range: CellRange): string {
  const corner = (row: number, column: number) => `$${columnLetters(column)}$${row}`;
  return `'${sheet.replace(/'/g, "''")}'!${corner(range.firstRow, range.firstColumn)}:${corner(range.lastRow, range.lastColumn)}`;
}

/** Parses "B3" or "A1:F10" (no sheet name) into 1-based corners; null when malformed. */
export function parseRange(a1: string): CellRange | null {
  const m = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/.exec(a1.trim().toUpperCase());
  if (!m) return null;
  const firstColumn = columnNumber(m[1]!);
  const firstRow = Number(m[2]);
  const lastColumn = m[3] ? columnNumber(m[3]) : firstColumn;
  const lastRow = m[4] ? Number(m[4]) : firstRow;
  const ok =
    firstRow >= 1 &&
    lastRow >= firstRow &&
    lastRow <= MAX_ROWS &&
    firstColumn >= 1 &&
    lastColumn >= firstColumn &&
    lastColumn <= MAX_COLUMNS;
  return ok ? cellRange(firstRow, firstColumn, lastRow, lastColumn) : null;
}
