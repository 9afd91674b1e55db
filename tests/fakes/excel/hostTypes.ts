import type { HostState } from "./model/state";

/**
 * How the simulator describes an Excel object type on the host side: its members by their wire
 * names (the PascalCase names the client library puts in the request, e.g. "Values", "GetRange"),
 * each with the ExcelApi version that introduced it, so that a host pretending to be an older
 * Excel refuses what that Excel does not have.
 */

/** An ExcelApi requirement-set version, "1.1" … "1.21". */
export type ApiVersion = `1.${number}`;

/** A host-side object: a type and the model object it stands for. */
export interface Obj {
  readonly type: HostType<unknown>;
  readonly target: unknown;
}

export interface Prop<T> {
  readonly api: ApiVersion;
  readonly get?: (t: T, h: HostState) => unknown;
  readonly set?: (t: T, value: unknown, h: HostState) => void;
}

export interface Nav<T> {
  readonly api: ApiVersion;
  readonly get: (t: T, h: HostState) => Obj | null;
}

/** A method: returns an Obj (or null: a null object) when it stands for an object, else its value. */
export interface Method<T> {
  readonly api: ApiVersion;
  readonly call: (t: T, args: readonly unknown[], h: HostState) => unknown;
}

export interface HostType<T> {
  readonly name: string;
  readonly props?: Readonly<Record<string, Prop<T>>>;
  readonly nav?: Readonly<Record<string, Nav<T>>>;
  readonly methods?: Readonly<Record<string, Method<T>>>;
  /** `collection.getItem(key)` and the item paths the library builds from loaded ids. */
  readonly indexer?: Method<T>;
  /** The object's id, sent back when it is instantiated or listed (the library re-paths by it). */
  readonly id?: (t: T) => string;
  /** A collection's items, in order. */
  readonly items?: (t: T, h: HostState) => readonly Obj[];
  /** Throws ItemNotFound once the object is gone (its sheet deleted, …). */
  readonly alive?: (t: T, h: HostState) => void;
}

export function obj<T>(type: HostType<T>, target: T): Obj {
  return { type: type as HostType<unknown>, target };
}

export function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && "type" in v && "target" in v;
}

/** ExcelApi versions compare by their minor number: 1.10 is above 1.9. */
export function apiMinor(v: ApiVersion): number {
  return Number(v.split(".")[1]);
}
