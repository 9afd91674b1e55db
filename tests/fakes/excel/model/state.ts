import type { Rect } from "../address";
import type { HostLocale, StoredKind } from "../values";
import type { ApiVersion } from "../hostTypes";

/** The workbook model the simulated host keeps: plain data; behaviour lives beside each object type. */

export type FmtValue = string | number | boolean;
export type FmtPatch = ReadonlyMap<string, FmtValue | null>;

export interface CellModel {
  value: string | number | boolean | null;
  kind: StoredKind;
  /** Explicit format properties, keyed "numberFormat", "font.bold", "border.top.style", … */
  fmt: Map<string, FmtValue>;
}

/** A format applied to a range too large to store cell by cell (whole rows, columns or sheet). */
export interface FormatLayer {
  readonly rect: Rect;
  readonly reset: boolean;
  readonly patch: FmtPatch;
}

export interface ValidationModel {
  rect: Rect;
  rule: Record<string, unknown> | null;
  errorAlert: Record<string, unknown>;
  prompt: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface CfModel {
  readonly id: string;
  rect: Rect;
  readonly type: string;
  priority: number;
  readonly settings: Map<string, unknown>;
}

export interface ChartModel {
  readonly id: string;
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  /** In points from the worksheet origin. */
  top: number;
  left: number;
  width: number;
  height: number;
  /** The cells of the last setPosition call. */
  position: { topLeft: string; bottomRight: string | null } | null;
  legendPosition: string;
}

export interface HeaderFooterModel {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  /** "" is Excel's "Auto": the number follows from the pages printed before the sheet. */
  firstPageNumber: number | "";
  zoom: Record<string, unknown>;
  /** In points. */
  margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
  printTitleRows: string | null;
  printArea: string | null;
  /** state: which sets print ("Default": one set on every page; "FirstAndDefault": the first page has its own). */
  headersFooters: {
    state: string;
    defaultForAllPages: HeaderFooterModel;
    firstPage: HeaderFooterModel;
  };
  /** 0-based rows above which a manual page break is set. */
  rowBreaks: number[];
}

export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: string;
  tabColor: string;
  protected: boolean;
  readonly cells: Map<number, CellModel>;
  layers: FormatLayer[];
  merges: Rect[];
  readonly rowHeights: Map<number, number>;
  allRowsHeight: number | null;
  readonly columnWidths: Map<number, number>;
  allColumnsWidth: number | null;
  readonly hiddenColumns: Set<number>;
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutModel;
  validations: ValidationModel[];
  conditionalFormats: CfModel[];
  charts: ChartModel[];
  /** The number in the next default chart name ("Chart 1", …); never reused on the sheet. */
  nextChartNumber: number;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect } | null;
  nextId: number;
  /** Runtime.enableEvents of the add-in (ExcelApi 1.8). */
  enableEvents: boolean;
  suspendApiCalculationCalls: number;
  /** The add-in registered for WorksheetCollection.onChanged. */
  changeEventsRegistered: boolean;
  /** Files handed to Excel.createWorkbook, base64. */
  createdWorkbooks: string[];
}

/** A change of cell values that Excel reports to WorksheetCollection.onChanged. */
export interface ChangeRecord {
  readonly worksheetId: string;
  readonly address: string;
}

/** What the object types see while a request runs. */
export interface HostState {
  readonly model: WorkbookModel;
  readonly locale: HostLocale;
  /** The newest ExcelApi version this host has. */
  readonly api: ApiVersion;
  /** Records a value change for the change event (only while events are enabled). */
  noteChange(sheet: SheetModel, rect: Rect): void;
}

const emptyHeaderFooter = (): HeaderFooterModel => ({
  leftHeader: "",
  centerHeader: "",
  rightHeader: "",
  leftFooter: "",
  centerFooter: "",
  rightFooter: "",
});

export function newSheet(model: WorkbookModel, name: string): SheetModel {
  const n = model.nextId++;
  return {
    id: `{00000000-0001-0000-${String(n).padStart(4, "0")}-000000000000}`,
    name,
    visibility: "Visible",
    tabColor: "",
    protected: false,
    cells: new Map(),
    layers: [],
    merges: [],
    rowHeights: new Map(),
    allRowsHeight: null,
    columnWidths: new Map(),
    allColumnsWidth: null,
    hiddenColumns: new Set(),
    freeze: { rows: 0, columns: 0 },
    pageLayout: {
      orientation: "Portrait",
      paperSize: "Letter",
      centerHorizontally: false,
      firstPageNumber: "",
      zoom: { scale: 100 },
      margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
      printTitleRows: null,
      printArea: null,
      headersFooters: {
        state: "Default",
        defaultForAllPages: emptyHeaderFooter(),
        firstPage: emptyHeaderFooter(),
      },
      rowBreaks: [],
    },
    validations: [],
    conditionalFormats: [],
    charts: [],
    nextChartNumber: 1,
  };
}

export function newWorkbook(): WorkbookModel {
  return {
    sheets: [],
    activeSheetId: "",
    selection: null,
    nextId: 1,
    enableEvents: true,
    suspendApiCalculationCalls: 0,
    changeEventsRegistered: false,
    createdWorkbooks: [],
  };
}
