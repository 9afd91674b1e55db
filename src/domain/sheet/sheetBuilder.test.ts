import { a1Range } from "../testing/builders";
import { rangeA1 } from "./a1";
import { SheetBuilder, type SheetBuilderOptions } from "./sheetBuilder";
import type { ChartSpec, PrintRequest } from "./sheetSpec";
import { rowHeightPoints, textHeightPoints, wrappedLineCount } from "./textMetrics";

const FONT = { name: "TH SarabunPSK", size: 16 };

function builder(columns = 6, changes: Partial<SheetBuilderOptions> = {}): SheetBuilder {
  return new SheetBuilder({
    name: "รายงาน",
    role: "report",
    defaultFont: FONT,
    columns: Array.from({ length: columns }, () => ({ width: 10 })),
    ...changes,
  });
}

const LONG = "ประชุมชี้แจงบุคลากรเรื่องการปฏิบัติหน้าที่และการป้องกันผลประโยชน์ทับซ้อน ".repeat(3).trim();

const PRINT: PrintRequest = {
  paper: "A4",
  orientation: "landscape",
  margins: { top: 2, bottom: 2, left: 3, right: 2, header: 0.8, footer: 0.8 },
};

const CHART: ChartSpec = {
  kind: "column-clustered",
  title: "คะแนน",
  source: a1Range("A1:C11"),
  position: a1Range("E2:L20"),
  fallbackDataBars: [a1Range("B2:B11")],
  fallbackColor: "#5B9BD5",
};

describe("SheetBuilder", () => {
  describe("rows", () => {
    it("numbers rows from 1 as they are added", () => {
      const b = builder();
      expect(b.nextRow).toBe(1);
      expect(b.addRow(["ก"])).toBe(1);
      expect(b.addRow()).toBe(2);
      expect(b.addRow([1, true, null, { date: "2024-09-30" }])).toBe(3);
      expect(b.nextRow).toBe(4);
      expect(b.build().rows).toEqual([["ก"], [], [1, true, null, { date: "2024-09-30" }]]);
    });

    it.each([1, 2, 6, 10])("counts %d columns", (n) => {
      expect(builder(n).columnCount).toBe(n);
    });

    it("keeps its own copy of the values it is given", () => {
      const b = builder();
      const values = ["ก", "ข"];
      b.addRow(values);
      values[0] = "เปลี่ยน";
      expect(b.build().rows[0]).toEqual(["ก", "ข"]);
    });
  });

  describe("ranges", () => {
    it.each<[number, number, string]>([
      [1, 6, "A1:F1"],
      [7, 6, "A7:F7"],
      [3, 2, "A3:B3"],
      [4, 1, "A4"], // one column: one cell
    ])("wholeRow(%d) with %d columns → %s", (row, columns, expected) => {
      expect(rangeA1(builder(columns).wholeRow(row))).toBe(expected);
    });

    it.each<[number, number, number, string]>([
      [1, 5, 6, "A1:F5"],
      [3, 3, 6, "A3:F3"],
      [2, 10, 1, "A2:A10"],
    ])("rowsRange(%d, %d) with %d columns → %s", (first, last, columns, expected) => {
      expect(rangeA1(builder(columns).rowsRange(first, last))).toBe(expected);
    });
  });

  describe("addBanner", () => {
    it("puts the text in the first cell, merges and styles the whole row", () => {
      const b = builder(6);
      b.addRow();
      const row = b.addBanner("รายงานผล", { font: { bold: true } });
      expect(row).toBe(2);
      const spec = b.build();
      expect(spec.rows[1]).toEqual(["รายงานผล"]);
      expect(spec.merges.map(rangeA1)).toEqual(["A2:F2"]);
      expect(spec.styles).toEqual([{ range: a1Range("A2:F2"), style: { font: { bold: true } } }]);
      expect(spec.rowHeights).toEqual({ 2: 20.25 }); // one line of 16 pt; the empty row keeps the default
    });

    it("sets the height when one is given", () => {
      const b = builder(3);
      b.addBanner("ก", {}, 40);
      expect(b.build().rowHeights).toEqual({ 1: 40 });
    });

    it.each<[number, string[]]>([
      [1, []], // a single cell is not merged
      [2, ["A1:B1"]],
      [6, ["A1:F1"]],
    ])("with %d columns merges %j", (columns, merges) => {
      const b = builder(columns);
      b.addBanner("ก", { wrap: true });
      expect(b.build().merges.map(rangeA1)).toEqual(merges);
      expect(b.build().styles.map((s) => s.range)).toEqual([b.wholeRow(1)]);
    });
  });

  describe("merge, style, heights and extras", () => {
    it("records each in order and chains", () => {
      const b = builder(3);
      b.addRow(["ก", "ข", "ค"]);
      const same = b
        .merge(a1Range("A1:B1"))
        .merge(a1Range("C1:C2"))
        .style(a1Range("A1"), { wrap: true })
        .style(a1Range("A1:C1"), { horizontal: "center" })
        .setHeight(1, 30)
        .setHeight(1, 35) // the last height asked for wins
        .setHeight(4, 20)
        .addValidation({ range: a1Range("C2:C9"), source: { items: ["ก", "ข"] }, allowBlank: true })
        .addConditionalFormat({ kind: "data-bar", range: a1Range("B2:B9"), color: "#5B9BD5" })
        .addChart(CHART);
      expect(same).toBe(b);
      const spec = b.build();
      expect(spec.merges.map(rangeA1)).toEqual(["A1:B1", "C1:C2"]);
      expect(spec.styles).toEqual([
        { range: a1Range("A1"), style: { wrap: true } },
        { range: a1Range("A1:C1"), style: { horizontal: "center" } },
      ]);
      expect(spec.rowHeights).toEqual({ 1: 35, 4: 20 });
      expect(spec.validations).toEqual([
        { range: a1Range("C2:C9"), source: { items: ["ก", "ข"] }, allowBlank: true },
      ]);
      expect(spec.conditionalFormats).toEqual([
        { kind: "data-bar", range: a1Range("B2:B9"), color: "#5B9BD5" },
      ]);
      expect(spec.charts).toEqual([CHART]);
    });
  });

  describe("row heights", () => {
    const oneLine = rowHeightPoints(textHeightPoints(1, 16));
    const wrapped = { wrap: true } as const;

    it("fits a row of text to one line of its font", () => {
      const b = builder(3);
      b.addRow(["ก"]);
      expect(b.build().rowHeights).toEqual({ 1: oneLine });
    });

    it("fits wrapped text to the lines it needs at its column's width", () => {
      const b = builder(3);
      b.addRow([LONG]);
      b.style(a1Range("A1"), wrapped);
      const lines = wrappedLineCount(LONG, [10], { size: 16 });
      expect(lines).toBeGreaterThan(3);
      expect(b.build().rowHeights[1]).toBe(rowHeightPoints(textHeightPoints(lines, 16)));
    });

    it("measures a merged cell at the width of all its columns", () => {
      const narrow = builder(6);
      narrow.addRow([LONG]);
      narrow.style(a1Range("A1"), wrapped);
      const wide = builder(6);
      wide.addBanner(LONG, wrapped);
      const lines = wrappedLineCount(LONG, [10, 10, 10, 10, 10, 10], { size: 16 });
      expect(wide.build().rowHeights[1]).toBe(rowHeightPoints(textHeightPoints(lines, 16)));
      expect(wide.build().rowHeights[1]).toBeLessThan(narrow.build().rowHeights[1]!);
    });

    it("keeps unwrapped text on one line however long, but counts its line breaks", () => {
      const b = builder(3);
      b.addRow([LONG]);
      b.addRow(["ก\nข\nค"]);
      expect(b.build().rowHeights).toEqual({
        1: oneLine,
        2: rowHeightPoints(textHeightPoints(3, 16)),
      });
    });

    it("takes the tallest cell of the row", () => {
      const b = builder(3);
      b.addRow(["ก", "ก\nข", LONG]);
      b.style(a1Range("A1:C1"), wrapped);
      const lines = wrappedLineCount(LONG, [10], { size: 16 });
      expect(b.build().rowHeights[1]).toBe(rowHeightPoints(textHeightPoints(lines, 16)));
    });

    it("uses each cell's font size and weight from the styles", () => {
      const normal = builder(3);
      normal.addRow([LONG]);
      normal.style(a1Range("A1"), wrapped);
      const big = builder(3);
      big.addRow([LONG]);
      big.style(a1Range("A1"), wrapped).style(a1Range("A1"), { font: { size: 20 } });
      const bold = builder(3);
      bold.addRow([LONG]);
      bold.style(a1Range("A1"), { ...wrapped, font: { bold: true } });
      expect(big.build().rowHeights[1]).toBe(
        rowHeightPoints(textHeightPoints(wrappedLineCount(LONG, [10], { size: 20 }), 20)),
      );
      expect(big.build().rowHeights[1]).toBeGreaterThan(normal.build().rowHeights[1]!);
      expect(wrappedLineCount(LONG, [10], { size: 16, bold: true })).toBeGreaterThanOrEqual(
        wrappedLineCount(LONG, [10], { size: 16 }),
      );
      expect(bold.build().rowHeights[1]).toBe(
        rowHeightPoints(
          textHeightPoints(wrappedLineCount(LONG, [10], { size: 16, bold: true }), 16),
        ),
      );
    });

    it("gives an indented cell less room", () => {
      const plain = builder(1);
      plain.addRow([LONG]);
      plain.style(a1Range("A1"), wrapped);
      const indented = builder(1);
      indented.addRow([LONG]);
      indented.style(a1Range("A1"), { ...wrapped, indent: 2 });
      expect(wrappedLineCount(LONG, [10], { size: 16 }, 2)).toBeGreaterThan(
        wrappedLineCount(LONG, [10], { size: 16 }),
      );
      expect(indented.build().rowHeights[1]).toBeGreaterThan(plain.build().rowHeights[1]!);
    });

    it("keeps a height asked for a row with text when it is taller than the text", () => {
      const b = builder(3);
      b.addRow(["ก"]);
      b.addRow(["ก\nข"]);
      b.setHeight(1, 60).setHeight(2, 10);
      expect(b.build().rowHeights).toEqual({ 1: 60, 2: rowHeightPoints(textHeightPoints(2, 16)) });
    });

    it("gives a row without text exactly the height asked, and leaves the others at the default", () => {
      const b = builder(3);
      b.addRow();
      b.addRow();
      b.setHeight(2, 8);
      expect(b.build().rowHeights).toEqual({ 2: 8 });
    });

    it("shares a cell merged down several rows among them, adding what they lack to the last", () => {
      const b = builder(2);
      b.addRow([LONG, "ก"]);
      b.addRow([null, "ข"]);
      b.merge(a1Range("A1:A2")).style(a1Range("A1:A2"), wrapped);
      const needed = textHeightPoints(wrappedLineCount(LONG, [10], { size: 16 }), 16);
      const heights = b.build().rowHeights;
      expect(heights[1]).toBe(oneLine);
      expect(heights[1]! + heights[2]!).toBeGreaterThanOrEqual(needed);
      expect(heights[1]! + heights[2]!).toBeLessThan(needed + 0.75);
    });
  });

  describe("build", () => {
    it("describes the sheet from the options and what was added", () => {
      const b = builder(2);
      b.addBanner("หัวเรื่อง", { font: { bold: true } }, 30);
      b.addRow(["ก", 1]);
      expect(b.build()).toEqual({
        name: "รายงาน",
        role: "report",
        defaultFont: FONT,
        columns: [{ width: 10 }, { width: 10 }],
        rows: [["หัวเรื่อง"], ["ก", 1]],
        rowHeights: { 1: 30, 2: 20.25 },
        merges: [a1Range("A1:B1")],
        styles: [{ range: a1Range("A1:B1"), style: { font: { bold: true } } }],
        validations: [],
        conditionalFormats: [],
      });
    });

    it("leaves out what was not set rather than writing undefined", () => {
      const spec = builder(2).build();
      for (const key of ["charts", "tabColor", "hidden", "freeze", "print"])
        expect(Object.keys(spec)).not.toContain(key);
    });

    it.each<[string, Partial<SheetBuilderOptions>, Record<string, unknown>]>([
      ["a tab colour", { tabColor: "#1F4E79" }, { tabColor: "#1F4E79" }],
      ["hidden", { hidden: true, role: "lists" }, { hidden: true, role: "lists" }],
      ["shown on purpose", { hidden: false }, { hidden: false }],
      ["an input sheet", { role: "input", name: "มาตรการ" }, { role: "input", name: "มาตรการ" }],
    ])("carries %s", (_what, options, expected) => {
      expect(builder(2, options).build()).toMatchObject(expected);
    });

    it("adds the freeze panes and print setup it is given, at the scale that fits the columns one page wide", () => {
      const spec = builder(2).build({ freeze: { rows: 4, columns: 0 }, print: PRINT });
      expect(spec.freeze).toEqual({ rows: 4, columns: 0 });
      expect(spec.print).toEqual({ ...PRINT, scale: 100, pageBreaks: [] });
      // 6 columns of 30 units: 999 pt on a landscape page 700 pt wide.
      const wide = builder(6, { columns: Array.from({ length: 6 }, () => ({ width: 30 })) }).build({
        print: PRINT,
      });
      expect(wide.print?.scale).toBe(70);
    });

    it("breaks pages where the fitted rows fill them, keeping the blocks it is told to keep together", () => {
      const b = builder(2);
      for (let i = 1; i <= 40; i++) b.addRow([`แถว ${i}`]);
      b.keepTogether(22, 26, "signature");
      const spec = b.build({ print: PRINT });
      // 40 rows of 20.25 pt; a landscape page holds 474 pt of rows at 100 %: 23 rows, but 22-26 go on together.
      expect(spec.print?.pageBreaks).toEqual([22]);
      expect(spec.keep).toEqual([{ first: 22, last: 26, kind: "signature" }]);
    });

    it("starts a page where it is told to", () => {
      const b = builder(2);
      for (let i = 1; i <= 5; i++) b.addRow([`แถว ${i}`]);
      b.pageBreakBefore(3).pageBreakBefore(1);
      expect(b.build({ print: PRINT }).print?.pageBreaks).toEqual([3]);
    });

    it("returns lists that later changes to the builder do not reach", () => {
      const b = builder(2);
      b.addRow(["ก"]);
      b.merge(a1Range("A1:B1")).style(a1Range("A1"), { wrap: true }).setHeight(1, 24);
      b.addValidation({ range: a1Range("A2"), source: { items: ["ก"] }, allowBlank: true });
      b.addConditionalFormat({ kind: "data-bar", range: a1Range("B2"), color: "#000000" });
      b.addChart(CHART);
      const spec = b.build();
      b.merge(a1Range("A2:B2")).style(a1Range("A2"), {}).setHeight(2, 30);
      b.addValidation({ range: a1Range("A3"), source: { items: ["ข"] }, allowBlank: true });
      b.addConditionalFormat({ kind: "data-bar", range: a1Range("B3"), color: "#000000" });
      b.addChart(CHART);
      expect(spec.merges.map(rangeA1)).toEqual(["A1:B1"]);
      expect(spec.styles).toHaveLength(1);
      expect(spec.rowHeights).toEqual({ 1: 24 });
      expect(spec.validations).toHaveLength(1);
      expect(spec.conditionalFormats).toHaveLength(1);
      expect(spec.charts).toHaveLength(1);
    });
  });
});
