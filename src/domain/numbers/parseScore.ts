import type { CellInput } from "../sheet/cellInput";
import { toArabicDigits } from "../thai/digits";
import type { Hundredths } from "./hundredths";
import { toHundredths } from "./hundredths";

/** Why a cell could not be read as a score. */
export type ScoreProblem =
  | "empty"
  | "not-a-number"
  | "decimal-comma"
  | "too-many-decimals"
  | "out-of-range"
  | "cell-error"
  | "formula-no-value";

export type ParsedScore =
  | { readonly ok: true; readonly value: Hundredths }
  | { readonly ok: false; readonly problem: ScoreProblem };

const MAX_SCORE: Hundredths = 10_000;

/**
 * Reads an ITA score (0–100, at most two decimals) from a cell: a number, or text in Thai or
 * Arabic digits with spaces anywhere. A decimal comma is reported, never guessed at.
 *
 * @example
 * parseScore("๙๘.๖๗")  //=> { ok: true, value: 9867 }
 * parseScore(" 81.72 ") //=> { ok: true, value: 8172 }
 * parseScore("98,67")  //=> { ok: false, problem: "decimal-comma" }
 */
export function parseScore(cell: CellInput): ParsedScore {
  if (cell === null || cell === undefined) return fail("empty");
  if (typeof cell === "object") return fail("formula" in cell ? "formula-no-value" : "cell-error");
  if (typeof cell === "boolean") return fail("not-a-number");
  if (typeof cell === "number") return fromNumber(cell);
  return fromText(cell);
}

function fromText(text: string): ParsedScore {
  const compact = toArabicDigits(text).replace(/[\s\u00a0\u200b]+/g, "");
  if (compact === "") return fail("empty");
  if (/^-?\d+,\d+$/.test(compact)) return fail("decimal-comma");
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(compact);
  if (!match || ((match[2] ?? "") === "" && (match[3] ?? "") === "")) return fail("not-a-number");
  const decimals = withoutTrailingZeros(match[3] ?? "");
  if (decimals.length > 2) return fail("too-many-decimals");
  // A minus sign is never a score, not even "-0".
  if (match[1] === "-") return fail("out-of-range");
  const whole = Number(match[2] || "0");
  return inRange(whole * 100 + Number(decimals.padEnd(2, "0")));
}

/** "6700" → "67". A loop, not /0+$/: that pattern retries from every zero of a long run. */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

function fromNumber(value: number): ParsedScore {
  if (!Number.isFinite(value)) return fail("not-a-number");
  const h = toHundredths(value);
  if (h === null) return fail(value < 0 || value > 100 ? "out-of-range" : "too-many-decimals");
  return Object.is(h, -0) ? { ok: true, value: 0 } : inRange(h);
}

function inRange(h: Hundredths): ParsedScore {
  return h < 0 || h > MAX_SCORE ? fail("out-of-range") : { ok: true, value: h };
}

function fail(problem: ScoreProblem): ParsedScore {
  return { ok: false, problem };
}
