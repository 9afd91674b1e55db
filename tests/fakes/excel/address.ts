import { fail } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle of cells, 0-based, inclusive corners. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export const WHOLE_SHEET: Rect = { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };

export function colName(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
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
export function parseA1Body(body: string): Rect | null {
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
export function splitAddress(address: string): { sheet: string | null; body: string } | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, body: address };
  const prefix = address.slice(0, bang);
  const body = address.slice(bang + 1);
  const quoted = /^'((?:[^']|'')+)'$/.exec(prefix);
  if (quoted) return { sheet: (quoted[1] ?? "").replace(/''/g, "'"), body };
  if (prefix === "" || /['!]/.test(prefix)) return null;
  return { sheet: prefix, body };
}

export const isFullRows = (r: Rect): boolean => r.c0 === 0 && r.c1 === MAX_COLS - 1;
export const isFullCols = (r: Rect): boolean => r.r0 === 0 && r.r1 === MAX_ROWS - 1;

export function rectA1(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isFullRows(r)) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  if (isFullCols(r)) return `${d}${colName(r.c0)}:${d}${colName(r.c1)}`;
  const a = `${d}${colName(r.c0)}${d}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${d}${colName(r.c1)}${d}${r.r1 + 1}`;
}

/** A sheet name as Excel writes it in a reference: quoted unless it is a plain identifier. */
export function sheetRef(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{M}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[RrCc]([0-9]*|[0-9]*[Cc][0-9]*)$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export const area = (r: Rect): number => (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
export const contains = (r: Rect, row: number, col: number): boolean =>
  row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
export const containsRect = (outer: Rect, inner: Rect): boolean =>
  inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
export const intersects = (a: Rect, b: Rect): boolean =>
  a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
export const sameRect = (a: Rect, b: Rect): boolean =>
  a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;

export const cellKey = (r: number, c: number): number => r * MAX_COLS + c;
export const keyRow = (k: number): number => Math.floor(k / MAX_COLS);
export const keyCol = (k: number): number => k % MAX_COLS;

/** An A1 address that must lie on the sheet called `sheetName` (a sheet prefix is allowed). */
export function parseForSheet(address: unknown, sheetName: string): Rect {
  if (typeof address !== "string" || address.includes(","))
    fail("InvalidArgument", `${JSON.stringify(address)} is not a single-area A1 address.`);
  const split = splitAddress(address.trim());
  if (split === null) fail("InvalidArgument", `"${address}" is not a valid address.`);
  if (split.sheet !== null && split.sheet.toUpperCase() !== sheetName.toUpperCase())
    fail("InvalidArgument", `"${address}" refers to another worksheet than "${sheetName}".`);
  return (
    parseA1Body(split.body) ?? fail("InvalidArgument", `"${address}" is not a valid A1 address.`)
  );
}
