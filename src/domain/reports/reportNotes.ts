import type { SheetBuilder } from "../sheet/sheetBuilder";

/**
 * Appends notes under a report, one wrapped row each across the whole width, two points smaller
 * than the body: "หมายเหตุ" lines such as the framework a figure was computed with.
 */
export function appendNotes(b: SheetBuilder, notes: readonly string[], d: (t: string) => string, fontSize: number): void {
  if (notes.length === 0) return;
  b.addRow();
  for (const note of notes) {
    b.addBanner(d(note), { wrap: true, vertical: "top", font: { size: fontSize - 2 } });
  }
}
