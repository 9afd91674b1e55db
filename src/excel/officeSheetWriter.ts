import { absoluteA1, cellAddress, columnLetters, rangeA1, rangeAddress } from "../domain/sheet/a1";
import type { CellRange } from "../domain/sheet/cellRange";
import {
  effectiveNumberFormats,
  headerFooterCode,
  valueRectangle,
} from "../domain/sheet/cellLayout";
import type {
  BorderStyle,
  CellStyle,
  ConditionalFormat,
  SheetSpec,
} from "../domain/sheet/sheetSpec";
import { columnWidthPoints } from "../domain/sheet/textMetrics";
import type { OfficeCapabilities } from "./capabilities";
import { jsonBytes, type RequestBudget } from "./requestBudget";
import { toOfficeValue, type OfficeCell } from "./officeText";

/**
 * Over 1,500 cells the client library splits a write into row chunks itself (three more objects
 * per chunk); writing at most that many keeps each write one range and one property set.
 */
const MAX_CELLS_PER_WRITE = 1_500;
/** The most data one write carries (and a quarter of the request limit), so that it always fits in a request beside other work. */
const MAX_BYTES_PER_WRITE = 1_000_000;
/** Room asked for before each group of formatting (a style run, a merge, the page layout): more than any group takes. */
const GROUP_BYTES = 64_000;

/**
 * Queues every write that turns an empty worksheet (a metered proxy, see RequestBudget) into
 * `spec`. It syncs only through the budget, when the next group would pass the request limit,
 * so the number of round trips depends on the payload, never on the number of rows.
 */
export async function queueSheet(
  ws: Excel.Worksheet,
  spec: SheetSpec,
  caps: OfficeCapabilities,
  budget: RequestBudget,
): Promise<void> {
  const { rows, columns, values } = valueRectangle(spec);
  const formats = effectiveNumberFormats(spec, rows, columns);
  // The writer never reads a range back: no reference to keep for the rest of the batch.
  const range = (a1?: string): Excel.Range => ws.getRange(a1).untrack();

  await budget.room(GROUP_BYTES);
  if (caps.api17 && spec.tabColor) ws.tabColor = spec.tabColor;
  const sheetRange = range();
  sheetRange.format.font.name = spec.defaultFont.name;
  sheetRange.format.font.size = spec.defaultFont.size;
  for (const [i, col] of spec.columns.entries()) {
    await budget.room(GROUP_BYTES);
    const column = range(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`);
    column.format.columnWidth = columnWidthPoints(col.width);
    if (col.hidden) column.columnHidden = true;
  }

  // Number formats first, so text-formatted cells keep what is written into them.
  for (const run of spec.styles) {
    const format = run.style.numberFormat;
    if (format === undefined) continue;
    const rect = run.range;
    const width = rect.lastColumn - rect.firstColumn + 1;
    const grid = Array.from({ length: rect.lastRow - rect.firstRow + 1 }, () =>
      new Array<string>(width).fill(format),
    );
    for (const block of blocks(grid, budget.limit)) {
      await budget.room(block.bytes + GROUP_BYTES);
      range(
        rangeAddress(
          rect.firstRow + block.first,
          rect.firstColumn,
          rect.firstRow + block.first + block.rows.length - 1,
          rect.lastColumn,
        ),
      ).numberFormat = block.rows;
    }
  }
  const cells = values.map((row, r) => row.map((v, c) => toOfficeValue(v, formats[r]![c])));
  for (const block of blocks(cells, budget.limit)) {
    await budget.room(block.bytes + GROUP_BYTES);
    range(rangeAddress(block.first + 1, 1, block.first + block.rows.length, columns)).values =
      block.rows;
  }

  for (const merge of spec.merges) {
    await budget.room(GROUP_BYTES);
    range(rangeA1(merge)).merge(false);
  }
  for (const run of spec.styles) {
    await budget.room(GROUP_BYTES);
    queueStyle(range(rangeA1(run.range)), run.style, run.range, caps);
  }
  for (const [rowsA1, height] of rowHeightRuns(spec.rowHeights)) {
    await budget.room(GROUP_BYTES);
    range(rowsA1).format.rowHeight = height;
  }

  if (caps.dataValidation)
    for (const v of spec.validations) {
      await budget.room(GROUP_BYTES);
      const validation = range(rangeA1(v.range)).dataValidation;
      const source =
        "items" in v.source
          ? v.source.items.join(",")
          : `=${absoluteA1(v.source.sheet, v.source.range)}`;
      validation.rule = { list: { inCellDropDown: true, source } };
      validation.ignoreBlanks = v.allowBlank;
      if (v.allowOther)
        validation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
      else if (v.errorMessage)
        validation.errorAlert = {
          showAlert: true,
          style: "Stop",
          title: "ข้อมูลไม่ถูกต้อง",
          message: v.errorMessage,
        };
      if (v.prompt) validation.prompt = { showPrompt: true, title: "คำแนะนำ", message: v.prompt };
    }
  if (caps.conditionalFormats)
    for (const f of spec.conditionalFormats) {
      await budget.room(GROUP_BYTES);
      queueConditionalFormat(range(rangeA1(f.range)), f);
    }
  for (const chart of spec.charts ?? []) {
    await budget.room(GROUP_BYTES);
    const c = ws.charts.add("ColumnClustered", range(rangeA1(chart.source)), "Columns");
    c.title.text = chart.title;
    c.legend.position = "Bottom";
    const at = chart.position;
    c.setPosition(cellAddress(at.firstRow, at.firstColumn), cellAddress(at.lastRow, at.lastColumn));
  }
  await budget.room(GROUP_BYTES);
  if (caps.api17 && spec.freeze) {
    if (spec.freeze.columns > 0)
      ws.freezePanes.freezeAt(
        range(rangeAddress(1, 1, Math.max(spec.freeze.rows, 1), spec.freeze.columns)),
      );
    else if (spec.freeze.rows > 0) ws.freezePanes.freezeRows(spec.freeze.rows);
  }
  if (caps.pageLayout && spec.print) {
    queuePageLayout(ws, spec);
    // A break is set above the first row of the range given; a long report has many.
    for (const [i, row] of spec.print.pageBreaks.entries()) {
      if (i % 100 === 99) await budget.room(GROUP_BYTES);
      ws.horizontalPageBreaks.add(`A${row}`);
    }
  }
  if (spec.hidden) ws.visibility = "Hidden";
}

interface Block<T> {
  /** 0-based index of its first row in the grid. */
  readonly first: number;
  readonly rows: T[][];
  /** Its JSON in UTF-8. */
  readonly bytes: number;
}

/** Consecutive rows grouped so that each group stays under MAX_CELLS_PER_WRITE cells and MAX_BYTES_PER_WRITE bytes. */
function blocks<T extends OfficeCell>(grid: T[][], requestLimit: number): Block<T>[] {
  const out: Block<T>[] = [];
  const maxBytes = Math.min(MAX_BYTES_PER_WRITE, requestLimit / 4);
  const width = Math.max(1, grid[0]?.length ?? 1);
  const maxRows = Math.max(1, Math.floor(MAX_CELLS_PER_WRITE / width));
  let current: { first: number; rows: T[][]; bytes: number } = { first: 0, rows: [], bytes: 2 };
  grid.forEach((row, r) => {
    const bytes = jsonBytes(row) + 1;
    if (
      current.rows.length > 0 &&
      (current.rows.length >= maxRows || current.bytes + bytes > maxBytes)
    ) {
      out.push(current);
      current = { first: r, rows: [], bytes: 2 };
    }
    current.rows.push(row);
    current.bytes += bytes;
  });
  if (current.rows.length > 0) out.push(current);
  return out;
}

/** One write per run of consecutive rows with the same height, as "3:7". */
function rowHeightRuns(heights: Readonly<Record<number, number>>): [string, number][] {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: [string, number][] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    while (
      end + 1 < rows.length &&
      rows[end + 1] === rows[end]! + 1 &&
      heights[rows[end + 1]!] === heights[rows[start]!]
    )
      end++;
    runs.push([`${rows[start]}:${rows[end]}`, heights[rows[start]!]!]);
    start = end + 1;
  }
  return runs;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function queueStyle(
  range: Excel.Range,
  style: CellStyle,
  rect: CellRange,
  caps: OfficeCapabilities,
): void {
  const { font, fill } = style;
  if (font) {
    if (font.name !== undefined) range.format.font.name = font.name;
    if (font.size !== undefined) range.format.font.size = font.size;
    if (font.bold !== undefined) range.format.font.bold = font.bold;
    if (font.italic !== undefined) range.format.font.italic = font.italic;
    if (font.underline !== undefined)
      range.format.font.underline = font.underline ? "Single" : "None";
    if (font.color !== undefined) range.format.font.color = font.color;
  }
  if (fill !== undefined) range.format.fill.color = fill;
  if (style.horizontal) range.format.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) range.format.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (caps.indent && style.indent !== undefined) range.format.indentLevel = style.indent;
  if (style.border) queueBorder(range, style.border, rect);
}

const LINE: Record<
  BorderStyle["line"],
  { style: `${Excel.BorderLineStyle}`; weight: `${Excel.BorderWeight}` }
> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  hair: { style: "Continuous", weight: "Hairline" },
  dotted: { style: "Dot", weight: "Thin" },
  double: { style: "Double", weight: "Thick" },
};

function queueBorder(range: Excel.Range, border: BorderStyle, rect: CellRange): void {
  const edges: `${Excel.BorderIndex}`[] =
    border.where === "top"
      ? ["EdgeTop"]
      : border.where === "bottom"
        ? ["EdgeBottom"]
        : ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (border.where === "grid") {
    if (rect.lastColumn > rect.firstColumn) edges.push("InsideVertical");
    if (rect.lastRow > rect.firstRow) edges.push("InsideHorizontal");
  }
  const line = LINE[border.line];
  for (const edge of edges) {
    const b = range.format.borders.getItem(edge);
    b.style = line.style;
    b.weight = line.weight;
    b.color = border.color ?? "#000000";
  }
}

function queueConditionalFormat(range: Excel.Range, f: ConditionalFormat): void {
  if (f.kind === "data-bar") {
    const cf = range.conditionalFormats.add("DataBar");
    cf.dataBar.positiveFormat.fillColor = f.color;
    return;
  }
  const cf = range.conditionalFormats.add("CellValue");
  if (f.style.font?.color) cf.cellValue.format.font.color = f.style.font.color;
  if (f.style.font?.bold !== undefined) cf.cellValue.format.font.bold = f.style.font.bold;
  if (f.style.fill) cf.cellValue.format.fill.color = f.style.fill;
  cf.cellValue.rule = { formula1: `=${f.value}`, operator: "LessThan" };
}

function queuePageLayout(ws: Excel.Worksheet, spec: SheetSpec): void {
  const p = spec.print!;
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.setPrintMargins("Centimeters", { ...p.margins });
  // zoom is assigned as a whole object: a fixed scale, for which the page breaks were placed.
  layout.zoom = { scale: p.scale };
  if (p.centerHorizontally) layout.centerHorizontally = true;
  // Excel's "First page number" instead of "Auto" (ExcelApi 1.9, with the rest of the page setup).
  if (p.firstPageNumber !== undefined) layout.firstPageNumber = p.firstPageNumber;
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.first}:$${p.repeatRows.last}`);
  if (p.printArea) layout.setPrintArea(rangeA1(p.printArea));
  // The memo's first page prints bare: a first-page set left empty (Excel numbers in Arabic digits).
  if (p.bareFirstPage) layout.headersFooters.state = "FirstAndDefault";
  const pages = layout.headersFooters.defaultForAllPages;
  // Office.js takes each section on its own, so no &L/&C/&R section codes.
  const font = { name: spec.defaultFont.name, size: spec.defaultFont.size - 2 };
  const section = (hf: typeof p.footer, key: "left" | "center" | "right") => {
    const text = hf?.[key];
    return text ? headerFooterCode(text, font) : "";
  };
  if (p.header) {
    pages.leftHeader = section(p.header, "left");
    pages.centerHeader = section(p.header, "center");
    pages.rightHeader = section(p.header, "right");
  }
  if (p.footer) {
    pages.leftFooter = section(p.footer, "left");
    pages.centerFooter = section(p.footer, "center");
    pages.rightFooter = section(p.footer, "right");
  }
}
