/**
 * The baseline the benchmark compares against: an Office.js writer and reader that do what a
 * first add-in usually does, one `context.sync()` per row. Kept in the bench only; never ship it.
 *
 * The naive writer syncs after every row's values (and row height), then sends the sheet's
 * merges, column widths and styles in one last request, so its counts are a lower bound for a
 * writer that also styles row by row.
 */
import type { ReportWriter, WorkbookReader, WriteResult } from "../src/app/ports";
import type { CellGrid, CellInput } from "../src/domain/sheet/cellInput";
import type { WorkbookGrids } from "../src/domain/input/readInputWorkbook";
import type { ValidationIssue } from "../src/domain/issues/validationIssue";
import { columnLetters, rangeA1, rangeAddress } from "../src/domain/sheet/a1";
import { effectiveNumberFormats, valueRectangle } from "../src/domain/sheet/cellLayout";
import type { SheetSpec, WorkbookSpec } from "../src/domain/sheet/sheetSpec";
import { columnWidthPoints } from "../src/domain/sheet/textMetrics";
import type { ExcelRun } from "../src/excel/officeReportWriter";
import { toOfficeValue } from "../src/excel/officeText";

const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Writes each sheet row by row, with a sync after every row. */
export class NaivePerRowWriter implements ReportWriter {
  constructor(private readonly run: ExcelRun) {}

  write(workbook: WorkbookSpec): Promise<WriteResult> {
    return this.run(async (ctx) => {
      for (const spec of workbook.sheets) {
        const ws = ctx.workbook.worksheets.add(spec.name);
        await ctx.sync();
        await writeRows(ctx, ws, spec);
        finishSheet(ws, spec);
        await ctx.sync();
      }
      return { written: workbook.sheets.map((s) => s.name), kept: [], skipped: [] };
    });
  }
}

async function writeRows(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  spec: SheetSpec,
): Promise<void> {
  const { rows, columns, values } = valueRectangle(spec);
  const formats = effectiveNumberFormats(spec, rows, columns);
  for (let r = 0; r < rows; r++) {
    const range = ws.getRange(rangeAddress(r + 1, 1, r + 1, columns));
    range.values = [values[r]!.map((v, c) => toOfficeValue(v, formats[r]![c]))];
    const height = spec.rowHeights[r + 1];
    if (height !== undefined) range.format.rowHeight = height;
    await ctx.sync(); // the naive part: one round trip per row
  }
}

function finishSheet(ws: Excel.Worksheet, spec: SheetSpec): void {
  spec.columns.forEach((col, i) => {
    ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth =
      columnWidthPoints(col.width);
  });
  for (const merge of spec.merges) ws.getRange(rangeA1(merge)).merge(false);
  for (const { range: rect, style } of spec.styles) {
    const range = ws.getRange(rangeA1(rect));
    if (style.font?.bold !== undefined) range.format.font.bold = style.font.bold;
    if (style.font?.size !== undefined) range.format.font.size = style.font.size;
    if (style.font?.color !== undefined) range.format.font.color = style.font.color;
    if (style.fill !== undefined) range.format.fill.color = style.fill;
    if (style.horizontal) range.format.horizontalAlignment = H_ALIGN[style.horizontal];
    if (style.vertical) range.format.verticalAlignment = V_ALIGN[style.vertical];
    if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  }
}

/** Reads each used row of each sheet with its own sync. */
export class NaivePerRowReader implements WorkbookReader {
  constructor(private readonly run: ExcelRun) {}

  readSheets(names: readonly string[]): Promise<WorkbookGrids> {
    return this.run(async (ctx) => {
      const grids = new Map<string, CellGrid>();
      for (const name of names) {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
        ws.load("isNullObject");
        await ctx.sync();
        if (ws.isNullObject) continue;
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("isNullObject,rowCount,columnCount,rowIndex,columnIndex");
        await ctx.sync();
        if (used.isNullObject) {
          grids.set(name, []);
          continue;
        }
        // Rows and columns before the used range are blank; the grid starts at A1.
        const rows: CellInput[][] = Array.from({ length: used.rowIndex }, () => []);
        const width = used.columnIndex + used.columnCount;
        for (let r = 0; r < used.rowCount; r++) {
          const row = ws.getRangeByIndexes(used.rowIndex + r, 0, 1, width);
          row.load("values,valueTypes");
          await ctx.sync(); // one round trip per row
          rows.push(row.values[0]!.map((v, c) => toCell(v, row.valueTypes[0]![c])));
        }
        grids.set(name, rows);
      }
      return grids;
    });
  }
}

function toCell(value: unknown, type: Excel.RangeValueType | undefined): CellInput {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return String(value);
}

/** Marks each issue's cell with its own conditional format and its own sync. */
export async function naiveMarkIssueCells(
  run: ExcelRun,
  issues: readonly ValidationIssue[],
): Promise<number> {
  return run(async (ctx) => {
    let marked = 0;
    for (const issue of issues) {
      if (!issue.sheet || !issue.cell) continue;
      const cf = ctx.workbook.worksheets
        .getItem(issue.sheet)
        .getRange(issue.cell)
        .conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=N("bench-mark")=0';
      cf.custom.format.fill.color = issue.severity === "error" ? "#FFC7CE" : "#FFEB9C";
      await ctx.sync(); // one round trip per issue
      marked++;
    }
    return marked;
  });
}
