import { cellKey, colName, keyCol, keyRow, rectA1, sheetRef } from "./address";
import type {
  CfModel,
  ChartModel,
  FmtValue,
  SheetModel,
  ValidationModel,
  WorkbookModel,
} from "./model/state";
import { coveredByLayer, formatAt } from "./model/cells";
import type { StoredKind } from "./values";

/** Plain, JSON-serialisable views of the host's workbook, for tests to assert on. */

export type HostCellKind = StoredKind;
export type HostBorderEdge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "DiagonalDown" | "DiagonalUp";

export interface HostBorder {
  style?: string;
  weight?: string;
  color?: string;
}

/** Only explicitly set properties are present; absent means Excel's default. */
export interface HostCellFormat {
  font: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    underline?: string;
    color?: string;
  };
  fill: { color?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders: Partial<Record<HostBorderEdge, HostBorder>>;
}

export interface HostCell {
  /** "" for an empty cell; the formula text for a formula; "#N/A" etc. for an error. */
  value: string | number | boolean;
  kind: HostCellKind;
  numberFormat: string;
  format: HostCellFormat;
}

export interface HostHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface HostPageLayout {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  /** "" is "Auto". */
  firstPageNumber: number | "";
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** In points, whatever unit setPrintMargins was given. */
  margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
  /** Absolute rows, e.g. "$1:$3"; null when unset. */
  printTitleRows: string | null;
  printArea: string | null;
  headersFooters: {
    state: string;
    defaultForAllPages: HostHeaderFooter;
    firstPage: HostHeaderFooter;
  };
  /** 1-based rows that start a new page. */
  rowBreaks: number[];
}

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface HostValidation {
  range: string;
  rule: { [key: string]: JsonValue } | null;
  errorAlert: { [key: string]: JsonValue };
  prompt: { [key: string]: JsonValue };
  ignoreBlanks: boolean;
}

export interface HostConditionalFormat {
  range: string;
  type: string;
  priority: number;
  /** By path: "cellValue.rule", "custom.rule.formula", "dataBar.positiveFormat.fillColor", … */
  settings: { [path: string]: JsonValue };
}

export interface HostChart {
  name: string;
  type: string;
  /** The source data's A1 address without the sheet. */
  source: string;
  seriesBy: string;
  title: string;
  position: { topLeft: string; bottomRight: string | null } | null;
  top: number;
  left: number;
  width: number;
  height: number;
  legendPosition: string;
}

export interface HostSheetSnapshot {
  name: string;
  id: string;
  visibility: string;
  tabColor: string;
  protected: boolean;
  cells: { [a1: string]: HostCell };
  merges: string[];
  rowHeights: { [row: string]: number };
  columnWidths: { [column: string]: number };
  hiddenColumns: string[];
  freeze: { rows: number; columns: number };
  pageLayout: HostPageLayout;
  validations: HostValidation[];
  conditionalFormats: HostConditionalFormat[];
  charts: HostChart[];
}

export interface HostWorkbookSnapshot {
  activeSheet: string;
  selection: string | null;
  sheets: HostSheetSnapshot[];
}

const SIDE_EDGE: Readonly<Record<string, HostBorderEdge>> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
  diagonalDown: "DiagonalDown",
  diagonalUp: "DiagonalUp",
};

const toJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function cellFormat(fmt: ReadonlyMap<string, FmtValue>): HostCellFormat {
  const out: HostCellFormat = { font: {}, fill: {}, borders: {} };
  const font = out.font as Record<string, FmtValue>;
  const top = out as unknown as Record<string, FmtValue>;
  for (const [key, value] of fmt) {
    const parts = key.split(".");
    if (parts[0] === "font" && parts[1] !== undefined) font[parts[1]] = value;
    else if (key === "fill.color") out.fill.color = String(value);
    else if (parts[0] === "border" && parts[1] !== undefined && parts[2] !== undefined) {
      const edge = SIDE_EDGE[parts[1]];
      if (edge !== undefined)
        ((out.borders[edge] ??= {}) as Record<string, string>)[parts[2]] = String(value);
    } else if (key !== "numberFormat") top[key] = value;
  }
  return out;
}

export function cellAt(sheet: SheetModel, r: number, c: number): HostCell | undefined {
  const cell = sheet.cells.get(cellKey(r, c));
  if (cell === undefined && !coveredByLayer(sheet, r, c)) return undefined;
  const fmt = formatAt(sheet, r, c);
  const nf = fmt.get("numberFormat");
  return {
    value: cell?.value ?? "",
    kind: cell?.kind ?? "empty",
    numberFormat: typeof nf === "string" ? nf : "General",
    format: cellFormat(fmt),
  };
}

export const validationOut = (v: ValidationModel): HostValidation =>
  toJson({
    range: rectA1(v.rect),
    rule: v.rule,
    errorAlert: v.errorAlert,
    prompt: v.prompt,
    ignoreBlanks: v.ignoreBlanks,
  }) as HostValidation;

export const cfOut = (cf: CfModel): HostConditionalFormat =>
  toJson({
    range: rectA1(cf.rect),
    type: cf.type,
    priority: cf.priority,
    settings: Object.fromEntries([...cf.settings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  }) as HostConditionalFormat;

export const chartOut = (c: ChartModel): HostChart =>
  toJson({
    name: c.name,
    type: c.type,
    source: rectA1(c.source),
    seriesBy: c.seriesBy,
    title: c.title,
    position: c.position,
    top: c.top,
    left: c.left,
    width: c.width,
    height: c.height,
    legendPosition: c.legendPosition,
  });

export function pageLayoutOut(s: SheetModel): HostPageLayout {
  return toJson({
    ...s.pageLayout,
    rowBreaks: s.pageLayout.rowBreaks.map((r) => r + 1),
  }) as HostPageLayout;
}

export function sheetSnapshot(s: SheetModel): HostSheetSnapshot {
  const cells: Record<string, HostCell> = {};
  for (const k of [...s.cells.keys()].sort((a, b) => a - b)) {
    const cell = cellAt(s, keyRow(k), keyCol(k));
    if (cell) cells[`${colName(keyCol(k))}${keyRow(k) + 1}`] = cell;
  }
  const sorted = (
    m: ReadonlyMap<number, number>,
    label: (k: number) => string,
  ): Record<string, number> =>
    Object.fromEntries([...m].sort(([a], [b]) => a - b).map(([k, v]) => [label(k), v]));
  return toJson({
    name: s.name,
    id: s.id,
    visibility: s.visibility,
    tabColor: s.tabColor,
    protected: s.protected,
    cells,
    merges: s.merges.map((m) => rectA1(m)),
    rowHeights: sorted(s.rowHeights, (k) => String(k + 1)),
    columnWidths: sorted(s.columnWidths, colName),
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b).map(colName),
    freeze: s.freeze,
    pageLayout: pageLayoutOut(s),
    validations: s.validations.map(validationOut),
    conditionalFormats: s.conditionalFormats.map(cfOut),
    charts: s.charts.map(chartOut),
  });
}

export function workbookSnapshot(m: WorkbookModel): HostWorkbookSnapshot {
  const sel = m.selection;
  const selSheet = sel === null ? undefined : m.sheets.find((s) => s.id === sel.sheetId);
  return {
    activeSheet: m.sheets.find((s) => s.id === m.activeSheetId)?.name ?? "",
    selection:
      sel === null || selSheet === undefined
        ? null
        : `${sheetRef(selSheet.name)}!${rectA1(sel.rect)}`,
    sheets: m.sheets.map(sheetSnapshot),
  };
}
