import type ExcelJS from "exceljs";
import { rangeA1 } from "../domain/sheet/a1";
import type { CellRange } from "../domain/sheet/cellRange";

/** ExcelJS keeps a worksheet's merges in this field, keyed by the top-left cell's address. */
type MergeIndex = { _merges: Record<string, unknown> };

/**
 * Merges every range, in time that grows with the cells merged. ExcelJS's mergeCells compares
 * each new merge with every earlier one (Worksheet._mergeCellsInternal), which made a year-end
 * report of 5,000 measures spend most of its write in that check. Here overlaps are found once
 * through a set of the merged cells, and each mergeCells call sees an empty index, so ExcelJS
 * still does the merging itself (master cell, merged cells, styles). `styles`: "from-master" gives
 * the merged cells the master's style (writing a report), "as-stored" keeps each cell's own style
 * (loading a file, as ExcelJS's own loader does).
 */
export function mergeAll(
  ws: ExcelJS.Worksheet,
  ranges: readonly CellRange[],
  styles: "from-master" | "as-stored" = "from-master",
): void {
  const taken = new Set<number>();
  const sheet = ws as unknown as MergeIndex;
  const index = sheet._merges;
  try {
    for (const rect of ranges) {
      const range = rangeA1(rect);
      for (let r = rect.firstRow; r <= rect.lastRow; r++)
        for (let c = rect.firstColumn; c <= rect.lastColumn; c++) {
          const key = r * 16_384 + c;
          if (taken.has(key)) throw new Error(`Cannot merge already merged cells (${range})`);
          taken.add(key);
        }
      sheet._merges = {};
      if (styles === "from-master") ws.mergeCells(range);
      else ws.mergeCellsWithoutStyle(range);
      Object.assign(index, sheet._merges);
    }
  } finally {
    sheet._merges = index;
  }
}
