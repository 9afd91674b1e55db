import type { Signatory } from "../model/signatory";
import { rangeA1 } from "../sheet/a1";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { SheetSpec } from "../sheet/sheetSpec";
import { toThaiDigits } from "../thai/digits";
import { appendSignatures } from "./signatureBlock";

const DOTS = "........................................";
const same = (t: string) => t;

function signed(
  people: readonly Signatory[],
  columns = 6,
  d: (t: string) => string = same,
  fontSize = 16,
  before = 0,
): SheetSpec {
  const b = new SheetBuilder({
    name: "รายงาน",
    role: "report",
    defaultFont: { name: "TH SarabunPSK", size: fontSize },
    columns: Array.from({ length: columns }, () => ({ width: 10 })),
  });
  for (let i = 0; i < before; i++) b.addRow(["ตาราง"]);
  appendSignatures(b, people, d);
  return b.build();
}

/** The text of each row: the one non-empty cell, or "" for a spacer row. */
const lines = (spec: SheetSpec) =>
  spec.rows.map((r) => r.filter((c) => c !== null && c !== "").join(" | "));

const REPORTER: Signatory = { role: "ผู้รายงาน", name: "นางสาวภัทรา คำดี", position: "เจ้าพนักงานธุรการ" };
const CHECKER: Signatory = { role: "ผู้ตรวจสอบ", name: "นายเกษม ศรีวงศ์", position: "ปลัดเทศบาล" };
const APPROVER: Signatory = { role: "ทราบ", name: "นายชาตรี มั่นคง", position: "นายกเทศมนตรี" };

describe("appendSignatures", () => {
  it("adds nothing for nobody", () => {
    const spec = signed([]);
    expect(spec.rows).toEqual([]);
    expect(spec.merges).toEqual([]);
  });

  it.each<[string, Signatory, string[]]>([
    [
      "a reporter signs with the role",
      REPORTER,
      ["", `(ลงชื่อ) ${DOTS} ผู้รายงาน`, "(นางสาวภัทรา คำดี)", "เจ้าพนักงานธุรการ"],
    ],
    [
      "a checker signs with the role",
      CHECKER,
      ["", `(ลงชื่อ) ${DOTS} ผู้ตรวจสอบ`, "(นายเกษม ศรีวงศ์)", "ปลัดเทศบาล"],
    ],
    [
      "a ทราบ signatory gets the heading and no role",
      APPROVER,
      ["", "ทราบ", `(ลงชื่อ) ${DOTS}`, "(นายชาตรี มั่นคง)", "นายกเทศมนตรี"],
    ],
    [
      "ทราบ with spaces around is still the approver",
      { ...APPROVER, role: " ทราบ " },
      ["", "ทราบ", `(ลงชื่อ) ${DOTS}`, "(นายชาตรี มั่นคง)", "นายกเทศมนตรี"],
    ],
    [
      "a role that only contains ทราบ is not the approver",
      { ...APPROVER, role: "รับทราบ" },
      ["", `(ลงชื่อ) ${DOTS} รับทราบ`, "(นายชาตรี มั่นคง)", "นายกเทศมนตรี"],
    ],
    [
      "a missing name is a dotted line",
      { ...REPORTER, name: "" },
      ["", `(ลงชื่อ) ${DOTS} ผู้รายงาน`, `(${DOTS})`, "เจ้าพนักงานธุรการ"],
    ],
    [
      "a rank signs on the signature line, not in the brackets (seed 000)",
      { ...CHECKER, name: "ปนาท ตนารรณ", rank: "ว่าที่ ร.ต." },
      ["", `(ลงชื่อ) ว่าที่ ร.ต. ${DOTS} ผู้ตรวจสอบ`, "(ปนาท ตนารรณ)", "ปลัดเทศบาล"],
    ],
    [
      "an approver's rank is on the line too",
      { ...APPROVER, rank: "ว่าที่ร้อยตรี" },
      ["", "ทราบ", `(ลงชื่อ) ว่าที่ร้อยตรี ${DOTS}`, "(นายชาตรี มั่นคง)", "นายกเทศมนตรี"],
    ],
    [
      "a blank rank prints as none",
      { ...CHECKER, rank: "  " },
      ["", `(ลงชื่อ) ${DOTS} ผู้ตรวจสอบ`, "(นายเกษม ศรีวงศ์)", "ปลัดเทศบาล"],
    ],
    [
      "a missing position is a dotted line",
      { ...REPORTER, position: "" },
      ["", `(ลงชื่อ) ${DOTS} ผู้รายงาน`, "(นางสาวภัทรา คำดี)", `ตำแหน่ง ${DOTS}`],
    ],
  ])("%s", (_what, person, expected) => {
    expect(lines(signed([person]))).toEqual(expected);
  });

  it("signs in the order given: reporter, checker, approver", () => {
    expect(lines(signed([REPORTER, CHECKER, APPROVER]))).toEqual([
      "",
      `(ลงชื่อ) ${DOTS} ผู้รายงาน`,
      "(นางสาวภัทรา คำดี)",
      "เจ้าพนักงานธุรการ",
      "",
      `(ลงชื่อ) ${DOTS} ผู้ตรวจสอบ`,
      "(นายเกษม ศรีวงศ์)",
      "ปลัดเทศบาล",
      "",
      "ทราบ",
      `(ลงชื่อ) ${DOTS}`,
      "(นายชาตรี มั่นคง)",
      "นายกเทศมนตรี",
    ]);
  });

  it("only the ทราบ heading is bold", () => {
    const spec = signed([REPORTER, APPROVER]);
    const bold = spec.styles.filter((s) => s.style.font?.bold).map((s) => rangeA1(s.range));
    expect(bold).toEqual(["C6:F6"]); // rows: 1 spacer, 2–4 reporter, 5 spacer, 6 ทราบ
    expect(spec.rows[5]![2]).toBe("ทราบ");
  });

  it.each<[number, number, string]>([
    [6, 3, "C2:F2"], // the right half of the page
    [7, 4, "D2:G2"],
    [4, 2, "B2:D2"],
    [2, 1, "A2:B2"],
    [1, 1, "A2"],
  ])("with %d columns writes in column %d and merges to the last (%s)", (columns, first, merge) => {
    const spec = signed([REPORTER], columns);
    const row = spec.rows[1]!;
    expect(row).toHaveLength(columns);
    expect(row.findIndex((c) => c !== null) + 1).toBe(first);
    expect(rangeA1(spec.merges[0]!)).toBe(merge);
  });

  it("centres, merges and fits every signature line, not the spacer", () => {
    const spec = signed([REPORTER, APPROVER], 6, same, 16, 2);
    const signatureRows = [4, 5, 6, 8, 9, 10, 11]; // after two table rows and a spacer each
    expect(spec.merges.map(rangeA1)).toEqual(signatureRows.map((r) => `C${r}:F${r}`));
    expect(spec.styles.map((s) => rangeA1(s.range))).toEqual(
      signatureRows.map((r) => `C${r}:F${r}`),
    );
    for (const s of spec.styles)
      expect(s.style).toMatchObject({ horizontal: "center", vertical: "middle" });
    const fitted = [1, 2, ...signatureRows]; // the two table rows too; the spacers keep the default
    expect(spec.rowHeights).toEqual(Object.fromEntries(fitted.map((r) => [r, 20.25])));
    expect(spec.rows[2]).toEqual([]); // the spacer
  });

  it.each<[number, number]>([
    [14, 18],
    [16, 20.25],
    [20, 24.75],
  ])("makes lines at %d pt %d pt tall (one line of the font)", (size, height) => {
    const spec = signed([REPORTER], 6, same, size);
    expect(new Set(Object.values(spec.rowHeights))).toEqual(new Set([height]));
  });

  it("writes names and positions in the report's digits", () => {
    const spec = signed(
      [{ role: "ผู้รายงาน", name: "นาย ก 2", position: "ผู้อำนวยการกอง 3" }],
      6,
      toThaiDigits,
    );
    expect(lines(spec)).toEqual(["", `(ลงชื่อ) ${DOTS} ผู้รายงาน`, "(นาย ก ๒)", "ผู้อำนวยการกอง ๓"]);
  });
});
