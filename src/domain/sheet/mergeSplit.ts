import { cellRange, type CellRange } from "./cellRange";
import type { CellValue } from "./sheetSpec";

/**
 * Cells merged down rows that print on more than one page, cut where the pages break: each
 * piece a merge of its own, its top cell holding the cell's value. A merged cell prints its text
 * once, on the page it starts on, and leaves the rest of it blank and open at the top (the plan's
 * weak indicator beside its measures, when they fill more than a page); cut, it shows its text
 * and its borders on every page it spans. `parts` lists the pieces of the cut cells, a piece of
 * one cell included (it is no merge, and still has to hold the text). Null when no merge
 * crosses a page break.
 *
 * @example
 * // eight rows, "ข้อ ๑" in A3 merged down to A8, a page starting at row 6
 * splitMergesAtBreaks([cellRange(3, 1, 8, 1), cellRange(1, 2, 1, 3)], rows, [6])
 * //=> { merges: [A3:A5, A6:A8, B1:C1], rows: rows with "ข้อ ๑" in A6 too }
 */
export function splitMergesAtBreaks(
  merges: readonly CellRange[],
  rows: readonly (readonly CellValue[])[],
  breaks: readonly number[],
): { merges: CellRange[]; rows: CellValue[][]; parts: CellRange[] } | null {
  const out: CellRange[] = [];
  const parts: CellRange[] = [];
  const copies: { row: number; column: number; value: CellValue }[] = [];
  for (const rect of merges) {
    const inside = breaks.filter((b) => b > rect.firstRow && b <= rect.lastRow);
    if (inside.length === 0) {
      out.push(rect);
      continue;
    }
    const value = rows[rect.firstRow - 1]?.[rect.firstColumn - 1] ?? null;
    const starts = [rect.firstRow, ...inside];
    starts.forEach((first, i) => {
      const last = (starts[i + 1] ?? rect.lastRow + 1) - 1;
      const part = cellRange(first, rect.firstColumn, last, rect.lastColumn);
      parts.push(part);
      if (first !== last || rect.firstColumn !== rect.lastColumn) out.push(part);
      if (i > 0 && first <= rows.length)
        copies.push({ row: first, column: rect.firstColumn, value });
    });
  }
  if (copies.length === 0) return null;
  const copied = rows.map((r) => [...r]);
  for (const { row, column, value } of copies) {
    const cells = copied[row - 1]!;
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = value;
  }
  return { merges: out, rows: copied, parts };
}
