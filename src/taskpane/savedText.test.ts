import { savedText } from "./savedText";

describe("savedText", () => {
  const saved = [
    { label: "อำเภอ", cells: ["B4"] },
    { label: "รูปแบบตัวเลข", cells: ["B9"] },
    { label: "ผู้ลงนาม", cells: ["A32:D34"] },
  ];

  it("names every field saved and, in Excel, the cells of the sheet", () => {
    expect(savedText(saved, "ข้อมูลรายงาน")).toBe(
      'บันทึกช่อง "อำเภอ", "รูปแบบตัวเลข", "ผู้ลงนาม" แล้ว (เซลล์ B4, B9, A32:D34 ในชีต ข้อมูลรายงาน)',
    );
  });

  it("never mentions cells where no sheet is shown", () => {
    expect(savedText(saved, null)).toBe('บันทึกช่อง "อำเภอ", "รูปแบบตัวเลข", "ผู้ลงนาม" แล้ว');
  });

  it("says so when nothing changed", () => {
    expect(savedText([], "ข้อมูลรายงาน")).toBe("ไม่มีช่องที่เปลี่ยน");
  });
});
