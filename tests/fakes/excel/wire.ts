/**
 * The request/response protocol of Microsoft's Excel client library (excel-web-16.00.debug.js in
 * @microsoft/office-js), as learned by reading it and capturing its requests with
 * `OfficeExtension.HttpUtility.setCustomSendRequestFunc` (a RequestContext given an http(s) URL
 * sends through HttpUtility; inside Office the same JSON goes through the host bridge):
 *
 * - Each `context.sync()` with something queued is one POST `<url>/ProcessQuery?flags=N` whose
 *   body is `{ AutoKeepReference, Actions, ObjectPaths }`, sent as `JSON.stringify(body)` (Thai
 *   stays unescaped, so 3 bytes a character in UTF-8). Flag 64 is `delayForCellEdit`.
 * - Every proxy the code creates (`ws.getRange("A1")`, `.format`, `.font`) is an ObjectPath —
 *   1 global (the workbook), 3 method ("GetRange", "Add"), 4 property ("Format"), 5 indexer
 *   (`getItem(key)`), 7 null object — plus an Instantiate action (ActionType 1) queued when the
 *   proxy is created. Actions: 2 query (`load`; Select uses camelCase names, "items/" stripped for
 *   collections), 3 method call, 4 property set (PascalCase name, `ArgumentInfo.Arguments: [value]`),
 *   5 trace (the library waits for its result to register event handlers). A proxy passed as an
 *   argument is sent as its path id with `ReferencedObjectPathIds`. "L" lists the paths an action
 *   uses for the last time.
 * - Inside Excel.run the library keeps every Range it makes valid across the batch's syncs: it
 *   queues `_KeepReference` and a second instantiation, to which the host answers
 *   `{ _ReferenceId }`; later requests address the range by that id (path type 6), and after the
 *   batch the library sends one more request of `_RemoveReference` calls by itself.
 * - The host runs the actions in order; a method path (e.g. `worksheets.add`) runs when it is
 *   instantiated. The response is `{ Results: [{ ActionId, Value }], Error? }`: a query's Value is
 *   the object with PascalCase keys (a collection's items under "_Items"); an instantiate's Value
 *   is null for a null object (the library then marks the proxy null) and `{ Id }` for an object
 *   with an id, by which the library re-addresses it in later requests. A proxy made by a method
 *   that changes the workbook (`add`) is unusable after its request unless it got an id back:
 *   the library throws InvalidObjectPath. Reading a property that was not loaded throws
 *   PropertyNotLoaded in the library, before anything is sent.
 * - An error is `Error: { Code, Message, Location, ActionIndex, HttpStatusCode }`; actions before
 *   it stay applied (a batch is not a transaction), later ones are not run. A request over the
 *   payload limit is refused whole (HTTP 413, RequestPayloadSizeLimitExceeded).
 * - Change events: `worksheets.onChanged.add` queues `_RegisterDataChangedEvent` on the
 *   collection; the host then sends event messages (category 65536, type 10, target "Workbook",
 *   message `{ changeType, source, worksheetId, address }`), which the simulator delivers through
 *   the library's own `_testTriggerRichApiMessageEvent`.
 */

export interface WireArgumentInfo {
  readonly Arguments?: readonly unknown[];
  /** Per argument: the id of the object path passed there, 0 for plain values. */
  readonly ReferencedObjectPathIds?: readonly number[];
}

export interface WireObjectPath {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: WireArgumentInfo;
}

export interface WireQueryInfo {
  readonly Select?: readonly string[];
  readonly Expand?: readonly string[];
}

export interface WireAction {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: WireArgumentInfo;
  readonly QueryInfo?: WireQueryInfo;
}

export interface WireRequest {
  readonly Actions: readonly WireAction[];
  readonly ObjectPaths: Readonly<Record<string, WireObjectPath>>;
}

export interface WireResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

export interface WireError {
  readonly Code: string;
  readonly Message: string;
  readonly Location?: string;
  readonly ActionIndex?: number;
  readonly HttpStatusCode: number;
}

export interface WireResponse {
  readonly Results: readonly WireResult[];
  readonly Error?: WireError;
}

export const ObjectPathType = {
  global: 1,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;
export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
} as const;
/** The request flag the library sets for `Excel.run({ delayForCellEdit: true }, …)`. */
export const DELAY_FOR_CELL_EDIT_FLAG = 64;

const encoder = new TextEncoder();

/**
 * Bytes on the wire, as the host receives them: really encoded, so the simulator checks the
 * adapter's own count (src/excel/requestBudget.ts) instead of repeating it.
 */
export function utf8Length(text: string): number {
  return encoder.encode(text).byteLength;
}
