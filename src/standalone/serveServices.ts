import type { TaskpaneServices } from "../taskpane/services";
import type { FileState, MessageEnd, PageMessage, WorkerMessage } from "./serviceMessages";
import { sendError } from "./serviceMessages";
import { createStandaloneServices, type KeepTiming, type PageSignals } from "./standaloneServices";
import type { WorkbookStore } from "./workbookStore";

/** The services a page may call by name; the file's are under "file.". */
const CALLS = [
  "detectInputSheets",
  "createInputSheets",
  "createFrameworkSheet",
  "readSettings",
  "saveSettings",
  "validate",
  "readScores",
  "saveScores",
  "addScoreRows",
  "appendMeasures",
  "addMeasure",
  "saveMeasure",
  "moveMeasure",
  "deleteMeasure",
  "buildReports",
] as const satisfies readonly (keyof TaskpaneServices)[];
const FILE_CALLS = ["open", "createNew", "download", "kept", "restoreKept", "discardKept"] as const;

export type ServiceCall = (typeof CALLS)[number] | `file.${(typeof FILE_CALLS)[number]}`;
export const SERVICE_CALLS: readonly ServiceCall[] = [
  ...CALLS,
  ...FILE_CALLS.map((c) => `file.${c}` as const),
];

type Fn = (...args: unknown[]) => Promise<unknown>;

/**
 * Runs the standalone page's services on this side of `end` (the worker that holds the
 * workbook): the page's calls come in as messages and their results go back; the file's status
 * and files to download are sent as they happen. The keep (the .xlsx written to `store`) runs
 * here as well, so the page never waits for ExcelJS.
 */
export function serveServices(
  end: MessageEnd<PageMessage, WorkerMessage>,
  store: WorkbookStore,
  timing?: KeepTiming,
): TaskpaneServices {
  const inputs = new Set<() => void>();
  const hides = new Set<() => void>();
  const subscribe = (set: Set<() => void>) => (listener: () => void) => {
    set.add(listener);
    return () => void set.delete(listener);
  };
  const page: PageSignals = { onInput: subscribe(inputs), onHidden: subscribe(hides) };
  const deliver = (fileName: string, bytes: Uint8Array) =>
    end.postMessage({ kind: "deliver", fileName, bytes }, [bytes.buffer as ArrayBuffer]);
  const services = createStandaloneServices(deliver, store, timing ? { page, timing } : { page });
  const file = services.file!;
  const state = (): FileState => ({ fileName: file.fileName(), status: file.status() });
  file.onStatus(() => end.postMessage({ kind: "state", state: state() }));

  const methodOf = (name: string): Fn | null => {
    if (!(SERVICE_CALLS as readonly string[]).includes(name)) return null;
    const [owner, key] = name.startsWith("file.")
      ? [file as unknown as Record<string, Fn>, name.slice(5)]
      : [services as unknown as Record<string, Fn>, name];
    return owner[key]!.bind(owner);
  };
  end.addEventListener("message", ({ data }) => {
    if (data.kind === "input") return inputs.forEach((l) => l());
    if (data.kind === "hidden") return hides.forEach((l) => l());
    const { id, method, args } = data;
    const fn = methodOf(method);
    const run =
      fn === null
        ? Promise.reject(new Error(`unknown service ${method}`))
        : method === "buildReports"
          ? fn(args[0], (step: unknown) => end.postMessage({ kind: "step", id, step }))
          : fn(...args);
    run.then(
      (value) => end.postMessage({ kind: "result", id, value, state: state() }),
      (error: unknown) =>
        end.postMessage({ kind: "failure", id, error: sendError(error), state: state() }),
    );
  });
  return services;
}
