import { createStore, del, get, set } from "idb-keyval";

/** A workbook kept in the browser between visits. */
export interface KeptWorkbook {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** When it was last kept (ms since the epoch). */
  readonly savedAt: number;
  /** True when it holds changes the user has not downloaded. */
  readonly unsaved: boolean;
}

/** Where the standalone page keeps the open workbook, so that a reload or a crash loses nothing. */
export interface WorkbookStore {
  load(): Promise<KeptWorkbook | null>;
  save(workbook: KeptWorkbook): Promise<void>;
  clear(): Promise<void>;
}

const KEY = "open-workbook";

/**
 * The browser's IndexedDB, through idb-keyval (a small, well-kept wrapper): one record holding
 * the workbook's .xlsx bytes. It stays in this browser profile; nothing is sent anywhere.
 */
export function indexedDbStore(): WorkbookStore {
  const store = createStore("ita-report", "workbooks");
  return {
    load: async () => (await get<KeptWorkbook>(KEY, store)) ?? null,
    save: (workbook) => set(KEY, workbook, store),
    clear: () => del(KEY, store),
  };
}

/** A store in memory, for tests and for browsers that refuse IndexedDB (private windows). */
export function memoryStore(): WorkbookStore {
  let kept: KeptWorkbook | null = null;
  return {
    load: async () => kept,
    save: async (workbook) => void (kept = workbook),
    clear: async () => void (kept = null),
  };
}
