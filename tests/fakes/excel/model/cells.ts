import {
  area,
  cellKey,
  contains,
  containsRect,
  intersects,
  keyCol,
  keyRow,
  type Rect,
} from "../address";
import type { CellModel, FmtPatch, FmtValue, FormatLayer, SheetModel } from "./state";

/** Cell storage: values and formats per cell, plus layers for whole rows, columns or the sheet. */

const PER_CELL_LIMIT = 100_000;

function applyPatch(fmt: Map<string, FmtValue>, reset: boolean, patch: FmtPatch): void {
  if (reset) fmt.clear();
  for (const [k, v] of patch) {
    if (v === null) fmt.delete(k);
    else fmt.set(k, v);
  }
}

export const coveredByLayer = (sheet: SheetModel, r: number, c: number): boolean =>
  sheet.layers.some((l) => contains(l.rect, r, c));

function layerFormat(sheet: SheetModel, r: number, c: number): Map<string, FmtValue> {
  const fmt = new Map<string, FmtValue>();
  for (const l of sheet.layers) if (contains(l.rect, r, c)) applyPatch(fmt, l.reset, l.patch);
  return fmt;
}

export function formatAt(sheet: SheetModel, r: number, c: number): ReadonlyMap<string, FmtValue> {
  return sheet.cells.get(cellKey(r, c))?.fmt ?? layerFormat(sheet, r, c);
}

export function touch(sheet: SheetModel, r: number, c: number): CellModel {
  const key = cellKey(r, c);
  let cell = sheet.cells.get(key);
  if (cell === undefined) {
    cell = { value: null, kind: "empty", fmt: layerFormat(sheet, r, c) };
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function prune(sheet: SheetModel, key: number): void {
  const cell = sheet.cells.get(key);
  if (
    cell &&
    cell.value === null &&
    cell.fmt.size === 0 &&
    !coveredByLayer(sheet, keyRow(key), keyCol(key))
  )
    sheet.cells.delete(key);
}

export function cellsIn(sheet: SheetModel, rect: Rect): [number, CellModel][] {
  const out: [number, CellModel][] = [];
  for (const entry of sheet.cells)
    if (contains(rect, keyRow(entry[0]), keyCol(entry[0]))) out.push(entry);
  return out;
}

export function applyFormat(sheet: SheetModel, rect: Rect, patch: FmtPatch): void {
  if (area(rect) <= PER_CELL_LIMIT) {
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) applyPatch(touch(sheet, r, c).fmt, false, patch);
    return;
  }
  // Drop earlier layers this one fully overrides, so repeated whole-sheet formatting stays small.
  const overridden = (l: FormatLayer): boolean =>
    containsRect(rect, l.rect) && !l.reset && [...l.patch.keys()].every((k) => patch.has(k));
  sheet.layers = sheet.layers.filter((l) => !overridden(l));
  sheet.layers.push({ rect, reset: false, patch: new Map(patch) });
  for (const [, cell] of cellsIn(sheet, rect)) applyPatch(cell.fmt, false, patch);
}

/** The value of a format property across a range: the common value, or null when mixed. */
export function uniformFormat(
  sheet: SheetModel,
  rect: Rect,
  key: string,
  fallback: FmtValue,
): FmtValue | null {
  let seen: FmtValue | undefined;
  const same = (v: FmtValue): boolean => (seen ??= v) === v;
  if (area(rect) <= 1_000_000) {
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++)
        if (!same(formatAt(sheet, r, c).get(key) ?? fallback)) return null;
  } else {
    // Huge ranges: the stored cells plus the top-left corner.
    if (!same(formatAt(sheet, rect.r0, rect.c0).get(key) ?? fallback)) return null;
    for (const [, cell] of cellsIn(sheet, rect))
      if (!same(cell.fmt.get(key) ?? fallback)) return null;
  }
  return seen ?? fallback;
}

export function effectiveNumberFormat(sheet: SheetModel, r: number, c: number): string {
  const nf = formatAt(sheet, r, c).get("numberFormat");
  return typeof nf === "string" ? nf : "General";
}

export function intersectsAny(rects: readonly Rect[], rect: Rect): Rect | undefined {
  return rects.find((m) => intersects(m, rect));
}
