import { rangeAddress } from "./a1";
import type {
  CellStyle,
  ChartSpec,
  CellValue,
  ColumnSpec,
  ConditionalFormat,
  ListValidation,
  PrintSetup,
  SheetSpec,
} from "./sheetSpec";
import { fitRowHeights } from "./rowFit";

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
  private readonly merges: string[] = [];
  private readonly styles: { range: string; style: CellStyle }[] = [];
  private readonly validations: ListValidation[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];
  private readonly charts: ChartSpec[] = [];

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

  /** The A1 range of one row across every column. */
  wholeRow(row: number): string {
    return rangeAddress(row, 1, row, this.columnCount);
  }

  /** The A1 range of rows first..last across every column. */
  rowsRange(first: number, last: number): string {
    return rangeAddress(first, 1, last, this.columnCount);
  }

  merge(range: string): this {
    this.merges.push(range);
    return this;
  }

  style(range: string, style: CellStyle): this {
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

  build(extra: {
    readonly freeze?: SheetSpec["freeze"];
    readonly print?: PrintSetup;
  } = {}): SheetSpec {
    const { name, role, defaultFont, columns, tabColor, hidden } = this.options;
    return {
      name,
      role,
      defaultFont,
      columns,
      rows: this.rows.map((r) => [...r]),
      rowHeights: this.fittedHeights(),
      merges: [...this.merges],
      styles: [...this.styles],
      validations: [...this.validations],
      conditionalFormats: [...this.conditionalFormats],
      ...(this.charts.length ? { charts: [...this.charts] } : {}),
      ...(tabColor !== undefined ? { tabColor } : {}),
      ...(hidden !== undefined ? { hidden } : {}),
      ...(extra.freeze ? { freeze: extra.freeze } : {}),
      ...(extra.print ? { print: extra.print } : {}),
    };
  }
}
