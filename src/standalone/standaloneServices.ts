import { buildReportsInSteps } from "../app/buildReportsInSteps";
import { detectInputSheets } from "../app/inputSheetsPresence";
import { loadInput } from "../app/loadInput";
import { addMeasure, deleteMeasure, moveMeasure, saveMeasure } from "../app/measureRows";
import { WorkbookWriteError } from "../app/ports";
import { saveSettings } from "../app/saveSettings";
import { addScoreRows, readScoresForm, saveScores } from "../app/scoresForm";
import { readSettingsForm } from "../app/settingsForm";
import { buildInputSheets } from "../domain/input/inputSheets";
import { TITLED_REPORTS } from "../domain/reports/reportRegistry";
import { frameworkSheetDraft } from "../app/frameworkSheetDraft";
import type { TaskpaneServices, WorkbookFileStatus } from "../taskpane/services";
import { countText, sizeText } from "../domain/input/inputLimits";
import { fileTypeText } from "./fileTypeText";
import type { InMemoryWorkbook } from "./inMemoryWorkbook";
import { memoryStore, type WorkbookStore } from "./workbookStore";

/** Hands finished bytes to the user, e.g. as a browser download. */
export type Deliver = (fileName: string, bytes: Uint8Array) => void;

const NEW_FILE_NAME = "สมุดงาน ITA.xlsx";
/**
 * When a change is kept in the browser. Keeping writes the whole workbook as .xlsx, which holds
 * whatever runs these services for a moment that grows with the workbook (about 0.5 s at 5,000
 * measures here, up to 1.8 s on a loaded machine): in a worker the page stays free, but the next
 * save or check waits for it; so it waits for the user to pause: `quietMs` after the last change
 * and the last key or click, and at the latest `maxWaitMs` after the first change not kept yet,
 * however long the typing goes on. A page that is hidden (another tab, the tab closing) keeps
 * at once.
 */
export interface KeepTiming {
  readonly quietMs: number;
  readonly maxWaitMs: number;
}
export const KEEP_TIMING: KeepTiming = { quietMs: 1_500, maxWaitMs: 15_000 };

/** What the page tells the services about the user, to keep the workbook when they pause. */
export interface PageSignals {
  /** Calls `listener` on each of the user's keys and clicks; returns how to stop. */
  onInput(listener: () => void): () => void;
  /** Calls `listener` when the page is hidden; returns how to stop. */
  onHidden(listener: () => void): () => void;
}

/** The browser page's signals: keys, clicks and input anywhere in it, and its being hidden. */
export function documentSignals(doc: Document): PageSignals {
  const listen = (
    types: readonly string[],
    target: EventTarget,
    listener: () => void,
    when: () => boolean = () => true,
  ) => {
    const handler = () => when() && listener();
    for (const t of types) target.addEventListener(t, handler, { capture: true, passive: true });
    return () => types.forEach((t) => target.removeEventListener(t, handler, { capture: true }));
  };
  return {
    onInput: (listener) => listen(["keydown", "pointerdown", "input"], doc, listener),
    onHidden: (listener) =>
      listen(["visibilitychange"], doc, listener, () => doc.visibilityState === "hidden"),
  };
}
const KEEP_FAILED =
  "เบราว์เซอร์นี้ไม่ยอมเก็บสมุดงานไว้ (อาจเป็นหน้าต่างส่วนตัวหรือพื้นที่เต็ม) ถ้าปิดหน้านี้งานจะหาย กรุณาดาวน์โหลดไฟล์เก็บไว้";

/** The name of the downloaded file: the opened name, marked when it holds report sheets. */
export function downloadName(opened: string, hasReports = true): string {
  const base = opened.replace(/\.xlsx$/i, "").replace(/ \(มีรายงาน\)$/, "");
  return hasReports ? `${base} (มีรายงาน).xlsx` : `${base}.xlsx`;
}

/**
 * The task pane's services on the standalone page: the same use cases as in Excel, on an .xlsx
 * workbook held in memory. Every change is kept in `store` (IndexedDB in the page) a moment
 * later, so a reload finds it. ExcelJS is fetched on demand, with the first file opened.
 */
export function createStandaloneServices(
  deliver: Deliver,
  store: WorkbookStore = memoryStore(),
  {
    page = null,
    timing = KEEP_TIMING,
  }: { readonly page?: PageSignals | null; readonly timing?: KeepTiming } = {},
): TaskpaneServices {
  let current: { book: InMemoryWorkbook; fileName: string } | null = null;
  let status: WorkbookFileStatus = { unsaved: false, keeping: false, keepError: null };
  const listeners = new Set<() => void>();
  let keepTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change not kept yet was made; null when none waits. */
  let waitingSince: number | null = null;
  // Every change bumps `version`; the store holds `keptVersion`. Keeps run one after another,
  // so an older copy never overwrites a newer one.
  let version = 0;
  let keptVersion = 0;
  let keeps: Promise<void> = Promise.resolve();
  const load = () => import(/* webpackChunkName: "xlsx" */ "./inMemoryWorkbook");
  const book = (): InMemoryWorkbook => {
    if (!current)
      throw new WorkbookWriteError(
        'ยังไม่ได้เปิดไฟล์ กรุณาเลือกไฟล์ .xlsx หรือกด "เริ่มสมุดงานใหม่" ก่อน',
        "NoWorkbook",
      );
    return current.book;
  };
  const setStatus = (next: Partial<WorkbookFileStatus>) => {
    status = { ...status, ...next };
    listeners.forEach((l) => l());
  };
  /** Something in the workbook or its record (the unsaved mark) differs from the kept copy. */
  const bump = () => {
    version++;
    if (!status.keeping) setStatus({ keeping: true });
  };
  const keepOnce = async () => {
    const open = current;
    const v = version;
    if (v === keptVersion) return;
    // A workbook without sheets (a new one before its input sheets) is nothing to keep.
    if (!open || open.book.workbook.worksheets.length === 0) {
      keptVersion = v;
      setStatus({ keeping: version !== keptVersion });
      return;
    }
    const unsaved = status.unsaved;
    try {
      const { xlsxBytes } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/xlsxBytes");
      await store.save({
        fileName: open.fileName,
        bytes: await xlsxBytes(open.book.workbook),
        savedAt: Date.now(),
        unsaved,
      });
      keptVersion = Math.max(keptVersion, v);
      setStatus({ keeping: version !== keptVersion, keepError: null });
    } catch {
      setStatus({ keepError: KEEP_FAILED });
    }
  };
  /** Keeps the workbook now (after any keep under way); resolves when it is in the store. */
  const keepNow = () => {
    clearTimeout(keepTimer);
    waitingSince = null;
    keeps = keeps.then(keepOnce);
    return keeps;
  };
  /** (Re)starts the wait for the user's pause, never past the longest wait. */
  const keepWhenQuiet = () => {
    if (waitingSince === null) return;
    clearTimeout(keepTimer);
    const wait = Math.min(timing.quietMs, waitingSince + timing.maxWaitMs - Date.now());
    keepTimer = setTimeout(() => void keepNow(), Math.max(0, wait));
  };
  page?.onInput(keepWhenQuiet);
  page?.onHidden(() => void (waitingSince !== null && keepNow()));
  const changed = () => {
    if (!current) return;
    if (!status.unsaved) setStatus({ unsaved: true });
    bump();
    waitingSince ??= Date.now();
    keepWhenQuiet();
  };
  /**
   * Runs a change of the workbook, then marks it unsaved and keeps it shortly after; `wrote`
   * tells a call that changed nothing (a refused build). A failure may have changed part of it.
   */
  const changing =
    <A extends unknown[], R>(
      fn: (...args: A) => Promise<R>,
      wrote: (result: R) => boolean = () => true,
    ) =>
    async (...args: A): Promise<R> => {
      let result: R;
      try {
        result = await fn(...args);
      } catch (error) {
        changed();
        throw error;
      }
      if (wrote(result)) changed();
      return result;
    };
  const openBytes = async (
    data: ArrayBuffer,
    fileName: string,
    unsaved: boolean,
    alreadyKept: boolean,
  ) => {
    setStatus({ progress: `กำลังอ่านแฟ้ม ${fileName} (${sizeText(data.byteLength)})…` });
    let opened: InMemoryWorkbook;
    try {
      const { InMemoryWorkbook } = await load();
      opened = await InMemoryWorkbook.open(data);
    } catch (error) {
      setStatus({ progress: null });
      const byType = fileTypeText(fileName);
      throw byType && error instanceof Error && error.name === "XlsxReadError"
        ? Object.assign(new Error(byType, { cause: error }), { name: "XlsxReadError" })
        : error;
    }
    setStatus({ progress: `อ่านแฟ้มแล้ว ${countText(opened.rowCount())} แถว กำลังเปิด…` });
    clearTimeout(keepTimer);
    waitingSince = null;
    current = { book: opened, fileName };
    version++;
    if (alreadyKept) keptVersion = version;
    setStatus({ unsaved, keeping: version !== keptVersion, progress: null });
  };

  return {
    capabilityNotes: [],
    file: {
      fileName: () => current?.fileName ?? null,
      async open(data, fileName) {
        await openBytes(data, fileName, false, false);
        await keepNow();
      },
      async createNew() {
        const { InMemoryWorkbook } = await load();
        clearTimeout(keepTimer);
        waitingSince = null;
        current = { book: InMemoryWorkbook.blank(), fileName: NEW_FILE_NAME };
        // Nothing to keep until its input sheets exist; the store keeps the last workbook till then.
        keptVersion = ++version;
        setStatus({ unsaved: false, keeping: false });
      },
      async download() {
        const b = book();
        const name = downloadName(current?.fileName ?? NEW_FILE_NAME, b.hasReportSheets());
        deliver(name, await b.bytes());
        setStatus({ unsaved: false });
        bump();
        await keepNow();
        return name;
      },
      status: () => status,
      onStatus(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      async kept() {
        const k = await store.load().catch(() => null);
        return k && { fileName: k.fileName, savedAt: k.savedAt, unsaved: k.unsaved };
      },
      async restoreKept() {
        const k = await store.load();
        if (!k) throw new WorkbookWriteError("ไม่พบงานที่เก็บไว้ในเบราว์เซอร์นี้แล้ว", "NotKept");
        await openBytes(k.bytes.slice().buffer, k.fileName, k.unsaved, true);
      },
      discardKept: () => store.clear(),
    },
    detectInputSheets: async () => detectInputSheets(book().reader),
    createInputSheets: changing(async () =>
      book().writer.write({ sheets: buildInputSheets(undefined, TITLED_REPORTS) }),
    ),
    createFrameworkSheet: changing(async () =>
      book().writer.write({ sheets: [frameworkSheetDraft()] }),
    ),
    readSettings: async () => readSettingsForm(book().reader),
    saveSettings: changing(async (before, after) =>
      saveSettings(book().reader, book().cells, before, after, book().rows),
    ),
    validate: async () => loadInput(book().reader),
    readScores: async () => readScoresForm(book().reader),
    saveScores: changing(async (edits) => saveScores(book().reader, book().cells, edits)),
    addScoreRows: changing(async () => addScoreRows(book().reader, book().cells, book().rows)),
    appendMeasures: changing(async (measures) => book().appendMeasures(measures)),
    addMeasure: changing(async (m) => addMeasure(book(), m)),
    saveMeasure: changing(async (before, after) => saveMeasure(book(), before, after)),
    moveMeasure: changing(async (m, by) => moveMeasure(book(), m, by)),
    deleteMeasure: changing(async (m) => deleteMeasure(book(), m)),
    buildReports: changing(
      async (kinds, onStep) => buildReportsInSteps(book().reader, book().writer, kinds, onStep),
      (outcome) => outcome.ok,
    ),
  };
}
