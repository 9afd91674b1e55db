import { cellRange, type CellRange } from "./cellRange";
import type {
  CellStyle,
  ChartSpec,
  CellValue,
  ColumnSpec,
  ConditionalFormat,
  KeepBlock,
  KeepKind,
  ListValidation,
  PrintRequest,
  PrintSetup,
  SheetSpec,
} from "./sheetSpec";
import { splitMergesAtBreaks } from "./mergeSplit";
import { paginate } from "./pagination";
import { fitScale, onePageScale, pageRowPoints } from "./printScale";
import { DEFAULT_ROW_HEIGHT, fitRowHeights, mergedCellsHold } from "./rowFit";

export interface SheetBuilderOptions {
  readonly name: string;
  readonly role: SheetSpec["role"];
  readonly defaultFont: { readonly name: string; readonly size: number };
  readonly columns: readonly ColumnSpec[];
  readonly tabColor?: string;
  readonly hidden?: boolean;
}

/** Row-by-row construction of a {@link SheetSpec}; keeps report code short and readable. */
export class SheetBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly heights: Record<number, number> = {};
  private readonly merges: CellRange[] = [];
  private readonly styles: { range: CellRange; style: CellStyle }[] = [];
  private readonly validations: ListValidation[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly keeps: KeepBlock[] = [];
  private readonly forcedBreaks: number[] = [];

  constructor(private readonly options: SheetBuilderOptions) {}

  /** The number the next added row will get. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  get columnCount(): number {
    return this.options.columns.length;
  }

  /** Appends a row and returns its 1-based number. */
  addRow(values: readonly CellValue[] = []): number {
    this.rows.push([...values]);
    return this.rows.length;
  }

  /** Appends a row whose text spans every column, merged and styled. */
  addBanner(text: string, style: CellStyle, height?: number): number {
    const row = this.addRow([text]);
    const range = this.wholeRow(row);
    if (this.columnCount > 1) this.merge(range);
    this.style(range, style);
    if (height !== undefined) this.setHeight(row, height);
    return row;
  }

  /** The range of one row across every column. */
  wholeRow(row: number): CellRange {
    return cellRange(row, 1, row, this.columnCount);
  }

  /** The range of rows first..last across every column. */
  rowsRange(first: number, last: number): CellRange {
    return cellRange(first, 1, last, this.columnCount);
  }

  merge(range: CellRange): this {
    this.merges.push(range);
    return this;
  }

  style(range: CellRange, style: CellStyle): this {
    this.styles.push({ range, style });
    return this;
  }

  /**
   * Asks for a row height in points: a row without text gets exactly this (a gap), a row with
   * text at least this; every row with text is fitted to it when the sheet is built.
   */
  setHeight(row: number, points: number): this {
    this.heights[row] = points;
    return this;
  }

  addValidation(validation: ListValidation): this {
    this.validations.push(validation);
    return this;
  }

  addChart(chart: ChartSpec): this {
    this.charts.push(chart);
    return this;
  }

  addConditionalFormat(format: ConditionalFormat): this {
    this.conditionalFormats.push(format);
    return this;
  }

  /**
   * Marks rows first..last to print on one page where a page holds them (see KeepKind and
   * pagination.ts); a block of one row or less is no block.
   */
  keepTogether(first: number, last: number, kind: KeepKind): this {
    if (last > first) this.keeps.push({ first, last, kind });
    return this;
  }

  /** Starts a new page at this row, whatever the rows before it leave free. */
  pageBreakBefore(row: number): this {
    if (row > 1) this.forcedBreaks.push(row);
    return this;
  }

  /** Every row's height: its text measured at the widths and fonts it really has. */
  private fittedHeights(): Record<number, number> {
    const heights = fitRowHeights({
      rows: this.rows,
      columns: this.options.columns,
      styles: this.styles,
      merges: this.merges,
      defaultFontSize: this.options.defaultFont.size,
      minimums: this.heights,
    });
    // Rows past the last one written keep the heights asked for them.
    const out: Record<number, number> = { ...this.heights };
    heights.forEach((h, i) => {
      if (h !== undefined) out[i + 1] = h;
    });
    return out;
  }

  /**
   * The print setup as written: the scale at which the columns fit one page wide, and the page
   * breaks placed from the fitted row heights around the blocks to keep together.
   */
  private printSetup(
    { onePage, ...request }: PrintRequest,
    heights: Readonly<Record<number, number>>,
  ): PrintSetup {
    const height = (row: number) => heights[row] ?? DEFAULT_ROW_HEIGHT;
    const widthScale = fitScale(this.options.columns, request);
    let total = 0;
    for (let r = 1; r <= this.rows.length; r++) total += height(r);
    const scale = onePage ? onePageScale(widthScale, total, request) : widthScale;
    const pageBreaks = paginate({
      rowCount: this.rows.length,
      height,
      pageHeight: pageRowPoints(request, scale),
      ...(request.repeatRows ? { repeatRows: request.repeatRows } : {}),
      keep: this.keeps,
      forced: this.forcedBreaks,
    });
    return { ...request, scale, pageBreaks };
  }

  /**
   * Whether every part of the merges cut at the page breaks, a part of one row included, holds
   * its text at the heights the breaks were placed from (only those cells measured).
   */
  private partsHold(
    split: {
      readonly parts: readonly CellRange[];
      readonly rows: readonly (readonly CellValue[])[];
    },
    heights: Readonly<Record<number, number>>,
  ): boolean {
    const cells = split.parts.map((rect) => ({
      rect,
      value: split.rows[rect.firstRow - 1]?.[rect.firstColumn - 1] ?? null,
    }));
    return mergedCellsHold(
      {
        columns: this.options.columns,
        styles: this.styles,
        defaultFontSize: this.options.defaultFont.size,
      },
      cells,
      heights,
    );
  }

  build(
    extra: {
      readonly freeze?: SheetSpec["freeze"];
      readonly print?: PrintRequest;
    } = {},
  ): SheetSpec {
    const { name, role, defaultFont, columns, tabColor, hidden } = this.options;
    const rowHeights = this.fittedHeights();
    const print = extra.print ? this.printSetup(extra.print, rowHeights) : undefined;
    // A cell merged down over a page break is cut there, its text on both pages, where each
    // piece still holds it at the heights the page breaks were placed from.
    const split = print ? splitMergesAtBreaks(this.merges, this.rows, print.pageBreaks) : null;
    const fits = split !== null && this.partsHold(split, rowHeights);
    return {
      name,
      role,
      defaultFont,
      columns,
      rows: fits ? split.rows : this.rows.map((r) => [...r]),
      rowHeights,
      merges: fits ? split.merges : [...this.merges],
      styles: [...this.styles],
      validations: [...this.validations],
      conditionalFormats: [...this.conditionalFormats],
      ...(this.charts.length ? { charts: [...this.charts] } : {}),
      ...(tabColor !== undefined ? { tabColor } : {}),
      ...(hidden !== undefined ? { hidden } : {}),
      ...(extra.freeze ? { freeze: extra.freeze } : {}),
      ...(print ? { print } : {}),
      ...(this.keeps.length
        ? { keep: [...this.keeps].sort((a, b) => a.first - b.first || a.last - b.last) }
        : {}),
    };
  }
}
