import type { DigitStyle } from "../thai/digits";
import type { CellRange } from "./cellRange";

/**
 * A plain-data description of one worksheet: what to write, how it looks and how it prints.
 * Both writers (Office.js and ExcelJS) materialise the same description.
 */

/** A cell's value. Strings are always literal text, never formulas. */
export type CellValue = string | number | boolean | null | DateValue;

/** A calendar date (Gregorian ISO yyyy-mm-dd); shown through a number format. */
export interface DateValue {
  readonly date: string;
}

export type HorizontalAlign = "left" | "center" | "right" | "justify";
export type VerticalAlign = "top" | "middle" | "bottom";
export type BorderLine = "thin" | "medium" | "thick" | "dotted" | "hair" | "double";

export interface FontStyle {
  readonly name?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** RGB hex, "#1F3864". */
  readonly color?: string;
}

/**
 * Borders of a range: "grid" draws every cell edge, "outline" the range's outer edge,
 * "top"/"bottom" one edge of the range.
 */
export interface BorderStyle {
  readonly line: BorderLine;
  readonly where: "grid" | "outline" | "top" | "bottom";
  readonly color?: string;
}

export interface CellStyle {
  readonly font?: FontStyle;
  /** Solid fill, RGB hex. */
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly horizontal?: HorizontalAlign;
  readonly vertical?: VerticalAlign;
  readonly wrap?: boolean;
  readonly indent?: number;
  readonly border?: BorderStyle;
}

/** A style applied to a range; later runs override earlier ones property by property. */
export interface StyleRun {
  readonly range: CellRange;
  readonly style: CellStyle;
}

export interface ColumnSpec {
  /** Width in Excel character units (digits of the default font). */
  readonly width: number;
  readonly hidden?: boolean;
}

/** A dropdown list on a range, from literal items or from a range on another sheet. */
export interface ListValidation {
  readonly range: CellRange;
  readonly source:
    { readonly items: readonly string[] } | { readonly sheet: string; readonly range: CellRange };
  readonly allowBlank: boolean;
  /** When true the list only suggests: other typed values are accepted without an error. */
  readonly allowOther?: boolean;
  readonly prompt?: string;
  readonly errorMessage?: string;
}

/** Highlights cells whose number is below a value, or draws in-cell data bars. */
export type ConditionalFormat =
  | {
      readonly kind: "less-than";
      readonly range: CellRange;
      readonly value: number;
      readonly style: Pick<CellStyle, "font" | "fill">;
    }
  | { readonly kind: "data-bar"; readonly range: CellRange; readonly color: string };

export type HeaderFooterField = "page" | "pages" | "sheet";
/** Header or footer text; `{page}`, `{pages}` and `{sheet}` are filled in when printing. */
export interface HeaderFooter {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

export interface PrintSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Margins in centimetres. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  /**
   * Print scale in whole percent (10–400): the largest at which the columns fit one page wide,
   * at most 100 (printScale.ts). A fixed scale, not "fit to one page wide", so that the page
   * breaks placed from the row heights hold in Excel and LibreOffice alike.
   */
  readonly scale: number;
  /** Rows that start a new page (manual page breaks above them), 1-based, ascending. */
  readonly pageBreaks: readonly number[];
  /** Rows repeated at the top of every printed page, 1-based, inclusive. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  readonly printArea?: CellRange;
  readonly centerHorizontally?: boolean;
  readonly header?: HeaderFooter;
  readonly footer?: HeaderFooter;
  /** The first page prints without header and footer (the memo: numbered from page 2 on). */
  readonly bareFirstPage?: boolean;
  /**
   * With bareFirstPage: the sheet's first pages, this many, are front matter (the analysis'
   * foreword, one page or more), printed without header and footer in the PDF and left out of its
   * numbering: the pages after them read from 1 and the total leaves them out ("หน้า ๑ จาก ๒" on
   * the second of three pages). Excel's &P and &N count every page and its "different first page"
   * reaches page 1 only, so in Excel a foreword's later pages carry a number and the body counts them.
   */
  readonly frontMatterPages?: number;
  /**
   * The number `{page}` starts from on the sheet's first page (Excel's Page Setup "First page
   * number" instead of "Auto"), so a sheet printed with others in one job still starts at it.
   */
  readonly firstPageNumber?: number;
  /**
   * The digits of `{page}` and `{pages}` where the PDF step stamps them (each document numbered
   * on its own); Excel's own header codes print Arabic digits only.
   */
  readonly pageNumberDigits?: DigitStyle;
}

/** A print setup as a report asks for it: the scale and page breaks follow from the sheet (SheetBuilder.build). */
export type PrintRequest = Omit<PrintSetup, "scale" | "pageBreaks"> & {
  /** Print smaller (down to MIN_ONE_PAGE_SCALE) where that puts every row on one page: a one-page table. */
  readonly onePage?: boolean;
};

/**
 * A native Excel chart of a table. Files written without Excel (ExcelJS has no charts) show
 * in-cell data bars on `fallbackDataBars` instead.
 */
export interface ChartSpec {
  readonly kind: "column-clustered";
  readonly title: string;
  /** The table: first column the categories, first row the series names. */
  readonly source: CellRange;
  /** The cells the chart covers, from its top-left cell to its bottom-right one. */
  readonly position: CellRange;
  readonly fallbackDataBars: readonly CellRange[];
  readonly fallbackColor: string;
}

/**
 * Rows that print on one page where a page can hold them (pagination.ts). "strong" blocks give
 * way only when they are taller than a page, "medium" ones before them, "weak" ones first.
 */
export interface KeepBlock {
  readonly first: number;
  readonly last: number;
  readonly kind: KeepKind;
}
/**
 * What a block holds: a table row spread over several sheet rows, one person's signature, a
 * heading with what follows it, a signature with the text before it, a whole table, or the
 * text after a table with the table's last row (so that no page holds it alone under the
 * repeated header).
 */
export type KeepKind = "row" | "signature" | "heading" | "with-previous" | "table" | "closing";

export interface SheetSpec {
  /** At most 31 characters, none of []:*?/\ (checked by validateSheetSpec). */
  readonly name: string;
  /** Report sheets are rewritten on every build; input sheets never are. */
  readonly role: "report" | "input" | "lists";
  readonly hidden?: boolean;
  readonly tabColor?: string;
  readonly defaultFont: { readonly name: string; readonly size: number };
  readonly columns: readonly ColumnSpec[];
  /** Row-major cells, row 1 first; shorter rows are padded with blanks. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Row heights in points, by 1-based row number; rows not listed keep the default. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly merges: readonly CellRange[];
  readonly styles: readonly StyleRun[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly validations: readonly ListValidation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly charts?: readonly ChartSpec[];
  readonly print?: PrintSetup;
  /** What the page breaks were placed around; read by the layout checks, not written. */
  readonly keep?: readonly KeepBlock[];
}

/** A set of sheets written together; the order is the tab order. */
export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /**
   * Report sheets an earlier build may have written that this one no longer asks for (a cover
   * page turned off): removed once the new reports are in place. A name that is also a sheet of
   * this set is never removed; the report builder never names an input sheet here.
   */
  readonly retired?: readonly string[];
  /**
   * The tab colour the product gives the retired sheets when it writes them: only an existing
   * sheet of that tab colour is removed, so a sheet the user made under the same name stays.
   */
  readonly retiredTabColor?: string;
}
