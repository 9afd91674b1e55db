import { cellAddress, columnNumber, MAX_COLUMNS, MAX_ROWS, rangeA1 } from "../domain/sheet/a1";
import { cellCount, cellRange, type CellRange } from "../domain/sheet/cellRange";
import { CLIPPED_RANGE_ROOM, INPUT_LIMITS } from "../domain/input/inputLimits";

/**
 * What one worksheet part (xl/worksheets/sheetN.xml) holds that could make loading it grow out
 * of proportion, read straight from its XML before ExcelJS sees it. ExcelJS turns every cell of a
 * data-validation range into an entry of its own (A1:J1048576 is ten million) and checks each
 * merge against every earlier one; both are clipped to the used area here, and the merges are
 * taken out so that they can be applied afterwards in linear time (see mergeAll).
 */
export interface ClippedSheet {
  /** The part's XML with the ranges clipped and the merges taken out; null when unchanged. */
  readonly xml: string | null;
  /** The merged ranges, clipped, in the order the file lists them. */
  readonly merges: readonly CellRange[];
  /** The used area: the last row and column that hold a value (cells with a style only do not count). */
  readonly lastRow: number;
  readonly lastColumn: number;
  /** The first cell holding a value below the last row read, if any ("A30001"). */
  readonly valueBeyondLimit: string | null;
  /** Cells covered by the data validations and by the merges once clipped. */
  readonly validatedCells: number;
  readonly mergedCells: number;
}

/** A range as stored in sqref or ref: "B3", "A1:J1048576", and the whole-column form "A:A" or "3:3". */
function parseStoredRange(text: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})?\$?(\d{1,7})?(?::\$?([A-Z]{1,3})?\$?(\d{1,7})?)?$/.exec(
    text.toUpperCase(),
  );
  if (!m || (!m[1] && !m[2])) return null;
  const firstColumn = m[1] ? columnNumber(m[1]) : 1;
  const firstRow = m[2] ? Number(m[2]) : 1;
  const hasEnd = text.includes(":");
  const lastColumn = hasEnd
    ? m[3]
      ? columnNumber(m[3])
      : m[1] && !m[4]
        ? columnNumber(m[1])
        : MAX_COLUMNS
    : firstColumn;
  const lastRow = hasEnd
    ? m[4]
      ? Number(m[4])
      : m[2] && !m[3]
        ? Number(m[2])
        : MAX_ROWS
    : firstRow;
  if (!m[1] && hasEnd && !m[3])
    return { firstRow, firstColumn: 1, lastRow, lastColumn: MAX_COLUMNS }; // "3:3"
  if (!m[2] && hasEnd && !m[4]) return { firstRow: 1, firstColumn, lastRow: MAX_ROWS, lastColumn }; // "A:A"
  return { firstRow, firstColumn, lastRow, lastColumn };
}

function clip(r: CellRange, area: CellRange): CellRange | null {
  const c = {
    firstRow: Math.max(r.firstRow, area.firstRow),
    firstColumn: Math.max(r.firstColumn, area.firstColumn),
    lastRow: Math.min(r.lastRow, area.lastRow),
    lastColumn: Math.min(r.lastColumn, area.lastColumn),
  };
  return c.firstRow <= c.lastRow && c.firstColumn <= c.lastColumn ? c : null;
}

/** Every `<c …>` start tag: its attributes, and whether it closes itself (a cell with no value). */
const CELL_TAG = /<c\b([^>]*)>/g;
const CELL_REF = /\br="([A-Za-z]{1,3})(\d{1,7})"/;

/**
 * Scans and clips one worksheet part; `rowsRead` is the last row that may hold a value. Linear in
 * the XML's length: every pattern moves forward.
 */
export function clipSheetXml(xml: string, rowsRead: number = INPUT_LIMITS.sheetRows): ClippedSheet {
  let lastRow = 1;
  let lastColumn = 1;
  let valueBeyondLimit: string | null = null;
  for (const m of xml.matchAll(CELL_TAG)) {
    const ref = CELL_REF.exec(m[1]!);
    if (!ref) continue;
    const row = Number(ref[2]);
    const column = columnNumber(ref[1]!);
    const empty = m[1]!.endsWith("/") || xml.startsWith("</c>", m.index + m[0].length);
    if (empty) continue;
    if (row > rowsRead && valueBeyondLimit === null) valueBeyondLimit = cellAddress(row, column);
    if (row > lastRow) lastRow = row;
    if (column > lastColumn) lastColumn = column;
  }
  // Room below and to the right, so a dropdown clipped to the used area still reaches new rows.
  const area: CellRange = {
    firstRow: 1,
    firstColumn: 1,
    lastRow: Math.min(
      MAX_ROWS,
      Math.max(lastRow, Math.min(lastRow + CLIPPED_RANGE_ROOM, rowsRead)),
    ),
    lastColumn: Math.min(MAX_COLUMNS, lastColumn + 10),
  };
  let changed = false;

  const merges: CellRange[] = [];
  let mergedCells = 0;
  let out = xml.replace(/<mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/mergeCells>)/g, (block) => {
    changed = true;
    for (const [, ref] of block.matchAll(/<mergeCell\b[^>]*?\bref="([^"]*)"/g)) {
      const rect = parseStoredRange(ref!);
      const clipped = rect && clip(rect, area);
      if (!clipped || cellCount(clipped) < 2) continue;
      merges.push(clipped);
      mergedCells += cellCount(clipped);
    }
    return "";
  });

  let validatedCells = 0;
  out = out.replace(/<dataValidation\b[^>]*>/g, (tag) =>
    tag.replace(/\bsqref="([^"]*)"/, (attribute, sqref: string) => {
      const kept = sqref
        .split(/\s+/)
        .filter(Boolean)
        .map((ref) => {
          const rect = parseStoredRange(ref);
          return rect && clip(rect, area);
        })
        .filter((r): r is CellRange => r !== null);
      validatedCells += kept.reduce((n, r) => n + cellCount(r), 0);
      // A validation wholly outside the used area keeps one cell, so the element stays well formed.
      const value = kept.length > 0 ? kept.map(rangeA1).join(" ") : cellAddress(area.lastRow, 1);
      if (value === sqref) return attribute;
      changed = true;
      return `sqref="${value}"`;
    }),
  );

  out = out.replace(/<dimension\b[^>]*?\bref="([^"]*)"/, (tag, ref: string) => {
    const used = rangeA1(cellRange(1, 1, lastRow, lastColumn));
    const rect = parseStoredRange(ref);
    if (rect && rect.lastRow <= lastRow && rect.lastColumn <= lastColumn) return tag;
    changed = true;
    return tag.replace(`ref="${ref}"`, `ref="${used}"`);
  });

  // ExcelJS makes one column object per column from min to max: keep max within Excel's columns.
  out = out.replace(/<col\b[^>]*?\bmax="(\d+)"/g, (tag, max: string) => {
    if (Number(max) <= MAX_COLUMNS) return tag;
    changed = true;
    return tag.replace(`max="${max}"`, `max="${MAX_COLUMNS}"`);
  });

  return {
    xml: changed ? out : null,
    merges,
    lastRow,
    lastColumn,
    valueBeyondLimit,
    validatedCells,
    mergedCells,
  };
}
