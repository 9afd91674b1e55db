import { fail } from "../errors";
import { bool, str } from "../checks";
import { obj, type HostType } from "../hostTypes";
import type { WorkbookModel } from "./state";
import { newSheet } from "./state";
import { checkSheetName, defaultSheetName, keyArg, WorksheetType } from "./worksheet";

const findSheet = (m: WorkbookModel, key: string) => {
  const upper = key.toUpperCase();
  return m.sheets.find((s) => s.name.toUpperCase() === upper || s.id === key) ?? null;
};

export const WorksheetCollectionType: HostType<WorkbookModel> = {
  name: "WorksheetCollection",
  items: (m) => m.sheets.map((s) => obj(WorksheetType, s)),
  indexer: {
    api: "1.1",
    call: (m, [key]) => {
      const s = findSheet(m, keyArg(key));
      return s === null
        ? fail("ItemNotFound", `The worksheet "${String(key)}" does not exist.`)
        : obj(WorksheetType, s);
    },
  },
  methods: {
    Add: {
      api: "1.1",
      call: (m, [name]) => {
        const sheet = newSheet(m, checkSheetName(m, name ?? defaultSheetName(m), null));
        m.sheets.push(sheet);
        return obj(WorksheetType, sheet);
      },
    },
    GetItemOrNullObject: {
      api: "1.4",
      call: (m, [key]) => {
        const s = findSheet(m, keyArg(key));
        return s === null ? null : obj(WorksheetType, s);
      },
    },
    GetActiveWorksheet: {
      api: "1.1",
      call: (m) => {
        const s = m.sheets.find((x) => x.id === m.activeSheetId);
        return s === undefined
          ? fail("ItemNotFound", "No active worksheet.")
          : obj(WorksheetType, s);
      },
    },
    // WorksheetCollection.onChanged.add / remove register on the host (ExcelApi 1.9).
    _RegisterDataChangedEvent: { api: "1.9", call: (m) => void (m.changeEventsRegistered = true) },
    _UnregisterDataChangedEvent: {
      api: "1.9",
      call: (m) => void (m.changeEventsRegistered = false),
    },
  },
};

export const ApplicationType: HostType<WorkbookModel> = {
  name: "Application",
  methods: {
    SuspendApiCalculationUntilNextSync: {
      api: "1.6",
      call: (m) => void m.suspendApiCalculationCalls++,
    },
    CreateWorkbook: {
      api: "1.8",
      call: (_m, [base64]) => obj(WorkbookCreatedType, checkWorkbookFile(base64)),
    },
  },
};

/** A file handed to createWorkbook: base64 of a zip (an .xlsx starts with "PK"). */
function checkWorkbookFile(base64: unknown): string {
  const text = str("createWorkbook base64", Number.MAX_SAFE_INTEGER)(base64);
  if (!text.startsWith("UEsD")) fail("InvalidArgument", "The base64 string is not an .xlsx file.");
  return text;
}

export const WorkbookCreatedType: HostType<string> = {
  name: "WorkbookCreated",
  methods: {
    Open: {
      api: "1.8",
      call: (base64, _args, h) => void h.model.createdWorkbooks.push(base64),
    },
  },
};

export const RuntimeType: HostType<WorkbookModel> = {
  name: "Runtime",
  props: {
    EnableEvents: {
      api: "1.8",
      get: (m) => m.enableEvents,
      set: (m, v) => void (m.enableEvents = bool("Runtime.enableEvents")(v)),
    },
  },
};

/**
 * The root object: the workbook (Excel.RequestContext) or, for Excel on the web's createWorkbook,
 * the WacWorkbook (Excel's WacSpecificRequestContext), which shares the root path.
 */
export const WorkbookType: HostType<WorkbookModel> = {
  name: "Workbook",
  nav: {
    Worksheets: { api: "1.1", get: (m) => obj(WorksheetCollectionType, m) },
    Application: { api: "1.1", get: (m) => obj(ApplicationType, m) },
    _Runtime: { api: "1.5", get: (m) => obj(RuntimeType, m) },
  },
  methods: {
    CreateAndOpenWorkbook: {
      api: "1.8",
      call: (m, [base64]) => void m.createdWorkbooks.push(checkWorkbookFile(base64)),
    },
  },
};
