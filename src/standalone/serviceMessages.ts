import { WorkbookWriteError } from "../app/ports";
import type { WorkbookFileStatus } from "../taskpane/services";

/**
 * The messages between the standalone page and the worker that holds its workbook. The page
 * calls a service by name (`file.open`, `validate`, …) with its arguments; the worker answers
 * each call by its id, and tells the page of the file's status, a build's steps and files to
 * download as they happen. Everything in them is structured-clone data (no functions).
 */
export type ServiceMethod = string;

export type PageMessage =
  | {
      readonly kind: "call";
      readonly id: number;
      readonly method: ServiceMethod;
      readonly args: readonly unknown[];
    }
  /** The user pressed a key, clicked or typed (the keep waits for a pause). */
  | { readonly kind: "input" }
  /** The page was hidden (the keep runs at once). */
  | { readonly kind: "hidden" };

/** The file's name and status as the worker holds them, sent whenever they change. */
export interface FileState {
  readonly fileName: string | null;
  readonly status: WorkbookFileStatus;
}

export type WorkerMessage =
  | {
      readonly kind: "result";
      readonly id: number;
      readonly value: unknown;
      readonly state: FileState;
    }
  | {
      readonly kind: "failure";
      readonly id: number;
      readonly error: SentError;
      readonly state: FileState;
    }
  | { readonly kind: "state"; readonly state: FileState }
  /** A build's step, told to the call `id`. */
  | { readonly kind: "step"; readonly id: number; readonly step: unknown }
  | { readonly kind: "deliver"; readonly fileName: string; readonly bytes: Uint8Array };

/** An error as it crosses to the page: what errorText reads of it. */
export interface SentError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
}

export function sendError(error: unknown): SentError {
  if (error instanceof WorkbookWriteError)
    return { name: error.name, message: error.message, code: error.code };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/** The error again, as the screens know it (a WorkbookWriteError stays one). */
export function receivedError(sent: SentError): Error {
  if (sent.name === "WorkbookWriteError")
    return new WorkbookWriteError(sent.message, sent.code ?? "Unknown");
  return Object.assign(new Error(sent.message), { name: sent.name });
}

/** One end of a message channel: a worker, the worker's own scope, or a MessagePort. */
export interface MessageEnd<In, Out> {
  postMessage(message: Out, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: { readonly data: In }) => void): void;
  /** A worker that failed (its script did not load, it ran out of memory). */
  addEventListener(type: "error", listener: () => void): void;
}
