import { fail, notModelled } from "../errors";
import {
  area,
  cellKey,
  intersects,
  isFullRows,
  parseForSheet,
  rectA1,
  sameRect,
  sheetRef,
  keyCol,
  keyRow,
  type Rect,
} from "../address";
import { bool, num, oneOf } from "../checks";
import { deleteRows, insertRows } from "./rowShift";
import { coerceInput, type Coerced } from "../values";
import { isObj, obj, type HostType } from "../hostTypes";
import type { HostState, SheetModel } from "./state";
import { cellsIn, effectiveNumberFormat, prune, touch } from "./cells";
import { assertWritable, liveSheet } from "./worksheet";
import { RangeFormatType } from "./format";
import { DataValidationType } from "./validation";
import { ConditionalFormatCollectionType } from "./conditionalFormats";

export interface RangeRef {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** A Range argument, or an address on `sheet`; another sheet's range is refused. */
export function rangeArg(what: string, v: unknown, sheet: SheetModel): Rect {
  if (isObj(v) && v.type === (RangeType as HostType<unknown>)) {
    const ref = v.target as RangeRef;
    if (ref.sheet !== sheet) fail("InvalidArgument", `${what} is on another worksheet.`);
    return ref.rect;
  }
  if (typeof v === "string") return parseForSheet(v, sheet.name);
  return fail("InvalidArgument", `${what} must be a Range or an A1 address.`);
}

/** The rectangle of cells with a value (or, unless `valuesOnly`, a format); null on an empty sheet. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let rect: { r0: number; c0: number; r1: number; c1: number } | null = null;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === null && (valuesOnly || cell.fmt.size === 0)) continue;
    const r = keyRow(key);
    const c = keyCol(key);
    if (rect === null) rect = { r0: r, c0: c, r1: r, c1: c };
    else
      rect = {
        r0: Math.min(rect.r0, r),
        c0: Math.min(rect.c0, c),
        r1: Math.max(rect.r1, r),
        c1: Math.max(rect.c1, c),
      };
  }
  return rect;
}

/**
 * A 2-D array must match the range's rows and columns exactly, as Excel requires. No reference page
 * states it; the message is the InvalidArgument wording Excel answers with, and the client library
 * itself asks the host to check it (Range._ValidateArraySize, below).
 */
export function checkShape(what: string, v: unknown, rect: Rect): unknown[][] {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  const mismatch = (): never =>
    fail(
      "InvalidArgument",
      `${what}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  if (!Array.isArray(v) || v.length !== rows) return mismatch();
  for (const row of v as unknown[]) if (!Array.isArray(row) || row.length !== cols) mismatch();
  return v as unknown[][];
}

function writeValues({ sheet, rect }: RangeRef, input: unknown, h: HostState): void {
  assertWritable(sheet);
  const rows = checkShape("Range.values", input, rect);
  // Every cell is checked before any is written: a bad value fails the whole assignment.
  const plan: { r: number; c: number; result: Coerced }[] = [];
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const r = rect.r0 + i;
      const c = rect.c0 + j;
      plan.push({ r, c, result: coerceInput(v, effectiveNumberFormat(sheet, r, c), h.locale) });
    }),
  );
  for (const { r, c, result } of plan) {
    if (result.kind === "empty") {
      const cell = sheet.cells.get(cellKey(r, c));
      if (cell) {
        cell.value = null;
        cell.kind = "empty";
        prune(sheet, cellKey(r, c));
      }
      continue;
    }
    const cell = touch(sheet, r, c);
    cell.value = result.value;
    cell.kind = result.kind;
    if (result.autoFormat !== null && effectiveNumberFormat(sheet, r, c) === "General")
      cell.fmt.set("numberFormat", result.autoFormat);
  }
  h.noteChange(sheet, rect);
}

function writeNumberFormats({ sheet, rect }: RangeRef, input: unknown): void {
  assertWritable(sheet);
  const rows = checkShape("Range.numberFormat", input, rect);
  for (const row of rows)
    for (const v of row)
      if (v !== null && typeof v !== "string")
        fail("InvalidArgument", "Range.numberFormat takes strings.");
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v === "string") touch(sheet, rect.r0 + i, rect.c0 + j).fmt.set("numberFormat", v);
    }),
  );
}

/**
 * Excel refuses to load more cells than fit in its response (5 MB on the web, https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * the simulator caps at a count, which is looser than the bytes.
 */
const LOAD_CELL_LIMIT = 5_000_000;

function readGrid<T>({ rect }: RangeRef, f: (r: number, c: number) => T): T[][] {
  if (area(rect) > LOAD_CELL_LIMIT)
    fail("ResponsePayloadSizeLimitExceeded", "The range is too large to load its cells.");
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

export const cellValue = (sheet: SheetModel, r: number, c: number): string | number | boolean =>
  sheet.cells.get(cellKey(r, c))?.value ?? "";

/** Excel reports every number as "Double"; the simulator does not calculate, so a formula reads as its text. */
const VALUE_TYPES = {
  empty: "Empty",
  text: "String",
  number: "Double",
  boolean: "Boolean",
  error: "Error",
  formula: "String",
} as const;

function addMerge(sheet: SheetModel, rect: Rect): void {
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return;
  if (sheet.merges.some((m) => sameRect(m, rect))) return;
  const overlap = sheet.merges.find((m) => intersects(m, rect));
  if (overlap)
    fail(
      "InvalidArgument",
      `Cannot merge ${rectA1(rect)}: it overlaps the merged range ${rectA1(overlap)}.`,
    );
  sheet.merges.push(rect);
  // Excel keeps only the upper-left value of a merged area.
  for (const [key, cell] of cellsIn(sheet, rect)) {
    if (key === cellKey(rect.r0, rect.c0) || cell.value === null) continue;
    cell.value = null;
    cell.kind = "empty";
    prune(sheet, key);
  }
}

function setColumnHidden({ sheet, rect }: RangeRef, v: unknown): void {
  const hidden = bool("Range.columnHidden")(v);
  assertWritable(sheet);
  for (let col = rect.c0; col <= rect.c1; col++) {
    if (hidden) sheet.hiddenColumns.add(col);
    else sheet.hiddenColumns.delete(col);
  }
}

export const RangeType: HostType<RangeRef> = {
  name: "Range",
  alive: (r, h) => void liveSheet(r.sheet, h),
  props: {
    Values: {
      api: "1.1",
      get: (r) => readGrid(r, (row, col) => cellValue(r.sheet, row, col)),
      set: writeValues,
    },
    NumberFormat: {
      api: "1.1",
      get: (r) => readGrid(r, (row, col) => effectiveNumberFormat(r.sheet, row, col)),
      set: writeNumberFormats,
    },
    ValueTypes: {
      api: "1.1",
      get: (r) =>
        readGrid(
          r,
          (row, col) => VALUE_TYPES[r.sheet.cells.get(cellKey(row, col))?.kind ?? "empty"],
        ),
    },
    Address: { api: "1.1", get: (r) => `${sheetRef(r.sheet.name)}!${rectA1(r.rect)}` },
    RowIndex: { api: "1.1", get: (r) => r.rect.r0 },
    ColumnIndex: { api: "1.1", get: (r) => r.rect.c0 },
    RowCount: { api: "1.1", get: (r) => r.rect.r1 - r.rect.r0 + 1 },
    ColumnCount: { api: "1.1", get: (r) => r.rect.c1 - r.rect.c0 + 1 },
    ColumnHidden: {
      api: "1.2",
      get: (r) => {
        const first = r.sheet.hiddenColumns.has(r.rect.c0);
        for (let c = r.rect.c0; c <= r.rect.c1; c++)
          if (r.sheet.hiddenColumns.has(c) !== first) return null;
        return first;
      },
      set: setColumnHidden,
    },
  },
  nav: {
    Format: { api: "1.1", get: (r) => obj(RangeFormatType, r) },
    DataValidation: { api: "1.8", get: (r) => obj(DataValidationType, r) },
    ConditionalFormats: { api: "1.6", get: (r) => obj(ConditionalFormatCollectionType, r) },
  },
  methods: {
    // The library splits values/numberFormat arrays over 1,500 cells into row chunks:
    // range._ValidateArraySize(rows, columns), then range.getRow(i).getBoundingRect(range.getRow(j)).
    _ValidateArraySize: {
      api: "1.3",
      call: ({ rect }, [rows, columns]) => {
        if (rows !== rect.r1 - rect.r0 + 1 || columns !== rect.c1 - rect.c0 + 1)
          fail(
            "InvalidArgument",
            `The number of rows or columns in the input array (${String(rows)}×${String(columns)}) doesn't match the size or dimensions of the range.`,
          );
      },
    },
    GetRow: {
      api: "1.1",
      call: ({ sheet, rect }, [row]) => {
        const r = rect.r0 + num("Range.getRow row", 0, rect.r1 - rect.r0, true)(row);
        return obj(RangeType, { sheet, rect: { r0: r, c0: rect.c0, r1: r, c1: rect.c1 } });
      },
    },
    GetBoundingRect: {
      api: "1.1",
      call: ({ sheet, rect }, [other]) => {
        const b = rangeArg("Range.getBoundingRect anotherRange", other, sheet);
        return obj(RangeType, {
          sheet,
          rect: {
            r0: Math.min(rect.r0, b.r0),
            c0: Math.min(rect.c0, b.c0),
            r1: Math.max(rect.r1, b.r1),
            c1: Math.max(rect.c1, b.c1),
          },
        });
      },
    },
    Merge: {
      api: "1.2",
      call: ({ sheet, rect }, [across]) => {
        assertWritable(sheet);
        if (across === true)
          for (let r = rect.r0; r <= rect.r1; r++)
            addMerge(sheet, { r0: r, c0: rect.c0, r1: r, c1: rect.c1 });
        else addMerge(sheet, rect);
      },
    },
    // Range.insert(shift) returns the blank range where the cells went in; Range.delete(shift) nothing.
    Insert: {
      api: "1.1",
      call: ({ sheet, rect }, [shift]) => {
        const direction = oneOf("Range.insert shift", ["Down", "Right"])(shift);
        if (direction !== "Down" || !isFullRows(rect))
          notModelled(`Range.insert("${direction}") of anything but whole rows`);
        assertWritable(sheet);
        insertRows(sheet, rect.r0, rect.r1 - rect.r0 + 1);
        return obj(RangeType, { sheet, rect });
      },
    },
    Delete: {
      api: "1.1",
      call: ({ sheet, rect }, [shift]) => {
        const direction = oneOf("Range.delete shift", ["Up", "Left"])(shift);
        if (direction !== "Up" || !isFullRows(rect))
          notModelled(`Range.delete("${direction}") of anything but whole rows`);
        assertWritable(sheet);
        deleteRows(sheet, rect.r0, rect.r1);
      },
    },
    Select: {
      api: "1.1",
      call: ({ sheet, rect }, _args, h) => {
        if (sheet.visibility !== "Visible")
          fail("InvalidOperation", "Cannot select a range on a hidden worksheet.");
        h.model.activeSheetId = sheet.id;
        h.model.selection = { sheetId: sheet.id, rect };
      },
    },
  },
};
