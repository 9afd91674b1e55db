import { a1Range } from "../testing/builders";
import { rangeA1 } from "./a1";
import type { CellRange } from "./cellRange";
import { splitMergesAtBreaks } from "./mergeSplit";
import { SheetBuilder } from "./sheetBuilder";
import type { PrintRequest } from "./sheetSpec";

const PRINT: PrintRequest = {
  paper: "A4",
  orientation: "landscape",
  margins: { top: 2, bottom: 2, left: 3, right: 2, header: 0.8, footer: 0.8 },
};

const ranges = (...a1: string[]) => a1.map(a1Range);
const a1s = (rs: readonly CellRange[] | undefined) => rs?.map(rangeA1);
const rows = (n: number, at: Record<number, string>) =>
  Array.from({ length: n }, (_, i) => (at[i + 1] !== undefined ? [at[i + 1]!] : [null]));

describe("splitMergesAtBreaks", () => {
  it("cuts a cell merged down over page breaks into one merge a page, its text at the top of each", () => {
    const split = splitMergesAtBreaks(
      ranges("A3:A8", "B1:C1"),
      rows(8, { 3: "การใช้งบประมาณ" }),
      [6],
    );
    expect(a1s(split?.merges)).toEqual(["A3:A5", "A6:A8", "B1:C1"]);
    expect(a1s(split?.parts)).toEqual(["A3:A5", "A6:A8"]);
    expect(split?.rows.map((r) => r[0])).toEqual([
      null,
      null,
      "การใช้งบประมาณ",
      null,
      null,
      "การใช้งบประมาณ",
      null,
      null,
    ]);
  });

  it("cuts at every break inside the cell, across all its columns, and leaves a single cell unmerged", () => {
    const split = splitMergesAtBreaks(
      ranges("B2:C9", "A2:A7"),
      [["x"], [null, "ตัวชี้วัด"], ...rows(7, {})],
      [4, 9],
    );
    expect(a1s(split?.merges)).toEqual(["B2:C3", "B4:C8", "B9:C9", "A2:A3", "A4:A7"]);
    expect(a1s(split?.parts)).toEqual(["B2:C3", "B4:C8", "B9:C9", "A2:A3", "A4:A7"]);
    expect(split?.rows[3]).toEqual([null, "ตัวชี้วัด"]);
    expect(split?.rows[8]).toEqual([null, "ตัวชี้วัด"]);
  });

  it("changes nothing when no merge crosses a break: a break at a merge's first row is no crossing", () => {
    expect(splitMergesAtBreaks(ranges("A3:A8", "A1:D1"), rows(8, { 3: "ก" }), [3, 9])).toBeNull();
    expect(splitMergesAtBreaks(ranges("A3:A8"), rows(8, { 3: "ก" }), [])).toBeNull();
  });
});

describe("SheetBuilder cuts merges at its page breaks", () => {
  const sheet = (rowHeight: number) => {
    const b = new SheetBuilder({
      name: "แผน",
      role: "report",
      defaultFont: { name: "TH SarabunPSK", size: 16 },
      columns: [{ width: 20 }, { width: 40 }],
    });
    b.addRow(["การปรับปรุงระบบการทำงาน", "มาตรการ ๑"]);
    for (let i = 2; i <= 4; i++) b.addRow([null, `มาตรการ ${i}`]);
    for (let r = 1; r <= 4; r++) b.setHeight(r, rowHeight);
    b.merge(a1Range("A1:A4"));
    b.pageBreakBefore(3);
    return b.build({ print: PRINT });
  };

  it("prints the merged text on both pages when each part of the cell holds it", () => {
    const spec = sheet(40);
    expect(spec.print?.pageBreaks).toEqual([3]);
    expect(a1s(spec.merges)).toEqual(["A1:A2", "A3:A4"]);
    expect(spec.rows[2]?.[0]).toBe("การปรับปรุงระบบการทำงาน");
  });

  it("leaves the cell whole when a part would be too short for its text (the heights the pages were placed from stand)", () => {
    const b = new SheetBuilder({
      name: "แผน",
      role: "report",
      defaultFont: { name: "TH SarabunPSK", size: 16 },
      columns: [{ width: 4 }, { width: 40 }],
    });
    b.addRow(["การปรับปรุงระบบการทำงานและการให้บริการประชาชน", "มาตรการ ๑"]);
    for (let i = 2; i <= 6; i++) b.addRow([null, `มาตรการ ${i}`]);
    b.style(a1Range("A1:A6"), { wrap: true });
    b.merge(a1Range("A1:A6"));
    b.pageBreakBefore(6);
    const spec = b.build({ print: PRINT });
    expect(spec.print?.pageBreaks).toEqual([6]);
    expect(a1s(spec.merges)).toEqual(["A1:A6"]);
    expect(spec.rows[5]?.[0]).toBeNull();
  });

  it("measures a part of one row too: a weakness cut to one measure's row must still fit in it", () => {
    const b = new SheetBuilder({
      name: "แผน",
      role: "report",
      defaultFont: { name: "TH SarabunPSK", size: 16 },
      columns: [{ width: 20 }, { width: 40 }],
    });
    b.addRow(["การปรับปรุงระบบการทำงานและการให้บริการประชาชนให้รวดเร็ว", "มาตรการ ๑"]);
    for (let i = 2; i <= 4; i++) b.addRow([null, `มาตรการ ${i}`]);
    for (let r = 1; r <= 3; r++) b.setHeight(r, 40);
    b.style(a1Range("A1:A4"), { wrap: true });
    b.merge(a1Range("A1:A4"));
    b.pageBreakBefore(4);
    const spec = b.build({ print: PRINT });
    expect(spec.print?.pageBreaks).toEqual([4]);
    // A1:A3 would hold the text, A4 alone (one line of "มาตรการ 4") would not.
    expect(spec.rowHeights[4]).toBeLessThan(40);
    expect(a1s(spec.merges)).toEqual(["A1:A4"]);
    expect(spec.rows[3]?.[0]).toBeNull();
  });
});
