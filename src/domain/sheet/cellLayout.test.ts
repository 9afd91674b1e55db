import {
  effectiveNumberFormats,
  headerFooterCode,
  headerFooterString,
  needsTextGuard,
  valueRectangle,
} from "./cellLayout";
import type { CellValue, HeaderFooter, SheetSpec, StyleRun } from "./sheetSpec";
import { a1Range, sheetSpecWith } from "../testing/builders";
import { cellRange, type CellRange } from "./cellRange";

function spec(changes: Partial<SheetSpec> = {}): SheetSpec {
  return sheetSpecWith({ name: "ชีต", ...changes });
}

const widths = (n: number) => Array.from({ length: n }, () => ({ width: 10 }));
const format = (range: string | CellRange, numberFormat: string): StyleRun => ({
  range: typeof range === "string" ? a1Range(range) : range,
  style: { numberFormat },
});

describe("cellLayout", () => {
  describe("valueRectangle", () => {
    it.each<[string, Partial<SheetSpec>, { rows: number; columns: number; values: CellValue[][] }]>(
      [
        ["an empty sheet is one blank cell", {}, { rows: 1, columns: 1, values: [[null]] }],
        [
          "columns but no rows",
          { columns: widths(3) },
          { rows: 1, columns: 3, values: [[null, null, null]] },
        ],
        [
          "short rows are padded to the widest row",
          { rows: [["ก"], ["ก", "ข", "ค"], []] },
          {
            rows: 3,
            columns: 3,
            values: [
              ["ก", null, null],
              ["ก", "ข", "ค"],
              [null, null, null],
            ],
          },
        ],
        [
          "rows are padded to the column count when it is wider",
          { columns: widths(4), rows: [[1, 2]] },
          { rows: 1, columns: 4, values: [[1, 2, null, null]] },
        ],
        [
          "a row wider than the columns widens the rectangle",
          { columns: widths(1), rows: [["ก", "ข"]] },
          { rows: 1, columns: 2, values: [["ก", "ข"]] },
        ],
        [
          "falsy values are kept, not blanked",
          { rows: [[0, false, "", null]] },
          { rows: 1, columns: 4, values: [[0, false, "", null]] },
        ],
        [
          "dates and numbers pass through",
          { rows: [[{ date: "2024-09-30" }, 98.43, true]] },
          { rows: 1, columns: 3, values: [[{ date: "2024-09-30" }, 98.43, true]] },
        ],
      ],
    )("%s", (_what, changes, expected) => {
      expect(valueRectangle(spec(changes))).toEqual(expected);
    });

    it("gives every row the same length", () => {
      const { rows, columns, values } = valueRectangle(
        spec({ columns: widths(2), rows: [["ก"], [], ["ก", "ข", "ค", "ง", "จ"]] }),
      );
      expect(values).toHaveLength(rows);
      for (const row of values) expect(row).toHaveLength(columns);
      expect(columns).toBe(5);
    });

    it("copies the rows rather than handing them out", () => {
      const row: CellValue[] = ["ก"];
      const { values } = valueRectangle(spec({ rows: [row] }));
      values[0]![0] = "ข";
      expect(row).toEqual(["ก"]);
    });
  });

  describe("effectiveNumberFormats", () => {
    const at = (grid: (string | undefined)[][], row: number, column: number) =>
      grid[row - 1]![column - 1];

    it("is undefined everywhere without styles", () => {
      const grid = effectiveNumberFormats(spec(), 2, 3);
      expect(grid).toHaveLength(2);
      for (const row of grid) {
        expect(row).toHaveLength(3);
        for (let c = 0; c < 3; c++) expect(row[c]).toBeUndefined();
      }
    });

    it.each<[string, StyleRun[], [number, number, string | undefined][]]>([
      [
        "one cell",
        [format("B2", "0.00")],
        [
          [2, 2, "0.00"],
          [1, 2, undefined],
          [2, 1, undefined],
          [3, 3, undefined],
        ],
      ],
      [
        "a range",
        [format("A1:B2", "@")],
        [
          [1, 1, "@"],
          [1, 2, "@"],
          [2, 1, "@"],
          [2, 2, "@"],
          [3, 1, undefined],
          [1, 3, undefined],
        ],
      ],
      [
        "a later run overrides an earlier one",
        [format("A1:C3", "0"), format("B2", "0.00")],
        [
          [1, 1, "0"],
          [2, 2, "0.00"],
          [3, 3, "0"],
        ],
      ],
      [
        "an earlier run does not override a later one",
        [format("B2", "0.00"), format("A1:C3", "0")],
        [[2, 2, "0"]],
      ],
      [
        "a run without a number format leaves the format alone",
        [
          format("A1:C3", "@"),
          { range: a1Range("A1:C3"), style: { wrap: true, font: { bold: true } } },
        ],
        [
          [1, 1, "@"],
          [3, 3, "@"],
        ],
      ],
      [
        "a reversed range is skipped",
        [format("A1:C3", "@"), format(cellRange(3, 3, 1, 1), "0")],
        [
          [1, 1, "@"],
          [3, 3, "@"],
        ],
      ],
      [
        "a range past the grid is clipped",
        [format("B2:Z100", "0.00")],
        [
          [2, 2, "0.00"],
          [3, 3, "0.00"],
          [1, 1, undefined],
        ],
      ],
      [
        "a range wholly outside the grid changes nothing",
        [format("E5:F6", "0.00")],
        [[3, 3, undefined]],
      ],
    ])("%s", (_what, styles, expected) => {
      const grid = effectiveNumberFormats(spec({ styles }), 3, 3);
      expect(grid).toHaveLength(3);
      for (const [row, column, f] of expected)
        expect([row, column, at(grid, row, column)]).toEqual([row, column, f]);
    });

    it("never grows the grid past the rectangle asked for", () => {
      const grid = effectiveNumberFormats(spec({ styles: [format("A1:XFD1048576", "@")] }), 2, 2);
      expect(grid).toEqual([
        ["@", "@"],
        ["@", "@"],
      ]);
    });
  });

  describe("needsTextGuard", () => {
    it.each<[string, string]>([
      ["=SUM(A1)", "a formula"],
      ["=", "a lone equals sign"],
      ["+66", "a leading plus (read as a formula or a number)"],
      ["+66 81 234 5678", "a phone number with a plus"],
      ["-x", "a leading minus"],
      ["-", "a lone minus"],
      ["- รายการที่หนึ่ง", "a dash bullet"],
      ["@x", "a leading at sign"],
      ["'x", "a leading apostrophe, which Excel would swallow"],
      ["00123", "leading zeros Excel would drop"],
      ["12.5", "a decimal"],
      ["2567", "a year"],
      ["1,000", "a thousands separator"],
      ["50%", "a percentage"],
      ["$100", "a currency amount"],
      ["(100)", "an accounting negative"],
      ["1e5", "exponent notation"],
      ["12:30", "a time"],
      ["1/2/2567", "a slashed date"],
      ["2024-01-05", "an ISO date"],
      [" 12.5 ", "a number with spaces around"],
      ["1 2", "digits with a space"],
      ["TRUE", "a boolean"],
      ["false", "a boolean in lower case"],
      [" True ", "a boolean with spaces"],
    ])("%j needs a guard (%s)", (text) => {
      expect(needsTextGuard(text)).toBe(true);
    });

    it.each<[string, string]>([
      ["ลดลง 3.25", "Thai text with a number inside"],
      ["ข้อความ", "Thai text"],
      ["", "empty"],
      ["   ", "spaces only"],
      ["No Gift Policy", "English text"],
      ["ITA 2567", "a word before a number"],
      ["3.25 คะแนน", "a number before a word"],
      ["๒๕๖๗", "Thai digits, which Excel keeps as text"],
      [".", "punctuation without digits"],
      ["%", "a lone percent sign"],
      ["e", "a lone e"],
      ["TRUE!", "not quite a boolean"],
      ["yes", "an English word that is not a boolean"],
      ["ก=ข", "an equals sign inside"],
      ["a+b", "a plus sign inside"],
      [" =SUM(A1)", "a formula after a space is kept as text"],
    ])("%j needs no guard (%s)", (text) => {
      expect(needsTextGuard(text)).toBe(false);
    });
  });

  describe("headerFooterCode", () => {
    const font = { name: "TH SarabunPSK", size: 14 };
    const prefix = '&"TH SarabunPSK,Regular"&14';

    it.each<[string, string]>([
      ["", ""],
      ["รายงาน ITA", "รายงาน ITA"],
      ["{page}", "&P"],
      ["{pages}", "&N"],
      ["{sheet}", "&A"],
      ["หน้า {page} จาก {pages}", "หน้า &P จาก &N"],
      ["{sheet} - {page}/{pages}", "&A - &P/&N"],
      ["{page}{page}", "&P&P"],
      ["A & B", "A && B"], // a literal ampersand is doubled
      ["&P", "&&P"], // typed codes are not let through
      ["&&", "&&&&"],
      ["ฝ่าย & {page}", "ฝ่าย && &P"], // escaping does not touch the field codes
      ["{Page}", "{Page}"], // fields are lower case only
      ["{pag}", "{pag}"],
      ["{ page }", "{ page }"],
    ])("%j → %j", (text, body) => {
      expect(headerFooterCode(text, font)).toBe(prefix + body);
    });

    it("names the font and size", () => {
      expect(headerFooterCode("ก", { name: "TH Sarabun New", size: 12 })).toBe(
        '&"TH Sarabun New,Regular"&12ก',
      );
    });
  });

  describe("headerFooterString", () => {
    const font = { name: "F", size: 10 };
    const code = (text: string) => headerFooterCode(text, font);

    it.each<[HeaderFooter, string]>([
      [{}, ""],
      [{ center: "หน้า {page} จาก {pages}" }, `&C${code("หน้า {page} จาก {pages}")}`],
      [{ left: "ก", center: "ข", right: "ค" }, `&L${code("ก")}&C${code("ข")}&R${code("ค")}`],
      [{ right: "{sheet}", left: "ก" }, `&L${code("ก")}&R&"F,Regular"&10&A`], // always left, centre, right
      [{ left: "", center: "ข" }, `&C${code("ข")}`], // empty sections are left out
    ])("%j → %j", (hf, expected) => {
      expect(headerFooterString(hf, font)).toBe(expected);
    });
  });
});
