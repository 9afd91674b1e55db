import { isFullCols, isFullRows, type Rect } from "../address";
import { bool, color, num, oneOf, str } from "../checks";
import { obj, type HostType, type Prop } from "../hostTypes";
import type { FmtValue, SheetModel } from "./state";
import { applyFormat, uniformFormat } from "./cells";
import { assertWritable, liveSheet } from "./worksheet";
import type { RangeRef } from "./range";

/** Range formats: font, fill, alignment, borders, row heights and column widths. */

export const FORMAT_DEFAULTS: Readonly<Record<string, FmtValue>> = {
  "font.name": "Calibri",
  "font.size": 11,
  "font.bold": false,
  "font.italic": false,
  "font.underline": "None",
  "font.color": "#000000",
  "fill.color": "#FFFFFF",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
};

export const STANDARD_ROW_HEIGHT = 15;
export const STANDARD_COLUMN_WIDTH = 48;

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
const UNDERLINES = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"] as const;
const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
] as const;
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"] as const;
const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
type Edge = (typeof BORDER_EDGES)[number];

const alive = (r: RangeRef, h: Parameters<typeof liveSheet>[1]): void => void liveSheet(r.sheet, h);

function fmtProp(
  api: Prop<RangeRef>["api"],
  key: string,
  check: (v: unknown) => FmtValue,
): Prop<RangeRef> {
  return {
    api,
    get: (r) => uniformFormat(r.sheet, r.rect, key, FORMAT_DEFAULTS[key] ?? ""),
    set: (r, v) => {
      const value = check(v);
      assertWritable(r.sheet);
      applyFormat(r.sheet, r.rect, new Map([[key, value]]));
    },
  };
}

function uniformOver(from: number, to: number, f: (i: number) => unknown): unknown {
  const first = f(from);
  for (let i = from + 1; i <= to; i++) if (f(i) !== first) return null;
  return first;
}

function setRowHeight({ sheet, rect }: RangeRef, v: unknown): void {
  // "Row height: 409 points" (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
  const height = num("RangeFormat.rowHeight", 0, 409)(v);
  assertWritable(sheet);
  if (isFullCols(rect)) {
    sheet.rowHeights.clear();
    sheet.allRowsHeight = height;
  } else for (let row = rect.r0; row <= rect.r1; row++) sheet.rowHeights.set(row, height);
}

function setColumnWidth({ sheet, rect }: RangeRef, v: unknown): void {
  // "Column width: 255 characters" (the same page); in points about 1,790 at Calibri 11 (an estimate).
  const width = num("RangeFormat.columnWidth", 0, 1_790)(v);
  assertWritable(sheet);
  if (isFullRows(rect)) {
    sheet.columnWidths.clear();
    sheet.allColumnsWidth = width;
  } else for (let col = rect.c0; col <= rect.c1; col++) sheet.columnWidths.set(col, width);
}

export const rowHeightOf = (s: SheetModel, row: number): number =>
  s.rowHeights.get(row) ?? s.allRowsHeight ?? STANDARD_ROW_HEIGHT;
export const columnWidthOf = (s: SheetModel, col: number): number =>
  s.columnWidths.get(col) ?? s.allColumnsWidth ?? STANDARD_COLUMN_WIDTH;

export const RangeFontType: HostType<RangeRef> = {
  name: "RangeFont",
  alive,
  props: {
    Name: fmtProp("1.1", "font.name", str("RangeFont.name", 31, false)),
    Size: fmtProp("1.1", "font.size", num("RangeFont.size", 1, 409)),
    Bold: fmtProp("1.1", "font.bold", bool("RangeFont.bold")),
    Italic: fmtProp("1.1", "font.italic", bool("RangeFont.italic")),
    Underline: fmtProp("1.1", "font.underline", oneOf("RangeFont.underline", UNDERLINES)),
    Color: fmtProp("1.1", "font.color", color("RangeFont.color")),
  },
};

export const RangeFillType: HostType<RangeRef> = {
  name: "RangeFill",
  alive,
  props: { Color: fmtProp("1.1", "fill.color", color("RangeFill.color")) },
};

type Side = "top" | "bottom" | "left" | "right" | "diagonalDown" | "diagonalUp";

/** The cell edges a border index of a range stands for. */
export function borderTargets(rect: Rect, edge: Edge): { rect: Rect; side: Side }[] {
  const { r0, c0, r1, c1 } = rect;
  switch (edge) {
    case "EdgeTop":
      return [{ rect: { r0, c0, r1: r0, c1 }, side: "top" }];
    case "EdgeBottom":
      return [{ rect: { r0: r1, c0, r1, c1 }, side: "bottom" }];
    case "EdgeLeft":
      return [{ rect: { r0, c0, r1, c1: c0 }, side: "left" }];
    case "EdgeRight":
      return [{ rect: { r0, c0: c1, r1, c1 }, side: "right" }];
    case "InsideHorizontal":
      return r1 === r0
        ? []
        : [
            { rect: { r0, c0, r1: r1 - 1, c1 }, side: "bottom" },
            { rect: { r0: r0 + 1, c0, r1, c1 }, side: "top" },
          ];
    case "InsideVertical":
      return c1 === c0
        ? []
        : [
            { rect: { r0, c0, r1, c1: c1 - 1 }, side: "right" },
            { rect: { r0, c0: c0 + 1, r1, c1 }, side: "left" },
          ];
    case "DiagonalDown":
      return [{ rect, side: "diagonalDown" }];
    case "DiagonalUp":
      return [{ rect, side: "diagonalUp" }];
  }
}

interface BorderRef {
  readonly ref: RangeRef;
  readonly edge: Edge;
}

function borderProp(
  name: "style" | "weight" | "color",
  check: (v: unknown) => FmtValue,
): Prop<BorderRef> {
  const fallback = name === "style" ? "None" : name === "weight" ? "Thin" : "#000000";
  return {
    api: "1.1",
    get: ({ ref, edge }) => {
      const values = borderTargets(ref.rect, edge).map((t) =>
        uniformFormat(ref.sheet, t.rect, `border.${t.side}.${name}`, fallback),
      );
      return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
    },
    set: ({ ref, edge }, v) => {
      const value = check(v);
      assertWritable(ref.sheet);
      for (const t of borderTargets(ref.rect, edge))
        applyFormat(ref.sheet, t.rect, new Map([[`border.${t.side}.${name}`, value]]));
    },
  };
}

export const RangeBorderType: HostType<BorderRef> = {
  name: "RangeBorder",
  alive: (b, h) => alive(b.ref, h),
  props: {
    Style: borderProp("style", oneOf("RangeBorder.style", BORDER_STYLES)),
    Weight: borderProp("weight", oneOf("RangeBorder.weight", BORDER_WEIGHTS)),
    Color: borderProp("color", color("RangeBorder.color")),
  },
};

export const RangeBorderCollectionType: HostType<RangeRef> = {
  name: "RangeBorderCollection",
  alive,
  indexer: {
    api: "1.1",
    call: (ref, [index]) =>
      obj(RangeBorderType, {
        ref,
        edge: oneOf("RangeBorderCollection.getItem", BORDER_EDGES)(index),
      }),
  },
};

export const RangeFormatType: HostType<RangeRef> = {
  name: "RangeFormat",
  alive,
  props: {
    HorizontalAlignment: fmtProp(
      "1.1",
      "horizontalAlignment",
      oneOf("RangeFormat.horizontalAlignment", HORIZONTAL),
    ),
    VerticalAlignment: fmtProp(
      "1.1",
      "verticalAlignment",
      oneOf("RangeFormat.verticalAlignment", VERTICAL),
    ),
    WrapText: fmtProp("1.1", "wrapText", bool("RangeFormat.wrapText")),
    IndentLevel: fmtProp("1.9", "indentLevel", num("RangeFormat.indentLevel", 0, 250, true)),
    RowHeight: {
      api: "1.2",
      get: (r) => uniformOver(r.rect.r0, r.rect.r1, (i) => rowHeightOf(r.sheet, i)),
      set: setRowHeight,
    },
    ColumnWidth: {
      api: "1.2",
      get: (r) => uniformOver(r.rect.c0, r.rect.c1, (i) => columnWidthOf(r.sheet, i)),
      set: setColumnWidth,
    },
  },
  nav: {
    Font: { api: "1.1", get: (r) => obj(RangeFontType, r) },
    Fill: { api: "1.1", get: (r) => obj(RangeFillType, r) },
    Borders: { api: "1.1", get: (r) => obj(RangeBorderCollectionType, r) },
  },
};
