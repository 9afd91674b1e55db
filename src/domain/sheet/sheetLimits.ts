import type { SheetSpec } from "./sheetSpec";
import { MAX_COLUMNS, MAX_ROWS, rangeA1 } from "./a1";
import type { CellRange } from "./cellRange";

/** Excel's own limits, checked before anything is written. */
export const MAX_SHEET_NAME_LENGTH = 31;
export const MAX_CELL_TEXT_LENGTH = 32_767;
export const FORBIDDEN_SHEET_NAME_CHARS = /[[\]:*?/\\]/;
/** A literal list in data validation may hold at most 255 characters with separators. */
export const MAX_LIST_LITERAL_LENGTH = 255;
/** A dropdown's prompt and its error message, as Office stores them (MS-OI29500 2.1.613). */
export const MAX_VALIDATION_PROMPT_LENGTH = 255;
export const MAX_VALIDATION_ERROR_LENGTH = 224;

/**
 * Whole items joined with ", " within `limit` characters: when they do not all fit, as many as
 * fit and "…", so a prompt never ends in the middle of a name.
 */
export function itemsWithin(items: readonly string[], limit: number): string {
  const all = items.join(", ");
  if (all.length <= limit) return all;
  let shown = "";
  for (const item of items) {
    const next = shown === "" ? item : `${shown}, ${item}`;
    if (next.length + 2 > limit) break;
    shown = next;
  }
  return shown === "" ? "…" : `${shown} …`;
}

/** Why a sheet name is not allowed, or null when Excel accepts it. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "ชื่อชีตว่าง";
  if (name.length > MAX_SHEET_NAME_LENGTH)
    return `ชื่อชีต "${name}" ยาวเกิน ${MAX_SHEET_NAME_LENGTH} ตัวอักษร`;
  if (FORBIDDEN_SHEET_NAME_CHARS.test(name)) return `ชื่อชีต "${name}" มีอักขระต้องห้าม [ ] : * ? / \\`;
  if (name.trim().toLowerCase() === "history") return `ชื่อชีต "${name}" เป็นชื่อที่ Excel สงวนไว้`;
  if (name.startsWith("'") || name.endsWith("'")) return `ชื่อชีต "${name}" ขึ้นต้นหรือลงท้ายด้วย ' ไม่ได้`;
  return null;
}

/** Whether a range is whole numbers within the sheet, its first corner not after its last. */
function withinSheet(r: CellRange): boolean {
  const whole = [r.firstRow, r.firstColumn, r.lastRow, r.lastColumn].every(Number.isInteger);
  return (
    whole &&
    r.firstRow >= 1 &&
    r.firstRow <= r.lastRow &&
    r.lastRow <= MAX_ROWS &&
    r.firstColumn >= 1 &&
    r.firstColumn <= r.lastColumn &&
    r.lastColumn <= MAX_COLUMNS
  );
}

/**
 * Lists what in a sheet description Excel would reject: a bad name, text over the cell limit,
 * a malformed range, a literal list over 255 characters, or a dropdown prompt or error message
 * longer than Office keeps. Empty means the sheet can be written.
 */
export function sheetSpecProblems(spec: SheetSpec): string[] {
  const problems: string[] = [];
  const nameProblem = sheetNameProblem(spec.name);
  if (nameProblem) problems.push(nameProblem);
  spec.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "string" && v.length > MAX_CELL_TEXT_LENGTH)
        problems.push(
          `ชีต "${spec.name}" แถว ${r + 1} คอลัมน์ ${c + 1}: ข้อความยาวเกิน ${MAX_CELL_TEXT_LENGTH} ตัวอักษร`,
        );
    }),
  );
  const ranges = [
    ...spec.merges,
    ...spec.styles.map((s) => s.range),
    ...spec.validations.map((v) => v.range),
    ...spec.conditionalFormats.map((f) => f.range),
    ...(spec.charts ?? []).flatMap((c) => [c.source, c.position, ...c.fallbackDataBars]),
  ];
  for (const range of ranges)
    if (!withinSheet(range))
      problems.push(`ชีต "${spec.name}": ช่วงเซลล์ "${rangeA1(range)}" ไม่ถูกต้อง`);
  for (const v of spec.validations)
    if ("items" in v.source && v.source.items.join(",").length > MAX_LIST_LITERAL_LENGTH)
      problems.push(
        `ชีต "${spec.name}": รายการตัวเลือกของ ${rangeA1(v.range)} ยาวเกิน ${MAX_LIST_LITERAL_LENGTH} ตัวอักษร`,
      );
  for (const v of spec.validations) {
    if ((v.prompt?.length ?? 0) > MAX_VALIDATION_PROMPT_LENGTH)
      problems.push(
        `ชีต "${spec.name}": คำแนะนำของรายการตัวเลือก ${rangeA1(v.range)} ยาวเกิน ${MAX_VALIDATION_PROMPT_LENGTH} ตัวอักษร`,
      );
    if ((v.errorMessage?.length ?? 0) > MAX_VALIDATION_ERROR_LENGTH)
      problems.push(
        `ชีต "${spec.name}": ข้อความเตือนของรายการตัวเลือก ${rangeA1(v.range)} ยาวเกิน ${MAX_VALIDATION_ERROR_LENGTH} ตัวอักษร`,
      );
  }
  return problems;
}
