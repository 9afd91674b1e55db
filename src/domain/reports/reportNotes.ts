import type { SheetBuilder } from "../sheet/sheetBuilder";

/**
 * Appends notes under a report, one wrapped row each across the whole width, two points smaller
 * than the body: "หมายเหตุ" lines such as the framework a figure was computed with.
 */
export function appendNotes(
  b: SheetBuilder,
  notes: readonly string[],
  d: (t: string) => string,
  fontSize: number,
): void {
  if (notes.length === 0) return;
  const previous = b.nextRow - 1;
  b.addRow();
  for (const note of notes) {
    b.addBanner(d(note), { wrap: true, vertical: "top", font: { size: fontSize - 2 } });
  }
  // The notes explain what is above them: never on a page of their own.
  b.keepTogether(previous, b.nextRow - 1, "closing");
}
