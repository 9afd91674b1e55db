import { cellCount, cellRange, containsCell, forEachCell } from "./cellRange";

describe("cellRange", () => {
  it("takes the corners in reading order: first row, first column, last row, last column", () => {
    expect(cellRange(3, 1, 9, 6)).toEqual({
      firstRow: 3,
      firstColumn: 1,
      lastRow: 9,
      lastColumn: 6,
    });
  });

  it("is one cell when the last corner is left out", () => {
    expect(cellRange(2, 5)).toEqual({ firstRow: 2, firstColumn: 5, lastRow: 2, lastColumn: 5 });
  });

  it.each<[[number, number, number, number], number]>([
    [[1, 1, 1, 1], 1],
    [[2, 1, 2, 6], 6], // one row
    [[1, 2, 20, 2], 20], // one column
    [[3, 2, 5, 4], 9],
  ])("cellCount(%j) → %d", ([r1, c1, r2, c2], n) => {
    expect(cellCount(cellRange(r1, c1, r2, c2))).toBe(n);
  });

  it.each<[number, number, boolean]>([
    [2, 2, true], // the first corner
    [5, 4, true], // the last corner
    [3, 3, true],
    [1, 2, false], // the row above
    [6, 4, false], // the row below
    [3, 1, false], // the column left of it
    [3, 5, false], // the column right of it
  ])("B2:D5 contains row %d, column %d: %s", (row, column, inside) => {
    expect(containsCell(cellRange(2, 2, 5, 4), row, column)).toBe(inside);
  });

  it("visits every cell once, row by row", () => {
    const seen: string[] = [];
    forEachCell(cellRange(2, 3, 3, 4), (r, c) => seen.push(`${r},${c}`));
    expect(seen).toEqual(["2,3", "2,4", "3,3", "3,4"]);
  });
});
