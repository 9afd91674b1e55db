import { indicatorNumbersText } from "../framework/frameworkText";
import { hasIndicator, type ItaFramework } from "../framework/itaFramework";
import { cellAddress } from "../sheet/a1";
import { toArabicDigits } from "../thai/digits";
import { cellAt, cellShown, cellText, isCellError, type CellGrid } from "../sheet/cellInput";
import type { IssueCollector } from "../issues/issueCollector";
import { MEASURE_COLUMNS, MEASURES_SHEET } from "./measuresLayout";
import { formulaWithoutValue, isFilled } from "./formulaCells";
import { INPUT_LIMITS } from "./inputLimits";
import {
  MEASURE_STATUSES,
  type Measure,
  type MeasureField,
  type MeasureStatus,
} from "../model/measure";

/**
 * Reads the Measures sheet: finds the header row and each column by its header text (so
 * columns may be reordered or extra ones added), then one measure per non-empty row.
 * Unreadable cells become issues; the row is kept where it can be.
 */
export function readMeasures(
  grid: CellGrid,
  issues: IssueCollector,
  framework: ItaFramework,
): Measure[] {
  const found = findMeasureColumns(grid);
  if (found === null) {
    issues.error(
      "measures-header-missing",
      { sheet: MEASURES_SHEET },
      { header: MEASURE_COLUMNS[0]!.header },
    );
    return [];
  }
  const { headerRow, columns } = found;
  const missing = MEASURE_COLUMNS.find((col) => !col.optional && columns[col.field] === undefined);
  if (missing) {
    issues.error(
      "measures-column-missing",
      { sheet: MEASURES_SHEET, cell: cellAddress(headerRow, 1) },
      { header: missing.header },
    );
    return [];
  }
  const present = MEASURE_COLUMNS.flatMap((c) =>
    columns[c.field] === undefined ? [] : [columns[c.field]!],
  );
  // Every required column was found above; `at` is only called for those.
  const at = (field: MeasureField) => columns[field] ?? 0;

  const measures: Measure[] = [];
  const isEmptyRow = (row: number) =>
    present.every((column) => !isFilled(cellAt(grid, row, column)));
  for (let row = headerRow + 1; row <= grid.length; row++) {
    if (isEmptyRow(row)) continue;
    if (measures.length === INPUT_LIMITS.measures) {
      // Counted, not read: the rows past the limit only make the message exact.
      let count = measures.length;
      for (let r = row; r <= grid.length; r++) if (!isEmptyRow(r)) count++;
      issues.error(
        "measures-too-many",
        { sheet: MEASURES_SHEET, cell: cellAddress(row, 1) },
        { count, limit: INPUT_LIMITS.measures },
      );
      break;
    }
    const place = (field: MeasureField) => ({
      sheet: MEASURES_SHEET,
      cell: cellAddress(row, at(field)),
    });
    const text = (field: MeasureField): string => {
      if (columns[field] === undefined) return "";
      const cell = cellAt(grid, row, at(field));
      if (isCellError(cell)) {
        issues.error("cell-error", place(field), { error: cell.error });
        return "";
      }
      if (formulaWithoutValue(cell, place(field), issues)) return "";
      return typeof cell === "string" ? cell.trim() : cellText(cell);
    };

    // The indicator may be left empty (grouping by heading or a plain list needs none); the
    // checks say where it is needed. A bad one is an error, and the row is still kept.
    const rawIndicator = cellAt(grid, row, at("indicator"));
    const shown = formulaWithoutValue(rawIndicator, place("indicator"), issues)
      ? ""
      : cellShown(rawIndicator);
    const n = Number(toArabicDigits(cellText(rawIndicator)).replace(/^ตัวชี้วัดที่\s*/, ""));
    const indicator = hasIndicator(framework, n) ? n : null;
    if (indicator === null && shown !== "")
      issues.error("indicator-invalid", place("indicator"), {
        value: shown,
        numbers: indicatorNumbersText(framework),
      });
    const status = text("status");
    if (status !== "" && !MEASURE_STATUSES.includes(status as MeasureStatus))
      issues.error("status-invalid", place("status"), {
        value: status,
        statuses: MEASURE_STATUSES.join(" / "),
      });
    measures.push({
      indicator,
      heading: text("heading"),
      title: text("title"),
      methods: text("methods"),
      unit: text("unit"),
      period: text("period"),
      result: text("result"),
      status: MEASURE_STATUSES.includes(status as MeasureStatus) ? (status as MeasureStatus) : "",
      outcome: text("outcome"),
      suggestions: text("suggestions"),
      remark: text("remark"),
      evidenceUrl: text("evidenceUrl"),
      weakness: text("weakness"),
      approach: text("approach"),
      tracking: text("tracking"),
      origin: { kind: "sheet", sheet: MEASURES_SHEET, row, columns },
    });
  }
  return measures;
}

function normalizeHeader(text: string): string {
  return text.replace(/\s+/g, "");
}

function findHeaderRow(grid: CellGrid): number | null {
  const wanted = normalizeHeader(MEASURE_COLUMNS[0]!.header);
  for (let r = 1; r <= Math.min(grid.length, 20); r++)
    if ((grid[r - 1] ?? []).some((c) => normalizeHeader(cellText(c)) === wanted)) return r;
  return null;
}

/**
 * Where the Measures sheet's table is, for editors that write into it: the header row and the
 * column of each field found there (an optional column may be absent); null without a header.
 */
export function findMeasureColumns(grid: CellGrid): {
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<MeasureField, number>>>;
} | null {
  const headerRow = findHeaderRow(grid);
  if (headerRow === null) return null;
  const headerCells = grid[headerRow - 1] ?? [];
  const columns: Partial<Record<MeasureField, number>> = {};
  for (const col of MEASURE_COLUMNS) {
    const index = headerCells.findIndex(
      (c) => normalizeHeader(cellText(c)) === normalizeHeader(col.header),
    );
    if (index >= 0) columns[col.field] = index + 1;
  }
  return { headerRow, columns };
}
