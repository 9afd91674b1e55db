import { fail, HostError, HTTP_STATUS, notModelled } from "./errors";
import { apiMinor, isObj, type ApiVersion, type HostType, type Obj } from "./hostTypes";
import type { Rect } from "./address";
import type { HostLocale } from "./values";
import type { ChangeRecord, HostState, SheetModel, WorkbookModel } from "./model/state";
import { WorkbookType } from "./model/workbook";
import { changeOf } from "./model/events";
import {
  ActionType,
  DELAY_FOR_CELL_EDIT_FLAG,
  ObjectPathType,
  utf8Length,
  type WireAction,
  type WireArgumentInfo,
  type WireError,
  type WireQueryInfo,
  type WireRequest,
  type WireResponse,
  type WireResult,
} from "./wire";

/**
 * Excel on the web refuses a request body over 5 MB (RequestPayloadSizeLimitExceeded): "Excel on
 * the web has a payload size limit for requests and responses of 5MB" (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Desktop Excel documents no such limit; the simulator applies it to every profile, the stricter
 * choice. The response limit of the same page is ResponsePayloadSizeLimitExceeded below.
 */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** One ProcessQuery request as the host received it. */
export interface RequestRecord {
  /** The body in UTF-8 bytes, as the client library serialized it. */
  readonly bytes: number;
  /** Actions other than instantiations (property sets, method calls, loads). */
  readonly operations: number;
  readonly objectPaths: number;
  readonly delayForCellEdit: boolean;
  /**
   * Only `_RemoveReference` calls: the clean-up request the library sends by itself after an
   * Excel.run batch that made ranges (it keeps a reference to each range during the batch).
   */
  readonly cleanup: boolean;
  /** The response body in UTF-8 bytes. */
  responseBytes: number;
  /** The error code the host answered with, if any. */
  error?: string;
}

export interface SimulatorOptions {
  readonly api: ApiVersion;
  readonly locale: HostLocale;
  readonly payloadLimitBytes: number;
  readonly failOnSync: number | undefined;
  /** Delivers the change events of one request, after its response. */
  readonly deliverChanges: (changes: readonly ChangeRecord[]) => void;
}

interface HttpReply {
  readonly statusCode: number;
  readonly body: string;
}

const upperFirst = (s: string): string => (s === "" ? s : s[0]!.toUpperCase() + s.slice(1));

/**
 * Executes the client library's requests against a workbook model, the way Excel does: actions in
 * order, object paths resolved when instantiated, members refused that the host's ExcelApi
 * version does not have, errors stopping the request with the earlier actions applied.
 */
export class HostSimulator {
  readonly requests: RequestRecord[] = [];
  /** Ranges the library asked the host to keep (`_KeepReference`) during an Excel.run, by reference id. */
  private readonly references = new Map<string, Obj>();
  private editing: { done: Promise<void>; end: () => void } | null = null;

  constructor(
    readonly model: WorkbookModel,
    private readonly options: SimulatorOptions,
  ) {}

  /** Requests the adapter sent (its context.sync() calls), not counting the library's clean-ups. */
  get syncCount(): number {
    return this.requests.filter((r) => !r.cleanup).length;
  }

  get inCellEditMode(): boolean {
    return this.editing !== null;
  }

  beginCellEdit(): void {
    if (this.editing) return;
    let end = (): void => undefined;
    const done = new Promise<void>((resolve) => (end = resolve));
    this.editing = { done, end };
  }

  endCellEdit(): void {
    const editing = this.editing;
    this.editing = null;
    editing?.end();
  }

  async handle(url: string, bodyText: string): Promise<HttpReply> {
    const flags = Number(/[?&]flags=(\d+)/.exec(url)?.[1] ?? 0);
    const body = JSON.parse(bodyText) as WireRequest;
    const operations = body.Actions.filter((a) => a.ActionType !== ActionType.instantiate);
    const record: RequestRecord = {
      bytes: utf8Length(bodyText),
      operations: operations.length,
      cleanup: operations.length > 0 && operations.every((a) => a.Name === "_RemoveReference"),
      objectPaths: Object.keys(body.ObjectPaths).length,
      delayForCellEdit: (flags & DELAY_FOR_CELL_EDIT_FLAG) !== 0,
      responseBytes: 0,
    };
    this.requests.push(record);
    const reply = (response: WireResponse, statusCode = 200): HttpReply => {
      const text = JSON.stringify(response);
      record.responseBytes = utf8Length(text);
      if (response.Error) record.error = response.Error.Code;
      return { statusCode, body: text };
    };
    const refuse = (e: HostError): HttpReply => reply({ Results: [], Error: wireError(e) });

    if (this.editing) {
      // Excel holds a delayed request until the user leaves the cell; any other fails. Source:
      // Excel.RunOptions.delayForCellEdit in @types/office-js ("When false, if the user is in cell
      // edit when the batch request is processed by the host, the batch automatically fails").
      if (!record.delayForCellEdit)
        return refuse(
          new HostError(
            "InvalidOperationInCellEditMode",
            "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
          ),
        );
      await this.editing.done;
    }
    if (!record.cleanup && this.options.failOnSync === this.syncCount)
      return refuse(
        new HostError(
          "GeneralException",
          `Injected failure of sync #${this.syncCount} (failOnSync).`,
        ),
      );
    if (record.bytes > this.options.payloadLimitBytes) {
      record.error = "RequestPayloadSizeLimitExceeded";
      const text = JSON.stringify({
        error: {
          code: "RequestPayloadSizeLimitExceeded",
          message: `The request payload size (${record.bytes} bytes) has exceeded the limit.`,
        },
      });
      record.responseBytes = utf8Length(text);
      return { statusCode: 413, body: text };
    }

    const changes: ChangeRecord[] = [];
    const response = new Execution(this.model, this.options, body, changes, this.references).run();
    if (changes.length > 0) this.options.deliverChanges(changes);
    const text = JSON.stringify(response);
    if (utf8Length(text) > this.options.payloadLimitBytes)
      return refuse(
        new HostError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit.",
        ),
      );
    return reply(response);
  }
}

function wireError(e: HostError, location?: string, actionIndex?: number): WireError {
  return {
    Code: e.code,
    Message: e.message,
    HttpStatusCode: HTTP_STATUS[e.code],
    ...(location === undefined ? {} : { Location: location }),
    ...(actionIndex === undefined ? {} : { ActionIndex: actionIndex }),
  };
}

/** One request's run: the live objects of its paths and its results. */
class Execution implements HostState {
  private readonly live = new Map<number, Obj | null>();
  private readonly results: WireResult[] = [];
  /** Paths kept by `_KeepReference` in this request, with their reference ids. */
  private readonly kept = new Map<number, string>();
  private location = "";

  constructor(
    readonly model: WorkbookModel,
    private readonly options: SimulatorOptions,
    private readonly request: WireRequest,
    private readonly changes: ChangeRecord[],
    private readonly references: Map<string, Obj>,
  ) {}

  /**
   * Strings written through the API are read locale-neutrally, whatever the user's locale:
   * Range.values in @types/office-js, "Locale-shaped strings (such as the date "19-8-2025" in
   * nl-NL or fr-FR, format DD-MM-YYYY) are stored as text instead of as dates". So a Thai date
   * written by the add-in stays text, while "1/10", "00123" or "TRUE" are still read as a date, a
   * number and a boolean. The host's locale applies to what the user types (ExcelHost.userEdit).
   */
  get locale(): HostLocale {
    return "en-US";
  }

  get api(): ApiVersion {
    return this.options.api;
  }

  noteChange(sheet: SheetModel, rect: Rect): void {
    const change = changeOf(this.model, sheet, rect);
    if (change) this.changes.push(change);
  }

  run(): WireResponse {
    const actions = this.request.Actions;
    for (let i = 0; i < actions.length; i++) {
      try {
        this.act(actions[i]!);
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        return { Results: this.results, Error: wireError(e, this.location, i) };
      }
    }
    return { Results: this.results };
  }

  private act(a: WireAction): void {
    switch (a.ActionType) {
      case ActionType.instantiate: {
        // An object path is resolved once per request: the library instantiates a tracked Range
        // twice (before its _KeepReference), and a method path such as Range.insert must not run
        // twice.
        const o = this.live.has(a.ObjectPathId)
          ? this.live.get(a.ObjectPathId)!
          : this.instantiate(a.ObjectPathId);
        this.live.set(a.ObjectPathId, o);
        const reference = this.kept.get(a.ObjectPathId);
        if (o === null) this.results.push({ ActionId: a.Id, Value: null });
        else if (reference !== undefined)
          this.results.push({ ActionId: a.Id, Value: { _ReferenceId: reference } });
        else if (o.type.id)
          this.results.push({ ActionId: a.Id, Value: { Id: o.type.id(o.target) } });
        return;
      }
      case ActionType.query: {
        const o = this.target(a.ObjectPathId);
        this.results.push({
          ActionId: a.Id,
          Value: o === null ? null : this.query(o, a.QueryInfo ?? {}),
        });
        return;
      }
      case ActionType.method: {
        const o = this.target(a.ObjectPathId);
        if (o === null) return; // Excel ignores calls on a null object.
        if (a.Name === "_KeepReference") return this.keep(a.ObjectPathId, o);
        if (a.Name === "_RemoveReference")
          return void this.references.delete(String(this.args(a.ArgumentInfo)[0]));
        const value = this.call(o, a.Name, this.args(a.ArgumentInfo));
        if (value !== undefined && !isObj(value))
          this.results.push({ ActionId: a.Id, Value: value });
        return;
      }
      case ActionType.setProperty: {
        const o = this.target(a.ObjectPathId);
        if (o === null) return;
        const prop = this.member(o, "props", a.Name);
        if (!prop.set) fail("InvalidArgument", `${o.type.name}.${a.Name} is read-only.`);
        prop.set(o.target, this.args(a.ArgumentInfo)[0], this);
        return;
      }
      case ActionType.trace:
        this.results.push({ ActionId: a.Id, Value: null });
        return;
      default:
        notModelled(`action type ${a.ActionType}`);
    }
  }

  /** The library keeps each range of an Excel.run batch valid across its syncs by a reference id. */
  private keep(pathId: number, o: Obj): void {
    if (o.type.name !== "Range") notModelled(`${o.type.name}._KeepReference`);
    const reference = `{ref-${this.references.size + 1}-${pathId}}`;
    this.references.set(reference, o);
    this.kept.set(pathId, reference);
  }

  /** A path already instantiated in this request, checked to be alive. */
  private target(pathId: number): Obj | null {
    if (!this.live.has(pathId))
      fail(
        "InvalidObjectPath",
        `Object path ${pathId} is used before it is instantiated in this request.`,
      );
    const o = this.live.get(pathId)!;
    if (o !== null) {
      this.location = o.type.name;
      o.type.alive?.(o.target, this);
    }
    return o;
  }

  private instantiate(pathId: number): Obj | null {
    const p =
      this.request.ObjectPaths[String(pathId)] ??
      fail("InvalidObjectPath", `Object path ${pathId} is not in the request.`);
    if (p.ObjectPathType === ObjectPathType.global)
      return { type: WorkbookType as HostType<unknown>, target: this.model };
    if (p.ObjectPathType === ObjectPathType.nullObject) return null;
    if (p.ObjectPathType === ObjectPathType.referenceId)
      return (
        this.references.get(p.Name) ??
        fail(
          "InvalidObjectPath",
          `The reference ${p.Name} is not kept (released, or from another batch).`,
        )
      );
    const parent = this.target(p.ParentObjectPathId ?? -1);
    if (parent === null) return null; // Everything reached through a null object is null.
    switch (p.ObjectPathType) {
      case ObjectPathType.property: {
        const nav = this.member(parent, "nav", p.Name);
        return nav.get(parent.target, this);
      }
      case ObjectPathType.indexer: {
        const indexer = parent.type.indexer ?? notModelled(`${parent.type.name}.getItem`);
        this.checkApi(parent.type, "getItem", indexer.api);
        return asObject(
          indexer.call(parent.target, this.args(p.ArgumentInfo), this),
          `${parent.type.name}.getItem`,
        );
      }
      case ObjectPathType.method:
        return asObject(
          this.call(parent, p.Name, this.args(p.ArgumentInfo)),
          `${parent.type.name}.${p.Name}`,
        );
      default:
        return notModelled(`object path type ${p.ObjectPathType}`);
    }
  }

  private call(o: Obj, name: string, args: readonly unknown[]): unknown {
    return this.member(o, "methods", name).call(o.target, args, this);
  }

  private member<K extends "props" | "nav" | "methods">(
    o: Obj,
    kind: K,
    name: string,
  ): NonNullable<HostType<unknown>[K]>[string] {
    this.location = `${o.type.name}.${name}`;
    const def =
      (o.type[kind] as Record<string, { api: ApiVersion }> | undefined)?.[name] ??
      notModelled(`${o.type.name}.${name}`);
    this.checkApi(o.type, name, def.api);
    return def as NonNullable<HostType<unknown>[K]>[string];
  }

  /**
   * A member newer than the host's ExcelApi fails with ApiNotFound ("The API you are trying to use
   * could not be found", Excel.ErrorCodes.apiNotFound in @types/office-js); each member's set is
   * its `[Api set: ExcelApi x.y]` tag there, copied into the host types.
   */
  private checkApi(type: HostType<unknown>, name: string, api: ApiVersion): void {
    if (apiMinor(api) > apiMinor(this.options.api))
      fail(
        "ApiNotFound",
        `The API you are trying to use could not be found (${type.name}.${name} needs ExcelApi ${api}; this Excel has ${this.options.api}).`,
      );
  }

  /** Arguments with the proxies passed as arguments replaced by their live objects. */
  private args(info: WireArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) args[i] = this.target(id);
    });
    return args;
  }

  private query(o: Obj, info: WireQueryInfo): Record<string, unknown> {
    const select = info.Select ?? [];
    if (!o.type.items) return this.queryObject(o, select, info.Expand ?? []);
    // On a collection, names of its own properties are its own; the rest apply to the items.
    const own = select.filter((s) => o.type.props?.[upperFirst(s)] !== undefined);
    const forItems = select.filter((s) => !own.includes(s));
    const out: Record<string, unknown> = {};
    for (const s of own)
      out[upperFirst(s)] = this.member(o, "props", upperFirst(s)).get?.(o.target, this);
    if (own.length === 0 || forItems.length > 0)
      out["_Items"] = o.type
        .items(o.target, this)
        .map((item) => this.queryObject(item, forItems, info.Expand ?? []));
    return out;
  }

  private queryObject(
    o: Obj,
    select: readonly string[],
    expand: readonly string[],
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (o.type.id) out["Id"] = o.type.id(o.target);
    const props = o.type.props ?? {};
    if (select.length === 0)
      for (const [name, prop] of Object.entries(props))
        if (prop.get && apiMinor(prop.api) <= apiMinor(this.options.api))
          out[name] = prop.get(o.target, this);
    for (const path of select) {
      const [head = "", ...rest] = path.split("/");
      if (head === "isNullObject") continue;
      const name = upperFirst(head);
      if (rest.length === 0 && props[name]) {
        const prop = this.member(o, "props", name);
        if (!prop.get) fail("InvalidArgument", `${o.type.name}.${head} cannot be loaded.`);
        out[name] = prop.get(o.target, this);
      } else if (o.type.nav?.[name]) {
        const child = this.member(o, "nav", name).get(o.target, this);
        const value =
          child === null
            ? null
            : this.queryObject(child, rest.length === 0 ? [] : [rest.join("/")], []);
        out[name] =
          value === null ? null : { ...((out[name] as object | undefined) ?? {}), ...value };
      } else fail("InvalidArgument", `The property '${head}' does not exist on ${o.type.name}.`);
    }
    for (const name of expand) {
      const child = this.member(o, "nav", upperFirst(name)).get(o.target, this);
      out[upperFirst(name)] = child === null ? null : this.queryObject(child, [], []);
    }
    return out;
  }
}

function asObject(v: unknown, what: string): Obj | null {
  if (v === null || isObj(v)) return v;
  return notModelled(`${what} as an object`);
}
