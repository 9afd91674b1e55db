import { MAX_PAGE_BREAKS, paginate, pagesOf, type PaginationInput } from "./pagination";
import type { KeepBlock } from "./sheetSpec";

/** Rows of 10 points, pages of 100 points (ten rows). */
function breaks(
  rowCount: number,
  keep: KeepBlock[] = [],
  changes: Partial<PaginationInput> = {},
): number[] {
  return paginate({ rowCount, height: () => 10, pageHeight: 100, keep, ...changes });
}

describe("paginate", () => {
  it("places no more manual breaks than Excel holds; the programs break the pages after them", () => {
    const breaks = paginate({ rowCount: 20_000, height: () => 10, pageHeight: 100, keep: [] });
    expect(breaks).toHaveLength(MAX_PAGE_BREAKS);
    expect(breaks.slice(0, 2)).toEqual([11, 21]);
    expect(breaks.at(-1)).toBe(MAX_PAGE_BREAKS * 10 + 1);
  });

  it("fills each page with the rows it holds", () => {
    expect(breaks(25)).toEqual([11, 21]);
    expect(breaks(10)).toEqual([]);
  });

  it("moves a block that does not fit on what is left of a page to the next page", () => {
    expect(breaks(25, [{ first: 8, last: 12, kind: "signature" }])).toEqual([8, 18]);
  });

  it("keeps a heading with the row after it", () => {
    expect(breaks(19, [{ first: 10, last: 11, kind: "heading" }])).toEqual([10]);
  });

  it("joins blocks that share a row", () => {
    expect(
      breaks(18, [
        { first: 9, last: 10, kind: "heading" },
        { first: 10, last: 13, kind: "row" },
      ]),
    ).toEqual([9]);
  });

  it("gives way first where the weakest blocks make a group taller than a page", () => {
    // Rows 5-18 together are taller than a page: the closing block gives way, the signature holds.
    const keep: KeepBlock[] = [
      { first: 5, last: 18, kind: "closing" },
      { first: 9, last: 12, kind: "signature" },
    ];
    expect(breaks(18, keep)).toEqual([9]);
  });

  it("cuts a merged table row before it leaves the heading above it alone at a page foot", () => {
    // The heading (row 9) and the plan's weakness merged over rows 10-19 are taller than a page:
    // the heading goes with the row's first line, the rest of the row on the next page.
    const keep: KeepBlock[] = [
      { first: 9, last: 10, kind: "heading" },
      { first: 10, last: 19, kind: "row" },
    ];
    expect(breaks(19, keep)).toEqual([11]);
  });

  it("puts a row taller than a page on a page of its own", () => {
    expect(
      paginate({ rowCount: 3, height: (r) => (r === 2 ? 250 : 10), pageHeight: 100, keep: [] }),
    ).toEqual([2, 3]);
  });

  it("leaves room on later pages for the repeated header rows", () => {
    // Rows 2-3 repeat: pages after the first hold eight rows of their own.
    expect(breaks(30, [], { repeatRows: { first: 2, last: 3 } })).toEqual([11, 19, 27]);
  });

  it("starts a page at a forced break, and a block across it does not hold", () => {
    expect(breaks(12, [{ first: 2, last: 6, kind: "table" }], { forced: [4] })).toEqual([4]);
  });

  it("lists the rows of each page", () => {
    expect(pagesOf(25, [11, 21])).toEqual([
      { first: 1, last: 10 },
      { first: 11, last: 20 },
      { first: 21, last: 25 },
    ]);
  });
});
