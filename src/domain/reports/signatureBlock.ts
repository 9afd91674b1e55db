import { signatureNameLine, type Signatory } from "../model/signatory";
import { rangeAddress } from "../sheet/a1";
import type { SheetBuilder } from "../sheet/sheetBuilder";

/**
 * Appends the sign-off chain: for each person "(ลงชื่อ) ……… role", "(name)", "position",
 * on the right half of the page; a person whose role is "ทราบ" gets the heading "ทราบ" above
 * the signature, as the approver does in Thai reports.
 */
export function appendSignatures(b: SheetBuilder, people: readonly Signatory[], d: (t: string) => string): void {
  const cols = b.columnCount;
  const first = Math.max(1, Math.ceil(cols / 2));
  const line = (text: string, bold = false) => {
    const row = b.addRow(Array.from({ length: cols }, (_, i) => (i === first - 1 ? text : null)));
    b.merge(rangeAddress(row, first, row, cols));
    b.style(rangeAddress(row, first, row, cols), { horizontal: "center", vertical: "middle", ...(bold ? { font: { bold: true } } : {}) });
  };
  for (const person of people) {
    b.addRow();
    const approver = person.role.trim() === "ทราบ";
    if (approver) line("ทราบ", true);
    line(d(`(ลงชื่อ) ........................................${approver ? "" : ` ${person.role}`}`));
    line(d(signatureNameLine(person, "........................................")));
    line(d(person.position || "ตำแหน่ง ........................................"));
  }
}
