import {
  absoluteA1,
  cellAddress,
  columnLetters,
  columnNumber,
  MAX_COLUMNS,
  MAX_ROWS,
  parseRange,
  rangeA1,
  rangeAddress,
} from "./a1";
import { cellRange as rect, type CellRange } from "./cellRange";

describe("a1", () => {
  it("knows Excel's sheet size", () => {
    expect(MAX_ROWS).toBe(1_048_576);
    expect(MAX_COLUMNS).toBe(16_384);
  });

  describe("columnLetters and columnNumber", () => {
    it.each<[number, string]>([
      [1, "A"],
      [2, "B"],
      [26, "Z"],
      [27, "AA"], // the first two-letter column
      [28, "AB"],
      [52, "AZ"],
      [53, "BA"],
      [702, "ZZ"], // the last two-letter column
      [703, "AAA"], // the first three-letter column
      [16_384, "XFD"], // the last column Excel has
    ])("%d ↔ %s", (n, letters) => {
      expect(columnLetters(n)).toBe(letters);
      expect(columnNumber(letters)).toBe(n);
    });

    it.each<[string, number]>([
      ["a", 1], // lower case is read as upper case
      ["xfd", 16_384],
      ["aB", 28],
      ["", 0], // no letters, no column
    ])("columnNumber(%j) → %d", (letters, n) => {
      expect(columnNumber(letters)).toBe(n);
    });

    it.each([0, -1, -26])("columnLetters(%d) is empty (no such column)", (n) => {
      expect(columnLetters(n)).toBe("");
    });

    it("round-trips every column Excel has", () => {
      for (let n = 1; n <= MAX_COLUMNS; n++) {
        const letters = columnLetters(n);
        expect(letters).toMatch(/^[A-Z]{1,3}$/);
        if (columnNumber(letters) !== n)
          throw new Error(`column ${n} → ${letters} → ${columnNumber(letters)}`);
      }
    });
  });

  describe("cellAddress", () => {
    it.each<[number, number, string]>([
      [1, 1, "A1"],
      [3, 2, "B3"],
      [10, 28, "AB10"],
      [MAX_ROWS, MAX_COLUMNS, "XFD1048576"], // the bottom-right cell
    ])("row %d, column %d → %s", (row, column, expected) => {
      expect(cellAddress(row, column)).toBe(expected);
    });
  });

  describe("rangeAddress", () => {
    it.each<[[number, number, number, number], string]>([
      [[1, 1, 1, 1], "A1"], // one cell is written as a cell, not "A1:A1"
      [[5, 3, 5, 3], "C5"],
      [[1, 1, 10, 6], "A1:F10"],
      [[2, 1, 2, 6], "A2:F2"], // one row
      [[1, 2, 20, 2], "B1:B20"], // one column
      [[1, 27, 3, 28], "AA1:AB3"],
    ])("%j → %s", ([r1, c1, r2, c2], expected) => {
      expect(rangeAddress(r1, c1, r2, c2)).toBe(expected);
    });
  });

  describe("rangeA1", () => {
    it.each<[CellRange, string]>([
      [rect(1, 1), "A1"], // one cell is written as a cell
      [rect(3, 2, 3, 2), "B3"],
      [rect(1, 1, 10, 6), "A1:F10"],
      [rect(2, 1, 2, 6), "A2:F2"],
      [rect(1, 27, 3, 28), "AA1:AB3"],
      [rect(1, 1, MAX_ROWS, MAX_COLUMNS), "A1:XFD1048576"], // the whole sheet
    ])("%j → %s", (range, expected) => {
      expect(rangeA1(range)).toBe(expected);
    });

    it("writes a range parseRange reads back as the same range", () => {
      for (const range of [rect(1, 1), rect(7, 27, 300, 702), rect(MAX_ROWS, MAX_COLUMNS)])
        expect(parseRange(rangeA1(range))).toEqual(range);
    });
  });

  describe("absoluteA1", () => {
    it.each<[string, CellRange, string]>([
      ["รายการ", rect(2, 1, 9, 1), "'รายการ'!$A$2:$A$9"],
      ["รายการ", rect(2, 4), "'รายการ'!$D$2:$D$2"], // one cell still has both corners
      ["Lists", rect(3, 2, 4, 28), "'Lists'!$B$3:$AB$4"],
      ["O'Neil", rect(1, 1, 2, 1), "'O''Neil'!$A$1:$A$2"], // a quote in the name is doubled
    ])("%s %j → %s", (sheet, range, expected) => {
      expect(absoluteA1(sheet, range)).toBe(expected);
    });
  });

  describe("parseRange", () => {
    it.each<[string, CellRange]>([
      ["B3", rect(3, 2, 3, 2)],
      ["A1", rect(1, 1, 1, 1)],
      ["A1:F10", rect(1, 1, 10, 6)],
      ["A1:A1", rect(1, 1, 1, 1)], // a one-cell range written with both corners
      ["a1:f10", rect(1, 1, 10, 6)], // lower case
      [" A1:F10 ", rect(1, 1, 10, 6)], // spaces around
      ["A01", rect(1, 1, 1, 1)], // a leading zero in the row
      ["AA100:AB200", rect(100, 27, 200, 28)],
      ["XFD1048576", rect(MAX_ROWS, MAX_COLUMNS, MAX_ROWS, MAX_COLUMNS)], // the last cell
      ["A1:XFD1048576", rect(1, 1, MAX_ROWS, MAX_COLUMNS)], // the whole sheet
    ])("%j → %j", (a1, expected) => {
      expect(parseRange(a1)).toEqual(expected);
    });

    it.each<[string, string]>([
      ["", "empty"],
      ["   ", "blank"],
      ["A0", "row 0"],
      ["A1048577", "a row past the last"],
      ["XFE1", "a column past the last"],
      ["AAAA1", "four column letters"],
      ["A12345678", "eight row digits"],
      ["F10:A1", "corners reversed"],
      ["B1:A2", "columns reversed"],
      ["A2:B1", "rows reversed"],
      ["A1:", "a missing end"],
      [":A1", "a missing start"],
      ["A1:B", "an end without a row"],
      ["A:A", "a whole column"],
      ["1:1", "a whole row"],
      ["$A$1", "absolute reference"],
      ["Sheet1!A1", "a sheet name"],
      ["A1:B2:C3", "three corners"],
      ["A1 B2", "a space inside"],
      ["A-1", "a sign"],
      ["R1C1", "R1C1 notation"],
      ["ก1", "Thai letters"],
      ["A๑", "Thai digits"],
    ])("%j (%s) → null", (a1) => {
      expect(parseRange(a1)).toBeNull();
    });

    it.each<[number, number, number, number]>([
      [1, 1, 1, 1],
      [3, 2, 3, 2],
      [1, 1, 10, 6],
      [7, 27, 300, 702],
      [MAX_ROWS, MAX_COLUMNS, MAX_ROWS, MAX_COLUMNS],
    ])("reads back what rangeAddress(%d, %d, %d, %d) writes", (r1, c1, r2, c2) => {
      expect(parseRange(rangeAddress(r1, c1, r2, c2))).toEqual(rect(r1, c1, r2, c2));
    });
  });
});
