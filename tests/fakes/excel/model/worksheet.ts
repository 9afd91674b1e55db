import { fail, notModelled } from "../errors";
import {
  MAX_COLS,
  MAX_ROWS,
  WHOLE_SHEET,
  isFullCols,
  isFullRows,
  parseForSheet,
  type Rect,
} from "../address";
import { num, oneOf, color } from "../checks";
import { obj, type HostType, type Obj } from "../hostTypes";
import type { HostState, SheetModel, WorkbookModel } from "./state";
import { RangeType, rangeArg, usedRect } from "./range";
import { PageLayoutType, HorizontalPageBreaksType } from "./pageLayout";
import { ChartCollectionType } from "./charts";

/**
 * Excel's rules for worksheet names; throws InvalidArgument / ItemAlreadyExists. Sources:
 * MS-OI29500 2.1.578 (Part 1 §18.2.19 sheet, https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/ebf12ea5-2bb4-4af5-ab26-563f22d3f895):
 * at most 31 characters, the sheet-name characters of the formula grammar, and names unique
 * without case "in any locale"; Excel's own refusal ("You typed an invalid name for a sheet or
 * chart. Make sure that: the name does not exceed 31 characters; does not contain : \ / ? * [ or ];
 * you did not leave the name blank", OLE error 800A03EC, quoted on Stack Overflow 3681868);
 * Worksheet.name in @types/office-js ("fewer than 32 characters"). No apostrophe first or last and
 * not "History" are what Excel's rename dialog refuses, from third-party write-ups only.
 */
export function checkSheetName(
  model: WorkbookModel,
  name: unknown,
  self: SheetModel | null,
): string {
  if (typeof name !== "string") fail("InvalidArgument", "A worksheet name must be a string.");
  if (name.length === 0 || name.length > 31)
    fail("InvalidArgument", `Worksheet name "${name}" must be 1 to 31 characters long.`);
  if (/[[\]:*?/\\]/.test(name))
    fail("InvalidArgument", `Worksheet name "${name}" contains one of []:*?/\\.`);
  if (name.startsWith("'") || name.endsWith("'"))
    fail("InvalidArgument", `Worksheet name "${name}" must not begin or end with an apostrophe.`);
  if (name.toUpperCase() === "HISTORY")
    fail("InvalidArgument", `"${name}" is a reserved worksheet name.`);
  const clash = model.sheets.find((s) => s !== self && s.name.toUpperCase() === name.toUpperCase());
  if (clash) fail("ItemAlreadyExists", `A worksheet named "${clash.name}" already exists.`);
  return name;
}

export const visibleSheets = (model: WorkbookModel): SheetModel[] =>
  model.sheets.filter((s) => s.visibility === "Visible");

/** The sheet, or ItemNotFound once it has been deleted. */
export function liveSheet(sheet: SheetModel, h: HostState): SheetModel {
  return h.model.sheets.includes(sheet)
    ? sheet
    : fail("ItemNotFound", `The worksheet "${sheet.name}" was deleted.`);
}

export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected)
    fail("AccessDenied", `The worksheet "${sheet.name}" is protected; the change was refused.`);
}

const range = (sheet: SheetModel, rect: Rect): Obj => obj(RangeType, { sheet, rect });

function index(what: string, v: unknown, min: number, max: number): number {
  return num(what, min, max, true)(v);
}

export const FreezePanesType: HostType<SheetModel> = {
  name: "WorksheetFreezePanes",
  alive: liveSheet,
  methods: {
    FreezeRows: {
      api: "1.7",
      call: (s, [count]) =>
        void (s.freeze = { rows: index("count", count ?? 1, 0, MAX_ROWS - 1), columns: 0 }),
    },
    FreezeAt: {
      api: "1.7",
      call: (s, [at]) => {
        const rect = rangeArg("frozenRange", at, s);
        s.freeze = {
          rows: isFullCols(rect) ? 0 : rect.r1 + 1,
          columns: isFullRows(rect) ? 0 : rect.c1 + 1,
        };
      },
    },
  },
};

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"] as const;

export const WorksheetType: HostType<SheetModel> = {
  name: "Worksheet",
  id: (s) => s.id,
  alive: liveSheet,
  props: {
    Name: {
      api: "1.1",
      get: (s) => s.name,
      set: (s, v, h) => void (s.name = checkSheetName(h.model, v, s)),
    },
    Id: { api: "1.1", get: (s) => s.id },
    Position: { api: "1.1", get: (s, h) => h.model.sheets.indexOf(s) },
    Visibility: {
      api: "1.1",
      get: (s) => s.visibility,
      set: (s, v, h) => {
        const vis = oneOf("Worksheet.visibility", VISIBILITIES)(v);
        if (vis !== "Visible" && s.visibility === "Visible" && visibleSheets(h.model).length === 1)
          fail("InvalidOperation", "A workbook must keep at least one visible worksheet.");
        s.visibility = vis;
        if (vis !== "Visible" && h.model.activeSheetId === s.id)
          h.model.activeSheetId = visibleSheets(h.model)[0]?.id ?? s.id;
      },
    },
    TabColor: {
      api: "1.7",
      get: (s) => s.tabColor,
      set: (s, v) => void (s.tabColor = v === "" ? "" : color("Worksheet.tabColor")(v)),
    },
  },
  nav: {
    FreezePanes: { api: "1.7", get: (s) => obj(FreezePanesType, s) },
    PageLayout: { api: "1.9", get: (s) => obj(PageLayoutType, s) },
    Charts: { api: "1.1", get: (s) => obj(ChartCollectionType, s) },
    HorizontalPageBreaks: { api: "1.9", get: (s) => obj(HorizontalPageBreaksType, s) },
  },
  methods: {
    Delete: {
      api: "1.1",
      call: (s, _args, h) => {
        const m = h.model;
        // Excel keeps at least one visible sheet ("A workbook must contain at least one visible
        // worksheet", Excel's own message on hiding or deleting the last one).
        if (s.visibility === "Visible" && visibleSheets(m).length === 1)
          fail("InvalidOperation", "A workbook must keep at least one visible worksheet.");
        m.sheets = m.sheets.filter((x) => x !== s);
        if (m.activeSheetId === s.id) m.activeSheetId = visibleSheets(m)[0]?.id ?? "";
        if (m.selection?.sheetId === s.id) m.selection = null;
      },
    },
    Activate: {
      api: "1.1",
      call: (s, _args, h) => {
        if (s.visibility !== "Visible")
          fail("InvalidOperation", `Cannot activate the hidden worksheet "${s.name}".`);
        h.model.activeSheetId = s.id;
      },
    },
    GetRange: {
      api: "1.1",
      call: (s, [address]) =>
        range(
          s,
          address === undefined || address === null ? WHOLE_SHEET : parseForSheet(address, s.name),
        ),
    },
    GetRangeByIndexes: {
      api: "1.7",
      call: (s, [startRow, startColumn, rowCount, columnCount]) => {
        const r0 = index("startRow", startRow, 0, MAX_ROWS - 1);
        const c0 = index("startColumn", startColumn, 0, MAX_COLS - 1);
        const rows = index("rowCount", rowCount, 1, MAX_ROWS - r0);
        const cols = index("columnCount", columnCount, 1, MAX_COLS - c0);
        return range(s, { r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 });
      },
    },
    GetUsedRange: {
      api: "1.1",
      call: (s, [valuesOnly]) =>
        range(s, usedRect(s, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }),
    },
    GetUsedRangeOrNullObject: {
      api: "1.4",
      call: (s, [valuesOnly]) => {
        const rect = usedRect(s, valuesOnly === true);
        return rect === null ? null : range(s, rect);
      },
    },
  },
};

/** Names for sheets a collection adds without one: Sheet2, Sheet3, … */
export function defaultSheetName(model: WorkbookModel): string {
  let i = model.sheets.length + 1;
  while (model.sheets.some((s) => s.name.toUpperCase() === `SHEET${i}`)) i++;
  return `Sheet${i}`;
}

/** For messages: the worksheet-name argument of getItem. */
export const keyArg = (v: unknown): string =>
  typeof v === "string" ? v : notModelled(`a worksheet key of type ${typeof v}`);
