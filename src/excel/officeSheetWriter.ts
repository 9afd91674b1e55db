import { columnLetters, parseRange, rangeAddress } from "../domain/sheet/a1";
import { effectiveNumberFormats, headerFooterCode, needsTextGuard, valueRectangle } from "../domain/sheet/cellLayout";
import type { BorderStyle, CellStyle, CellValue, ConditionalFormat, SheetSpec } from "../domain/sheet/sheetSpec";
import { columnWidthPoints } from "../domain/sheet/textMetrics";
import { fromIsoDate } from "../domain/thai/thaiDate";
import { toExcelSerial } from "../domain/thai/parseThaiDate";
import type { OfficeCapabilities } from "./capabilities";
import { operationBytes, type RequestBudget } from "./requestBudget";

type Cell = string | number | boolean;

/**
 * Queues every write that turns an empty worksheet into `spec` on the worksheet's context.
 * Never syncs: the caller decides when the batch goes to Excel, so the number of round trips
 * does not depend on the number of rows.
 */
export async function queueSheet(ws: Excel.Worksheet, spec: SheetSpec, caps: OfficeCapabilities, budget: RequestBudget): Promise<void> {
  const { rows, columns, values } = valueRectangle(spec);
  const formats = effectiveNumberFormats(spec, rows, columns);
  await budget.reserve(operationBytes(spec.styles) + operationBytes(spec.merges) + 200 * (spec.columns.length + Object.keys(spec.rowHeights).length));

  if (caps.api17 && spec.tabColor) ws.tabColor = spec.tabColor;
  const sheetRange = ws.getRange();
  sheetRange.format.font.name = spec.defaultFont.name;
  sheetRange.format.font.size = spec.defaultFont.size;
  spec.columns.forEach((col, i) => {
    const column = ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`);
    column.format.columnWidth = columnWidthPoints(col.width);
    if (col.hidden) column.columnHidden = true;
  });

  // Number formats first, so text-formatted cells keep what is written into them.
  for (const run of spec.styles)
    if (run.style.numberFormat !== undefined) {
      await budget.reserve(numberFormatBytes(run.range, run.style.numberFormat));
      queueNumberFormat(ws, run.range, run.style.numberFormat);
    }
  const cells = values.map((row, r) => row.map((v, c) => toOfficeValue(v, formats[r]![c])));
  for (const block of rowBlocks(cells, budget.limit / 2)) {
    await budget.reserve(block.bytes);
    ws.getRange(rangeAddress(block.first + 1, 1, block.first + block.rows.length, columns)).values = block.rows;
  }

  for (const merge of spec.merges) ws.getRange(merge).merge(false);
  for (const run of spec.styles) queueStyle(ws.getRange(run.range), run.style, run.range);
  queueRowHeights(ws, spec.rowHeights);

  if (caps.dataValidation)
    for (const v of spec.validations) {
      const range = ws.getRange(v.range);
      const source = "items" in v.source ? v.source.items.join(",") : `=${v.source.range}`;
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      range.dataValidation.ignoreBlanks = v.allowBlank;
      if (v.allowOther) range.dataValidation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
      else if (v.errorMessage)
        range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "ข้อมูลไม่ถูกต้อง", message: v.errorMessage };
      if (v.prompt) range.dataValidation.prompt = { showPrompt: true, title: "คำแนะนำ", message: v.prompt };
    }
  if (caps.conditionalFormats) for (const f of spec.conditionalFormats) queueConditionalFormat(ws, f);
  for (const chart of spec.charts ?? []) {
    const c = ws.charts.add("ColumnClustered", ws.getRange(chart.source), "Columns");
    c.title.text = chart.title;
    c.legend.position = "Bottom";
    c.setPosition(chart.position.topLeft, chart.position.bottomRight);
  }
  if (caps.api17 && spec.freeze) {
    if (spec.freeze.columns > 0) ws.freezePanes.freezeAt(ws.getRange(rangeAddress(1, 1, Math.max(spec.freeze.rows, 1), spec.freeze.columns)));
    else if (spec.freeze.rows > 0) ws.freezePanes.freezeRows(spec.freeze.rows);
  }
  if (caps.pageLayout && spec.print) queuePageLayout(ws, spec);
  if (spec.hidden) ws.visibility = "Hidden";
}

/** Consecutive rows grouped so that each group's JSON stays under `limit` bytes. */
function rowBlocks(cells: Cell[][], limit: number): { first: number; rows: Cell[][]; bytes: number }[] {
  const blocks: { first: number; rows: Cell[][]; bytes: number }[] = [];
  let current = { first: 0, rows: [] as Cell[][], bytes: 200 };
  cells.forEach((row, r) => {
    const bytes = operationBytes(row) - 200;
    if (current.rows.length > 0 && current.bytes + bytes > limit) {
      blocks.push(current);
      current = { first: r, rows: [], bytes: 200 };
    }
    current.rows.push(row);
    current.bytes += bytes;
  });
  blocks.push(current);
  return blocks;
}

function numberFormatBytes(a1: string, format: string): number {
  const rect = parseRange(a1)!;
  return 200 + (rect.lastRow - rect.firstRow + 1) * (rect.lastColumn - rect.firstColumn + 1) * (format.length + 3);
}

/** Text that Excel would read as a formula, number or date gets an apostrophe to stay text. */
export function toOfficeValue(value: CellValue, format: string | undefined): Cell {
  if (value === null) return "";
  if (typeof value === "object") {
    const date = fromIsoDate(value.date);
    return date ? toExcelSerial(date) : value.date;
  }
  if (typeof value === "string" && format !== "@" && needsTextGuard(value)) return `'${value}`;
  return value;
}

function queueNumberFormat(ws: Excel.Worksheet, a1: string, format: string): void {
  const rect = parseRange(a1)!;
  const height = rect.lastRow - rect.firstRow + 1;
  const width = rect.lastColumn - rect.firstColumn + 1;
  ws.getRange(a1).numberFormat = Array.from({ length: height }, () => new Array<string>(width).fill(format));
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function queueStyle(range: Excel.Range, style: CellStyle, a1: string): void {
  const { font, fill } = style;
  if (font) {
    if (font.name !== undefined) range.format.font.name = font.name;
    if (font.size !== undefined) range.format.font.size = font.size;
    if (font.bold !== undefined) range.format.font.bold = font.bold;
    if (font.italic !== undefined) range.format.font.italic = font.italic;
    if (font.underline !== undefined) range.format.font.underline = font.underline ? "Single" : "None";
    if (font.color !== undefined) range.format.font.color = font.color;
  }
  if (fill !== undefined) range.format.fill.color = fill;
  if (style.horizontal) range.format.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) range.format.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.indent !== undefined) range.format.indentLevel = style.indent;
  if (style.border) queueBorder(range, style.border, a1);
}

const LINE: Record<BorderStyle["line"], { style: `${Excel.BorderLineStyle}`; weight: `${Excel.BorderWeight}` }> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  hair: { style: "Continuous", weight: "Hairline" },
  dotted: { style: "Dot", weight: "Thin" },
  double: { style: "Double", weight: "Thick" },
};

function queueBorder(range: Excel.Range, border: BorderStyle, a1: string): void {
  const rect = parseRange(a1)!;
  const edges: `${Excel.BorderIndex}`[] =
    border.where === "top" ? ["EdgeTop"] : border.where === "bottom" ? ["EdgeBottom"] : ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
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

/** One write per run of consecutive rows with the same height. */
function queueRowHeights(ws: Excel.Worksheet, heights: Readonly<Record<number, number>>): void {
  const rows = Object.keys(heights).map(Number).sort((a, b) => a - b);
  let start = 0;
  while (start < rows.length) {
    let end = start;
    while (end + 1 < rows.length && rows[end + 1] === rows[end]! + 1 && heights[rows[end + 1]!] === heights[rows[start]!]) end++;
    ws.getRange(`${rows[start]}:${rows[end]}`).format.rowHeight = heights[rows[start]!]!;
    start = end + 1;
  }
}

function queueConditionalFormat(ws: Excel.Worksheet, f: ConditionalFormat): void {
  const range = ws.getRange(f.range);
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
  // zoom must be assigned as a whole object; Excel leaves the page count tall automatic.
  layout.zoom = { horizontalFitToPages: p.fitToWidth };
  if (p.centerHorizontally) layout.centerHorizontally = true;
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.first}:$${p.repeatRows.last}`);
  if (p.printArea) layout.setPrintArea(p.printArea);
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
