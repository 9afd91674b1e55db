import type { BuildStep } from "../app/buildReportsInSteps";
import { WorkbookWriteError } from "../app/ports";
import type { TaskpaneServices, WorkbookFile, WorkbookFileStatus } from "../taskpane/services";
import type { ServiceCall } from "./serveServices";
import {
  receivedError,
  type FileState,
  type MessageEnd,
  type PageMessage,
  type WorkerMessage,
} from "./serviceMessages";
import type { Deliver, PageSignals } from "./standaloneServices";
import type { WorkbookStore } from "./workbookStore";

const WORKER_FAILED =
  "หน้านี้หยุดทำงานกับสมุดงาน (เบราว์เซอร์หยุดส่วนที่อ่านไฟล์ อาจเพราะหน่วยความจำไม่พอ) กรุณาโหลดหน้าใหม่ งานที่เก็บไว้ในเบราว์เซอร์นี้ยังเปิดต่อได้";

interface Waiting {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onStep?: (step: BuildStep) => void | Promise<void>;
}

/**
 * The task pane's services on the standalone page when a worker holds the workbook (see
 * serveServices.ts): each call is a message to the worker and its answer a message back, so
 * reading, checking, building and keeping a large workbook never hold the page. The worker is
 * started by the first call on a workbook, so the page loads without it. The file's
 * name and status are mirrored here from what the worker sends. The same interface as the
 * in-page services, which a browser without workers uses.
 */
export function workerServices(
  start: () => MessageEnd<WorkerMessage, PageMessage>,
  deliver: Deliver,
  store: WorkbookStore,
  page: PageSignals | null,
): TaskpaneServices {
  let state: FileState = {
    fileName: null,
    status: { unsaved: false, keeping: false, keepError: null },
  };
  const listeners = new Set<() => void>();
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  const take = (next: FileState) => {
    const changed = JSON.stringify(next) !== JSON.stringify(state);
    state = next;
    if (changed) listeners.forEach((l) => l());
  };
  // A worker that failed answers nothing more: every call waiting, and every later one, fails in Thai.
  let broken = false;
  const heard = ({ data }: { readonly data: WorkerMessage }) => {
    switch (data.kind) {
      case "state":
        return take(data.state);
      case "deliver":
        return deliver(data.fileName, data.bytes);
      case "step":
        return void waiting.get(data.id)?.onStep?.(data.step as BuildStep);
      case "result":
      case "failure": {
        const call = waiting.get(data.id);
        waiting.delete(data.id);
        take(data.state);
        if (data.kind === "result") call?.resolve(data.value);
        else call?.reject(receivedError(data.error));
      }
    }
  };
  const failed = () => {
    broken = true;
    for (const call of waiting.values())
      call.reject(new WorkbookWriteError(WORKER_FAILED, "WorkerFailed"));
    waiting.clear();
  };
  let connected: MessageEnd<WorkerMessage, PageMessage> | null = null;
  const connect = (): MessageEnd<WorkerMessage, PageMessage> => {
    if (connected) return connected;
    const end = start();
    end.addEventListener("message", heard);
    end.addEventListener("error", failed);
    return (connected = end);
  };
  // Nothing waits to be kept before the worker has a workbook.
  page?.onInput(() => connected?.postMessage({ kind: "input" }));
  page?.onHidden(() => connected?.postMessage({ kind: "hidden" }));

  const send = <R>(
    method: ServiceCall,
    args: readonly unknown[],
    onStep?: Waiting["onStep"],
    transfer: Transferable[] = [],
  ): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      if (broken) return reject(new WorkbookWriteError(WORKER_FAILED, "WorkerFailed"));
      const id = nextId++;
      waiting.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        ...(onStep ? { onStep } : {}),
      });
      try {
        connect().postMessage({ kind: "call", id, method, args }, transfer);
      } catch (error) {
        // Arguments that cannot be sent (not structured-clone data) are a failure of this call.
        waiting.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  const call =
    <A extends unknown[], R>(method: ServiceCall) =>
    (...args: A): Promise<R> =>
      send<R>(method, args);

  const file: WorkbookFile = {
    fileName: () => state.fileName,
    status: (): WorkbookFileStatus => state.status,
    onStatus(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    // The bytes move to the worker (transferred, not copied).
    open: (data, fileName) => send("file.open", [data, fileName], undefined, [data]),
    createNew: call("file.createNew"),
    download: call("file.download"),
    // What was kept is read here, so that the page starts the worker only for a workbook.
    async kept() {
      const k = await store.load().catch(() => null);
      return k && { fileName: k.fileName, savedAt: k.savedAt, unsaved: k.unsaved };
    },
    restoreKept: call("file.restoreKept"),
    discardKept: () => store.clear(),
  };
  type S = TaskpaneServices;
  return {
    capabilityNotes: [],
    file,
    detectInputSheets: call<[], Awaited<ReturnType<S["detectInputSheets"]>>>("detectInputSheets"),
    createInputSheets: call<[], Awaited<ReturnType<S["createInputSheets"]>>>("createInputSheets"),
    createFrameworkSheet: call<[], Awaited<ReturnType<S["createFrameworkSheet"]>>>(
      "createFrameworkSheet",
    ),
    readSettings: call<[], Awaited<ReturnType<S["readSettings"]>>>("readSettings"),
    saveSettings: call<Parameters<S["saveSettings"]>, Awaited<ReturnType<S["saveSettings"]>>>(
      "saveSettings",
    ),
    validate: call<[], Awaited<ReturnType<S["validate"]>>>("validate"),
    readScores: call<[], Awaited<ReturnType<S["readScores"]>>>("readScores"),
    saveScores: call<Parameters<S["saveScores"]>, Awaited<ReturnType<S["saveScores"]>>>(
      "saveScores",
    ),
    addScoreRows: call<[], Awaited<ReturnType<S["addScoreRows"]>>>("addScoreRows"),
    appendMeasures: call<Parameters<S["appendMeasures"]>, Awaited<ReturnType<S["appendMeasures"]>>>(
      "appendMeasures",
    ),
    addMeasure: call<Parameters<S["addMeasure"]>, Awaited<ReturnType<S["addMeasure"]>>>(
      "addMeasure",
    ),
    saveMeasure: call<Parameters<S["saveMeasure"]>, Awaited<ReturnType<S["saveMeasure"]>>>(
      "saveMeasure",
    ),
    moveMeasure: call<Parameters<S["moveMeasure"]>, Awaited<ReturnType<S["moveMeasure"]>>>(
      "moveMeasure",
    ),
    deleteMeasure: call<Parameters<S["deleteMeasure"]>, Awaited<ReturnType<S["deleteMeasure"]>>>(
      "deleteMeasure",
    ),
    buildReports: (kinds, onStep) => send("buildReports", [kinds], onStep),
  };
}
