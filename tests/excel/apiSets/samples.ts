import type { OfficeCapabilities } from "../../../src/excel/capabilities";

/**
 * Samples for the API-set check (apiSets.test.ts): the `unguarded…` functions and `wrongGuard`
 * use ExcelApi 1.9 members without a check that the host has 1.9, and must be reported; the others
 * are guarded and must not be. Never called.
 */

export function unguardedIndent(range: Excel.Range): void {
  range.format.indentLevel = 1;
}

export function unguardedLayout(ws: Excel.Worksheet): void {
  ws.pageLayout.orientation = "Landscape";
}

export function wrongGuard(range: Excel.Range, caps: OfficeCapabilities): void {
  if (caps.dataValidation) range.format.indentLevel = 1;
}

export function guardedIndent(range: Excel.Range, caps: OfficeCapabilities): void {
  if (caps.indent) range.format.indentLevel = 1;
}

export function earlyReturn(ws: Excel.Worksheet, caps: OfficeCapabilities): void {
  if (!caps.pageLayout) return;
  ws.pageLayout.orientation = "Landscape";
}

function landscape(ws: Excel.Worksheet): void {
  ws.pageLayout.orientation = "Landscape";
}

export function guardedCaller(ws: Excel.Worksheet, caps: OfficeCapabilities): void {
  const layout = caps.pageLayout;
  if (layout) landscape(ws);
}
