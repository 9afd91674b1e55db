import { signatureNameLine, signedLine, type Signatory } from "../model/signatory";
import { cellRange } from "../sheet/cellRange";
import type { SheetBuilder } from "../sheet/sheetBuilder";

/**
 * Appends the sign-off chain: for each person "(ลงชื่อ) [rank] ……… role", "(name)", "position",
 * on the right half of the page; a person whose role is "ทราบ" gets the heading "ทราบ" above
 * the signature, as the approver does in Thai reports. Each signature prints on one page, and
 * never on a page without the text before it.
 */
export function appendSignatures(
  b: SheetBuilder,
  people: readonly Signatory[],
  d: (t: string) => string,
): void {
  const line = (text: string, bold = false) => rightHalfLine(b, text, bold);
  let previous = b.nextRow - 1;
  for (const person of people) {
    b.addRow();
    const first = b.nextRow;
    const approver = person.role.trim() === "ทราบ";
    if (approver) line("ทราบ", true);
    line(
      d(
        `${signedLine(person, "........................................")}${approver ? "" : ` ${person.role}`}`,
      ),
    );
    line(d(signatureNameLine(person, "........................................")));
    line(d(person.position || "ตำแหน่ง ........................................"));
    keepSignature(b, previous, first, b.nextRow - 1);
    previous = b.nextRow - 1;
  }
}

/**
 * Appends a line of text centred on the right half of the page, where a Thai report puts its
 * signatures (and a foreword its author and date); returns its row.
 */
export function rightHalfLine(b: SheetBuilder, text: string, bold = false, wrap = false): number {
  const cols = b.columnCount;
  const first = Math.max(1, Math.ceil(cols / 2));
  const row = b.addRow(Array.from({ length: cols }, (_, i) => (i === first - 1 ? text : null)));
  b.merge(cellRange(row, first, row, cols));
  b.style(cellRange(row, first, row, cols), {
    horizontal: "center",
    vertical: "middle",
    ...(wrap ? { wrap: true } : {}),
    ...(bold ? { font: { bold: true } } : {}),
  });
  return row;
}

/**
 * Marks one person's signature rows first..last to print together, and with the row before
 * them (the text it signs, or the signature before it) when that is given (not 0).
 */
export function keepSignature(
  b: SheetBuilder,
  previous: number,
  first: number,
  last: number,
): void {
  b.keepTogether(first, last, "signature");
  if (previous > 0) b.keepTogether(previous, last, "with-previous");
}
