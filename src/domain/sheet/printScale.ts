import type { ColumnSpec, PrintRequest } from "./sheetSpec";
import { columnWidthPoints } from "./textMetrics";

/** A4 in points. */
const A4 = { short: 595.28, long: 841.89 };
const POINTS_PER_CM = 72 / 2.54;
/**
 * Room kept free of rows on each page, as a share of its height: Excel and LibreOffice round
 * row heights to their own units, so a page filled to the last point could spill a row.
 */
const HEIGHT_SLACK = 0.99;
/** The smallest scale a one-page table is shrunk to; a longer one takes more pages. */
export const MIN_ONE_PAGE_SCALE = 70;

/** The page's printable area in points: the paper less the margins (headers and footers sit in the margins). */
export function printableArea(print: Pick<PrintRequest, "orientation" | "margins">): {
  width: number;
  height: number;
} {
  const landscape = print.orientation === "landscape";
  const m = print.margins;
  return {
    width: (landscape ? A4.long : A4.short) - (m.left + m.right) * POINTS_PER_CM,
    height: (landscape ? A4.short : A4.long) - (m.top + m.bottom) * POINTS_PER_CM,
  };
}

/**
 * Width of a column in points in whichever of the two programs draws it wider: LibreOffice
 * (5.55 pt a character unit) or Excel (7 px a unit at 0.75 pt a pixel: the digit width of the
 * workbook's default font, Calibri 11, which ExcelJS and new workbooks keep).
 */
function printedColumnWidth(column: ColumnSpec): number {
  if (column.hidden) return 0;
  return Math.max(columnWidthPoints(column.width), Math.trunc(column.width * 7 + 0.49) * 0.75);
}

/** The largest whole percent (at most 100) at which the columns print one page wide. */
export function fitScale(
  columns: readonly ColumnSpec[],
  print: Pick<PrintRequest, "orientation" | "margins">,
): number {
  const width = columns.reduce((sum, c) => sum + printedColumnWidth(c), 0);
  if (width <= 0) return 100;
  return Math.max(10, Math.min(100, Math.floor((printableArea(print).width / width) * 100)));
}

/**
 * The scale for a sheet that should print on one page: the width's scale, or less where the
 * rows (totalling `rowsHeight` points) need it, but never below MIN_ONE_PAGE_SCALE.
 */
export function onePageScale(
  widthScale: number,
  rowsHeight: number,
  print: Pick<PrintRequest, "orientation" | "margins">,
): number {
  const fits = Math.floor(
    (printableArea(print).height * HEIGHT_SLACK * 100) / Math.max(rowsHeight, 1),
  );
  return Math.min(widthScale, Math.max(MIN_ONE_PAGE_SCALE, fits));
}

/** How many points of sheet rows one page holds at a scale, with a little room to spare. */
export function pageRowPoints(
  print: Pick<PrintRequest, "orientation" | "margins">,
  scale: number,
): number {
  return (printableArea(print).height * HEIGHT_SLACK * 100) / scale;
}
