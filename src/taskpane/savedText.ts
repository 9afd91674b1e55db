import type { SavedField } from "../app/sheetCellWriter";

/**
 * What a save tells the user: the fields saved by their labels, and, where the user has the
 * sheet in front of them (in Excel), the cells written. The standalone page shows no sheet, so
 * its message never mentions cells.
 *
 * @example
 * savedText([{ label: "อำเภอ", cells: ["B4"] }], "ข้อมูลรายงาน") //=> 'บันทึกช่อง "อำเภอ" แล้ว (เซลล์ B4 ในชีต ข้อมูลรายงาน)'
 * savedText([{ label: "อำเภอ", cells: ["B4"] }], null)           //=> 'บันทึกช่อง "อำเภอ" แล้ว'
 */
export function savedText(saved: readonly SavedField[], cellsOfSheet: string | null): string {
  if (saved.length === 0) return "ไม่มีช่องที่เปลี่ยน";
  const fields = saved.map((f) => `"${f.label}"`).join(", ");
  const cells = saved.flatMap((f) => f.cells);
  return `บันทึกช่อง ${fields} แล้ว${cellsOfSheet && cells.length ? ` (เซลล์ ${cells.join(", ")} ในชีต ${cellsOfSheet})` : ""}`;
}
