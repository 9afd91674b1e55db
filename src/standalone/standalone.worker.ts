import type { MessageEnd, PageMessage, WorkerMessage } from "./serviceMessages";
import { serveServices } from "./serveServices";
import { indexedDbStore } from "./workbookStore";

/*
 * The standalone page's worker: it holds the workbook (ExcelJS) and runs every service on it,
 * reading, checking, building and keeping it in IndexedDB, while the page stays free to answer
 * the user. Started by index.tsx; the page talks to it through workerServices.ts.
 */
const scope = globalThis as unknown as MessageEnd<PageMessage, WorkerMessage>;
serveServices(scope, indexedDbStore());
