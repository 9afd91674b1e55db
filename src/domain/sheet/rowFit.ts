import { containsCell, type CellRange } from "./cellRange";
import type { CellStyle, CellValue, ColumnSpec, StyleRun } from "./sheetSpec";
import { rowHeightPoints, textHeightPoints, wrappedLineCount } from "./textMetrics";

/** What a row's height is fitted from: the sheet's cells as the writers will lay them out. */
export interface RowFitInput {
  readonly rows: readonly (readonly CellValue[])[];
  readonly columns: readonly ColumnSpec[];
  readonly styles: readonly StyleRun[];
  readonly merges: readonly CellRange[];
  readonly defaultFontSize: number;
  /** Heights the sheet asks for, by 1-based row: a row with text is never made shorter than its text. */
  readonly minimums: Readonly<Record<number, number>>;
}

/** The height of a row that sets none (ExcelJS files and new Excel sheets: 15 pt). */
export const DEFAULT_ROW_HEIGHT = 15;

interface CellFont {
  size: number;
  bold: boolean;
  wrap: boolean;
  indent: number;
  horizontal: CellStyle["horizontal"];
}

/**
 * The height in points of every row: each cell's text measured at the width it really has
 * (its merged columns together), the tallest cell deciding, as Excel's and LibreOffice's
 * autofit do. A cell merged down several rows shares its height among them: what the rows lack
 * goes to the last. Rows without text keep the height asked for, or none (the sheet's default).
 */
export function fitRowHeights(input: RowFitInput): (number | undefined)[] {
  const rowCount = input.rows.length;
  const columnCount = input.rows.reduce(
    (n, r) => Math.max(n, r.length),
    Math.max(input.columns.length, 1),
  );
  const fonts = resolveFonts(input, rowCount, columnCount);
  const widths = Array.from({ length: columnCount }, (_, c) => columnWidth(input, c + 1));
  const at = (r: number, c: number) => r * 20_000 + c;
  const anchors = new Map<number, CellRange>();
  const covered = new Set<number>();
  for (const rect of input.merges) {
    anchors.set(at(rect.firstRow, rect.firstColumn), rect);
    for (let r = rect.firstRow; r <= rect.lastRow; r++)
      for (let c = rect.firstColumn; c <= rect.lastColumn; c++)
        if (r !== rect.firstRow || c !== rect.firstColumn) covered.add(at(r, c));
  }

  const heights: (number | undefined)[] = [];
  const tall: { rect: CellRange; needed: number }[] = [];
  for (let r = 1; r <= rowCount; r++) {
    let needed = 0;
    let hasText = false;
    for (let c = 1; c <= columnCount; c++) {
      if (covered.has(at(r, c))) continue;
      const font = fonts[r - 1]![c - 1]!;
      const value = input.rows[r - 1]?.[c - 1] ?? null;
      const rect = anchors.get(at(r, c));
      const text = textOf(value);
      // An empty cell still holds one line of its font.
      let height = textHeightPoints(1, font.size);
      if (text !== "") {
        hasText = true;
        height = cellHeight(value, font, widths.slice(c - 1, rect?.lastColumn ?? c));
        if (rect && rect.lastRow > rect.firstRow) {
          tall.push({ rect, needed: height });
          continue;
        }
      }
      needed = Math.max(needed, height);
    }
    const asked = input.minimums[r];
    // A height asked for stands when the text fits in it; otherwise the text decides.
    heights.push(
      hasText && (asked === undefined || asked < needed) ? rowHeightPoints(needed) : asked,
    );
  }
  for (const { rect, needed } of tall) {
    const last = Math.min(rect.lastRow, rowCount);
    let sum = 0;
    for (let r = rect.firstRow; r <= last; r++) sum += heights[r - 1] ?? DEFAULT_ROW_HEIGHT;
    if (sum < needed)
      heights[last - 1] = rowHeightPoints((heights[last - 1] ?? DEFAULT_ROW_HEIGHT) + needed - sum);
  }
  return heights;
}

/** A column's width in characters (1-based), Excel's default 8.43 where the sheet sets none. */
const columnWidth = (input: Pick<RowFitInput, "columns">, column: number): number =>
  input.columns[column - 1]?.width ?? 8.43;

const textOf = (value: CellValue) =>
  value === null ? "" : typeof value === "object" ? value.date : String(value);

/** The height in points a cell's text takes in its font at the widths of its (merged) columns. */
function cellHeight(value: CellValue, font: CellFont, widths: readonly number[]): number {
  const text = textOf(value);
  const lines =
    typeof value === "string" && font.wrap
      ? wrappedLineCount(
          text,
          widths,
          font,
          font.horizontal === "center" || font.horizontal === "justify" ? 0 : font.indent,
        )
      : typeof value === "string"
        ? text.split("\n").length
        : 1;
  return textHeightPoints(lines, font.size);
}

/**
 * Whether cells merged over several rows hold their values at these row heights, as
 * fitRowHeights fits such a cell: its rows together at least as tall as its text (in the font
 * its style runs give it, at the width of its merged columns). The style runs are read once for
 * all the cells, so the cost follows the cells asked about, not the sheet.
 */
export function mergedCellsHold(
  input: Pick<RowFitInput, "columns" | "styles" | "defaultFontSize">,
  cells: readonly { readonly rect: CellRange; readonly value: CellValue }[],
  heights: Readonly<Record<number, number>>,
): boolean {
  const asked = cells.filter((c) => textOf(c.value) !== "");
  const fonts = asked.map((): CellFont => ({
    size: input.defaultFontSize,
    bold: false,
    wrap: false,
    indent: 0,
    horizontal: undefined,
  }));
  for (const run of input.styles) {
    asked.forEach(({ rect: cell }, k) => {
      if (containsCell(run.range, cell.firstRow, cell.firstColumn))
        applyStyle(fonts[k]!, run.style);
    });
  }
  return asked.every(({ rect, value }, k) => {
    const widths = Array.from({ length: rect.lastColumn - rect.firstColumn + 1 }, (_, i) =>
      columnWidth(input, rect.firstColumn + i),
    );
    let sum = 0;
    for (let r = rect.firstRow; r <= rect.lastRow; r++) sum += heights[r] ?? DEFAULT_ROW_HEIGHT;
    return sum >= cellHeight(value, fonts[k]!, widths);
  });
}

function applyStyle(cell: CellFont, s: CellStyle): void {
  if (s.font?.size !== undefined) cell.size = s.font.size;
  if (s.font?.bold !== undefined) cell.bold = s.font.bold;
  if (s.wrap !== undefined) cell.wrap = s.wrap;
  if (s.indent !== undefined) cell.indent = s.indent;
  if (s.horizontal !== undefined) cell.horizontal = s.horizontal;
}

/**
 * Each cell's font size, weight, wrapping, indent and alignment after the style runs, applied in
 * order. A centred cell takes no indent (Excel and LibreOffice indent left- or right-aligned text).
 */
function resolveFonts(input: RowFitInput, rows: number, columns: number): CellFont[][] {
  const grid: CellFont[][] = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, (): CellFont => ({
      size: input.defaultFontSize,
      bold: false,
      wrap: false,
      indent: 0,
      horizontal: undefined,
    })),
  );
  for (const run of input.styles) {
    const s = run.style;
    if (
      s.font?.size === undefined &&
      s.font?.bold === undefined &&
      s.wrap === undefined &&
      s.indent === undefined &&
      s.horizontal === undefined
    )
      continue;
    const rect = run.range;
    for (let r = rect.firstRow; r <= Math.min(rect.lastRow, rows); r++)
      for (let c = rect.firstColumn; c <= Math.min(rect.lastColumn, columns); c++)
        applyStyle(grid[r - 1]![c - 1]!, s);
  }
  return grid;
}
