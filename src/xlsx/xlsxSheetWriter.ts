import type ExcelJS from "exceljs";
import { absoluteA1, rangeA1 } from "../domain/sheet/a1";
import { forEachCell, type CellRange } from "../domain/sheet/cellRange";
import { headerFooterString, valueRectangle } from "../domain/sheet/cellLayout";
import type { BorderStyle, CellStyle, CellValue, SheetSpec } from "../domain/sheet/sheetSpec";
import { toExcelSerial } from "../domain/thai/parseThaiDate";
import { fromIsoDate } from "../domain/thai/thaiDate";
import { mergeAll } from "./xlsxMerges";

const CM_PER_INCH = 2.54;
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Fills an empty ExcelJS worksheet from a sheet description. */
export function writeSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const { rows, columns, values } = valueRectangle(spec);
  const font = { name: spec.defaultFont.name, size: spec.defaultFont.size };
  spec.columns.forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    column.width = col.width;
    column.font = font;
    if (col.hidden) column.hidden = true;
  });

  const styles = resolveStyles(spec, rows, columns);
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      const value = toXlsxValue(values[r - 1]![c - 1] ?? null);
      if (value !== null) cell.value = value;
      cell.style = styles[r - 1]![c - 1]!;
    }
  }
  mergeAll(ws, spec.merges);
  for (const [r, h] of Object.entries(spec.rowHeights)) ws.getRow(Number(r)).height = h;

  for (const v of spec.validations) {
    const formulae =
      "items" in v.source
        ? [`"${v.source.items.join(",")}"`]
        : [absoluteA1(v.source.sheet, v.source.range)];
    forEachCell(v.range, (r, c) => {
      ws.getCell(r, c).dataValidation = {
        type: "list",
        allowBlank: v.allowBlank,
        formulae,
        showErrorMessage: !v.allowOther,
        errorStyle: "stop",
        ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
        errorTitle: "ข้อมูลไม่ถูกต้อง",
        ...(v.errorMessage ? { error: v.errorMessage } : {}),
      };
    });
  }
  // ExcelJS cannot draw charts: the chart's numbers get in-cell data bars instead.
  const dataBars = (spec.charts ?? []).flatMap((c) =>
    c.fallbackDataBars.map((range) => ({
      kind: "data-bar" as const,
      range,
      color: c.fallbackColor,
    })),
  );
  [...spec.conditionalFormats, ...dataBars].forEach((f, i) => {
    if (f.kind === "data-bar") {
      ws.addConditionalFormatting({
        ref: rangeA1(f.range),
        rules: [
          {
            type: "dataBar",
            priority: i + 1,
            cfvo: [
              { type: "num", value: 0 },
              { type: "num", value: 100 },
            ],
            color: { argb: argb(f.color) },
          } as ExcelJS.ConditionalFormattingRule,
        ],
      });
      return;
    }
    ws.addConditionalFormatting({
      ref: rangeA1(f.range),
      rules: [
        {
          type: "cellIs",
          operator: "lessThan",
          formulae: [f.value],
          priority: i + 1,
          style: {
            ...(f.style.font
              ? {
                  font: {
                    ...(f.style.font.bold !== undefined ? { bold: f.style.font.bold } : {}),
                    ...(f.style.font.color ? { color: { argb: argb(f.style.font.color) } } : {}),
                  },
                }
              : {}),
            ...(f.style.fill
              ? {
                  fill: {
                    type: "pattern",
                    pattern: "solid",
                    bgColor: { argb: argb(f.style.fill) },
                  },
                }
              : {}),
          },
        },
      ],
    });
  });

  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0))
    ws.views = [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  if (spec.hidden) ws.state = "hidden";
  if (spec.print) writePrintSetup(ws, spec);
}

function toXlsxValue(value: CellValue): string | number | boolean | null {
  if (value === null || typeof value !== "object") return value;
  const date = fromIsoDate(value.date);
  return date ? toExcelSerial(date) : value.date;
}

type MutableStyle = {
  font: Partial<ExcelJS.Font>;
  alignment: Partial<ExcelJS.Alignment>;
  border: Partial<ExcelJS.Borders>;
  fill?: ExcelJS.Fill;
  numFmt?: string;
};

/** Every cell's final style after the runs, applied in order property by property. */
function resolveStyles(spec: SheetSpec, rows: number, columns: number): Partial<ExcelJS.Style>[][] {
  const grid: MutableStyle[][] = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => ({
      font: { name: spec.defaultFont.name, size: spec.defaultFont.size },
      alignment: {},
      border: {},
    })),
  );
  for (const run of spec.styles) {
    const rect = run.range;
    const clipped = {
      ...rect,
      lastRow: Math.min(rect.lastRow, rows),
      lastColumn: Math.min(rect.lastColumn, columns),
    };
    forEachCell(clipped, (r, c) => applyStyle(grid[r - 1]![c - 1]!, run.style, rect, r, c));
  }
  return grid.map((row) =>
    row.map((s) => ({
      font: s.font,
      alignment: s.alignment,
      border: s.border,
      ...(s.fill ? { fill: s.fill } : {}),
      ...(s.numFmt ? { numFmt: s.numFmt } : {}),
    })),
  );
}

const H = { left: "left", center: "center", right: "right", justify: "justify" } as const;
const V = { top: "top", middle: "middle", bottom: "bottom" } as const;
const LINE: Record<BorderStyle["line"], ExcelJS.BorderStyle> = {
  thin: "thin",
  medium: "medium",
  thick: "thick",
  dotted: "dotted",
  hair: "hair",
  double: "double",
};

function applyStyle(
  target: MutableStyle,
  style: CellStyle,
  rect: CellRange,
  r: number,
  c: number,
): void {
  const f = style.font;
  if (f) {
    if (f.name !== undefined) target.font.name = f.name;
    if (f.size !== undefined) target.font.size = f.size;
    if (f.bold !== undefined) target.font.bold = f.bold;
    if (f.italic !== undefined) target.font.italic = f.italic;
    if (f.underline !== undefined) target.font.underline = f.underline;
    if (f.color !== undefined) target.font.color = { argb: argb(f.color) };
  }
  if (style.fill !== undefined)
    target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.numberFormat !== undefined) target.numFmt = style.numberFormat;
  if (style.horizontal) target.alignment.horizontal = H[style.horizontal];
  if (style.vertical) target.alignment.vertical = V[style.vertical];
  if (style.wrap !== undefined) target.alignment.wrapText = style.wrap;
  if (style.indent !== undefined) target.alignment.indent = style.indent;
  const b = style.border;
  if (b) {
    const edge = { style: LINE[b.line], color: { argb: argb(b.color ?? "#000000") } };
    const all = b.where === "grid";
    if (
      all ||
      (b.where === "outline" && r === rect.firstRow) ||
      (b.where === "top" && r === rect.firstRow)
    )
      target.border.top = edge;
    if (
      all ||
      (b.where === "outline" && r === rect.lastRow) ||
      (b.where === "bottom" && r === rect.lastRow)
    )
      target.border.bottom = edge;
    if (all || (b.where === "outline" && c === rect.firstColumn)) target.border.left = edge;
    if (all || (b.where === "outline" && c === rect.lastColumn)) target.border.right = edge;
  }
}

function writePrintSetup(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const p = spec.print!;
  const m = p.margins;
  const inch = (cm: number) => Math.round((cm / CM_PER_INCH) * 1000) / 1000;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: p.orientation,
    // A fixed scale, not fit to width: the page breaks were placed for it.
    fitToPage: false,
    scale: p.scale,
    horizontalCentered: p.centerHorizontally ?? false,
    margins: {
      top: inch(m.top),
      bottom: inch(m.bottom),
      left: inch(m.left),
      right: inch(m.right),
      header: inch(m.header),
      footer: inch(m.footer),
    },
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.first}:${p.repeatRows.last}` } : {}),
    ...(p.printArea ? { printArea: rangeA1(p.printArea) } : {}),
    // ExcelJS writes firstPageNumber with useFirstPageNumber="1": Excel's "First page number" set, not "Auto".
    ...(p.firstPageNumber !== undefined ? { firstPageNumber: p.firstPageNumber } : {}),
  };
  // A break after row r - 1 is a page starting at row r.
  for (const row of p.pageBreaks) ws.getRow(row - 1).addPageBreak();
  const font = spec.defaultFont;
  ws.headerFooter = {
    ...(p.header
      ? { oddHeader: headerFooterString(p.header, { name: font.name, size: font.size - 2 }) }
      : {}),
    ...(p.footer
      ? { oddFooter: headerFooterString(p.footer, { name: font.name, size: font.size - 2 }) }
      : {}),
    // The memo's first page prints bare: a first-page header and footer left empty.
    ...(p.bareFirstPage ? { differentFirst: true, firstHeader: "", firstFooter: "" } : {}),
  };
}
