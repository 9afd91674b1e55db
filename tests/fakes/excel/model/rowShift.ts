import { MAX_ROWS, cellKey, keyCol, keyRow, type Rect } from "../address";
import { fail } from "../errors";
import type { CellModel, SheetModel } from "./state";

/**
 * Whole rows inserted or deleted (Range.insert("Down") / Range.delete("Up") on "5:7", ExcelApi 1.1).
 * Everything below moves with its rows: values, formats, row heights, merges, dropdowns,
 * conditional formats, page breaks. Ranges follow Excel's reference rule: rows inserted inside a
 * range (below its first row) grow it, rows inserted at or above it move it; deleted rows shrink a
 * range, and a range whose rows are all deleted goes. New rows take the formats of the row above
 * (Excel's default for Insert, "Format Same As Above").
 */

// Sources: Range.insert in @types/office-js ("Inserts a cell or a range of cells into the
// worksheet in place of this range, and shifts the other cells to make space. Returns a new Range
// object at the now blank space"); Excel.ErrorCodes.nonBlankCellOffSheet for rows pushed off the
// sheet. The format of inserted rows and the growing of ranges are Excel's behaviour for Insert in
// the user interface, assumed to hold for the API.

/** A rectangle after `count` rows are inserted before row `at` (0-based). */
function insertedRect(r: Rect, at: number, count: number): Rect {
  if (r.r1 === MAX_ROWS - 1 && r.r0 === 0) return r;
  if (r.r0 >= at) return { ...r, r0: r.r0 + count, r1: r.r1 + count };
  if (r.r1 >= at) return { ...r, r1: r.r1 + count };
  return r;
}

/** A rectangle after rows first..last (0-based) are deleted; null when nothing of it is left. */
function deletedRect(r: Rect, first: number, last: number): Rect | null {
  if (r.r1 === MAX_ROWS - 1 && r.r0 === 0) return r;
  // Deleted rows at or above a row.
  const upTo = (row: number) => Math.max(0, Math.min(last, row) - first + 1);
  const r0 = r.r0 - upTo(r.r0 - 1);
  const r1 = r.r1 - upTo(r.r1);
  return r1 < r0 ? null : { ...r, r0, r1 };
}

function moveCells(sheet: SheetModel, move: (row: number) => number | null): void {
  const moved = new Map<number, CellModel>();
  for (const [key, cell] of sheet.cells) {
    const row = move(keyRow(key));
    if (row !== null) moved.set(cellKey(row, keyCol(key)), cell);
  }
  sheet.cells.clear();
  for (const [key, cell] of moved) sheet.cells.set(key, cell);
}

function moveHeights(sheet: SheetModel, move: (row: number) => number | null): void {
  const heights = [...sheet.rowHeights];
  sheet.rowHeights.clear();
  for (const [row, h] of heights) {
    const to = move(row);
    if (to !== null) sheet.rowHeights.set(to, h);
  }
}

function moveRects(sheet: SheetModel, adjust: (r: Rect) => Rect | null): void {
  const keep = <T extends { rect: Rect }>(items: T[]): T[] =>
    items.flatMap((item) => {
      const rect = adjust(item.rect);
      return rect === null ? [] : [{ ...item, rect }];
    });
  sheet.layers = keep(sheet.layers);
  sheet.validations = keep(sheet.validations);
  // Conditional formats keep their identity (the library may hold them by id).
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
    const rect = adjust(cf.rect);
    if (rect !== null) cf.rect = rect;
    return rect !== null;
  });
  sheet.merges = sheet.merges.flatMap((m) => {
    const rect = adjust(m);
    // A merge reduced to one cell is no merge.
    return rect === null || (rect.r0 === rect.r1 && rect.c0 === rect.c1) ? [] : [rect];
  });
}

export function insertRows(sheet: SheetModel, at: number, count: number): void {
  const lastUsed = Math.max(
    -1,
    ...[...sheet.cells.entries()].filter(([, c]) => c.value !== null).map(([k]) => keyRow(k)),
  );
  // Excel's own refusal: rows cannot be pushed off the end of the sheet when they hold something.
  if (lastUsed >= at && lastUsed + count >= MAX_ROWS)
    fail(
      "NonBlankCellOffSheet",
      "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
    );
  const above = at > 0 ? [...sheet.cells.entries()].filter(([k]) => keyRow(k) === at - 1) : [];
  const height = at > 0 ? sheet.rowHeights.get(at - 1) : undefined;
  const move = (row: number) => (row >= at ? (row + count < MAX_ROWS ? row + count : null) : row);
  moveCells(sheet, move);
  moveHeights(sheet, move);
  moveRects(sheet, (r) => insertedRect(r, at, count));
  sheet.pageLayout.rowBreaks = sheet.pageLayout.rowBreaks.map((b) => (b >= at ? b + count : b));
  for (let row = at; row < at + count; row++) {
    for (const [key, cell] of above)
      if (cell.fmt.size > 0)
        sheet.cells.set(cellKey(row, keyCol(key)), {
          value: null,
          kind: "empty",
          fmt: new Map(cell.fmt),
        });
    if (height !== undefined) sheet.rowHeights.set(row, height);
  }
}

export function deleteRows(sheet: SheetModel, first: number, last: number): void {
  const count = last - first + 1;
  const move = (row: number) => (row < first ? row : row > last ? row - count : null);
  moveCells(sheet, move);
  moveHeights(sheet, move);
  moveRects(sheet, (r) => deletedRect(r, first, last));
  sheet.pageLayout.rowBreaks = sheet.pageLayout.rowBreaks.flatMap((b) =>
    b < first ? [b] : b > last ? [b - count] : [],
  );
}
