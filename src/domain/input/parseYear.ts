import type { CellInput } from "../sheet/cellInput";
import { toArabicDigits } from "../thai/digits";
import { BE_OFFSET } from "../thai/thaiDate";

export type YearProblem = "empty" | "not-a-year" | "gregorian" | "out-of-range";

export type ParsedYear =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: YearProblem };

/** Years a Thai ITA report can plausibly name (พ.ศ.). */
export const PLAUSIBLE_YEARS_BE = { min: 2550, max: 2580 } as const;

/**
 * Reads a Buddhist-era year from a cell ("2567", "๒๕๖๗", "พ.ศ. 2567"). A Gregorian year such as
 * 2024 is reported as such, never converted silently.
 */
export function parseYearBE(cell: CellInput): ParsedYear {
  if (cell === null || cell === undefined) return { ok: false, problem: "empty" };
  if (typeof cell === "object" || typeof cell === "boolean")
    return { ok: false, problem: "not-a-year" };
  const text = toArabicDigits(String(cell))
    .replace(/^\s*(พ\.\s*ศ\.)?\s*/, "")
    .trim();
  if (text === "") return { ok: false, problem: "empty" };
  if (!/^\d{4}$/.test(text)) return { ok: false, problem: "not-a-year" };
  const year = Number(text);
  if (year >= 1950 && year <= 2100) return { ok: false, problem: "gregorian" };
  if (year < PLAUSIBLE_YEARS_BE.min || year > PLAUSIBLE_YEARS_BE.max)
    return { ok: false, problem: "out-of-range" };
  return { ok: true, value: year };
}

/** The BE year a Gregorian year corresponds to (2024 → 2567). */
export function gregorianToBE(year: number): number {
  return year + BE_OFFSET;
}
