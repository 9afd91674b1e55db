import { settingsFieldAt, settingsFormOf } from "../../src/app/settingsForm";
import type { CellGrid } from "../../src/domain/sheet/cellInput";

/** A Settings sheet as the input sheet builder lays it out: labels in column A, values in B, signatories under their header. */
const GRID: CellGrid = [
  ["ข้อมูลรายงาน ITA"],
  ["รายการ", "ข้อมูล"],
  ["ชื่อหน่วยงาน", "ทุ่งทดสอบ"],
  ["อำเภอ", ""],
  [],
  ["บทบาท", "ชื่อ-นามสกุล", "ตำแหน่ง"],
  ["ผู้รายงาน", "นางสาวทดสอบ ใจดี", "นักวิเคราะห์นโยบายและแผน"],
  ["ทราบ", "", "นายก"],
];

describe("the Settings sheet's cells as the form's fields", () => {
  const { rows } = settingsFormOf(GRID);

  it("finds a setting by the row of its label, wherever the row is", () => {
    expect(settingsFieldAt(rows, "B4")).toEqual({ kind: "setting", key: "district" });
    expect(settingsFieldAt(rows, "A3")).toEqual({ kind: "setting", key: "orgName" });
  });

  it("finds a signatory's part by its row under the header and its column", () => {
    expect(settingsFieldAt(rows, "B8")).toEqual({ kind: "signatory", index: 1, part: "name" });
    expect(settingsFieldAt(rows, "C7")).toEqual({ kind: "signatory", index: 0, part: "position" });
  });

  it("has no field for other cells", () => {
    expect(settingsFieldAt(rows, "C4")).toBeNull();
    expect(settingsFieldAt(rows, "B5")).toBeNull();
    expect(settingsFieldAt(rows, "D7")).toBeNull();
    expect(settingsFieldAt(rows, "ไม่ใช่เซลล์")).toBeNull();
  });
});
