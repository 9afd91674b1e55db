import {
  fitScale,
  MIN_ONE_PAGE_SCALE,
  onePageScale,
  pageRowPoints,
  printableArea,
} from "./printScale";

const MARGINS = { top: 2, bottom: 2, left: 3, right: 2, header: 0.8, footer: 0.8 };
const landscape = { orientation: "landscape" as const, margins: MARGINS };
const portrait = { orientation: "portrait" as const, margins: MARGINS };

describe("print scale", () => {
  it("takes the margins off A4", () => {
    expect(printableArea(landscape).width).toBeCloseTo(700.16, 1);
    expect(printableArea(landscape).height).toBeCloseTo(481.89, 1);
    expect(printableArea(portrait).width).toBeCloseTo(453.54, 1);
    expect(printableArea(portrait).height).toBeCloseTo(728.5, 1);
  });

  it.each([
    // The progress report's six columns (162 units, 899 pt in LibreOffice) on a landscape page.
    [[26, 38, 18, 16, 40, 24], landscape, 77],
    // The memo's four columns (86 units) on a portrait page.
    [[15, 30, 10, 31], portrait, 95],
    // Narrow columns are never printed larger than they are.
    [[10, 10], landscape, 100],
  ] as const)(
    "columns %j print at the largest whole percent that fits one page wide",
    (widths, print, scale) => {
      expect(
        fitScale(
          widths.map((width) => ({ width })),
          print,
        ),
      ).toBe(scale);
    },
  );

  it("leaves hidden columns out", () => {
    expect(fitScale([{ width: 100 }, { width: 200, hidden: true }], landscape)).toBe(100);
  });

  it("counts a page's rows in sheet points: more at a smaller scale, with a little room to spare", () => {
    expect(pageRowPoints(landscape, 100)).toBeLessThan(481.89);
    expect(pageRowPoints(landscape, 100)).toBeGreaterThan(470);
    expect(pageRowPoints(landscape, 50)).toBeCloseTo(pageRowPoints(landscape, 100) * 2, 6);
  });

  it("shrinks a one-page table as far as its rows need, never below the smallest scale, never above the width's", () => {
    // The score comparison of seed 001: 494 pt of rows on a landscape page.
    expect(onePageScale(100, 494, landscape)).toBe(96);
    expect(onePageScale(90, 300, landscape)).toBe(90);
    expect(onePageScale(100, 5000, landscape)).toBe(MIN_ONE_PAGE_SCALE);
  });
});
