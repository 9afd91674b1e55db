/**
 * Keeps every Office.js request under Excel on the web's 5 MB limit, counting its size the way
 * Microsoft's client library serializes it (excel-web-16.00.js; the protocol is written up in
 * tests/fakes/excel/wire.ts, and tests/excel/requestBudget.test.ts checks this count against the
 * library's real requests). The body is the JSON of the queued work, in UTF-8:
 *
 * - every proxy the code makes (`ws.getRange(a1)`, its `.format`, `.font`) is an object path plus
 *   an instantiate action, sent again in each later request that uses it; inside Excel.run a
 *   Range also gets a `_KeepReference` call and a second instantiation unless it is untracked;
 * - every property set or method call is an action carrying its arguments as JSON.
 *
 * The writer reaches Excel through `budget.meter(object)`, which counts all of that as it is
 * queued, with ids at seven digits (an upper bound) and arguments measured exactly. Before each
 * group of work the writer asks for room; the budget syncs first when the group would not fit.
 * Below the limit it never syncs, so the number of round trips grows with the payload, never
 * with the rows.
 */
export const REQUEST_LIMIT_BYTES = 4_500_000;

/** An id as long as any in one batch: seven digits, ten million objects. */
const ID = "1234567";
const ENVELOPE = utf8Length('{"AutoKeepReference":false,"Actions":[],"ObjectPaths":{}}');
const INSTANTIATE = utf8Length(`{"Id":${ID},"ActionType":1,"Name":"","ObjectPathId":${ID}},`);
/** Each path id is listed once in some action's "L" (last use); each action has at most one "L". */
const L_PER_PATH = ID.length + 1;
const L_PER_ACTION = utf8Length(',"L":[]');
const KEEP_REFERENCE =
  utf8Length(
    `{"Id":${ID},"ActionType":3,"Name":"_KeepReference","ObjectPathId":${ID},"ArgumentInfo":{"Arguments":[]}},`,
  ) + L_PER_ACTION;
/** The workbook and its worksheet collection, the root every metered chain hangs from. */
const ROOT =
  2 *
  (utf8Length(
    `"${ID}":{"Id":${ID},"ObjectPathType":4,"Name":"Worksheets","ParentObjectPathId":${ID}},`,
  ) +
    INSTANTIATE +
    L_PER_PATH);

const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

interface Node {
  readonly parent: Node | null;
  /** Its object path entry and one instantiation, with its "L" entry. */
  readonly pathBytes: number;
  /** The proxy handed out for it. */
  readonly proxy: object;
  /** Range-like objects carry a `_KeepReference` call until untracked. */
  kept: boolean;
}

/** A proxy of Microsoft's library: every client object has `context` and `load`. */
function isClientObject(v: unknown): v is object {
  return (
    typeof v === "object" &&
    v !== null &&
    "context" in v &&
    typeof (v as { load?: unknown }).load === "function"
  );
}

/** Upper bound of the bytes one request takes for the work queued through metered objects. */
export class RequestBudget {
  private bytes = ENVELOPE;
  private readonly nodes = new WeakMap<object, Node>();
  private readonly reals = new WeakMap<object, object>();
  /** Objects whose path is already in the current request. */
  private inRequest = new WeakSet<Node>();

  constructor(
    private readonly sync: () => Promise<void>,
    readonly limit: number = REQUEST_LIMIT_BYTES,
  ) {}

  /** Bytes queued for the next request so far. */
  get pending(): number {
    return this.bytes;
  }

  /** `root` (a worksheet collection or worksheet), counted with everything queued through it. */
  meter<T extends object>(root: T): T {
    return this.node(root, null, ROOT, false).proxy as T;
  }

  /** Makes room for about `bytes` more in the current request, syncing first if they would not fit. */
  async room(bytes: number): Promise<void> {
    if (this.bytes > ENVELOPE && this.bytes + bytes > this.limit) await this.flush();
  }

  /** Sends what is queued now. */
  async flush(): Promise<void> {
    await this.sync();
    this.bytes = ENVELOPE;
    this.inRequest = new WeakSet();
  }

  private node(real: object, parent: Node | null, pathBytes: number, kept: boolean): Node {
    const known = this.nodes.get(real);
    if (known) return known;
    const proxy = new Proxy(real, {
      get: (target, prop, receiver) => {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value === "function")
          return (...args: unknown[]) =>
            this.call(
              target,
              prop,
              value as (...a: unknown[]) => unknown,
              args,
              receiver as object,
            );
        if (typeof prop === "string" && isClientObject(value))
          return this.child(value, target, 4, upperFirst(prop), null).proxy;
        return value;
      },
      set: (target, prop, value: unknown) => {
        this.action(target, 4, String(prop), [value]);
        return Reflect.set(target, prop, this.unwrap(value), target);
      },
    });
    const node: Node = { parent, pathBytes, proxy, kept };
    this.nodes.set(real, node);
    this.reals.set(proxy, real);
    // The library instantiates a proxy as soon as it is made.
    this.bytes += pathBytes + (kept ? KEEP_REFERENCE + INSTANTIATE : 0);
    this.inRequest.add(node);
    return node;
  }

  private child(
    real: object,
    parent: object,
    pathType: number,
    name: string,
    args: readonly unknown[] | null,
  ): Node {
    const known = this.nodes.get(real);
    if (known) return known;
    this.ensure(this.nodes.get(parent)!);
    const argumentInfo =
      args === null
        ? ""
        : `,"ArgumentInfo":{"Arguments":${this.json(args)}${this.references(args)}}`;
    const entry = `"${ID}":{"Id":${ID},"ObjectPathType":${pathType},"Name":${JSON.stringify(name)},"ParentObjectPathId":${ID}${argumentInfo},"D":true},`;
    const kept = typeof (real as { track?: unknown }).track === "function";
    return this.node(
      real,
      this.nodes.get(parent)!,
      utf8Length(entry) + INSTANTIATE + L_PER_PATH,
      kept,
    );
  }

  private call(
    target: object,
    prop: string | symbol,
    fn: (...a: unknown[]) => unknown,
    args: unknown[],
    receiver: object,
  ): unknown {
    const name = String(prop);
    const node = this.nodes.get(target)!;
    if (name === "untrack") {
      // The library drops the pending _KeepReference call; the second instantiation stays.
      if (node.kept) this.bytes -= KEEP_REFERENCE;
      node.kept = false;
      fn.apply(target, args);
      return receiver;
    }
    const result = fn.apply(
      target,
      args.map((a) => this.unwrap(a)),
    );
    if (result === target) {
      // load() and the like: one action on the object itself.
      this.action(target, 3, name, args);
      return receiver;
    }
    if (isClientObject(result)) return this.child(result, target, 3, upperFirst(name), args).proxy;
    this.action(target, 3, upperFirst(name), args);
    return result;
  }

  /** A property set (4) or method call (3) on `target`, with its path in the request. */
  private action(target: object, type: 3 | 4, name: string, args: readonly unknown[]): void {
    this.ensure(this.nodes.get(target)!);
    const body = `{"Id":${ID},"ActionType":${type},"Name":${JSON.stringify(upperFirst(name))},"ObjectPathId":${ID},"ArgumentInfo":{"Arguments":${this.json(args)}${this.references(args)}}},`;
    this.bytes += utf8Length(body) + L_PER_ACTION;
  }

  /** A path made in an earlier request is sent again, with its parents, in each request that uses it. */
  private ensure(node: Node): void {
    for (let n: Node | null = node; n !== null && !this.inRequest.has(n); n = n.parent) {
      this.bytes += n.pathBytes;
      this.inRequest.add(n);
    }
  }

  private unwrap(v: unknown): unknown {
    return typeof v === "object" && v !== null ? (this.reals.get(v) ?? v) : v;
  }

  /** Arguments as the library sends them: a proxy as its path id. */
  private json(args: readonly unknown[]): string {
    return JSON.stringify(
      args.map((a) => (typeof a === "object" && a !== null && this.reals.has(a) ? Number(ID) : a)),
    );
  }

  private references(args: readonly unknown[]): string {
    if (!args.some((a) => typeof a === "object" && a !== null && this.reals.has(a))) return "";
    return `,"ReferencedObjectPathIds":[${args.map(() => ID).join(",")}]`;
  }
}

/** The size of a value's JSON in UTF-8, as it goes into a request. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Length(JSON.stringify(value));
}

/** UTF-8 length without encoding: 1 byte for ASCII, 2 below U+0800, 3 for the rest of the BMP. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes;
}
