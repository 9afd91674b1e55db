import type { CellValue, HeaderFooter, SheetSpec } from "./sheetSpec";

/** The rectangle a sheet's values fill: every row padded to the widest row or column count. */
export function valueRectangle(spec: SheetSpec): {
  rows: number;
  columns: number;
  values: CellValue[][];
} {
  const columns = Math.max(spec.columns.length, ...spec.rows.map((r) => r.length), 1);
  const rows = Math.max(spec.rows.length, 1);
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => spec.rows[r]?.[c] ?? null),
  );
  return { rows, columns, values };
}

/** The number format each cell ends up with after the style runs, undefined where none is set. */
export function effectiveNumberFormats(
  spec: SheetSpec,
  rows: number,
  columns: number,
): (string | undefined)[][] {
  const grid: (string | undefined)[][] = Array.from(
    { length: rows },
    () => new Array<string | undefined>(columns),
  );
  for (const run of spec.styles) {
    const format = run.style.numberFormat;
    if (format === undefined) continue;
    const rect = run.range;
    for (let r = rect.firstRow; r <= Math.min(rect.lastRow, rows); r++)
      for (let c = rect.firstColumn; c <= Math.min(rect.lastColumn, columns); c++)
        grid[r - 1]![c - 1] = format;
  }
  return grid;
}

/**
 * True when Excel would not keep this string as typed text: it would read it as a formula
 * (=, +, -, @), a number, a boolean or a date. Such strings get a leading apostrophe.
 */
export function needsTextGuard(text: string): boolean {
  if (/^[=+\-@']/.test(text)) return true;
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return true;
  return t !== "" && /^[\d\s.,:/%$()eE+-]+$/.test(t) && /\d/.test(t);
}

const TOKENS: Record<string, string> = { "{page}": "&P", "{pages}": "&N", "{sheet}": "&A" };

/** Excel header/footer codes for one section: fields become &P/&N/&A, & is escaped. */
export function headerFooterCode(text: string, font: { name: string; size: number }): string {
  const body = text.replace(/&/g, "&&").replace(/\{page\}|\{pages\}|\{sheet\}/g, (t) => TOKENS[t]!);
  // A digit right after the size code would be read as part of the size.
  return `&"${font.name},Regular"&${font.size}${/^\d/.test(body) ? " " : ""}${body}`;
}

/** The three sections of a header or footer as Excel codes (&L…&C…&R…). */
export function headerFooterString(hf: HeaderFooter, font: { name: string; size: number }): string {
  return (["left", "center", "right"] as const)
    .filter((k) => hf[k])
    .map((k) => `&${k[0]!.toUpperCase()}${headerFooterCode(hf[k]!, font)}`)
    .join("");
}
