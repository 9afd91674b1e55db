import { area, cellKey, colIndex, parseA1Body, rectA1, type Rect } from "./address";
import { connectLibrary, type OfficeLibrary } from "./library";
import { isSetSupportedBy, type HostProfile } from "./hostProfiles";
import { HostSimulator, WEB_PAYLOAD_LIMIT_BYTES, type RequestRecord } from "./simulator";
import { EXCEL_ERRORS, type HostLocale } from "./values";
import {
  newSheet,
  newWorkbook,
  type ChangeRecord,
  type HostState,
  type SheetModel,
} from "./model/state";
import { checkSheetName } from "./model/worksheet";
import { RangeType, cellValue } from "./model/range";
import { columnWidthOf, rowHeightOf } from "./model/format";
import { changeMessage, changeOf } from "./model/events";
import {
  cellAt,
  cfOut,
  chartOut,
  pageLayoutOut,
  validationOut,
  workbookSnapshot,
  type HostCell,
  type HostChart,
  type HostConditionalFormat,
  type HostPageLayout,
  type HostValidation,
  type HostWorkbookSnapshot,
} from "./inspect";

/** `{ error: "#N/A" }` is a cell holding that Excel error value. */
export type InitialValue = string | number | boolean | null | { readonly error: string };

export interface ExcelHostOptions {
  /** Initial worksheets in order; values are stored as typed (strings as text). Default: one empty "Sheet1". */
  readonly sheets?: Readonly<Record<string, readonly (readonly InitialValue[])[]>> | undefined;
  /** Worksheets whose cells refuse changes (AccessDenied). */
  readonly protectedSheets?: readonly string[] | undefined;
  /** 1-based: that sync (as counted by syncCount) fails with GeneralException before any of its actions runs. */
  readonly failOnSync?: number | undefined;
  /** Largest request body in bytes the host accepts; default Excel on the web's 5 MB. */
  readonly payloadLimitBytes?: number | undefined;
  /** Whose rules parse typed text into numbers and dates; default th-TH. */
  readonly locale?: HostLocale | undefined;
}

/** Runs a batch like Excel.run. */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHost {
  readonly library: OfficeLibrary;
  readonly profile: HostProfile;
  /** The base URL the host's request contexts send to. */
  readonly url: string;
  /** `Excel.run({ delayForCellEdit: true }, batch)` of Microsoft's library against this host, as the pane runs batches. */
  readonly run: ExcelRun;
  /** The same without delayForCellEdit: fails while the user edits a cell. */
  readonly runWithoutDelay: ExcelRun;
  /** `Excel.run(options, batch)` against this host, to hand the pane's own run wrapper. */
  readonly runWith: <T>(
    options: Excel.RunOptions,
    batch: (ctx: Excel.RequestContext) => Promise<T>,
  ) => Promise<T>;
  /** Office.context.requirements.isSetSupported of the Excel this host pretends to be. */
  readonly isSetSupported: (name: string, version: string) => boolean;
  /** `Excel.createWorkbook(base64)` of Microsoft's library against this host. */
  createWorkbook(base64: string): Promise<void>;
  /** Every request the host received, with its real size. */
  readonly requests: readonly RequestRecord[];
  /** context.sync() calls that sent something (Excel.run's last one included), not the library's clean-up requests. */
  readonly syncCount: number;
  /** The user starts editing a cell: batches without delayForCellEdit fail, delayed ones wait. */
  beginCellEdit(): void;
  endCellEdit(): void;
  /** The user types into cells (values as typed input); Excel reports it to onChanged handlers. */
  userEdit(
    sheet: string,
    a1: string,
    values: readonly (readonly (string | number | boolean)[])[],
  ): void;

  sheetNames(): string[];
  cell(sheet: string, a1: string): HostCell | undefined;
  /** Values of a range; "" for empty cells, formula text for formulas. */
  valuesOf(sheet: string, a1Range: string): (string | number | boolean)[][];
  merges(sheet: string): string[];
  /** Row height in points of a 1-based row; undefined when never set. */
  rowHeight(sheet: string, row: number): number | undefined;
  columnWidth(sheet: string, column: string): number;
  freeze(sheet: string): { rows: number; columns: number };
  pageLayout(sheet: string): HostPageLayout;
  validations(sheet: string): HostValidation[];
  conditionalFormats(sheet: string): HostConditionalFormat[];
  charts(sheet: string): HostChart[];
  tabColor(sheet: string): string;
  visibility(sheet: string): string;
  activeSheet(): string;
  /** Runtime.enableEvents as the add-in left it. */
  eventsEnabled(): boolean;
  /** Calls of Application.suspendApiCalculationUntilNextSync. */
  calculationSuspensions(): number;
  /** The files handed to createWorkbook, base64. */
  createdWorkbooks(): string[];
  /** A deep, JSON-serialisable copy of the whole workbook. */
  snapshot(): HostWorkbookSnapshot;
}

let nextHost = 1;

function initialCell(
  v: InitialValue,
): { value: string | number | boolean; kind: "text" | "number" | "boolean" | "error" } | null {
  if (v === null || v === "") return null;
  if (typeof v === "object") {
    if (!EXCEL_ERRORS.includes(v.error))
      throw new Error(`excelHost: bad initial error value ${JSON.stringify(v.error)}`);
    return { value: v.error, kind: "error" };
  }
  if (typeof v === "number" && !Number.isFinite(v))
    throw new Error(`excelHost: bad initial value ${v}`);
  return {
    value: v,
    kind: typeof v === "string" ? "text" : typeof v === "number" ? "number" : "boolean",
  };
}

/**
 * A simulated Excel behind Microsoft's own client library: tests give the adapter `host.run`, the
 * library builds the real requests, the host executes them against its workbook model.
 */
export function createExcelHost(
  library: OfficeLibrary,
  profile: HostProfile,
  options: ExcelHostOptions = {},
): ExcelHost {
  const connection = connectLibrary(library, profile);
  const url = `https://excel-host-${nextHost++}.invalid/`;
  const model = newWorkbook();
  for (const [name, rows] of Object.entries(options.sheets ?? { Sheet1: [] })) {
    const sheet = newSheet(model, checkSheetName(model, name, null));
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = initialCell(v);
        if (cell) sheet.cells.set(cellKey(r, c), { ...cell, fmt: new Map() });
      }),
    );
    model.sheets.push(sheet);
  }
  if (model.sheets[0] === undefined)
    throw new Error("excelHost: a workbook needs at least one worksheet");
  model.activeSheetId = model.sheets[0].id;
  const find = (name: string): SheetModel => {
    const s = model.sheets.find((x) => x.name.toUpperCase() === name.toUpperCase());
    if (s === undefined)
      throw new Error(
        `excelHost: no worksheet "${name}" (have: ${model.sheets.map((x) => x.name).join(", ")})`,
      );
    return s;
  };
  for (const name of options.protectedSheets ?? []) find(name).protected = true;
  const locale = options.locale ?? "th-TH";

  const deliverChanges = (changes: readonly ChangeRecord[]): void => {
    // After the response, as Excel sends event messages of its own accord.
    setTimeout(
      () =>
        changes.forEach((c) => connection.hooks._testTriggerRichApiMessageEvent(changeMessage(c))),
      0,
    );
  };
  const simulator = new HostSimulator(model, {
    api: profile.api,
    locale,
    payloadLimitBytes: options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT_BYTES,
    failOnSync: options.failOnSync,
    deliverChanges,
  });
  connection.routes.set(url, (requestUrl, body) => simulator.handle(requestUrl, body));

  const { Excel } = library;
  const session = url as unknown as Excel.Session;
  const rect = (a1: string): Rect => {
    const r = parseA1Body(a1);
    if (r === null) throw new Error(`excelHost: bad address "${a1}"`);
    return r;
  };

  return {
    library,
    profile,
    url,
    run: (batch) => Excel.run({ session, delayForCellEdit: true }, batch),
    runWithoutDelay: (batch) => Excel.run({ session }, batch),
    runWith: (options, batch) => Excel.run({ ...options, session }, batch),
    isSetSupported: isSetSupportedBy(profile),
    async createWorkbook(base64) {
      // createWorkbook makes its own context from the default URL: point that at this host meanwhile.
      const defaults = connection.hooks.ClientRequestContext;
      const before = defaults.defaultRequestUrlAndHeaders;
      defaults.defaultRequestUrlAndHeaders = url;
      try {
        await Excel.createWorkbook(base64);
      } finally {
        defaults.defaultRequestUrlAndHeaders = before;
      }
    },
    get requests() {
      return simulator.requests;
    },
    get syncCount() {
      return simulator.syncCount;
    },
    beginCellEdit: () => simulator.beginCellEdit(),
    endCellEdit: () => simulator.endCellEdit(),
    userEdit(name, a1, values) {
      const sheet = find(name);
      const changes: ChangeRecord[] = [];
      const state: HostState = {
        model,
        locale,
        api: profile.api,
        noteChange: (s, r) => {
          const change = changeOf(model, s, r);
          if (change) changes.push(change);
        },
      };
      RangeType.props!["Values"]!.set!({ sheet, rect: rect(a1) }, values, state);
      if (changes.length > 0) deliverChanges(changes);
    },

    sheetNames: () => model.sheets.map((s) => s.name),
    cell: (name, a1) => {
      const r = rect(a1);
      return cellAt(find(name), r.r0, r.c0);
    },
    valuesOf: (name, a1Range) => {
      const s = find(name);
      const r = rect(a1Range);
      if (area(r) > 5_000_000) throw new Error("excelHost: valuesOf range too large");
      const out: (string | number | boolean)[][] = [];
      for (let row = r.r0; row <= r.r1; row++) {
        const line: (string | number | boolean)[] = [];
        for (let col = r.c0; col <= r.c1; col++) line.push(cellValue(s, row, col));
        out.push(line);
      }
      return out;
    },
    merges: (name) => find(name).merges.map((m) => rectA1(m)),
    rowHeight: (name, row) => {
      const s = find(name);
      return s.rowHeights.has(row - 1) || s.allRowsHeight !== null
        ? rowHeightOf(s, row - 1)
        : undefined;
    },
    columnWidth: (name, column) => columnWidthOf(find(name), colIndex(column)),
    freeze: (name) => ({ ...find(name).freeze }),
    pageLayout: (name) => pageLayoutOut(find(name)),
    validations: (name) => find(name).validations.map(validationOut),
    conditionalFormats: (name) => find(name).conditionalFormats.map(cfOut),
    charts: (name) => find(name).charts.map(chartOut),
    tabColor: (name) => find(name).tabColor,
    visibility: (name) => find(name).visibility,
    activeSheet: () => model.sheets.find((s) => s.id === model.activeSheetId)?.name ?? "",
    eventsEnabled: () => model.enableEvents,
    calculationSuspensions: () => model.suspendApiCalculationCalls,
    createdWorkbooks: () => [...model.createdWorkbooks],
    snapshot: () => workbookSnapshot(model),
  };
}
