/**
 * A recording fake of the Excel JavaScript API (Office.js), for testing code that writes a
 * workbook through `Excel.run`. It models the parts of Office.js that writers get wrong:
 *
 * - Proxy objects queue their property sets and method calls; nothing happens until
 *   `context.sync()`. Errors surface at sync as an Error with an Excel `code`
 *   ("InvalidArgument", "ItemNotFound", …). A failing op leaves the earlier ops of its batch
 *   applied and drops the later ones (Office.js batches are not transactional).
 * - Reading a property that was neither loaded (`load` + `sync`) nor set throws
 *   "PropertyNotLoaded" synchronously, as Office.js does.
 * - Values are coerced the way Excel coerces typed input ("=…" is a formula, "12.5" a number,
 *   "#N/A" an error value, "'x" text without the apostrophe, "@"-formatted cells keep strings
 *   verbatim). `valueTypes` reads "Double" for every number and "Error" for an error value, whose
 *   `values` entry is its text ("#N/A").
 * - Null objects propagate: objects and collections reached through a `…OrNullObject` that found
 *   nothing ignore their ops, load without error and read `undefined` (collections' `items` too).
 *
 * - Charts (`worksheet.charts`): add/getItem/getItemOrNullObject/getItemAt/getCount, name, chartType,
 *   title, legend, value-axis bounds, data labels' showValue, top/left/width/height, setPosition,
 *   setData, delete. The fake records settings; it does not lay out or render charts.
 *
 * Use `createFakeExcel()`; cast its `context` with `as unknown as Excel.RequestContext`, or
 * call its `run(batch)` like `Excel.run`. The inspection methods (`cell`, `valuesOf`, …) are
 * plain synchronous reads of the model and are not queued.
 */

// ----------------------------------------------------------------------------------------
// Errors
// ----------------------------------------------------------------------------------------

export type FakeErrorCode =
  | "AccessDenied"
  | "FormulaLengthExceedsLimit"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

/** Shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`. */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, location?: string) {
    super(location === undefined ? message : `${location}: ${message}`);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo =
      location === undefined ? { code, message } : { code, message, errorLocation: location };
  }
}

function fail(code: FakeErrorCode, message: string): never {
  throw new FakeOfficeError(code, message);
}

// ----------------------------------------------------------------------------------------
// A1 addresses
// ----------------------------------------------------------------------------------------

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** 0-based, inclusive corners. */
interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

const WHOLE_SHEET: Rect = { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };

function colName(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function rectOf(r0: number, c0: number, r1: number, c1: number): Rect | null {
  const rect = {
    r0: Math.min(r0, r1),
    c0: Math.min(c0, c1),
    r1: Math.max(r0, r1),
    c1: Math.max(c0, c1),
  };
  const ok = rect.r0 >= 0 && rect.c0 >= 0 && rect.r1 < MAX_ROWS && rect.c1 < MAX_COLS;
  return ok ? rect : null;
}

/** "A1", "A1:F10", "$A$1:$B$2", "5:7", "B:D" (no sheet name, one area). */
function parseA1Body(body: string): Rect | null {
  let m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Za-z]{1,3})\$?([0-9]{1,7}))?$/.exec(body);
  if (m) {
    const c0 = colIndex(m[1] ?? "");
    const r0 = Number(m[2]) - 1;
    const c1 = m[3] === undefined ? c0 : colIndex(m[3]);
    const r1 = m[4] === undefined ? r0 : Number(m[4]) - 1;
    return rectOf(r0, c0, r1, c1);
  }
  m = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(body);
  if (m) return rectOf(0, colIndex(m[1] ?? ""), MAX_ROWS - 1, colIndex(m[2] ?? ""));
  m = /^\$?([0-9]{1,7}):\$?([0-9]{1,7})$/.exec(body);
  if (m) return rectOf(Number(m[1]) - 1, 0, Number(m[2]) - 1, MAX_COLS - 1);
  return null;
}

/** Splits "Sheet1!A1" / "'My sheet'!A1" into sheet name and body. */
function splitAddress(address: string): { sheet: string | null; body: string } | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, body: address };
  const prefix = address.slice(0, bang);
  const body = address.slice(bang + 1);
  const quoted = /^'((?:[^']|'')+)'$/.exec(prefix);
  if (quoted) return { sheet: (quoted[1] ?? "").replace(/''/g, "'"), body };
  if (prefix === "" || /['!]/.test(prefix)) return null;
  return { sheet: prefix, body };
}

function isFullRows(r: Rect): boolean {
  return r.c0 === 0 && r.c1 === MAX_COLS - 1;
}

function isFullCols(r: Rect): boolean {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1;
}

function rectA1(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isFullRows(r)) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  if (isFullCols(r)) return `${d}${colName(r.c0)}:${d}${colName(r.c1)}`;
  const a = `${d}${colName(r.c0)}${d}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${d}${colName(r.c1)}${d}${r.r1 + 1}`;
}

function sheetRef(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{M}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[RrCc]([0-9]*|[0-9]*[Cc][0-9]*)$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

function area(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
}

function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

const cellKey = (r: number, c: number): number => r * MAX_COLS + c;
const keyRow = (k: number): number => Math.floor(k / MAX_COLS);
const keyCol = (k: number): number => k % MAX_COLS;

// ----------------------------------------------------------------------------------------
// Value validation and coercion
// ----------------------------------------------------------------------------------------

const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

type StoredKind = "text" | "number" | "boolean" | "formula" | "error" | "empty";

/** The error values a cell can hold, as Excel spells them in `values` (and `text`). */
const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#FIELD!",
  "#CALC!",
  "#BUSY!",
  "#PYTHON!",
] as const;

/** The error constants Excel accepts as typed input (the classic seven): "#n/a" becomes the error #N/A. */
const TYPED_ERRORS: readonly string[] = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];

interface Coerced {
  readonly kind: StoredKind;
  readonly value: string | number | boolean | null;
  /** The number format Excel applies when it recognises e.g. a percentage or a date. */
  readonly autoFormat: string | null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthOf(name: string): number | null {
  const n = name.toLowerCase();
  const full = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ];
  const i = MONTHS.indexOf(n);
  if (i >= 0) return i + 1;
  const j = full.indexOf(n);
  return j >= 0 ? j + 1 : null;
}

/** Excel date serial (1900 system, with its phantom 29 Feb 1900), or null when invalid. */
function dateSerial(y: number, m: number, d: number): number | null {
  if (y < 1900 || y > 9999 || m < 1 || m > 12) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) return null;
  const s = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return s < 61 ? s - 1 : s;
}

const twoDigitYear = (yy: number): number => (yy < 30 ? 2000 + yy : 1900 + yy);

/** Dates and times as Excel (en-US) recognises them in typed input. */
function parseDateTime(t: string): { value: number; format: string } | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) {
    const v = dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
    return v === null ? null : { value: v, format: "m/d/yyyy" };
  }
  m = /^(\d{1,2})([-/])(\d{1,2})(?:\2(\d{1,4}))?$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (m[4] !== undefined) {
      const yText = m[4];
      const y =
        yText.length <= 2 ? twoDigitYear(Number(yText)) : yText.length === 4 ? Number(yText) : NaN;
      const v = Number.isNaN(y) ? null : dateSerial(y, a, b);
      return v === null ? null : { value: v, format: "m/d/yyyy" };
    }
    const thisYear = new Date().getFullYear();
    const md = dateSerial(thisYear, a, b);
    if (md !== null) return { value: md, format: "d-mmm" };
    const my = dateSerial(twoDigitYear(b), a, 1);
    return my === null || (m[3] ?? "").length !== 2 ? null : { value: my, format: "mmm-yy" };
  }
  m = /^(\d{1,2})[- ]([A-Za-z]{3,9})(?:[- ](\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    const month = monthOf(m[2] ?? "");
    if (month === null) return null;
    const yText = m[3];
    const y =
      yText === undefined
        ? new Date().getFullYear()
        : yText.length === 2
          ? twoDigitYear(Number(yText))
          : Number(yText);
    const v = dateSerial(y, month, Number(m[1]));
    return v === null ? null : { value: v, format: yText === undefined ? "d-mmm" : "d-mmm-yy" };
  }
  m = /^(\d{1,4}):(\d{1,2})(?::(\d{1,2}))?(?:\s*([AaPp])[Mm]?)?$/.exec(t);
  if (m) {
    let h = Number(m[1]);
    const min = Number(m[2]);
    const sec = m[3] === undefined ? 0 : Number(m[3]);
    if (min > 59 || sec > 59) return null;
    const ampm = m[4]?.toUpperCase();
    if (ampm !== undefined) {
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (ampm === "P" ? 12 : 0);
    }
    const format =
      ampm !== undefined
        ? "h:mm AM/PM"
        : h >= 24
          ? "[h]:mm:ss"
          : m[3] === undefined
            ? "h:mm"
            : "h:mm:ss";
    return { value: (h * 3600 + min * 60 + sec) / 86_400, format };
  }
  return null;
}

/** Numbers as Excel recognises them in typed input; 15 significant digits, like Excel. */
function parseNumber(t: string): { value: number; format: string | null } | null {
  const round15 = (n: number): number => Number(n.toPrecision(15));
  const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
  if (PLAIN.test(t)) {
    return { value: round15(Number(t)), format: /[eE]/.test(t) ? "0.00E+00" : null };
  }
  let m = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d*)?$/.exec(t);
  if (m) {
    const v = Number(`${m[1] ?? ""}${(m[2] ?? "").replace(/,/g, "")}${m[3] ?? ""}`);
    const decimals = m[3] !== undefined && m[3].length > 1;
    return { value: round15(v), format: decimals ? "#,##0.00" : "#,##0" };
  }
  m = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/.exec(t);
  if (m) {
    const decimals = (m[1] ?? "").includes(".");
    return { value: round15(Number(m[1]) / 100), format: decimals ? "0.00%" : "0%" };
  }
  m = /^\(\s*(\d+\.?\d*|\.\d+)\s*\)$/.exec(t);
  if (m) return { value: round15(-Number(m[1])), format: null };
  m = /^([+-]?)(\d+) (\d+)\/(\d+)$/.exec(t);
  if (m) {
    const den = Number(m[4]);
    if (den === 0) return null;
    const v = Number(m[2]) + Number(m[3]) / den;
    return { value: round15(m[1] === "-" ? -v : v), format: den >= 10 ? "# ??/??" : "# ?/?" };
  }
  return null;
}

/** A light syntax check: balanced quotes and parentheses, no dangling operator. */
function formulaSyntaxOk(formula: string): boolean {
  const body = formula.slice(1);
  if (body.trim() === "") return false;
  let depth = 0;
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= body.length) return false;
        if (body[j] === ch) {
          if (body[j + 1] === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      i = j + 1;
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (depth < 0) return false;
    i++;
  }
  if (depth !== 0) return false;
  const last = body.trimEnd().slice(-1);
  return !"+-*/^&=<>,".includes(last);
}

function checkFormula(formula: string): string {
  if (formula.length > MAX_FORMULA) {
    fail("FormulaLengthExceedsLimit", `A formula is longer than ${MAX_FORMULA} characters.`);
  }
  if (!formulaSyntaxOk(formula)) {
    fail("InvalidArgument", `"${formula}" is not a valid formula (Excel would refuse this input).`);
  }
  return formula;
}

function checkText(s: string): string {
  if (s.length > MAX_TEXT) fail("InvalidArgument", `Text longer than ${MAX_TEXT} characters.`);
  return s;
}

/** What Excel stores when `input` is written to a cell whose number format is `numberFormat`. */
function coerceInput(input: unknown, numberFormat: string): Coerced {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) fail("InvalidArgument", `${String(input)} is not a valid cell value.`);
    return { kind: "number", value: input === 0 ? 0 : input, autoFormat: null };
  }
  if (typeof input === "boolean") return { kind: "boolean", value: input, autoFormat: null };
  if (typeof input !== "string") {
    fail("InvalidArgument", `Cell values must be string, number, boolean or null; got ${describe(input)}.`);
  }
  if (input === "") return { kind: "empty", value: null, autoFormat: null };
  if (numberFormat === "@") return { kind: "text", value: checkText(input), autoFormat: null };
  const first = input[0];
  if (first === "'") return { kind: "text", value: checkText(input.slice(1)), autoFormat: null };
  if (first === "=") return { kind: "formula", value: checkFormula(input), autoFormat: null };
  const t = input.trim();
  const upper = t.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") {
    return { kind: "boolean", value: upper === "TRUE", autoFormat: null };
  }
  if (TYPED_ERRORS.includes(upper)) return { kind: "error", value: upper, autoFormat: null };
  const num = parseNumber(t) ?? parseDateTime(t);
  if (num !== null) return { kind: "number", value: num.value, autoFormat: num.format };
  if ((first === "+" || first === "-" || first === "@") && input.length > 1) {
    return { kind: "formula", value: checkFormula(`=${input}`), autoFormat: null };
  }
  return { kind: "text", value: checkText(input), autoFormat: null };
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

// ----------------------------------------------------------------------------------------
// Small validators
// ----------------------------------------------------------------------------------------

const NAMED_COLORS: ReadonlyMap<string, string> = new Map(
  (
    "aliceblue:F0F8FF antiquewhite:FAEBD7 aqua:00FFFF aquamarine:7FFFD4 azure:F0FFFF beige:F5F5DC " +
    "bisque:FFE4C4 black:000000 blanchedalmond:FFEBCD blue:0000FF blueviolet:8A2BE2 brown:A52A2A " +
    "burlywood:DEB887 cadetblue:5F9EA0 chartreuse:7FFF00 chocolate:D2691E coral:FF7F50 " +
    "cornflowerblue:6495ED cornsilk:FFF8DC crimson:DC143C cyan:00FFFF darkblue:00008B darkcyan:008B8B " +
    "darkgoldenrod:B8860B darkgray:A9A9A9 darkgreen:006400 darkgrey:A9A9A9 darkkhaki:BDB76B " +
    "darkmagenta:8B008B darkolivegreen:556B2F darkorange:FF8C00 darkorchid:9932CC darkred:8B0000 " +
    "darksalmon:E9967A darkseagreen:8FBC8F darkslateblue:483D8B darkslategray:2F4F4F darkslategrey:2F4F4F " +
    "darkturquoise:00CED1 darkviolet:9400D3 deeppink:FF1493 deepskyblue:00BFFF dimgray:696969 " +
    "dimgrey:696969 dodgerblue:1E90FF firebrick:B22222 floralwhite:FFFAF0 forestgreen:228B22 " +
    "fuchsia:FF00FF gainsboro:DCDCDC ghostwhite:F8F8FF gold:FFD700 goldenrod:DAA520 gray:808080 " +
    "green:008000 greenyellow:ADFF2F grey:808080 honeydew:F0FFF0 hotpink:FF69B4 indianred:CD5C5C " +
    "indigo:4B0082 ivory:FFFFF0 khaki:F0E68C lavender:E6E6FA lavenderblush:FFF0F5 lawngreen:7CFC00 " +
    "lemonchiffon:FFFACD lightblue:ADD8E6 lightcoral:F08080 lightcyan:E0FFFF lightgoldenrodyellow:FAFAD2 " +
    "lightgray:D3D3D3 lightgreen:90EE90 lightgrey:D3D3D3 lightpink:FFB6C1 lightsalmon:FFA07A " +
    "lightseagreen:20B2AA lightskyblue:87CEFA lightslategray:778899 lightslategrey:778899 " +
    "lightsteelblue:B0C4DE lightyellow:FFFFE0 lime:00FF00 limegreen:32CD32 linen:FAF0E6 magenta:FF00FF " +
    "maroon:800000 mediumaquamarine:66CDAA mediumblue:0000CD mediumorchid:BA55D3 mediumpurple:9370DB " +
    "mediumseagreen:3CB371 mediumslateblue:7B68EE mediumspringgreen:00FA9A mediumturquoise:48D1CC " +
    "mediumvioletred:C71585 midnightblue:191970 mintcream:F5FFFA mistyrose:FFE4E1 moccasin:FFE4B5 " +
    "navajowhite:FFDEAD navy:000080 oldlace:FDF5E6 olive:808000 olivedrab:6B8E23 orange:FFA500 " +
    "orangered:FF4500 orchid:DA70D6 palegoldenrod:EEE8AA palegreen:98FB98 paleturquoise:AFEEEE " +
    "palevioletred:DB7093 papayawhip:FFEFD5 peachpuff:FFDAB9 peru:CD853F pink:FFC0CB plum:DDA0DD " +
    "powderblue:B0E0E6 purple:800080 rebeccapurple:663399 red:FF0000 rosybrown:BC8F8F royalblue:4169E1 " +
    "saddlebrown:8B4513 salmon:FA8072 sandybrown:F4A460 seagreen:2E8B57 seashell:FFF5EE sienna:A0522D " +
    "silver:C0C0C0 skyblue:87CEEB slateblue:6A5ACD slategray:708090 slategrey:708090 snow:FFFAFA " +
    "springgreen:00FF7F steelblue:4682B4 tan:D2B48C teal:008080 thistle:D8BFD8 tomato:FF6347 " +
    "turquoise:40E0D0 violet:EE82EE wheat:F5DEB3 white:FFFFFF whitesmoke:F5F5F5 yellow:FFFF00 " +
    "yellowgreen:9ACD32"
  )
    .split(" ")
    .map((pair): [string, string] => {
      const [name, hex] = pair.split(":");
      return [name ?? "", `#${hex ?? ""}`];
    }),
);

/** "#RRGGBB" (any case) or an HTML colour name; stored as upper-case "#RRGGBB". */
function color(what: string): (v: unknown) => string {
  return (v) => {
    if (typeof v === "string") {
      if (/^#[0-9A-Fa-f]{6}$/.test(v)) return v.toUpperCase();
      const named = NAMED_COLORS.get(v.toLowerCase());
      if (named !== undefined) return named;
    }
    return fail("InvalidArgument", `${what}: ${JSON.stringify(v)} is not a colour ("#RRGGBB" or an HTML colour name).`);
  };
}

function oneOf<T extends string>(what: string, allowed: readonly T[]): (v: unknown) => T {
  return (v) => {
    if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
    return fail("InvalidArgument", `${what}: ${JSON.stringify(v)} is not one of ${allowed.join(", ")}.`);
  };
}

function bool(what: string): (v: unknown) => boolean {
  return (v) => (typeof v === "boolean" ? v : fail("InvalidArgument", `${what} must be a boolean.`));
}

function num(what: string, min: number, max: number, integer = false): (v: unknown) => number {
  return (v) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      fail("InvalidArgument", `${what}: ${JSON.stringify(v)} is not ${integer ? "an integer" : "a number"} in ${min}…${max}.`);
    }
    return v;
  };
}

function str(what: string, maxLength = MAX_TEXT, allowEmpty = true): (v: unknown) => string {
  return (v) => {
    if (typeof v !== "string") fail("InvalidArgument", `${what} must be a string.`);
    if (v.length > maxLength) fail("InvalidArgument", `${what} is longer than ${maxLength} characters.`);
    if (!allowEmpty && v === "") fail("InvalidArgument", `${what} must not be empty.`);
    return v;
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof ClientObj);
}

/** Validates a whole-object property: known keys only, each through its validator. */
function shape(
  what: string,
  fields: Readonly<Record<string, (v: unknown) => unknown>>,
  required: readonly string[] = [],
): (v: unknown) => Record<string, unknown> {
  return (v) => {
    if (!isPlainObject(v)) fail("InvalidArgument", `${what} must be an object.`);
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) {
      if (val === undefined) continue;
      const check = fields[k];
      if (check === undefined) fail("InvalidArgument", `${what}: unknown field "${k}".`);
      out[k] = check(val);
    }
    for (const k of required) {
      if (!(k in out)) fail("InvalidArgument", `${what}: "${k}" is required.`);
    }
    return out;
  };
}

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
] as const;
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"] as const;
const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
const UNDERLINES = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"] as const;
const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"] as const;
const ORIENTATIONS = ["Portrait", "Landscape"] as const;
const PAPER_SIZES = [
  "Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4",
  "A4Small", "A5", "B4", "B5", "Folio", "Quatro", "Paper10x14", "Paper11x17", "Note", "Envelope9",
  "Envelope10", "Envelope11", "Envelope12", "Envelope14", "Csheet", "Dsheet", "Esheet", "EnvelopeDL",
  "EnvelopeC5", "EnvelopeC3", "EnvelopeC4", "EnvelopeC6", "EnvelopeC65", "EnvelopeB4", "EnvelopeB5",
  "EnvelopeB6", "EnvelopeItaly", "EnvelopeMonarch", "EnvelopePersonal", "FanfoldUS",
  "FanfoldStdGerman", "FanfoldLegalGerman",
] as const;
const CLEAR_APPLY_TO = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"] as const;
const CF_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
] as const;
const CF_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
] as const;
/** Excel.ChartType's values (all but "Invalid"), as @types/office-js lists them for ChartCollection.add. */
const CHART_TYPES = [
  "ColumnClustered", "ColumnStacked", "ColumnStacked100", "3DColumnClustered", "3DColumnStacked",
  "3DColumnStacked100", "BarClustered", "BarStacked", "BarStacked100", "3DBarClustered", "3DBarStacked",
  "3DBarStacked100", "LineStacked", "LineStacked100", "LineMarkers", "LineMarkersStacked",
  "LineMarkersStacked100", "PieOfPie", "PieExploded", "3DPieExploded", "BarOfPie", "XYScatterSmooth",
  "XYScatterSmoothNoMarkers", "XYScatterLines", "XYScatterLinesNoMarkers", "AreaStacked", "AreaStacked100",
  "3DAreaStacked", "3DAreaStacked100", "DoughnutExploded", "RadarMarkers", "RadarFilled", "Surface",
  "SurfaceWireframe", "SurfaceTopView", "SurfaceTopViewWireframe", "Bubble", "Bubble3DEffect", "StockHLC",
  "StockOHLC", "StockVHLC", "StockVOHLC", "CylinderColClustered", "CylinderColStacked",
  "CylinderColStacked100", "CylinderBarClustered", "CylinderBarStacked", "CylinderBarStacked100",
  "CylinderCol", "ConeColClustered", "ConeColStacked", "ConeColStacked100", "ConeBarClustered",
  "ConeBarStacked", "ConeBarStacked100", "ConeCol", "PyramidColClustered", "PyramidColStacked",
  "PyramidColStacked100", "PyramidBarClustered", "PyramidBarStacked", "PyramidBarStacked100", "PyramidCol",
  "3DColumn", "Line", "3DLine", "3DPie", "Pie", "XYScatter", "3DArea", "Area", "Doughnut", "Radar",
  "Histogram", "Boxwhisker", "Pareto", "RegionMap", "Treemap", "Waterfall", "Sunburst", "Funnel",
] as const;
const CHART_SERIES_BY = ["Auto", "Columns", "Rows"] as const;
const CHART_LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"] as const;
const DV_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
] as const;

// ----------------------------------------------------------------------------------------
// Model
// ----------------------------------------------------------------------------------------

type FmtValue = string | number | boolean;
type FmtPatch = ReadonlyMap<string, FmtValue | null>;

interface CellModel {
  value: string | number | boolean | null;
  kind: StoredKind;
  /** Explicit format properties, keyed "numberFormat", "font.bold", "border.top.style", … */
  fmt: Map<string, FmtValue>;
}

/** A format applied to a range too large to store cell by cell (whole rows/columns/sheet). */
interface FormatLayer {
  readonly rect: Rect;
  readonly reset: boolean;
  readonly patch: FmtPatch;
}

interface ValidationModel {
  rect: Rect;
  rule: Record<string, unknown> | null;
  errorAlert: Record<string, unknown>;
  prompt: Record<string, unknown>;
  ignoreBlanks: boolean;
}

interface CfModel {
  readonly id: number;
  readonly rect: Rect;
  readonly type: (typeof CF_TYPES)[number];
  priority: number;
  stopIfTrue: boolean;
  readonly settings: Map<string, unknown>;
}

interface ChartModel {
  readonly id: string;
  name: string;
  type: (typeof CHART_TYPES)[number];
  source: Rect;
  seriesBy: (typeof CHART_SERIES_BY)[number];
  title: { text: string; visible: boolean };
  /** In points from the worksheet origin. */
  top: number;
  left: number;
  width: number;
  height: number;
  /** The cells of the last setPosition call. */
  position: { topLeft: string; bottomRight: string | null } | null;
  legend: { position: (typeof CHART_LEGEND_POSITIONS)[number]; visible: boolean };
  /** null: automatic. */
  valueAxis: { minimum: number | null; maximum: number | null };
  dataLabels: { showValue: boolean };
}

interface HeaderFooterModel {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  printOrder: string;
  firstPageNumber: number | "";
  zoom: Record<string, unknown>;
  /** In points. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
  headersFooters: {
    state: string;
    useSheetMargins: boolean;
    useSheetScale: boolean;
    defaultForAllPages: HeaderFooterModel;
    firstPage: HeaderFooterModel;
    evenPages: HeaderFooterModel;
    oddPages: HeaderFooterModel;
  };
}

interface SheetModel {
  readonly id: string;
  name: string;
  visibility: (typeof VISIBILITIES)[number];
  tabColor: string;
  protected: boolean;
  showGridlines: boolean;
  showHeadings: boolean;
  standardWidth: number;
  readonly cells: Map<number, CellModel>;
  layers: FormatLayer[];
  merges: Rect[];
  readonly rowHeights: Map<number, number>;
  allRowsHeight: number | null;
  readonly columnWidths: Map<number, number>;
  allColumnsWidth: number | null;
  readonly hiddenRows: Set<number>;
  readonly hiddenColumns: Set<number>;
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutModel;
  validations: ValidationModel[];
  conditionalFormats: CfModel[];
  charts: ChartModel[];
  /** The number in the next default chart name ("Chart 1", "Chart 2", …); never reused on the sheet. */
  nextChartNumber: number;
}

interface WorkbookModel {
  sheets: SheetModel[];
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect } | null;
  nextId: number;
  enableEvents: boolean;
  calculationMode: string;
  suspendApiCalculationCalls: number;
  suspendScreenUpdatingCalls: number;
}

interface RangeRef {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

const emptyHeaderFooter = (): HeaderFooterModel => ({
  leftHeader: "",
  centerHeader: "",
  rightHeader: "",
  leftFooter: "",
  centerFooter: "",
  rightFooter: "",
});

function newSheet(model: WorkbookModel, name: string): SheetModel {
  const n = model.nextId++;
  return {
    id: `{00000000-0001-0000-${String(n).padStart(4, "0")}-000000000000}`,
    name,
    visibility: "Visible",
    tabColor: "",
    protected: false,
    showGridlines: true,
    showHeadings: true,
    standardWidth: 8.43,
    cells: new Map(),
    layers: [],
    merges: [],
    rowHeights: new Map(),
    allRowsHeight: null,
    columnWidths: new Map(),
    allColumnsWidth: null,
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    freeze: { rows: 0, columns: 0 },
    pageLayout: {
      orientation: "Portrait",
      paperSize: "Letter",
      centerHorizontally: false,
      centerVertically: false,
      printGridlines: false,
      printHeadings: false,
      blackAndWhite: false,
      draftMode: false,
      printOrder: "DownThenOver",
      firstPageNumber: "",
      zoom: { scale: 100 },
      margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
      printTitleRows: null,
      printTitleColumns: null,
      printArea: null,
      headersFooters: {
        state: "Default",
        useSheetMargins: true,
        useSheetScale: true,
        defaultForAllPages: emptyHeaderFooter(),
        firstPage: emptyHeaderFooter(),
        evenPages: emptyHeaderFooter(),
        oddPages: emptyHeaderFooter(),
      },
    },
    validations: [],
    conditionalFormats: [],
    charts: [],
    nextChartNumber: 1,
  };
}

/** Excel's rules for worksheet names; throws InvalidArgument / ItemAlreadyExists. */
function checkSheetName(model: WorkbookModel, name: unknown, self: SheetModel | null): string {
  if (typeof name !== "string") fail("InvalidArgument", "A worksheet name must be a string.");
  if (name.length === 0 || name.length > 31) {
    fail("InvalidArgument", `Worksheet name "${name}" must be 1 to 31 characters long.`);
  }
  if (/[[\]:*?/\\]/.test(name)) {
    fail("InvalidArgument", `Worksheet name "${name}" contains one of []:*?/\\.`);
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    fail("InvalidArgument", `Worksheet name "${name}" must not begin or end with an apostrophe.`);
  }
  if (name.toUpperCase() === "HISTORY") fail("InvalidArgument", `"${name}" is a reserved worksheet name.`);
  const clash = model.sheets.find((s) => s !== self && s.name.toUpperCase() === name.toUpperCase());
  if (clash) fail("ItemAlreadyExists", `A worksheet named "${clash.name}" already exists.`);
  return name;
}

function visibleSheets(model: WorkbookModel): SheetModel[] {
  return model.sheets.filter((s) => s.visibility === "Visible");
}

function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) {
    fail("AccessDenied", `The worksheet "${sheet.name}" is protected; the change was refused.`);
  }
}

// --- cell formats --------------------------------------------------------------------------

const PER_CELL_LIMIT = 100_000;

function applyPatch(fmt: Map<string, FmtValue>, reset: boolean, patch: FmtPatch): void {
  if (reset) fmt.clear();
  for (const [k, v] of patch) {
    if (v === null) fmt.delete(k);
    else fmt.set(k, v);
  }
}

function coveredByLayer(sheet: SheetModel, r: number, c: number): boolean {
  return sheet.layers.some((l) => contains(l.rect, r, c));
}

function layerFormat(sheet: SheetModel, r: number, c: number): Map<string, FmtValue> {
  const fmt = new Map<string, FmtValue>();
  for (const l of sheet.layers) if (contains(l.rect, r, c)) applyPatch(fmt, l.reset, l.patch);
  return fmt;
}

function formatAt(sheet: SheetModel, r: number, c: number): ReadonlyMap<string, FmtValue> {
  return sheet.cells.get(cellKey(r, c))?.fmt ?? layerFormat(sheet, r, c);
}

function touch(sheet: SheetModel, r: number, c: number): CellModel {
  const key = cellKey(r, c);
  let cell = sheet.cells.get(key);
  if (cell === undefined) {
    cell = { value: null, kind: "empty", fmt: layerFormat(sheet, r, c) };
    sheet.cells.set(key, cell);
  }
  return cell;
}

function prune(sheet: SheetModel, key: number): void {
  const cell = sheet.cells.get(key);
  if (cell && cell.value === null && cell.fmt.size === 0 && !coveredByLayer(sheet, keyRow(key), keyCol(key))) {
    sheet.cells.delete(key);
  }
}

function cellsIn(sheet: SheetModel, rect: Rect): [number, CellModel][] {
  const out: [number, CellModel][] = [];
  for (const entry of sheet.cells) {
    if (contains(rect, keyRow(entry[0]), keyCol(entry[0]))) out.push(entry);
  }
  return out;
}

function applyFormat(sheet: SheetModel, rect: Rect, patch: FmtPatch, reset = false): void {
  const removes = reset || [...patch.values()].includes(null);
  if (area(rect) <= PER_CELL_LIMIT) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        applyPatch(touch(sheet, r, c).fmt, reset, patch);
        if (removes) prune(sheet, cellKey(r, c));
      }
    }
    return;
  }
  // Drop earlier layers this one fully overrides, so repeated whole-sheet formatting stays small.
  const overridden = (l: FormatLayer): boolean =>
    containsRect(rect, l.rect) && (reset || (!l.reset && [...l.patch.keys()].every((k) => patch.has(k))));
  sheet.layers = sheet.layers.filter((l) => !overridden(l));
  const noOp = reset && patch.size === 0 && !sheet.layers.some((l) => intersects(l.rect, rect));
  if (!noOp) sheet.layers.push({ rect, reset, patch: new Map(patch) });
  for (const [key, cell] of cellsIn(sheet, rect)) {
    applyPatch(cell.fmt, reset, patch);
    if (removes) prune(sheet, key);
  }
}

/** The value of a format property across a range: the common value, or null when mixed. */
function uniformFormat(sheet: SheetModel, rect: Rect, key: string, fallback: FmtValue): FmtValue | null {
  let seen: FmtValue | undefined;
  const visit = (v: FmtValue): boolean => {
    if (seen === undefined) seen = v;
    return seen === v;
  };
  if (area(rect) <= 1_000_000) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (!visit(formatAt(sheet, r, c).get(key) ?? fallback)) return null;
      }
    }
  } else {
    // Approximation for huge ranges: the touched cells plus the top-left corner.
    if (!visit(formatAt(sheet, rect.r0, rect.c0).get(key) ?? fallback)) return null;
    for (const [, cell] of cellsIn(sheet, rect)) if (!visit(cell.fmt.get(key) ?? fallback)) return null;
  }
  return seen ?? fallback;
}

type Side = "top" | "bottom" | "left" | "right" | "diagonalDown" | "diagonalUp";

/** The cell edges a border index of a range stands for. */
function borderTargets(rect: Rect, edge: (typeof BORDER_EDGES)[number]): { rect: Rect; side: Side }[] {
  const { r0, c0, r1, c1 } = rect;
  switch (edge) {
    case "EdgeTop":
      return [{ rect: { r0, c0, r1: r0, c1 }, side: "top" }];
    case "EdgeBottom":
      return [{ rect: { r0: r1, c0, r1, c1 }, side: "bottom" }];
    case "EdgeLeft":
      return [{ rect: { r0, c0, r1, c1: c0 }, side: "left" }];
    case "EdgeRight":
      return [{ rect: { r0, c0: c1, r1, c1 }, side: "right" }];
    case "InsideHorizontal":
      return r1 === r0
        ? []
        : [
            { rect: { r0, c0, r1: r1 - 1, c1 }, side: "bottom" },
            { rect: { r0: r0 + 1, c0, r1, c1 }, side: "top" },
          ];
    case "InsideVertical":
      return c1 === c0
        ? []
        : [
            { rect: { r0, c0, r1, c1: c1 - 1 }, side: "right" },
            { rect: { r0, c0: c0 + 1, r1, c1 }, side: "left" },
          ];
    case "DiagonalDown":
      return [{ rect, side: "diagonalDown" }];
    case "DiagonalUp":
      return [{ rect, side: "diagonalUp" }];
  }
}

// --- values -----------------------------------------------------------------------------------

function effectiveNumberFormat(sheet: SheetModel, r: number, c: number): string {
  const nf = formatAt(sheet, r, c).get("numberFormat");
  return typeof nf === "string" ? nf : "General";
}

function checkShape(what: string, v: unknown, rect: Rect): unknown[][] {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  const mismatch = (): never =>
    fail(
      "InvalidArgument",
      `${what}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  if (!Array.isArray(v) || v.length !== rows) return mismatch();
  for (const row of v as unknown[]) {
    if (!Array.isArray(row) || row.length !== cols) mismatch();
  }
  return v as unknown[][];
}

function writeValues(ref: RangeRef, input: unknown): void {
  const { sheet, rect } = ref;
  assertWritable(sheet);
  const rows = checkShape("Range.values", input, rect);
  const plan: { r: number; c: number; result: Coerced }[] = [];
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const r = rect.r0 + i;
      const c = rect.c0 + j;
      plan.push({ r, c, result: coerceInput(v, effectiveNumberFormat(sheet, r, c)) });
    }),
  );
  for (const { r, c, result } of plan) {
    if (result.kind === "empty") {
      const cell = sheet.cells.get(cellKey(r, c));
      if (cell) {
        cell.value = null;
        cell.kind = "empty";
        prune(sheet, cellKey(r, c));
      }
      continue;
    }
    const cell = touch(sheet, r, c);
    cell.value = result.value;
    cell.kind = result.kind;
    if (result.autoFormat !== null && effectiveNumberFormat(sheet, r, c) === "General") {
      cell.fmt.set("numberFormat", result.autoFormat);
    }
  }
}

function writeNumberFormats(ref: RangeRef, input: unknown): void {
  const { sheet, rect } = ref;
  assertWritable(sheet);
  const rows = checkShape("Range.numberFormat", input, rect);
  for (const row of rows) {
    for (const v of row) {
      if (v !== null && typeof v !== "string") {
        fail("InvalidArgument", `Range.numberFormat: ${describe(v)} is not a number format string.`);
      }
    }
  }
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v === "string") touch(sheet, rect.r0 + i, rect.c0 + j).fmt.set("numberFormat", v);
    }),
  );
}

const LOAD_CELL_LIMIT = 5_000_000;

function readGrid<T>(ref: RangeRef, f: (r: number, c: number) => T): T[][] {
  const { rect } = ref;
  if (area(rect) > LOAD_CELL_LIMIT) {
    fail("ResponsePayloadSizeLimitExceeded", "The range is too large to load its cells.");
  }
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

function cellValue(sheet: SheetModel, r: number, c: number): string | number | boolean {
  return sheet.cells.get(cellKey(r, c))?.value ?? "";
}

type ValueType = "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue";

/**
 * The Excel.RangeValueType of a cell, consistent with what `values` returns for it. Excel reports every
 * number as "Double" (it never returns "Integer"). The fake does not calculate, so a formula's
 * `values` entry is its text and its type "String".
 */
const VALUE_TYPES: Readonly<Record<StoredKind, ValueType>> = {
  empty: "Empty",
  text: "String",
  number: "Double",
  boolean: "Boolean",
  error: "Error",
  formula: "String",
};

function cellValueType(sheet: SheetModel, r: number, c: number): ValueType {
  return VALUE_TYPES[sheet.cells.get(cellKey(r, c))?.kind ?? "empty"];
}

function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let rect: { r0: number; c0: number; r1: number; c1: number } | null = null;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === null && (valuesOnly || cell.fmt.size === 0)) continue;
    const r = keyRow(key);
    const c = keyCol(key);
    if (rect === null) rect = { r0: r, c0: c, r1: r, c1: c };
    else {
      rect.r0 = Math.min(rect.r0, r);
      rect.c0 = Math.min(rect.c0, c);
      rect.r1 = Math.max(rect.r1, r);
      rect.c1 = Math.max(rect.c1, c);
    }
  }
  return rect;
}

function addMerge(sheet: SheetModel, rect: Rect): void {
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return;
  if (sheet.merges.some((m) => sameRect(m, rect))) return;
  const overlap = sheet.merges.find((m) => intersects(m, rect));
  if (overlap) {
    fail("InvalidArgument", `Cannot merge ${rectA1(rect)}: it overlaps the merged range ${rectA1(overlap)}.`);
  }
  sheet.merges.push(rect);
  // Excel keeps only the upper-left value of a merged area.
  for (const [key, cell] of cellsIn(sheet, rect)) {
    if (key === cellKey(rect.r0, rect.c0) || cell.value === null) continue;
    cell.value = null;
    cell.kind = "empty";
    prune(sheet, key);
  }
}

// ----------------------------------------------------------------------------------------
// Proxy objects
// ----------------------------------------------------------------------------------------

type Locator<T> = () => T | null;

interface PropSpec<T> {
  readonly get?: (t: T) => unknown;
  readonly set?: (t: T, v: unknown) => void;
}

type PropTable<T> = Readonly<Record<string, PropSpec<T>>>;

/** What every proxy offers to `load` and `set`, whatever it points at. */
interface AnyClientObj {
  readonly context: FakeRequestContext;
  readonly _typeName: string;
  _doLoad(paths: readonly (readonly string[])[]): void;
  set(properties: Record<string, unknown>): void;
}

type LoadOption = string | readonly string[] | { select?: string | readonly string[]; expand?: string | readonly string[] };

function loadPaths(option: LoadOption | undefined): string[][] {
  if (option === undefined) return [];
  const parts: string[] = [];
  const add = (v: string | readonly string[] | undefined): void => {
    if (v === undefined) return;
    for (const s of typeof v === "string" ? v.split(",") : v) {
      const t = s.trim();
      if (t !== "") parts.push(t);
    }
  };
  if (typeof option === "string" || Array.isArray(option)) add(option as string | readonly string[]);
  else {
    const o = option as { select?: string | readonly string[]; expand?: string | readonly string[] };
    add(o.select);
    add(o.expand);
  }
  return parts.map((p) => p.split("/").map((s) => s.trim()));
}

function cloneLoaded<T>(v: T): T {
  return v === null || typeof v !== "object" ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/**
 * Base of all proxies. Scalar properties are installed as accessors from a table: reading
 * needs a prior load + sync (or a set), setting queues an op. Navigation properties return
 * memoised child proxies.
 */
class ClientObj<T> implements AnyClientObj {
  readonly context: FakeRequestContext;
  readonly _typeName: string;
  _cache = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  private readonly _locate: Locator<T>;
  private readonly _props: PropTable<T>;
  private readonly _navFactories: Readonly<Record<string, () => AnyClientObj>>;
  private readonly _navCache = new Map<string, AnyClientObj>();

  constructor(
    ctx: FakeRequestContext,
    typeName: string,
    locate: Locator<T>,
    props: PropTable<T>,
    nav: Readonly<Record<string, () => AnyClientObj>> = {},
  ) {
    this.context = ctx;
    this._typeName = typeName;
    this._locate = locate;
    this._props = props;
    this._navFactories = nav;
    for (const [name, spec] of Object.entries(props)) {
      Object.defineProperty(this, name, {
        enumerable: true,
        configurable: true,
        get: () => this._read(name),
        ...(spec.set === undefined ? {} : { set: (v: unknown) => this._write(name, v) }),
      });
    }
    for (const name of Object.keys(nav)) {
      Object.defineProperty(this, name, {
        enumerable: false,
        configurable: true,
        get: () => this._nav(name),
      });
    }
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "isNullObject is not available before context.sync().",
        `${this._typeName}.isNullObject`,
      );
    }
    return this._isNull;
  }

  _nav(name: string): AnyClientObj {
    let child = this._navCache.get(name);
    if (child === undefined) {
      const make = this._navFactories[name];
      if (make === undefined) throw new Error(`fakeExcel: no navigation property ${name}`);
      child = make();
      this._navCache.set(name, child);
    }
    return child;
  }

  /** Resolves the proxy to its model object at sync time; null for a null object. */
  _resolve(): T | null {
    const t = this._locate();
    this.context._noteNull(this, t === null);
    return t;
  }

  _read(name: string): unknown {
    if (this._cache.has(name)) return this._cache.get(name);
    if (this._isNull === true) return undefined;
    throw new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      `${this._typeName}.${name}`,
    );
  }

  _write(name: string, value: unknown): void {
    const spec = this._props[name];
    const set = spec?.set;
    if (set === undefined) throw new TypeError(`${this._typeName}.${name} is read-only`);
    this._cache.set(name, value);
    this.context._enqueue(`${this._typeName}.${name}`, value, () => {
      const t = this._resolve();
      if (t !== null) set(t, value);
    });
  }

  /** Queues a method call; `run` sees the resolved target (skipped for null objects). */
  _call(method: string, args: readonly unknown[], run: (t: T) => void): void {
    this.context._enqueue(`${this._typeName}.${method}`, args, () => {
      const t = this._resolve();
      if (t !== null) run(t);
    });
  }

  /** Checks that a proxy passed as an argument belongs to this request context. */
  _sameContext(arg: unknown): void {
    if (arg instanceof ClientObj && arg.context !== this.context) {
      throw new FakeOfficeError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts.",
        this._typeName,
      );
    }
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context._enqueue(`${this._typeName}.load`, option ?? null, () => this._doLoad(paths));
    return this;
  }

  _doLoad(paths: readonly (readonly string[])[]): void {
    const t = this._resolve();
    if (t === null) return;
    const names = new Set<string>();
    if (paths.length === 0) {
      for (const [name, spec] of Object.entries(this._props)) if (spec.get) names.add(name);
    }
    for (const path of paths) {
      const [head, ...rest] = path;
      if (head === undefined || head === "") continue;
      if (rest.length === 0 && this._props[head]?.get !== undefined) {
        names.add(head);
      } else if (head in this._navFactories) {
        this._nav(head)._doLoad(rest.length === 0 ? [] : [rest]);
      } else if (head === "isNullObject") {
        continue;
      } else {
        fail("InvalidArgument", `The property '${path.join("/")}' does not exist on ${this._typeName}.`);
      }
    }
    const values = new Map<string, unknown>();
    for (const name of names) {
      const get = this._props[name]?.get;
      if (get) values.set(name, cloneLoaded(get(t)));
    }
    this.context._onCommit(() => {
      for (const [k, v] of values) this._cache.set(k, v);
    });
  }

  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      if (k in this._navFactories && isPlainObject(v)) this._nav(k).set(v);
      else if (k in this._props) (this as unknown as Record<string, unknown>)[k] = v;
      else throw new FakeOfficeError("InvalidArgument", `Unknown property "${k}".`, `${this._typeName}.set`);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._cache);
  }
}

/** A locator that binds to the first object it finds and then follows it by identity. */
function bindSheet(model: () => WorkbookModel, find: () => SheetModel | null): Locator<SheetModel> {
  let id: string | null | undefined;
  return () => {
    if (id === undefined) {
      const s = find();
      id = s === null ? null : s.id;
      return s;
    }
    if (id === null) return null;
    const bound = id;
    return model().sheets.find((s) => s.id === bound) ?? fail("ItemNotFound", "The worksheet was deleted.");
  };
}

function bindRange(model: () => WorkbookModel, find: () => RangeRef | null): Locator<RangeRef> {
  let bound: { sheetId: string; rect: Rect } | null | undefined;
  return () => {
    if (bound === undefined) {
      const r = find();
      bound = r === null ? null : { sheetId: r.sheet.id, rect: r.rect };
      return r;
    }
    if (bound === null) return null;
    const { sheetId, rect } = bound;
    const sheet = model().sheets.find((s) => s.id === sheetId) ?? fail("ItemNotFound", "The worksheet was deleted.");
    return { sheet, rect };
  };
}

function child<P, T>(parent: ClientObj<P>, map: (p: P) => T | null): Locator<T> {
  return () => {
    const p = parent._resolve();
    return p === null ? null : map(p);
  };
}

// --- application, runtime, workbook ---------------------------------------------------------

class RuntimeObj extends ClientObj<WorkbookModel> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "Runtime", () => ctx._model(), {
      enableEvents: { get: (m) => m.enableEvents, set: (m, v) => (m.enableEvents = bool("enableEvents")(v)) },
    });
  }
}

class ApplicationObj extends ClientObj<WorkbookModel> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "Application", () => ctx._model(), {
      calculationMode: {
        get: (m) => m.calculationMode,
        set: (m, v) =>
          (m.calculationMode = oneOf("calculationMode", ["Automatic", "AutomaticExceptTables", "Manual"])(v)),
      },
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], (m) => void m.suspendApiCalculationCalls++);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", [], (m) => void m.suspendScreenUpdatingCalls++);
  }
}

class WorkbookObj extends ClientObj<WorkbookModel> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "Workbook", () => ctx._model(), {}, {
      worksheets: () => new WorksheetCollectionObj(ctx),
      application: () => ctx.application,
    });
  }
}

class ClientResultObj<T> {
  private _value: T | undefined;
  private _loaded = false;

  get value(): T {
    if (!this._loaded) {
      throw new FakeOfficeError("PropertyNotLoaded", "The value is not available before context.sync().", "ClientResult.value");
    }
    return this._value as T;
  }

  /** `undefined` for a method of a null object: loaded, with no value (as Office.js does). */
  _set(v: T | undefined): void {
    this._value = v;
    this._loaded = true;
  }
}

// --- worksheets ----------------------------------------------------------------------------

class WorksheetCollectionObj extends ClientObj<WorkbookModel> {
  private _items: WorksheetObj[] | undefined;

  constructor(ctx: FakeRequestContext) {
    super(ctx, "WorksheetCollection", () => ctx._model(), {});
  }

  get items(): WorksheetObj[] {
    if (this._items === undefined) {
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available; load the collection and sync first.", "WorksheetCollection.items");
    }
    return this._items;
  }

  override _doLoad(paths: readonly (readonly string[])[]): void {
    const model = this._resolve();
    if (model === null) return;
    const itemPaths = paths
      .map((p) => (p[0] === "items" ? p.slice(1) : p))
      .filter((p) => p.length > 0);
    const ctx = this.context;
    const items = model.sheets.map((s) => {
      const id = s.id;
      const item = new WorksheetObj(ctx, bindSheet(() => ctx._model(), () => ctx._model().sheets.find((x) => x.id === id) ?? null));
      item._doLoad(itemPaths);
      return item;
    });
    ctx._onCommit(() => (this._items = items));
  }

  private _find(key: string): SheetModel | null {
    const m = this.context._model();
    const upper = key.toUpperCase();
    return m.sheets.find((s) => s.name.toUpperCase() === upper || s.id === key) ?? null;
  }

  add(name?: string): WorksheetObj {
    let created: SheetModel | null = null;
    this._call("add", [name ?? null], (m) => {
      let n = name;
      if (n === undefined) {
        let i = m.sheets.length + 1;
        while (m.sheets.some((s) => s.name.toUpperCase() === `SHEET${i}`)) i++;
        n = `Sheet${i}`;
      }
      const sheet = newSheet(m, checkSheetName(m, n, null));
      m.sheets.push(sheet);
      created = sheet;
    });
    return new WorksheetObj(
      this.context,
      bindSheet(
        () => this.context._model(),
        () => created ?? fail("InvalidObjectPath", "The worksheet was never added (its add() failed or was not synced)."),
      ),
    );
  }

  getItem(key: string): WorksheetObj {
    return new WorksheetObj(
      this.context,
      bindSheet(
        () => this.context._model(),
        () => this._find(key) ?? fail("ItemNotFound", `The worksheet "${key}" does not exist.`),
      ),
    );
  }

  getItemOrNullObject(key: string): WorksheetObj {
    return new WorksheetObj(this.context, bindSheet(() => this.context._model(), () => this._find(key)));
  }

  getActiveWorksheet(): WorksheetObj {
    const ctx = this.context;
    return new WorksheetObj(
      ctx,
      bindSheet(
        () => ctx._model(),
        () => ctx._model().sheets.find((s) => s.id === ctx._model().activeSheetId) ?? null,
      ),
    );
  }

  getFirst(visibleOnly?: boolean): WorksheetObj {
    const ctx = this.context;
    return new WorksheetObj(
      ctx,
      bindSheet(
        () => ctx._model(),
        () => (visibleOnly === true ? visibleSheets(ctx._model()) : ctx._model().sheets)[0] ?? fail("ItemNotFound", "No worksheet."),
      ),
    );
  }

  getCount(visibleOnly?: boolean): ClientResultObj<number> {
    const result = new ClientResultObj<number>();
    this._call("getCount", [visibleOnly ?? false], (m) => {
      const n = (visibleOnly === true ? visibleSheets(m) : m.sheets).length;
      this.context._onCommit(() => result._set(n));
    });
    return result;
  }
}

function parseForSheet(address: string, sheet: SheetModel): Rect {
  if (typeof address !== "string" || address.includes(",")) {
    fail("InvalidArgument", `${JSON.stringify(address)} is not a single-area A1 address.`);
  }
  const split = splitAddress(address.trim());
  if (split === null) fail("InvalidArgument", `"${address}" is not a valid address.`);
  if (split.sheet !== null && split.sheet.toUpperCase() !== sheet.name.toUpperCase()) {
    fail("InvalidArgument", `"${address}" refers to another worksheet than "${sheet.name}".`);
  }
  return parseA1Body(split.body) ?? fail("InvalidArgument", `"${address}" is not a valid A1 address.`);
}

function checkIndex(what: string, v: unknown, min: number, max: number): number {
  return num(what, min, max, true)(v);
}

class WorksheetObj extends ClientObj<SheetModel> {
  constructor(ctx: FakeRequestContext, locate: Locator<SheetModel>) {
    const model = (): WorkbookModel => ctx._model();
    super(
      ctx,
      "Worksheet",
      locate,
      {
        name: { get: (s) => s.name, set: (s, v) => (s.name = checkSheetName(model(), v, s)) },
        id: { get: (s) => s.id },
        position: {
          get: (s) => model().sheets.indexOf(s),
          set: (s, v) => {
            const m = model();
            const p = checkIndex("Worksheet.position", v, 0, m.sheets.length - 1);
            m.sheets = m.sheets.filter((x) => x !== s);
            m.sheets.splice(p, 0, s);
          },
        },
        visibility: {
          get: (s) => s.visibility,
          set: (s, v) => {
            const vis = oneOf("Worksheet.visibility", VISIBILITIES)(v);
            const m = model();
            if (vis !== "Visible" && s.visibility === "Visible" && visibleSheets(m).length === 1) {
              fail("InvalidOperation", "A workbook must keep at least one visible worksheet.");
            }
            s.visibility = vis;
            if (vis !== "Visible" && m.activeSheetId === s.id) m.activeSheetId = visibleSheets(m)[0]?.id ?? s.id;
          },
        },
        tabColor: {
          get: (s) => s.tabColor,
          set: (s, v) => (s.tabColor = v === "" ? "" : color("Worksheet.tabColor")(v)),
        },
        showGridlines: { get: (s) => s.showGridlines, set: (s, v) => (s.showGridlines = bool("showGridlines")(v)) },
        showHeadings: { get: (s) => s.showHeadings, set: (s, v) => (s.showHeadings = bool("showHeadings")(v)) },
        standardWidth: {
          get: (s) => s.standardWidth,
          set: (s, v) => (s.standardWidth = num("standardWidth", 0, 255)(v)),
        },
        standardHeight: { get: () => 15 },
      },
      {
        freezePanes: () => new FreezePanesObj(ctx, child(this, (s) => s)),
        pageLayout: () => new PageLayoutObj(ctx, child(this, (s) => s)),
        protection: () => new ProtectionObj(ctx, child(this, (s) => s)),
        charts: () => new ChartCollectionObj(ctx, child(this, (s) => s)),
      },
    );
  }

  delete(): void {
    this._call("delete", [], (s) => {
      const m = this.context._model();
      if (m.sheets.length === 1 || (s.visibility === "Visible" && visibleSheets(m).length === 1)) {
        fail("InvalidOperation", "A workbook must keep at least one visible worksheet.");
      }
      m.sheets = m.sheets.filter((x) => x !== s);
      if (m.activeSheetId === s.id) m.activeSheetId = visibleSheets(m)[0]?.id ?? "";
      if (m.selection?.sheetId === s.id) m.selection = null;
    });
  }

  activate(): void {
    this._call("activate", [], (s) => {
      if (s.visibility !== "Visible") fail("InvalidOperation", `Cannot activate the hidden worksheet "${s.name}".`);
      this.context._model().activeSheetId = s.id;
    });
  }

  private _range(find: (s: SheetModel) => Rect): RangeObj {
    const ctx = this.context;
    return new RangeObj(
      ctx,
      bindRange(
        () => ctx._model(),
        () => {
          const s = this._resolve();
          return s === null ? null : { sheet: s, rect: find(s) };
        },
      ),
    );
  }

  getRange(address?: string): RangeObj {
    return this._range((s) => (address === undefined ? WHOLE_SHEET : parseForSheet(address, s)));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeObj {
    return this._range(() => {
      const r0 = checkIndex("startRow", startRow, 0, MAX_ROWS - 1);
      const c0 = checkIndex("startColumn", startColumn, 0, MAX_COLS - 1);
      const rows = checkIndex("rowCount", rowCount, 1, MAX_ROWS - r0);
      const cols = checkIndex("columnCount", columnCount, 1, MAX_COLS - c0);
      return { r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 };
    });
  }

  getCell(row: number, column: number): RangeObj {
    return this._range(() => {
      const r = checkIndex("row", row, 0, MAX_ROWS - 1);
      const c = checkIndex("column", column, 0, MAX_COLS - 1);
      return { r0: r, c0: c, r1: r, c1: c };
    });
  }

  getUsedRange(valuesOnly?: boolean): RangeObj {
    return this._range((s) => usedRect(s, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeObj {
    const ctx = this.context;
    return new RangeObj(
      ctx,
      bindRange(
        () => ctx._model(),
        () => {
          const s = this._resolve();
          const rect = s === null ? null : usedRect(s, valuesOnly === true);
          return s === null || rect === null ? null : { sheet: s, rect };
        },
      ),
    );
  }
}

class FreezePanesObj extends ClientObj<SheetModel> {
  constructor(ctx: FakeRequestContext, locate: Locator<SheetModel>) {
    super(ctx, "WorksheetFreezePanes", locate, {});
  }

  freezeRows(count?: number): void {
    this._call("freezeRows", [count ?? 1], (s) => {
      s.freeze = { rows: checkIndex("count", count ?? 1, 0, MAX_ROWS - 1), columns: 0 };
    });
  }

  freezeColumns(count?: number): void {
    this._call("freezeColumns", [count ?? 1], (s) => {
      s.freeze = { rows: 0, columns: checkIndex("count", count ?? 1, 0, MAX_COLS - 1) };
    });
  }

  freezeAt(frozenRange: RangeObj | string): void {
    this._sameContext(frozenRange);
    this._call("freezeAt", [frozenRange], (s) => {
      const rect = frozenRange instanceof RangeObj ? rangeOnSheet(frozenRange, s) : parseForSheet(frozenRange, s);
      s.freeze = { rows: isFullCols(rect) ? 0 : rect.r1 + 1, columns: isFullRows(rect) ? 0 : rect.c1 + 1 };
    });
  }

  unfreeze(): void {
    this._call("unfreeze", [], (s) => (s.freeze = { rows: 0, columns: 0 }));
  }
}

/** Resolves a range argument that must lie on `sheet`. */
function rangeOnSheet(range: RangeObj, sheet: SheetModel): Rect {
  const ref = range._resolve() ?? fail("InvalidArgument", "The range argument is a null object.");
  if (ref.sheet !== sheet) fail("InvalidArgument", "The range argument is on another worksheet.");
  return ref.rect;
}

class ProtectionObj extends ClientObj<SheetModel> {
  constructor(ctx: FakeRequestContext, locate: Locator<SheetModel>) {
    super(ctx, "WorksheetProtection", locate, { protected: { get: (s) => s.protected } });
  }

  protect(options?: unknown, password?: string): void {
    this._call("protect", [options ?? null, password ?? null], (s) => void (s.protected = true));
  }

  unprotect(password?: string): void {
    this._call("unprotect", [password ?? null], (s) => void (s.protected = false));
  }
}

// --- page layout -----------------------------------------------------------------------------

const MARGIN_KEYS = ["top", "bottom", "left", "right", "header", "footer"] as const;
const POINTS_PER: Readonly<Record<string, number>> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

function pageProp<K extends keyof PageLayoutModel>(
  key: K,
  check: (v: unknown) => PageLayoutModel[K],
): PropSpec<SheetModel> {
  return {
    get: (s) => s.pageLayout[key],
    set: (s, v) => void (s.pageLayout[key] = check(v)),
  };
}

function marginProp(key: (typeof MARGIN_KEYS)[number]): PropSpec<SheetModel> {
  return {
    get: (s) => s.pageLayout.margins[key],
    set: (s, v) => void (s.pageLayout.margins[key] = num(`${key}Margin`, 0, 1_000)(v)),
  };
}

const checkZoom = (v: unknown): Record<string, unknown> => {
  const z = shape("PageLayout.zoom", {
    horizontalFitToPages: num("zoom.horizontalFitToPages", 0, 32_767, true),
    verticalFitToPages: num("zoom.verticalFitToPages", 0, 32_767, true),
    scale: num("zoom.scale", 10, 400, true),
  })(v);
  if (Object.keys(z).length === 0) fail("InvalidArgument", "PageLayout.zoom: give scale or fit-to-pages.");
  return z;
};

function printRangeArg(arg: unknown, s: SheetModel, rowsOnly: "rows" | "columns" | null): string {
  let rects: Rect[];
  if (arg instanceof RangeObj) rects = [rangeOnSheet(arg, s)];
  else if (typeof arg === "string") rects = arg.split(",").map((a) => parseForSheet(a.trim(), s));
  else return fail("InvalidArgument", "Expected an address or a Range.");
  return rects
    .map((r) => {
      if (rowsOnly === "rows") return rectA1({ r0: r.r0, r1: r.r1, c0: 0, c1: MAX_COLS - 1 }, true);
      if (rowsOnly === "columns") return rectA1({ r0: 0, r1: MAX_ROWS - 1, c0: r.c0, c1: r.c1 }, true);
      return rectA1(r, true);
    })
    .join(",");
}

class PageLayoutObj extends ClientObj<SheetModel> {
  constructor(ctx: FakeRequestContext, locate: Locator<SheetModel>) {
    super(
      ctx,
      "PageLayout",
      locate,
      {
        orientation: pageProp("orientation", oneOf("PageLayout.orientation", ORIENTATIONS)),
        paperSize: pageProp("paperSize", oneOf("PageLayout.paperSize", PAPER_SIZES)),
        centerHorizontally: pageProp("centerHorizontally", bool("centerHorizontally")),
        centerVertically: pageProp("centerVertically", bool("centerVertically")),
        printGridlines: pageProp("printGridlines", bool("printGridlines")),
        printHeadings: pageProp("printHeadings", bool("printHeadings")),
        blackAndWhite: pageProp("blackAndWhite", bool("blackAndWhite")),
        draftMode: pageProp("draftMode", bool("draftMode")),
        printOrder: pageProp("printOrder", oneOf("printOrder", ["DownThenOver", "OverThenDown"])),
        firstPageNumber: pageProp("firstPageNumber", (v) =>
          v === "" ? "" : num("firstPageNumber", 1, 2_147_483_647, true)(v),
        ),
        zoom: pageProp("zoom", checkZoom),
        topMargin: marginProp("top"),
        bottomMargin: marginProp("bottom"),
        leftMargin: marginProp("left"),
        rightMargin: marginProp("right"),
        headerMargin: marginProp("header"),
        footerMargin: marginProp("footer"),
      },
      { headersFooters: () => new HeaderFooterGroupObj(ctx, child(this, (s) => s)) },
    );
  }

  setPrintMargins(unit: string, marginOptions: Record<string, unknown>): void {
    this._call("setPrintMargins", [unit, marginOptions], (s) => {
      const factor = POINTS_PER[oneOf("unit", ["Points", "Inches", "Centimeters"])(unit)] ?? 1;
      const fields = Object.fromEntries(MARGIN_KEYS.map((k) => [k, num(`margin ${k}`, 0, 1_000)]));
      const m = shape("setPrintMargins options", fields)(marginOptions);
      for (const k of MARGIN_KEYS) {
        const v = m[k];
        if (typeof v === "number") s.pageLayout.margins[k] = v * factor;
      }
    });
  }

  setPrintTitleRows(printTitleRows: RangeObj | string): void {
    this._sameContext(printTitleRows);
    this._call("setPrintTitleRows", [printTitleRows], (s) => {
      s.pageLayout.printTitleRows = printRangeArg(printTitleRows, s, "rows");
    });
  }

  setPrintTitleColumns(printTitleColumns: RangeObj | string): void {
    this._sameContext(printTitleColumns);
    this._call("setPrintTitleColumns", [printTitleColumns], (s) => {
      s.pageLayout.printTitleColumns = printRangeArg(printTitleColumns, s, "columns");
    });
  }

  setPrintArea(printArea: RangeObj | string): void {
    this._sameContext(printArea);
    this._call("setPrintArea", [printArea], (s) => {
      s.pageLayout.printArea = printRangeArg(printArea, s, null);
    });
  }
}

const HF_PARTS = ["defaultForAllPages", "firstPage", "evenPages", "oddPages"] as const;
const HF_FIELDS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;

class HeaderFooterGroupObj extends ClientObj<SheetModel> {
  constructor(ctx: FakeRequestContext, locate: Locator<SheetModel>) {
    const nav: Record<string, () => AnyClientObj> = {};
    for (const part of HF_PARTS) {
      nav[part] = () =>
        new ClientObj<HeaderFooterModel>(
          ctx,
          "HeaderFooter",
          child(this, (s) => s.pageLayout.headersFooters[part]),
          Object.fromEntries(
            HF_FIELDS.map((f): [string, PropSpec<HeaderFooterModel>] => [
              f,
              { get: (h) => h[f], set: (h, v) => void (h[f] = str(`HeaderFooter.${f}`, 255)(v)) },
            ]),
          ),
        );
    }
    super(
      ctx,
      "HeaderFooterGroup",
      locate,
      {
        state: {
          get: (s) => s.pageLayout.headersFooters.state,
          set: (s, v) =>
            void (s.pageLayout.headersFooters.state = oneOf("HeaderFooterGroup.state", [
              "Default",
              "FirstAndDefault",
              "OddAndEven",
              "FirstOddAndEven",
            ])(v)),
        },
        useSheetMargins: {
          get: (s) => s.pageLayout.headersFooters.useSheetMargins,
          set: (s, v) => void (s.pageLayout.headersFooters.useSheetMargins = bool("useSheetMargins")(v)),
        },
        useSheetScale: {
          get: (s) => s.pageLayout.headersFooters.useSheetScale,
          set: (s, v) => void (s.pageLayout.headersFooters.useSheetScale = bool("useSheetScale")(v)),
        },
      },
      nav,
    );
  }
}

// --- ranges ------------------------------------------------------------------------------------

function rangeProp(get: (r: RangeRef) => unknown, set?: (r: RangeRef, v: unknown) => void): PropSpec<RangeRef> {
  return set === undefined ? { get } : { get, set };
}

function setRowHidden(r: RangeRef, v: unknown): void {
  const hidden = bool("Range.rowHidden")(v);
  assertWritable(r.sheet);
  for (let row = r.rect.r0; row <= r.rect.r1; row++) {
    if (hidden) r.sheet.hiddenRows.add(row);
    else r.sheet.hiddenRows.delete(row);
  }
}

function setColumnHidden(r: RangeRef, v: unknown): void {
  const hidden = bool("Range.columnHidden")(v);
  assertWritable(r.sheet);
  for (let col = r.rect.c0; col <= r.rect.c1; col++) {
    if (hidden) r.sheet.hiddenColumns.add(col);
    else r.sheet.hiddenColumns.delete(col);
  }
}

function uniformOver(from: number, to: number, f: (i: number) => unknown): unknown {
  const first = f(from);
  for (let i = from + 1; i <= to; i++) if (f(i) !== first) return null;
  return first;
}

class RangeObj extends ClientObj<RangeRef> {
  constructor(ctx: FakeRequestContext, locate: Locator<RangeRef>) {
    super(
      ctx,
      "Range",
      locate,
      {
        values: rangeProp(
          (r) => readGrid(r, (row, col) => cellValue(r.sheet, row, col)),
          writeValues,
        ),
        numberFormat: rangeProp(
          (r) => readGrid(r, (row, col) => effectiveNumberFormat(r.sheet, row, col)),
          writeNumberFormats,
        ),
        formulas: rangeProp((r) => readGrid(r, (row, col) => cellValue(r.sheet, row, col))),
        valueTypes: rangeProp((r) => readGrid(r, (row, col) => cellValueType(r.sheet, row, col))),
        address: rangeProp((r) => `${sheetRef(r.sheet.name)}!${rectA1(r.rect)}`),
        addressLocal: rangeProp((r) => `${sheetRef(r.sheet.name)}!${rectA1(r.rect)}`),
        rowCount: rangeProp((r) => r.rect.r1 - r.rect.r0 + 1),
        columnCount: rangeProp((r) => r.rect.c1 - r.rect.c0 + 1),
        cellCount: rangeProp((r) => area(r.rect)),
        rowIndex: rangeProp((r) => r.rect.r0),
        columnIndex: rangeProp((r) => r.rect.c0),
        rowHidden: rangeProp(
          (r) => uniformOver(r.rect.r0, r.rect.r1, (i) => r.sheet.hiddenRows.has(i)),
          setRowHidden,
        ),
        columnHidden: rangeProp(
          (r) => uniformOver(r.rect.c0, r.rect.c1, (i) => r.sheet.hiddenColumns.has(i)),
          setColumnHidden,
        ),
      },
      {
        format: () => new RangeFormatObj(ctx, child(this, (r) => r)),
        dataValidation: () => new DataValidationObj(ctx, child(this, (r) => r)),
        conditionalFormats: () => new ConditionalFormatCollectionObj(ctx, child(this, (r) => r)),
        worksheet: () => new WorksheetObj(ctx, bindSheet(() => ctx._model(), () => this._resolve()?.sheet ?? null)),
      },
    );
  }

  private _derived(f: (rect: Rect) => Rect): RangeObj {
    const ctx = this.context;
    return new RangeObj(
      ctx,
      bindRange(
        () => ctx._model(),
        () => {
          const r = this._resolve();
          return r === null ? null : { sheet: r.sheet, rect: f(r.rect) };
        },
      ),
    );
  }

  private static _grid(r0: number, c0: number, r1: number, c1: number): Rect {
    return rectOf(r0, c0, r1, c1) ?? fail("InvalidArgument", "The resulting range is outside the worksheet grid.");
  }

  getCell(row: number, column: number): RangeObj {
    return this._derived((rect) => {
      const r = rect.r0 + checkIndex("row", row, 0, MAX_ROWS - 1);
      const c = rect.c0 + checkIndex("column", column, 0, MAX_COLS - 1);
      return RangeObj._grid(r, c, r, c);
    });
  }

  getRow(row: number): RangeObj {
    return this._derived((rect) => {
      const r = rect.r0 + checkIndex("row", row, 0, rect.r1 - rect.r0);
      return { r0: r, c0: rect.c0, r1: r, c1: rect.c1 };
    });
  }

  getColumn(column: number): RangeObj {
    return this._derived((rect) => {
      const c = rect.c0 + checkIndex("column", column, 0, rect.c1 - rect.c0);
      return { r0: rect.r0, c0: c, r1: rect.r1, c1: c };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeObj {
    return this._derived((rect) => {
      const dr = checkIndex("rowOffset", rowOffset, -MAX_ROWS, MAX_ROWS);
      const dc = checkIndex("columnOffset", columnOffset, -MAX_COLS, MAX_COLS);
      const r0 = rect.r0 + dr;
      const c0 = rect.c0 + dc;
      if (r0 < 0 || c0 < 0) fail("InvalidArgument", "The offset range is outside the worksheet grid.");
      return RangeObj._grid(r0, c0, rect.r1 + dr, rect.c1 + dc);
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeObj {
    return this._derived((rect) => {
      const r1 = rect.r1 + checkIndex("deltaRows", deltaRows, -MAX_ROWS, MAX_ROWS);
      const c1 = rect.c1 + checkIndex("deltaColumns", deltaColumns, -MAX_COLS, MAX_COLS);
      if (r1 < rect.r0 || c1 < rect.c0) fail("InvalidArgument", "A resized range must keep at least one cell.");
      return RangeObj._grid(rect.r0, rect.c0, r1, c1);
    });
  }

  getEntireRow(): RangeObj {
    return this._derived((rect) => ({ r0: rect.r0, c0: 0, r1: rect.r1, c1: MAX_COLS - 1 }));
  }

  getEntireColumn(): RangeObj {
    return this._derived((rect) => ({ r0: 0, c0: rect.c0, r1: MAX_ROWS - 1, c1: rect.c1 }));
  }

  merge(across?: boolean): void {
    this._call("merge", [across ?? false], ({ sheet, rect }) => {
      assertWritable(sheet);
      if (across === true) {
        for (let r = rect.r0; r <= rect.r1; r++) addMerge(sheet, { r0: r, c0: rect.c0, r1: r, c1: rect.c1 });
      } else {
        addMerge(sheet, rect);
      }
    });
  }

  unmerge(): void {
    this._call("unmerge", [], ({ sheet, rect }) => {
      assertWritable(sheet);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  clear(applyTo?: string): void {
    this._call("clear", [applyTo ?? "All"], ({ sheet, rect }) => {
      const what = oneOf("Range.clear applyTo", CLEAR_APPLY_TO)(applyTo ?? "All");
      assertWritable(sheet);
      if (what === "All" || what === "Contents" || what === "ResetContents") {
        for (const [key, cell] of cellsIn(sheet, rect)) {
          cell.value = null;
          cell.kind = "empty";
          prune(sheet, key);
        }
      }
      if (what === "All" || what === "Formats") {
        applyFormat(sheet, rect, new Map(), true);
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
      }
    });
  }

  select(): void {
    this._call("select", [], ({ sheet, rect }) => {
      if (sheet.visibility !== "Visible") fail("InvalidOperation", "Cannot select a range on a hidden worksheet.");
      const m = this.context._model();
      m.activeSheetId = sheet.id;
      m.selection = { sheetId: sheet.id, rect };
    });
  }
}

// --- range format ------------------------------------------------------------------------------

const FORMAT_DEFAULTS: Readonly<Record<string, FmtValue>> = {
  "font.name": "Calibri",
  "font.size": 11,
  "font.bold": false,
  "font.italic": false,
  "font.underline": "None",
  "font.strikethrough": false,
  "font.color": "#000000",
  "fill.color": "#FFFFFF",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  textOrientation: 0,
  shrinkToFit: false,
};

function fmtProp(key: string, check: (v: unknown) => FmtValue): PropSpec<RangeRef> {
  return {
    get: (r) => uniformFormat(r.sheet, r.rect, key, FORMAT_DEFAULTS[key] ?? ""),
    set: (r, v) => {
      const value = check(v);
      assertWritable(r.sheet);
      applyFormat(r.sheet, r.rect, new Map([[key, value]]));
    },
  };
}

function setRowHeight(r: RangeRef, v: unknown): void {
  const h = num("RangeFormat.rowHeight", 0, 409)(v);
  assertWritable(r.sheet);
  if (isFullCols(r.rect)) {
    r.sheet.rowHeights.clear();
    r.sheet.allRowsHeight = h;
  } else {
    for (let row = r.rect.r0; row <= r.rect.r1; row++) r.sheet.rowHeights.set(row, h);
  }
}

function setColumnWidth(r: RangeRef, v: unknown): void {
  const w = num("RangeFormat.columnWidth", 0, 1_790)(v);
  assertWritable(r.sheet);
  if (isFullRows(r.rect)) {
    r.sheet.columnWidths.clear();
    r.sheet.allColumnsWidth = w;
  } else {
    for (let col = r.rect.c0; col <= r.rect.c1; col++) r.sheet.columnWidths.set(col, w);
  }
}

const STANDARD_ROW_HEIGHT = 15;
const STANDARD_COLUMN_WIDTH = 48;

class RangeFormatObj extends ClientObj<RangeRef> {
  constructor(ctx: FakeRequestContext, locate: Locator<RangeRef>) {
    super(
      ctx,
      "RangeFormat",
      locate,
      {
        horizontalAlignment: fmtProp("horizontalAlignment", oneOf("RangeFormat.horizontalAlignment", HORIZONTAL)),
        verticalAlignment: fmtProp("verticalAlignment", oneOf("RangeFormat.verticalAlignment", VERTICAL)),
        wrapText: fmtProp("wrapText", bool("RangeFormat.wrapText")),
        indentLevel: fmtProp("indentLevel", num("RangeFormat.indentLevel", 0, 250, true)),
        textOrientation: fmtProp("textOrientation", (v) =>
          v === 180 ? 180 : num("RangeFormat.textOrientation", -90, 90, true)(v),
        ),
        shrinkToFit: fmtProp("shrinkToFit", bool("RangeFormat.shrinkToFit")),
        rowHeight: {
          get: (r) =>
            uniformOver(r.rect.r0, r.rect.r1, (i) => r.sheet.rowHeights.get(i) ?? r.sheet.allRowsHeight ?? STANDARD_ROW_HEIGHT),
          set: setRowHeight,
        },
        columnWidth: {
          get: (r) =>
            uniformOver(r.rect.c0, r.rect.c1, (i) => r.sheet.columnWidths.get(i) ?? r.sheet.allColumnsWidth ?? STANDARD_COLUMN_WIDTH),
          set: setColumnWidth,
        },
      },
      {
        font: () =>
          new ClientObj<RangeRef>(ctx, "RangeFont", child(this, (r) => r), {
            name: fmtProp("font.name", str("RangeFont.name", 31, false)),
            size: fmtProp("font.size", num("RangeFont.size", 1, 409)),
            bold: fmtProp("font.bold", bool("RangeFont.bold")),
            italic: fmtProp("font.italic", bool("RangeFont.italic")),
            underline: fmtProp("font.underline", oneOf("RangeFont.underline", UNDERLINES)),
            strikethrough: fmtProp("font.strikethrough", bool("RangeFont.strikethrough")),
            color: fmtProp("font.color", color("RangeFont.color")),
          }),
        fill: () => new RangeFillObj(ctx, child(this, (r) => r)),
        borders: () => new BorderCollectionObj(ctx, child(this, (r) => r)),
      },
    );
  }

  autofitRows(): void {
    this._call("autofitRows", [], ({ sheet, rect }) => {
      assertWritable(sheet);
      if (isFullCols(rect)) {
        sheet.rowHeights.clear();
        sheet.allRowsHeight = null;
      } else {
        for (let row = rect.r0; row <= rect.r1; row++) sheet.rowHeights.delete(row);
      }
    });
  }

  autofitColumns(): void {
    this._call("autofitColumns", [], ({ sheet, rect }) => {
      assertWritable(sheet);
      if (isFullRows(rect)) {
        sheet.columnWidths.clear();
        sheet.allColumnsWidth = null;
      } else {
        for (let col = rect.c0; col <= rect.c1; col++) sheet.columnWidths.delete(col);
      }
    });
  }
}

class RangeFillObj extends ClientObj<RangeRef> {
  constructor(ctx: FakeRequestContext, locate: Locator<RangeRef>) {
    super(ctx, "RangeFill", locate, { color: fmtProp("fill.color", color("RangeFill.color")) });
  }

  clear(): void {
    this._call("clear", [], ({ sheet, rect }) => {
      assertWritable(sheet);
      applyFormat(sheet, rect, new Map([["fill.color", null]]));
    });
  }
}

class BorderCollectionObj extends ClientObj<RangeRef> {
  constructor(ctx: FakeRequestContext, locate: Locator<RangeRef>) {
    super(ctx, "RangeBorderCollection", locate, {});
  }

  getItem(index: string): ClientObj<{ ref: RangeRef; edge: (typeof BORDER_EDGES)[number] }> {
    type BorderRef = { ref: RangeRef; edge: (typeof BORDER_EDGES)[number] };
    const prop = (name: "style" | "weight" | "color", check: (v: unknown) => FmtValue): PropSpec<BorderRef> => ({
      get: ({ ref, edge }) => {
        const values = borderTargets(ref.rect, edge).map((t) =>
          uniformFormat(ref.sheet, t.rect, `border.${t.side}.${name}`, name === "style" ? "None" : name === "weight" ? "Thin" : "#000000"),
        );
        return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
      },
      set: ({ ref, edge }, v) => {
        const value = check(v);
        assertWritable(ref.sheet);
        for (const t of borderTargets(ref.rect, edge)) {
          applyFormat(ref.sheet, t.rect, new Map([[`border.${t.side}.${name}`, value]]));
        }
      },
    });
    return new ClientObj<BorderRef>(
      this.context,
      "RangeBorder",
      child(this, (ref) => ({ ref, edge: oneOf("RangeBorderCollection.getItem", BORDER_EDGES)(index) })),
      {
        sideIndex: { get: ({ edge }) => edge },
        style: prop("style", oneOf("RangeBorder.style", BORDER_STYLES)),
        weight: prop("weight", oneOf("RangeBorder.weight", BORDER_WEIGHTS)),
        color: prop("color", color("RangeBorder.color")),
      },
    );
  }
}

// --- data validation ----------------------------------------------------------------------------

function basicRule(what: string): (v: unknown) => Record<string, unknown> {
  const formula = (v: unknown): unknown => {
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (typeof v === "string" && v !== "") return v.startsWith("=") ? checkFormula(v) : v;
    return fail("InvalidArgument", `${what}: formula1/formula2 must be a number or a non-empty string.`);
  };
  return (v) => {
    const rule = shape(what, { formula1: formula, formula2: formula, operator: oneOf(`${what}.operator`, DV_OPERATORS) }, [
      "formula1",
      "operator",
    ])(v);
    if ((rule["operator"] === "Between" || rule["operator"] === "NotBetween") && !("formula2" in rule)) {
      fail("InvalidArgument", `${what}: Between/NotBetween need formula2.`);
    }
    return rule;
  };
}

function checkDvRule(v: unknown): Record<string, unknown> {
  if (!isPlainObject(v)) fail("InvalidArgument", "DataValidation.rule must be an object.");
  const keys = Object.keys(v).filter((k) => v[k] !== undefined);
  if (keys.length !== 1) fail("InvalidArgument", "DataValidation.rule must name exactly one rule type.");
  const key = keys[0] ?? "";
  const body = v[key];
  switch (key) {
    case "list": {
      if (!isPlainObject(body)) fail("InvalidArgument", "rule.list must be an object.");
      const src = body["source"];
      let source: string;
      if (src instanceof RangeObj) {
        const ref = src._resolve() ?? fail("InvalidArgument", "rule.list.source is a null range.");
        source = `=${sheetRef(ref.sheet.name)}!${rectA1(ref.rect, true)}`;
      } else if (typeof src === "string" && src !== "") {
        if (src.startsWith("=")) checkFormula(src);
        else if (src.length > 255) {
          fail("InvalidArgument", `rule.list.source: a literal list is limited to 255 characters (got ${src.length}).`);
        }
        source = src;
      } else {
        return fail("InvalidArgument", "rule.list.source must be a non-empty string or a Range.");
      }
      const rest = shape("rule.list", { inCellDropDown: bool("rule.list.inCellDropDown"), source: () => source })(body);
      return { list: { inCellDropDown: rest["inCellDropDown"] ?? true, source } };
    }
    case "wholeNumber":
    case "decimal":
    case "textLength":
    case "date":
    case "time":
      return { [key]: basicRule(`rule.${key}`)(body) };
    case "custom":
      return {
        custom: shape("rule.custom", { formula: str("rule.custom.formula", MAX_FORMULA, false) }, ["formula"])(body),
      };
    default:
      return fail("InvalidArgument", `DataValidation.rule: unknown rule type "${key}".`);
  }
}

const checkErrorAlert = shape("DataValidation.errorAlert", {
  showAlert: bool("errorAlert.showAlert"),
  style: oneOf("errorAlert.style", ["Stop", "Warning", "Information"]),
  title: str("errorAlert.title", 32),
  message: str("errorAlert.message", 255),
});

const checkPrompt = shape("DataValidation.prompt", {
  showPrompt: bool("prompt.showPrompt"),
  title: str("prompt.title", 32),
  message: str("prompt.message", 255),
});

function validationFor(r: RangeRef): ValidationModel {
  let v = r.sheet.validations.find((x) => sameRect(x.rect, r.rect));
  if (v === undefined) {
    v = {
      rect: r.rect,
      rule: null,
      errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
      prompt: { showPrompt: false, title: "", message: "" },
      ignoreBlanks: true,
    };
    r.sheet.validations.push(v);
  }
  return v;
}

const DV_TYPES: Readonly<Record<string, string>> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  custom: "Custom",
};

class DataValidationObj extends ClientObj<RangeRef> {
  constructor(ctx: FakeRequestContext, locate: Locator<RangeRef>) {
    const existing = (r: RangeRef): ValidationModel | undefined =>
      r.sheet.validations.find((x) => sameRect(x.rect, r.rect));
    super(ctx, "DataValidation", locate, {
      rule: {
        get: (r) => existing(r)?.rule ?? {},
        set: (r, v) => {
          const rule = checkDvRule(v);
          assertWritable(r.sheet);
          r.sheet.validations = r.sheet.validations.filter(
            (x) => sameRect(x.rect, r.rect) || !containsRect(r.rect, x.rect),
          );
          validationFor(r).rule = rule;
        },
      },
      errorAlert: {
        get: (r) => existing(r)?.errorAlert ?? null,
        set: (r, v) => {
          const alert = checkErrorAlert(v);
          assertWritable(r.sheet);
          const model = validationFor(r);
          model.errorAlert = { ...model.errorAlert, ...alert };
        },
      },
      prompt: {
        get: (r) => existing(r)?.prompt ?? null,
        set: (r, v) => {
          const prompt = checkPrompt(v);
          assertWritable(r.sheet);
          const model = validationFor(r);
          model.prompt = { ...model.prompt, ...prompt };
        },
      },
      ignoreBlanks: {
        get: (r) => existing(r)?.ignoreBlanks ?? true,
        set: (r, v) => {
          const b = bool("DataValidation.ignoreBlanks")(v);
          assertWritable(r.sheet);
          validationFor(r).ignoreBlanks = b;
        },
      },
      type: {
        get: (r) => {
          const rule = existing(r)?.rule;
          const key = rule ? Object.keys(rule)[0] : undefined;
          return key === undefined ? "None" : (DV_TYPES[key] ?? "None");
        },
      },
    });
  }

  clear(): void {
    this._call("clear", [], ({ sheet, rect }) => {
      assertWritable(sheet);
      sheet.validations = sheet.validations.filter((x) => !intersects(x.rect, rect));
    });
  }
}

// --- conditional formats -------------------------------------------------------------------------

interface CfRef {
  readonly sheet: SheetModel;
  readonly cf: CfModel;
}

function cfSetting(path: string, check: (v: unknown) => unknown): PropSpec<CfRef> {
  return {
    get: ({ cf }) => cf.settings.get(path) ?? null,
    set: ({ sheet, cf }, v) => {
      const value = check(v);
      assertWritable(sheet);
      cf.settings.set(path, value);
    },
  };
}

function cfFormula(what: string): (v: unknown) => unknown {
  return (v) => {
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (typeof v === "string" && v !== "") return v.startsWith("=") ? checkFormula(v) : v;
    return fail("InvalidArgument", `${what} must be a number or a non-empty string.`);
  };
}

/** `<part>.format`: font, fill and number format of a conditional format. */
function cfFormat(ctx: FakeRequestContext, parent: ClientObj<CfRef>, part: string): () => AnyClientObj {
  const p = `${part}.format`;
  return () =>
    new ClientObj<CfRef>(
      ctx,
      "ConditionalRangeFormat",
      child(parent, (x) => x),
      { numberFormat: cfSetting(`${p}.numberFormat`, str("numberFormat")) },
      {
        font: () =>
          new ClientObj<CfRef>(ctx, "ConditionalRangeFont", child(parent, (x) => x), {
            color: cfSetting(`${p}.font.color`, color("ConditionalRangeFont.color")),
            bold: cfSetting(`${p}.font.bold`, bool("ConditionalRangeFont.bold")),
            italic: cfSetting(`${p}.font.italic`, bool("ConditionalRangeFont.italic")),
            strikethrough: cfSetting(`${p}.font.strikethrough`, bool("ConditionalRangeFont.strikethrough")),
            underline: cfSetting(`${p}.font.underline`, oneOf("ConditionalRangeFont.underline", ["None", "Single", "Double"])),
          }),
        fill: () => new CfFillObj(ctx, child(parent, (x) => x), `${p}.fill.color`),
      },
    );
}

class CfFillObj extends ClientObj<CfRef> {
  constructor(ctx: FakeRequestContext, locate: Locator<CfRef>, private readonly _path: string) {
    super(ctx, "ConditionalRangeFill", locate, { color: cfSetting(_path, color("ConditionalRangeFill.color")) });
  }

  clear(): void {
    this._call("clear", [], ({ sheet, cf }) => {
      assertWritable(sheet);
      cf.settings.delete(this._path);
    });
  }
}

const CF_PART_TYPES: Readonly<Record<string, (typeof CF_TYPES)[number]>> = {
  cellValue: "CellValue",
  custom: "Custom",
  dataBar: "DataBar",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  topBottom: "TopBottom",
  preset: "PresetCriteria",
  textComparison: "ContainsText",
};

const anyValue = (v: unknown): unknown => v;

/** The scalar properties of a ConditionalFormat, what loading "items" of a collection loads. */
const CF_SCALARS = ["type", "id", "priority", "stopIfTrue"] as const;

class ConditionalFormatObj extends ClientObj<CfRef> {
  constructor(ctx: FakeRequestContext, locate: Locator<CfRef>) {
    const nav: Record<string, () => AnyClientObj> = {};
    for (const [part, type] of Object.entries(CF_PART_TYPES)) {
      for (const orNull of [false, true]) {
        nav[orNull ? `${part}OrNullObject` : part] = () => this._part(part, type, orNull);
      }
    }
    super(
      ctx,
      "ConditionalFormat",
      locate,
      {
        type: { get: ({ cf }) => cf.type },
        id: { get: ({ cf }) => String(cf.id) },
        priority: {
          get: ({ cf }) => cf.priority,
          set: ({ sheet, cf }, v) => {
            const value = num("ConditionalFormat.priority", 0, 2_147_483_647, true)(v);
            assertWritable(sheet);
            cf.priority = value;
          },
        },
        stopIfTrue: {
          get: ({ cf }) => cf.stopIfTrue,
          set: ({ sheet, cf }, v) => {
            const value = bool("ConditionalFormat.stopIfTrue")(v);
            assertWritable(sheet);
            cf.stopIfTrue = value;
          },
        },
      },
      nav,
    );
  }

  private _part(part: string, type: (typeof CF_TYPES)[number], orNull: boolean): AnyClientObj {
    const ctx = this.context;
    const locate = child<CfRef, CfRef>(this, (x) => {
      if (x.cf.type === type) return x;
      if (orNull) return null;
      return fail("InvalidOperation", `ConditionalFormat.${part} is only available on a ${type} conditional format (this one is ${x.cf.type}).`);
    });
    const props: Record<string, PropSpec<CfRef>> = {};
    const nav: Record<string, () => AnyClientObj> = {};
    const self = (): ClientObj<CfRef> => obj;
    switch (part) {
      case "cellValue":
        props["rule"] = cfSetting("cellValue.rule", (v) => {
          const formula = cfFormula("cellValue.rule.formula1/2");
          const rule = shape(
            "cellValue.rule",
            { formula1: formula, formula2: formula, operator: oneOf("cellValue.rule.operator", CF_VALUE_OPERATORS) },
            ["formula1", "operator"],
          )(v);
          if ((rule["operator"] === "Between" || rule["operator"] === "NotBetween") && !("formula2" in rule)) {
            fail("InvalidArgument", "cellValue.rule: Between/NotBetween need formula2.");
          }
          return rule;
        });
        nav["format"] = () => cfFormat(ctx, self(), part)();
        break;
      case "custom":
        nav["format"] = () => cfFormat(ctx, self(), part)();
        nav["rule"] = () =>
          new ClientObj<CfRef>(ctx, "ConditionalFormatRule", child(self(), (x) => x), {
            formula: cfSetting("custom.rule.formula", cfFormula("custom.rule.formula")),
          });
        break;
      case "textComparison":
        props["rule"] = cfSetting(
          "textComparison.rule",
          shape(
            "textComparison.rule",
            {
              operator: oneOf("textComparison.rule.operator", ["Contains", "NotContains", "BeginsWith", "EndsWith"]),
              text: str("textComparison.rule.text", 255),
            },
            ["operator", "text"],
          ),
        );
        nav["format"] = () => cfFormat(ctx, self(), part)();
        break;
      case "topBottom":
        props["rule"] = cfSetting(
          "topBottom.rule",
          shape(
            "topBottom.rule",
            {
              rank: num("topBottom.rule.rank", 1, 1000, true),
              type: oneOf("topBottom.rule.type", ["TopItems", "TopPercent", "BottomItems", "BottomPercent"]),
            },
            ["rank", "type"],
          ),
        );
        nav["format"] = () => cfFormat(ctx, self(), part)();
        break;
      case "preset":
        props["rule"] = cfSetting("preset.rule", shape("preset.rule", { criterion: str("preset.rule.criterion") }, ["criterion"]));
        nav["format"] = () => cfFormat(ctx, self(), part)();
        break;
      case "dataBar":
        props["barDirection"] = cfSetting(
          "dataBar.barDirection",
          oneOf("DataBar.barDirection", ["Context", "LeftToRight", "RightToLeft"]),
        );
        props["showDataBarOnly"] = cfSetting("dataBar.showDataBarOnly", bool("DataBar.showDataBarOnly"));
        props["axisFormat"] = cfSetting("dataBar.axisFormat", oneOf("DataBar.axisFormat", ["Automatic", "None", "CellMidPoint"]));
        props["axisColor"] = cfSetting("dataBar.axisColor", color("DataBar.axisColor"));
        props["lowerBoundRule"] = cfSetting("dataBar.lowerBoundRule", anyValue);
        props["upperBoundRule"] = cfSetting("dataBar.upperBoundRule", anyValue);
        nav["positiveFormat"] = () =>
          new ClientObj<CfRef>(ctx, "ConditionalDataBarPositiveFormat", child(self(), (x) => x), {
            fillColor: cfSetting("dataBar.positiveFormat.fillColor", color("positiveFormat.fillColor")),
            borderColor: cfSetting("dataBar.positiveFormat.borderColor", (v) =>
              v === "" ? "" : color("positiveFormat.borderColor")(v),
            ),
            gradientFill: cfSetting("dataBar.positiveFormat.gradientFill", bool("positiveFormat.gradientFill")),
          });
        nav["negativeFormat"] = () =>
          new ClientObj<CfRef>(ctx, "ConditionalDataBarNegativeFormat", child(self(), (x) => x), {
            fillColor: cfSetting("dataBar.negativeFormat.fillColor", color("negativeFormat.fillColor")),
            borderColor: cfSetting("dataBar.negativeFormat.borderColor", (v) =>
              v === "" ? "" : color("negativeFormat.borderColor")(v),
            ),
            matchPositiveFillColor: cfSetting("dataBar.negativeFormat.matchPositiveFillColor", bool("matchPositiveFillColor")),
            matchPositiveBorderColor: cfSetting("dataBar.negativeFormat.matchPositiveBorderColor", bool("matchPositiveBorderColor")),
          });
        break;
      case "colorScale":
        props["criteria"] = cfSetting("colorScale.criteria", anyValue);
        break;
      case "iconSet":
        props["style"] = cfSetting("iconSet.style", str("iconSet.style"));
        props["reverseIconOrder"] = cfSetting("iconSet.reverseIconOrder", bool("reverseIconOrder"));
        props["showIconOnly"] = cfSetting("iconSet.showIconOnly", bool("showIconOnly"));
        props["criteria"] = cfSetting("iconSet.criteria", anyValue);
        break;
    }
    const typeName = `Conditional${part[0]?.toUpperCase() ?? ""}${part.slice(1)}`;
    const obj: ClientObj<CfRef> = new ClientObj<CfRef>(ctx, typeName, locate, props, nav);
    return obj;
  }

  delete(): void {
    this._call("delete", [], ({ sheet, cf }) => {
      assertWritable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }

  /** The range the conditional format applies to (the fake keeps one area per format). */
  getRange(): RangeObj {
    const ctx = this.context;
    return new RangeObj(
      ctx,
      bindRange(
        () => ctx._model(),
        () => {
          const x = this._resolve();
          return x === null ? null : { sheet: x.sheet, rect: x.cf.rect };
        },
      ),
    );
  }
}

/** Follows a conditional format by identity; ItemNotFound once it (or its sheet) is gone. */
function liveCf(ctx: FakeRequestContext, ref: CfRef): CfRef {
  const { sheet, cf } = ref;
  const live = ctx._model().sheets.includes(sheet) && sheet.conditionalFormats.includes(cf);
  return live ? ref : fail("ItemNotFound", "The conditional format was deleted.");
}

/** A locator that binds to the first conditional format `find` returns and then follows it. */
function bindCf(ctx: FakeRequestContext, find: () => CfRef | null): Locator<CfRef> {
  let bound: CfRef | null | undefined;
  return () => {
    if (bound === undefined) {
      bound = find();
      return bound;
    }
    return bound === null ? null : liveCf(ctx, bound);
  };
}

/** The conditional formats intersecting a range, highest priority (lowest number) first. */
function cfsIntersecting(ref: RangeRef): CfRef[] {
  return ref.sheet.conditionalFormats
    .filter((cf) => intersects(cf.rect, ref.rect))
    .sort((a, b) => a.priority - b.priority)
    .map((cf) => ({ sheet: ref.sheet, cf }));
}

/**
 * The conditional formats that intersect a range (a whole-sheet range: all of the sheet's), in
 * priority order. On a null object (e.g. the range of a missing sheet), loading succeeds and
 * `items` reads `undefined` with `isNullObject` true, as in Office.js (not an empty array).
 */
class ConditionalFormatCollectionObj extends ClientObj<RangeRef> {
  private _items: ConditionalFormatObj[] | undefined;

  constructor(ctx: FakeRequestContext, locate: Locator<RangeRef>) {
    super(ctx, "ConditionalFormatCollection", locate, {});
  }

  get items(): ConditionalFormatObj[] | undefined {
    if (this._items === undefined && this._isNull !== true) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property 'items' is not available; load the collection and sync first.",
        "ConditionalFormatCollection.items",
      );
    }
    return this._items;
  }

  /** "items" (or no argument) loads every scalar of the items; "items/type" or "type" only that. */
  override _doLoad(paths: readonly (readonly string[])[]): void {
    const ref = this._resolve();
    if (ref === null) return;
    const all = paths.length === 0 || paths.some((p) => p.length === 1 && p[0] === "items");
    const explicit = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    const itemPaths = all && explicit.length > 0 ? [...CF_SCALARS.map((n) => [n]), ...explicit] : explicit;
    const ctx = this.context;
    const items = cfsIntersecting(ref).map((x) => {
      const item = new ConditionalFormatObj(ctx, () => liveCf(ctx, x));
      item._doLoad(itemPaths);
      return item;
    });
    ctx._onCommit(() => (this._items = items));
  }

  getCount(): ClientResultObj<number> {
    const result = new ClientResultObj<number>();
    this.context._enqueue("ConditionalFormatCollection.getCount", [], () => {
      const ref = this._resolve();
      const n = ref === null ? undefined : cfsIntersecting(ref).length;
      this.context._onCommit(() => result._set(n));
    });
    return result;
  }

  getItemAt(index: number): ConditionalFormatObj {
    return new ConditionalFormatObj(
      this.context,
      bindCf(this.context, () => {
        const ref = this._resolve();
        if (ref === null) return null;
        const list = cfsIntersecting(ref);
        const i = checkIndex("ConditionalFormatCollection.getItemAt index", index, 0, Number.MAX_SAFE_INTEGER);
        return list[i] ?? fail("ItemNotFound", `There is no conditional format at index ${i} (the range has ${list.length}).`);
      }),
    );
  }

  getItem(id: string): ConditionalFormatObj {
    return this._byId(id, false);
  }

  getItemOrNullObject(id: string): ConditionalFormatObj {
    return this._byId(id, true);
  }

  private _byId(id: string, orNull: boolean): ConditionalFormatObj {
    return new ConditionalFormatObj(
      this.context,
      bindCf(this.context, () => {
        const ref = this._resolve();
        if (ref === null) return null;
        const found = cfsIntersecting(ref).find((x) => String(x.cf.id) === id);
        if (found !== undefined || orNull) return found ?? null;
        return fail("ItemNotFound", `No conditional format with id "${id}" intersects the range.`);
      }),
    );
  }

  override toJSON(): Record<string, unknown> {
    return this._items === undefined ? {} : { items: this._items.map((i) => i.toJSON()) };
  }

  add(type: string): ConditionalFormatObj {
    let created: CfRef | null | undefined;
    this.context._enqueue("ConditionalFormatCollection.add", [type], () => {
      const ref = this._resolve();
      if (ref === null) {
        created = null;
        return;
      }
      const t = oneOf("ConditionalFormatCollection.add type", CF_TYPES)(type);
      assertWritable(ref.sheet);
      const m = this.context._model();
      const cf: CfModel = {
        id: m.nextId++,
        rect: ref.rect,
        type: t,
        priority: 0,
        stopIfTrue: false,
        settings: new Map(),
      };
      for (const other of ref.sheet.conditionalFormats) other.priority++;
      ref.sheet.conditionalFormats.push(cf);
      created = { sheet: ref.sheet, cf };
    });
    const ctx = this.context;
    return new ConditionalFormatObj(ctx, () => {
      if (created === undefined) {
        return fail("InvalidObjectPath", "The conditional format was never added (its add() failed or was not synced).");
      }
      return created === null ? null : liveCf(ctx, created);
    });
  }

  clearAll(): void {
    this._call("clearAll", [], ({ sheet, rect }) => {
      assertWritable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
    });
  }
}

// --- charts ------------------------------------------------------------------------------------

interface ChartRef {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

/** Excel's default chart size: 5 × 3 inches. */
const DEFAULT_CHART_WIDTH = 360;
const DEFAULT_CHART_HEIGHT = 216;

/** The points from the top of the sheet to row `to` (0-based, exclusive); hidden rows count 0. */
function rowsHeight(sheet: SheetModel, from: number, to: number): number {
  let h = 0;
  for (let r = from; r < to; r++) {
    if (!sheet.hiddenRows.has(r)) h += sheet.rowHeights.get(r) ?? sheet.allRowsHeight ?? STANDARD_ROW_HEIGHT;
  }
  return h;
}

function columnsWidth(sheet: SheetModel, from: number, to: number): number {
  let w = 0;
  for (let c = from; c < to; c++) {
    if (!sheet.hiddenColumns.has(c)) w += sheet.columnWidths.get(c) ?? sheet.allColumnsWidth ?? STANDARD_COLUMN_WIDTH;
  }
  return w;
}

/** A chart property: validated, refused on a protected sheet, then applied. */
function chartProp<V>(
  get: (c: ChartModel) => unknown,
  check: (v: unknown) => V,
  apply: (c: ChartModel, v: V) => void,
): PropSpec<ChartRef> {
  return {
    get: ({ chart }) => get(chart),
    set: ({ sheet, chart }, v) => {
      const value = check(v);
      assertWritable(sheet);
      apply(chart, value);
    },
  };
}

/** A Range, or an address on `sheet` ("B5", "Sheet1!B5:D9"); another sheet's cells are refused. */
function cellsArg(what: string, arg: unknown, sheet: SheetModel): Rect {
  if (arg instanceof RangeObj) return rangeOnSheet(arg, sheet);
  if (typeof arg === "string") return parseForSheet(arg, sheet);
  return fail("InvalidArgument", `${what} must be a Range or an A1 address.`);
}

function sourceArg(what: string, sourceData: unknown): void {
  if (!(sourceData instanceof RangeObj)) {
    // Office.js checks this on the client, synchronously (Excel._CC.ChartCollection_Add / Chart_SetData).
    throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format: sourceData must be a Range.", what);
  }
}

const AXIS_VALUE = (what: string): ((v: unknown) => number) => num(what, -Number.MAX_VALUE, Number.MAX_VALUE);
const POINTS = (what: string): ((v: unknown) => number) => num(what, 0, Number.MAX_VALUE);

/** What loading a chart (or a ChartCollection's "items") loads: its scalar properties. */
const CHART_SCALARS = ["name", "id", "chartType", "top", "left", "width", "height"] as const;

class ChartObj extends ClientObj<ChartRef> {
  constructor(ctx: FakeRequestContext, locate: Locator<ChartRef>) {
    const part = (typeName: string, props: PropTable<ChartRef>, nav?: Record<string, () => AnyClientObj>) =>
      new ClientObj<ChartRef>(ctx, typeName, child(this, (x) => x), props, nav);
    super(
      ctx,
      "Chart",
      locate,
      {
        name: chartProp((c) => c.name, str("Chart.name", 255, false), (c, v) => (c.name = v)),
        id: { get: ({ chart }) => chart.id },
        chartType: chartProp((c) => c.type, oneOf("Chart.chartType", CHART_TYPES), (c, v) => (c.type = v)),
        top: chartProp((c) => c.top, POINTS("Chart.top"), (c, v) => (c.top = v)),
        left: chartProp((c) => c.left, POINTS("Chart.left"), (c, v) => (c.left = v)),
        width: chartProp((c) => c.width, POINTS("Chart.width"), (c, v) => (c.width = v)),
        height: chartProp((c) => c.height, POINTS("Chart.height"), (c, v) => (c.height = v)),
      },
      {
        title: () =>
          part("ChartTitle", {
            text: chartProp((c) => c.title.text, str("ChartTitle.text"), (c, v) => (c.title.text = v)),
            visible: chartProp((c) => c.title.visible, bool("ChartTitle.visible"), (c, v) => (c.title.visible = v)),
          }),
        legend: () =>
          part("ChartLegend", {
            position: chartProp(
              (c) => c.legend.position,
              oneOf("ChartLegend.position", CHART_LEGEND_POSITIONS),
              (c, v) => (c.legend.position = v),
            ),
            visible: chartProp((c) => c.legend.visible, bool("ChartLegend.visible"), (c, v) => (c.legend.visible = v)),
          }),
        axes: () => {
          const axes: ClientObj<ChartRef> = part(
            "ChartAxes",
            {},
            {
              valueAxis: () =>
                new ClientObj<ChartRef>(ctx, "ChartAxis", child(axes, (x) => x), {
                  minimum: chartProp(
                    (c) => c.valueAxis.minimum,
                    AXIS_VALUE("ChartAxis.minimum"),
                    (c, v) => (c.valueAxis.minimum = v),
                  ),
                  maximum: chartProp(
                    (c) => c.valueAxis.maximum,
                    AXIS_VALUE("ChartAxis.maximum"),
                    (c, v) => (c.valueAxis.maximum = v),
                  ),
                }),
            },
          );
          return axes;
        },
        dataLabels: () =>
          part("ChartDataLabels", {
            showValue: chartProp(
              (c) => c.dataLabels.showValue,
              bool("ChartDataLabels.showValue"),
              (c, v) => (c.dataLabels.showValue = v),
            ),
          }),
        worksheet: () => new WorksheetObj(ctx, bindSheet(() => ctx._model(), () => this._resolve()?.sheet ?? null)),
      },
    );
  }

  delete(): void {
    this._call("delete", [], ({ sheet, chart }) => {
      assertWritable(sheet);
      sheet.charts = sheet.charts.filter((x) => x !== chart);
    });
  }

  /**
   * Moves the chart's top-left corner to the top-left of `startCell`; with `endCell`, also sizes it to
   * cover `endCell` (down to its bottom-right cell). Sizes come from the current row heights and column
   * widths (hidden rows and columns count 0); the fake does not move charts when those change later.
   */
  setPosition(startCell: RangeObj | string, endCell?: RangeObj | string): void {
    this._sameContext(startCell);
    this._sameContext(endCell);
    this._call("setPosition", [startCell, endCell ?? null], ({ sheet, chart }) => {
      const start = cellsArg("Chart.setPosition startCell", startCell, sheet);
      const end = endCell === undefined || endCell === null ? null : cellsArg("Chart.setPosition endCell", endCell, sheet);
      if (end !== null && (end.r1 < start.r0 || end.c1 < start.c0)) {
        fail("InvalidArgument", "Chart.setPosition: endCell must not be above or left of startCell.");
      }
      assertWritable(sheet);
      chart.top = rowsHeight(sheet, 0, start.r0);
      chart.left = columnsWidth(sheet, 0, start.c0);
      if (end !== null) {
        chart.height = rowsHeight(sheet, start.r0, end.r1 + 1);
        chart.width = columnsWidth(sheet, start.c0, end.c1 + 1);
      }
      chart.position = {
        topLeft: rectA1({ r0: start.r0, c0: start.c0, r1: start.r0, c1: start.c0 }),
        bottomRight: end === null ? null : rectA1({ r0: end.r1, c0: end.c1, r1: end.r1, c1: end.c1 }),
      };
    });
  }

  /** Replaces the chart's source data (same rules as ChartCollection.add). */
  setData(sourceData: RangeObj, seriesBy?: string): void {
    sourceArg("Chart.setData", sourceData);
    this._sameContext(sourceData);
    this._call("setData", [sourceData, seriesBy ?? null], ({ sheet, chart }) => {
      const by = seriesBy === undefined ? "Auto" : oneOf("Chart.setData seriesBy", CHART_SERIES_BY)(seriesBy);
      const source = rangeOnSheet(sourceData, sheet);
      assertWritable(sheet);
      chart.source = source;
      chart.seriesBy = by;
    });
  }
}

/** Follows a chart by identity; ItemNotFound once it (or its sheet) is gone. */
function liveChart(ctx: FakeRequestContext, ref: ChartRef): ChartRef {
  const live = ctx._model().sheets.includes(ref.sheet) && ref.sheet.charts.includes(ref.chart);
  return live ? ref : fail("ItemNotFound", "The chart was deleted.");
}

function bindChart(ctx: FakeRequestContext, find: () => ChartRef | null): Locator<ChartRef> {
  let bound: ChartRef | null | undefined;
  return () => {
    if (bound === undefined) {
      bound = find();
      return bound;
    }
    return bound === null ? null : liveChart(ctx, bound);
  };
}

/**
 * A worksheet's charts, in order of addition. `count` is the collection's own scalar; any other
 * load path applies to the items ("items/name", or just "name"). On a null object (the charts of a
 * missing sheet) loading succeeds and `items` reads `undefined`, as in Office.js.
 */
class ChartCollectionObj extends ClientObj<SheetModel> {
  private _items: ChartObj[] | undefined;

  constructor(ctx: FakeRequestContext, locate: Locator<SheetModel>) {
    super(ctx, "ChartCollection", locate, { count: { get: (s) => s.charts.length } });
  }

  get items(): ChartObj[] | undefined {
    if (this._items === undefined && this._isNull !== true) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property 'items' is not available; load the collection and sync first.",
        "ChartCollection.items",
      );
    }
    return this._items;
  }

  override _doLoad(paths: readonly (readonly string[])[]): void {
    const sheet = this._resolve();
    if (sheet === null) return;
    const ctx = this.context;
    const isCount = (p: readonly string[]): boolean => p.length === 1 && p[0] === "count";
    if (paths.some(isCount)) {
      const n = sheet.charts.length;
      ctx._onCommit(() => this._cache.set("count", n));
    }
    const rest = paths.filter((p) => !isCount(p));
    if (paths.length > 0 && rest.length === 0) return;
    const all = rest.length === 0 || rest.some((p) => p.length === 1 && p[0] === "items");
    const explicit = rest.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    const itemPaths = all && explicit.length > 0 ? [...CHART_SCALARS.map((n) => [n]), ...explicit] : explicit;
    const items = sheet.charts.map((chart) => {
      const ref: ChartRef = { sheet, chart };
      const item = new ChartObj(ctx, () => liveChart(ctx, ref));
      item._doLoad(itemPaths);
      return item;
    });
    ctx._onCommit(() => (this._items = items));
  }

  add(type: string, sourceData: RangeObj, seriesBy?: string): ChartObj {
    sourceArg("Charts.Add", sourceData);
    this._sameContext(sourceData);
    const ctx = this.context;
    let created: ChartRef | null | undefined;
    ctx._enqueue("ChartCollection.add", [type, sourceData, seriesBy ?? null], () => {
      const sheet = this._resolve();
      if (sheet === null) {
        created = null;
        return;
      }
      const t = oneOf("ChartCollection.add type", CHART_TYPES)(type);
      const by = seriesBy === undefined ? "Auto" : oneOf("ChartCollection.add seriesBy", CHART_SERIES_BY)(seriesBy);
      const source = rangeOnSheet(sourceData, sheet);
      assertWritable(sheet);
      const n = ctx._model().nextId++;
      const chart: ChartModel = {
        id: `{00000000-0002-0000-${String(n).padStart(4, "0")}-000000000000}`,
        name: `Chart ${sheet.nextChartNumber++}`,
        type: t,
        source,
        seriesBy: by,
        title: { text: "", visible: true },
        top: 0,
        left: 0,
        width: DEFAULT_CHART_WIDTH,
        height: DEFAULT_CHART_HEIGHT,
        position: null,
        legend: { position: "Bottom", visible: true },
        valueAxis: { minimum: null, maximum: null },
        dataLabels: { showValue: false },
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new ChartObj(ctx, () => {
      if (created === undefined) {
        return fail("InvalidObjectPath", "The chart was never added (its add() failed or was not synced).");
      }
      return created === null ? null : liveChart(ctx, created);
    });
  }

  getCount(): ClientResultObj<number> {
    const result = new ClientResultObj<number>();
    this.context._enqueue("ChartCollection.getCount", [], () => {
      const sheet = this._resolve();
      const n = sheet === null ? undefined : sheet.charts.length;
      this.context._onCommit(() => result._set(n));
    });
    return result;
  }

  /** By name, case-insensitively; with several charts of that name, the first. */
  getItem(name: string): ChartObj {
    return this._byName(name, false);
  }

  getItemOrNullObject(name: string): ChartObj {
    return this._byName(name, true);
  }

  getItemAt(index: number): ChartObj {
    return new ChartObj(
      this.context,
      bindChart(this.context, () => {
        const sheet = this._resolve();
        if (sheet === null) return null;
        const i = checkIndex("ChartCollection.getItemAt index", index, 0, Number.MAX_SAFE_INTEGER);
        const chart = sheet.charts[i] ?? fail("ItemNotFound", `There is no chart at index ${i} (the sheet has ${sheet.charts.length}).`);
        return { sheet, chart };
      }),
    );
  }

  private _byName(name: string, orNull: boolean): ChartObj {
    return new ChartObj(
      this.context,
      bindChart(this.context, () => {
        const sheet = this._resolve();
        if (sheet === null) return null;
        const upper = typeof name === "string" ? name.toUpperCase() : null;
        const chart = sheet.charts.find((c) => c.name.toUpperCase() === upper);
        if (chart !== undefined) return { sheet, chart };
        return orNull ? null : fail("ItemNotFound", `The chart "${String(name)}" does not exist on "${sheet.name}".`);
      }),
    );
  }

  override toJSON(): Record<string, unknown> {
    return this._items === undefined ? {} : { items: this._items.map((i) => i.toJSON()) };
  }
}

// ----------------------------------------------------------------------------------------
// Request context and engine
// ----------------------------------------------------------------------------------------

interface QueuedOp {
  readonly where: string;
  readonly payload: unknown;
  readonly run: () => void;
}

export interface FakeSyncRecord {
  /** Ops (property sets, method calls, loads) sent in this sync. */
  readonly ops: number;
  /** Sum of the JSON lengths of the ops' arguments and values: a payload-size estimate. */
  readonly payloadBytes: number;
}

class Engine {
  syncCount = 0;
  readonly syncs: FakeSyncRecord[] = [];
  private _chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly model: WorkbookModel,
    readonly failOnSync: number | undefined,
    readonly maxPayloadBytes: number | undefined,
  ) {}

  serialize<T>(f: () => Promise<T>): Promise<T> {
    const next = this._chain.then(f, f);
    this._chain = next.catch(() => undefined);
    return next;
  }
}

function payloadLength(v: unknown): number {
  if (v === undefined) return 0;
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return 0;
  }
}

/** The fake `Excel.RequestContext`. */
export class FakeRequestContext {
  readonly workbook: WorkbookObj;
  readonly application: ApplicationObj;
  readonly runtime: RuntimeObj;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private _queue: QueuedOp[] = [];
  private _commits: (() => void)[] = [];
  private _nulls = new Map<{ _isNull: boolean | undefined }, boolean>();
  /** Set when the `run` batch that owns this context has finished. */
  _finished = false;
  private readonly _engine: Engine;

  constructor(engine: Engine) {
    this._engine = engine;
    this.application = new ApplicationObj(this);
    this.runtime = new RuntimeObj(this);
    this.workbook = new WorkbookObj(this);
  }

  _model(): WorkbookModel {
    return this._engine.model;
  }

  get _pending(): number {
    return this._queue.length;
  }

  _enqueue(where: string, payload: unknown, run: () => void): void {
    const finished = this._finished;
    this._queue.push({
      where,
      payload,
      run: finished
        ? () => fail("InvalidObjectPath", "The object was used after its Excel.run batch finished.")
        : run,
    });
  }

  _noteNull(obj: { _isNull: boolean | undefined }, isNull: boolean): void {
    this._nulls.set(obj, isNull);
  }

  _onCommit(f: () => void): void {
    this._commits.push(f);
  }

  /** `context.load(object, properties)`, the older spelling of `object.load(properties)`. */
  load(object: AnyClientObj & { load(option?: LoadOption): unknown }, option?: LoadOption): void {
    object.load(option);
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this._queue;
    this._queue = [];
    const engine = this._engine;
    return engine.serialize(async () => {
      await Promise.resolve();
      const index = ++engine.syncCount;
      const payloadBytes = ops.reduce((n, op) => n + payloadLength(op.payload), 0);
      engine.syncs.push({ ops: ops.length, payloadBytes });
      if (engine.failOnSync === index) {
        fail("GeneralException", `Injected failure of sync #${index} (failOnSync).`);
      }
      if (engine.maxPayloadBytes !== undefined && payloadBytes > engine.maxPayloadBytes) {
        fail("RequestPayloadSizeLimitExceeded", `The request payload (${payloadBytes} bytes) exceeds the limit.`);
      }
      this._commits = [];
      this._nulls = new Map();
      for (const op of ops) {
        try {
          op.run();
        } catch (e) {
          if (e instanceof FakeOfficeError && e.debugInfo.errorLocation === undefined) {
            throw new FakeOfficeError(e.code, e.debugInfo.message, op.where);
          }
          throw e;
        }
      }
      for (const commit of this._commits) commit();
      for (const [obj, isNull] of this._nulls) obj._isNull = isNull;
      this._commits = [];
      this._nulls = new Map();
      return passThroughValue as T;
    });
  }
}

// ----------------------------------------------------------------------------------------
// Inspection types
// ----------------------------------------------------------------------------------------

/**
 * "empty" is a cell that has formatting but no value; "error" an Excel error value such as #N/A,
 * whose `value` is the error's text ("#N/A").
 */
export type FakeCellKind = "text" | "number" | "boolean" | "formula" | "error" | "empty";

export interface FakeBorder {
  style?: string;
  weight?: string;
  color?: string;
}

export type FakeBorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "DiagonalDown" | "DiagonalUp";

/** Only explicitly set properties are present; absent means Excel's default. */
export interface FakeCellFormat {
  font: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    underline?: string;
    strikethrough?: boolean;
    color?: string;
  };
  fill: { color?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  textOrientation?: number;
  shrinkToFit?: boolean;
  /** Per cell edge; a range's Inside* borders land on the inner cells' edges. */
  borders: Partial<Record<FakeBorderEdge, FakeBorder>>;
}

export interface FakeCell {
  /** "" for an empty cell; the formula text (e.g. "=SUM(A1:A3)") for a formula; "#N/A" etc. for an error. */
  value: string | number | boolean;
  kind: FakeCellKind;
  numberFormat: string;
  format: FakeCellFormat;
}

export interface FakeFreeze {
  rows: number;
  columns: number;
}

export interface FakeHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  printOrder: string;
  firstPageNumber: number | "";
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** In points, whatever unit setPrintMargins was given. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Absolute rows, e.g. "$1:$3"; null when unset. */
  printTitleRows: string | null;
  printTitleColumns: string | null;
  /** Absolute address(es), e.g. "$A$1:$F$40"; null when unset. */
  printArea: string | null;
  headersFooters: {
    state: string;
    useSheetMargins: boolean;
    useSheetScale: boolean;
    defaultForAllPages: FakeHeaderFooter;
    firstPage: FakeHeaderFooter;
    evenPages: FakeHeaderFooter;
    oddPages: FakeHeaderFooter;
  };
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FakeValidation {
  range: string;
  /** As set, e.g. { list: { inCellDropDown: true, source: "a,b" } }; null when only alert/prompt were set. */
  rule: { [key: string]: JsonValue } | null;
  errorAlert: { [key: string]: JsonValue };
  prompt: { [key: string]: JsonValue };
  ignoreBlanks: boolean;
}

export interface FakeConditionalFormat {
  range: string;
  type: string;
  priority: number;
  stopIfTrue: boolean;
  /** By path: "cellValue.rule", "cellValue.format.font.color", "dataBar.positiveFormat.fillColor", … */
  settings: { [path: string]: JsonValue };
}

export interface FakeChart {
  name: string;
  /** Excel.ChartType, e.g. "ColumnClustered". */
  type: string;
  /** The source data's A1 address without the sheet, e.g. "B5:D15". */
  source: string;
  /** As given to add/setData ("Auto" when omitted). */
  seriesBy: "Auto" | "Columns" | "Rows";
  /** `title.text`; "" until set (Excel would show an automatic title). */
  title: string;
  titleVisible: boolean;
  /** The cells of the last setPosition call (top-left cell of startCell, bottom-right cell of endCell); null if never called. */
  position: { topLeft: string; bottomRight: string | null } | null;
  /** In points. */
  top: number;
  left: number;
  width: number;
  height: number;
  legendPosition: string;
  legendVisible: boolean;
  /** null: automatic. */
  valueAxis: { minimum: number | null; maximum: number | null };
  dataLabels: { showValue: boolean };
}

export interface FakeApplicationState {
  enableEvents: boolean;
  calculationMode: string;
  suspendApiCalculationCalls: number;
  suspendScreenUpdatingCalls: number;
}

export interface FakeSheetSnapshot {
  name: string;
  id: string;
  visibility: string;
  tabColor: string;
  protected: boolean;
  showGridlines: boolean;
  showHeadings: boolean;
  standardWidth: number;
  cells: { [a1: string]: FakeCell };
  formatLayers: { range: string; reset: boolean; patch: { [key: string]: FmtValue | null } }[];
  merges: string[];
  rowHeights: { [row: string]: number };
  allRowsHeight: number | null;
  columnWidths: { [column: string]: number };
  allColumnsWidth: number | null;
  hiddenRows: number[];
  hiddenColumns: string[];
  freeze: FakeFreeze;
  pageLayout: FakePageLayout;
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
}

export interface FakeWorkbookSnapshot {
  activeSheet: string;
  selection: string | null;
  sheets: FakeSheetSnapshot[];
  application: FakeApplicationState;
}

/** `{ error: "#N/A" }` is a cell holding that Excel error value (any of Excel's error spellings). */
export type FakeInitialValue = string | number | boolean | null | { readonly error: string };

export interface FakeExcelOptions {
  /**
   * Initial worksheets in order; values are stored as typed (strings as text, never coerced;
   * `{ error: "#N/A" }` as an error value).
   */
  sheets?: Readonly<Record<string, readonly (readonly FakeInitialValue[])[]>> | undefined;
  /** 1-based: that sync rejects with GeneralException before applying any op of its batch. */
  failOnSync?: number | undefined;
  /** Worksheets whose cells refuse changes (AccessDenied at sync). */
  protectedSheets?: readonly string[] | undefined;
  /** When set, a sync whose payload estimate exceeds it rejects (RequestPayloadSizeLimitExceeded). */
  maxPayloadBytes?: number | undefined;
}

export interface FakeExcel {
  /** Cast with `as unknown as Excel.RequestContext`. Never finishes, unlike run()'s contexts. */
  readonly context: FakeRequestContext;
  /** Like Excel.run: a fresh context; queued ops left at the end are synced; then the context is closed. */
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Number of syncs sent (explicit `sync()` calls plus run()'s final flush when it had ops). */
  readonly syncCount: number;
  readonly syncs: readonly FakeSyncRecord[];
  sheetNames(): string[];
  cell(sheet: string, a1: string): FakeCell | undefined;
  /** Values of a range; "" for empty cells, formula text for formulas. */
  valuesOf(sheet: string, a1Range: string): (string | number | boolean)[][];
  merges(sheet: string): string[];
  /** Row height in points of a 1-based row; undefined when never set (or autofitted). */
  rowHeight(sheet: string, row: number): number | undefined;
  /** Column width in points of a column given by letters or 1-based number; undefined when never set. */
  columnWidth(sheet: string, column: string | number): number | undefined;
  rowHidden(sheet: string, row: number): boolean;
  columnHidden(sheet: string, column: string | number): boolean;
  freeze(sheet: string): FakeFreeze;
  pageLayout(sheet: string): FakePageLayout;
  validations(sheet: string): FakeValidation[];
  conditionalFormats(sheet: string): FakeConditionalFormat[];
  /** The sheet's charts in order of addition. */
  charts(sheet: string): FakeChart[];
  /** "" when the tab has no colour. */
  tabColor(sheet: string): string;
  visibility(sheet: string): "Visible" | "Hidden" | "VeryHidden";
  isProtected(sheet: string): boolean;
  activeSheet(): string;
  application(): FakeApplicationState;
  /** A deep, JSON-serialisable copy of the whole workbook model. */
  snapshot(): FakeWorkbookSnapshot;
}

// ----------------------------------------------------------------------------------------
// Inspection helpers
// ----------------------------------------------------------------------------------------

const SIDE_EDGE: Readonly<Record<string, FakeBorderEdge>> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
  diagonalDown: "DiagonalDown",
  diagonalUp: "DiagonalUp",
};

function toCellFormat(fmt: ReadonlyMap<string, FmtValue>): FakeCellFormat {
  const out: FakeCellFormat = { font: {}, fill: {}, borders: {} };
  const font = out.font as Record<string, FmtValue>;
  const top = out as unknown as Record<string, FmtValue>;
  for (const [key, value] of fmt) {
    const parts = key.split(".");
    if (parts[0] === "font" && parts[1] !== undefined) font[parts[1]] = value;
    else if (key === "fill.color") out.fill.color = String(value);
    else if (parts[0] === "border" && parts[1] !== undefined && parts[2] !== undefined) {
      const edge = SIDE_EDGE[parts[1]];
      if (edge === undefined) continue;
      const border = (out.borders[edge] ??= {});
      (border as Record<string, string>)[parts[2]] = String(value);
    } else if (key !== "numberFormat") top[key] = value;
  }
  return out;
}

function toFakeCell(sheet: SheetModel, r: number, c: number): FakeCell | undefined {
  const cell = sheet.cells.get(cellKey(r, c));
  if (cell === undefined && !coveredByLayer(sheet, r, c)) return undefined;
  const fmt = formatAt(sheet, r, c);
  const nf = fmt.get("numberFormat");
  return {
    value: cell?.value ?? "",
    kind: cell?.kind ?? "empty",
    numberFormat: typeof nf === "string" ? nf : "General",
    format: toCellFormat(fmt),
  };
}

function toJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function validationOut(v: ValidationModel): FakeValidation {
  return toJson({
    range: rectA1(v.rect),
    rule: v.rule,
    errorAlert: v.errorAlert,
    prompt: v.prompt,
    ignoreBlanks: v.ignoreBlanks,
  }) as FakeValidation;
}

function cfOut(cf: CfModel): FakeConditionalFormat {
  return toJson({
    range: rectA1(cf.rect),
    type: cf.type,
    priority: cf.priority,
    stopIfTrue: cf.stopIfTrue,
    settings: Object.fromEntries([...cf.settings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  }) as FakeConditionalFormat;
}

function chartOut(c: ChartModel): FakeChart {
  return toJson({
    name: c.name,
    type: c.type,
    source: rectA1(c.source),
    seriesBy: c.seriesBy,
    title: c.title.text,
    titleVisible: c.title.visible,
    position: c.position,
    top: c.top,
    left: c.left,
    width: c.width,
    height: c.height,
    legendPosition: c.legend.position,
    legendVisible: c.legend.visible,
    valueAxis: c.valueAxis,
    dataLabels: c.dataLabels,
  });
}

function columnArg(column: string | number): number {
  if (typeof column === "number") {
    if (!Number.isInteger(column) || column < 1 || column > MAX_COLS) throw new Error(`fakeExcel: bad column ${column}`);
    return column - 1;
  }
  if (!/^[A-Za-z]{1,3}$/.test(column)) throw new Error(`fakeExcel: bad column "${column}"`);
  return colIndex(column);
}

function rowArg(row: number): number {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw new Error(`fakeExcel: bad row ${row}`);
  return row - 1;
}

function sheetSnapshot(s: SheetModel): FakeSheetSnapshot {
  const keys = [...s.cells.keys()].sort((a, b) => a - b);
  const cells: Record<string, FakeCell> = {};
  for (const k of keys) {
    const cell = toFakeCell(s, keyRow(k), keyCol(k));
    if (cell) cells[`${colName(keyCol(k))}${keyRow(k) + 1}`] = cell;
  }
  const sortedEntries = (m: ReadonlyMap<number, number>, label: (k: number) => string): Record<string, number> =>
    Object.fromEntries([...m].sort(([a], [b]) => a - b).map(([k, v]) => [label(k), v]));
  return toJson({
    name: s.name,
    id: s.id,
    visibility: s.visibility,
    tabColor: s.tabColor,
    protected: s.protected,
    showGridlines: s.showGridlines,
    showHeadings: s.showHeadings,
    standardWidth: s.standardWidth,
    cells,
    formatLayers: s.layers.map((l) => ({ range: rectA1(l.rect), reset: l.reset, patch: Object.fromEntries(l.patch) })),
    merges: s.merges.map((m) => rectA1(m)),
    rowHeights: sortedEntries(s.rowHeights, (k) => String(k + 1)),
    allRowsHeight: s.allRowsHeight,
    columnWidths: sortedEntries(s.columnWidths, colName),
    allColumnsWidth: s.allColumnsWidth,
    hiddenRows: [...s.hiddenRows].sort((a, b) => a - b).map((r) => r + 1),
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b).map(colName),
    freeze: s.freeze,
    pageLayout: s.pageLayout,
    validations: s.validations.map(validationOut),
    conditionalFormats: s.conditionalFormats.map(cfOut),
    charts: s.charts.map(chartOut),
  });
}

// ----------------------------------------------------------------------------------------
// Factory
// ----------------------------------------------------------------------------------------

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const model: WorkbookModel = {
    sheets: [],
    activeSheetId: "",
    selection: null,
    nextId: 1,
    enableEvents: true,
    calculationMode: "Automatic",
    suspendApiCalculationCalls: 0,
    suspendScreenUpdatingCalls: 0,
  };
  const initial = options.sheets ?? { Sheet1: [] };
  for (const [name, rows] of Object.entries(initial)) {
    const sheet = newSheet(model, checkSheetName(model, name, null));
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        if (typeof v === "object") {
          const error = (EXCEL_ERRORS as readonly string[]).find((e) => e === v.error);
          if (error === undefined) throw new Error(`fakeExcel: bad initial error value ${JSON.stringify(v.error)}`);
          sheet.cells.set(cellKey(r, c), { value: error, kind: "error", fmt: new Map() });
          return;
        }
        if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`fakeExcel: bad initial value ${v}`);
        sheet.cells.set(cellKey(r, c), {
          value: v,
          kind: typeof v === "string" ? "text" : typeof v === "number" ? "number" : "boolean",
          fmt: new Map(),
        });
      }),
    );
    model.sheets.push(sheet);
  }
  const first = model.sheets[0];
  if (first === undefined) throw new Error("fakeExcel: a workbook needs at least one worksheet");
  model.activeSheetId = first.id;
  for (const name of options.protectedSheets ?? []) {
    const s = model.sheets.find((x) => x.name.toUpperCase() === name.toUpperCase());
    if (s === undefined) throw new Error(`fakeExcel: protectedSheets names unknown sheet "${name}"`);
    s.protected = true;
  }

  const engine = new Engine(model, options.failOnSync, options.maxPayloadBytes);
  const context = new FakeRequestContext(engine);

  const sheet = (name: string): SheetModel => {
    const s = model.sheets.find((x) => x.name.toUpperCase() === name.toUpperCase());
    if (s === undefined) throw new Error(`fakeExcel: no worksheet "${name}" (have: ${model.sheets.map((x) => x.name).join(", ")})`);
    return s;
  };
  const address = (a1: string): Rect => {
    const r = parseA1Body(a1);
    if (r === null) throw new Error(`fakeExcel: bad address "${a1}"`);
    return r;
  };

  return {
    context,
    async run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
      const ctx = new FakeRequestContext(engine);
      try {
        const pending: unknown = batch(ctx as unknown as Excel.RequestContext);
        if (!(pending instanceof Promise)) {
          throw new FakeOfficeError("InvalidArgument", "The batch function passed to run must return a Promise.");
        }
        const result = (await pending) as T;
        if (ctx._pending > 0) await ctx.sync();
        return result;
      } finally {
        ctx._finished = true;
      }
    },
    get syncCount() {
      return engine.syncCount;
    },
    syncs: engine.syncs,
    sheetNames: () => model.sheets.map((s) => s.name),
    cell: (name, a1) => {
      const r = address(a1);
      return toFakeCell(sheet(name), r.r0, r.c0);
    },
    valuesOf: (name, a1Range) => {
      const s = sheet(name);
      const rect = address(a1Range);
      if (area(rect) > LOAD_CELL_LIMIT) throw new Error("fakeExcel: valuesOf range too large");
      return readGrid({ sheet: s, rect }, (r, c) => cellValue(s, r, c));
    },
    merges: (name) => sheet(name).merges.map((m) => rectA1(m)),
    rowHeight: (name, row) => {
      const s = sheet(name);
      return s.rowHeights.get(rowArg(row)) ?? s.allRowsHeight ?? undefined;
    },
    columnWidth: (name, column) => {
      const s = sheet(name);
      return s.columnWidths.get(columnArg(column)) ?? s.allColumnsWidth ?? undefined;
    },
    rowHidden: (name, row) => sheet(name).hiddenRows.has(rowArg(row)),
    columnHidden: (name, column) => sheet(name).hiddenColumns.has(columnArg(column)),
    freeze: (name) => ({ ...sheet(name).freeze }),
    pageLayout: (name) => toJson(sheet(name).pageLayout) as FakePageLayout,
    validations: (name) => sheet(name).validations.map(validationOut),
    conditionalFormats: (name) => sheet(name).conditionalFormats.map(cfOut),
    charts: (name) => sheet(name).charts.map(chartOut),
    tabColor: (name) => sheet(name).tabColor,
    visibility: (name) => sheet(name).visibility,
    isProtected: (name) => sheet(name).protected,
    activeSheet: () => model.sheets.find((s) => s.id === model.activeSheetId)?.name ?? "",
    application: () => ({
      enableEvents: model.enableEvents,
      calculationMode: model.calculationMode,
      suspendApiCalculationCalls: model.suspendApiCalculationCalls,
      suspendScreenUpdatingCalls: model.suspendScreenUpdatingCalls,
    }),
    snapshot: () => {
      const sel = model.selection;
      const selSheet = sel === null ? undefined : model.sheets.find((s) => s.id === sel.sheetId);
      return {
        activeSheet: model.sheets.find((s) => s.id === model.activeSheetId)?.name ?? "",
        selection: sel === null || selSheet === undefined ? null : `${sheetRef(selSheet.name)}!${rectA1(sel.rect)}`,
        sheets: model.sheets.map(sheetSnapshot),
        application: {
          enableEvents: model.enableEvents,
          calculationMode: model.calculationMode,
          suspendApiCalculationCalls: model.suspendApiCalculationCalls,
          suspendScreenUpdatingCalls: model.suspendScreenUpdatingCalls,
        },
      };
    },
  };
}
