import { fail } from "./errors";

/** Validators for property values and method arguments: each returns the value or fails with InvalidArgument. */

const NAMED_COLORS: ReadonlyMap<string, string> = new Map(
  (
    "black:000000 white:FFFFFF red:FF0000 green:008000 blue:0000FF yellow:FFFF00 orange:FFA500 " +
    "gray:808080 grey:808080 silver:C0C0C0 maroon:800000 navy:000080 purple:800080 teal:008080 olive:808000 lime:00FF00"
  )
    .split(" ")
    .map((pair): [string, string] => {
      const [name, hex] = pair.split(":");
      return [name ?? "", `#${hex ?? ""}`];
    }),
);

/** "#RRGGBB" (any case) or an HTML colour name; stored as upper-case "#RRGGBB". */
export function color(what: string): (v: unknown) => string {
  return (v) => {
    if (typeof v === "string") {
      if (/^#[0-9A-Fa-f]{6}$/.test(v)) return v.toUpperCase();
      const named = NAMED_COLORS.get(v.toLowerCase());
      if (named !== undefined) return named;
    }
    return fail(
      "InvalidArgument",
      `${what}: ${JSON.stringify(v)} is not a colour ("#RRGGBB" or a colour name).`,
    );
  };
}

export function oneOf<T extends string>(what: string, allowed: readonly T[]): (v: unknown) => T {
  return (v) => {
    if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
    return fail(
      "InvalidArgument",
      `${what}: ${JSON.stringify(v)} is not one of ${allowed.join(", ")}.`,
    );
  };
}

export function bool(what: string): (v: unknown) => boolean {
  return (v) =>
    typeof v === "boolean" ? v : fail("InvalidArgument", `${what} must be a boolean.`);
}

export function num(
  what: string,
  min: number,
  max: number,
  integer = false,
): (v: unknown) => number {
  return (v) => {
    if (
      typeof v !== "number" ||
      !Number.isFinite(v) ||
      v < min ||
      v > max ||
      (integer && !Number.isInteger(v))
    )
      fail(
        "InvalidArgument",
        `${what}: ${JSON.stringify(v)} is not ${integer ? "an integer" : "a number"} in ${min}…${max}.`,
      );
    return v;
  };
}

export function str(what: string, maxLength: number, allowEmpty = true): (v: unknown) => string {
  return (v) => {
    if (typeof v !== "string") fail("InvalidArgument", `${what} must be a string.`);
    if (v.length > maxLength)
      fail("InvalidArgument", `${what} is longer than ${maxLength} characters.`);
    if (!allowEmpty && v === "") fail("InvalidArgument", `${what} must not be empty.`);
    return v;
  };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A whole-object property value: known keys only, each through its validator. */
export function shape(
  what: string,
  fields: Readonly<Record<string, (v: unknown) => unknown>>,
  required: readonly string[] = [],
): (v: unknown) => Record<string, unknown> {
  return (v) => {
    if (!isPlainObject(v)) fail("InvalidArgument", `${what} must be an object.`);
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) {
      if (val === undefined || val === null) continue;
      const check = fields[k];
      if (check === undefined) fail("InvalidArgument", `${what}: unknown field "${k}".`);
      out[k] = check(val);
    }
    for (const k of required)
      if (!(k in out)) fail("InvalidArgument", `${what}: "${k}" is required.`);
    return out;
  };
}

/** The `index`-th argument of a method call. */
export function arg(args: readonly unknown[], index: number): unknown {
  return args[index] ?? undefined;
}
