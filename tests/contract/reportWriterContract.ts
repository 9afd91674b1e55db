import type { ReportWriter } from "../../src/app/ports";
import { WorkbookWriteError } from "../../src/app/ports";
import { cellRange } from "../../src/domain/sheet/cellRange";
import { SheetBuilder } from "../../src/domain/sheet/sheetBuilder";
import type {
  BorderLine,
  HorizontalAlign,
  SheetSpec,
  VerticalAlign,
} from "../../src/domain/sheet/sheetSpec";
import { scoreFormat } from "../../src/domain/sheet/numberFormats";
import { a4Print, memoPrint } from "../../src/domain/reports/reportStyle";

/** What a contract test needs to read back from a written workbook, whatever wrote it. */
export interface ReadBack {
  sheetNames(): string[];
  /** The cell's value: string, number, boolean, or null when empty. */
  value(sheet: string, a1: string): string | number | boolean | null;
  isFormula(sheet: string, a1: string): boolean;
  numberFormat(sheet: string, a1: string): string | undefined;
  bold(sheet: string, a1: string): boolean;
  fontName(sheet: string, a1: string): string | undefined;
  merges(sheet: string): string[];
  rowHeight(sheet: string, row: number): number | undefined;
  orientation(sheet: string): "portrait" | "landscape" | undefined;
  printTitleRows(sheet: string): string | undefined;
  listSource(sheet: string, a1: string): string | undefined;
  /** The dropdown on a cell beyond its source: blanks allowed, the prompt, whether other values are refused and with what words. */
  listRule(
    sheet: string,
    a1: string,
  ): { allowBlank: boolean; prompt?: string; strict: boolean; errorMessage?: string } | undefined;
  /** Solid fill as "#RRGGBB", undefined when none. */
  fill(sheet: string, a1: string): string | undefined;
  fontColor(sheet: string, a1: string): string | undefined;
  /** The line on one edge of a cell, undefined when none. */
  border(sheet: string, a1: string, side: BorderSide): BorderLine | undefined;
  alignment(sheet: string, a1: string): ReadAlignment;
  conditionalFormats(sheet: string): ReadConditionalFormat[];
  freeze(sheet: string): { rows: number; columns: number };
  hidden(sheet: string): boolean;
  /** Column letters of hidden columns. */
  hiddenColumns(sheet: string): string[];
  tabColor(sheet: string): string | undefined;
  /** Each section as Excel's header/footer codes; "" when empty. */
  headerFooter(sheet: string): { header: Sections; footer: Sections };
  /** True when the first page has its own header and footer and both are empty. */
  bareFirstPage(sheet: string): boolean;
  /** Without "$" or sheet name, as "A1:C9"; undefined when unset. */
  printArea(sheet: string): string | undefined;
  /** Fit to pages wide × tall (0 = as many as it takes); undefined when printing at a scale. */
  fitToPages(sheet: string): { wide: number; tall: number } | undefined;
  /** The print scale in percent; undefined when fitting to pages. */
  printScale(sheet: string): number | undefined;
  /** The rows that start a new page (manual page breaks above them), ascending. */
  pageBreaks(sheet: string): number[];
  paperA4(sheet: string): boolean;
  marginsCm(sheet: string): {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
  centerHorizontally(sheet: string): boolean;
  /** Page Setup's "First page number": null when "Auto". */
  firstPageNumber(sheet: string): number | null;
  /** A column's width in the spec's unit (characters of the default font). */
  columnWidth(sheet: string, column: string): number;
  /** Native charts on the sheet. */
  charts(sheet: string): ReadChart[];
}

export interface ReadChart {
  kind: "column-clustered";
  title: string;
  /** Without "$" or sheet name, as "A2:C6". */
  source: string;
  topLeft: string;
  bottomRight: string;
}

export type BorderSide = "top" | "bottom" | "left" | "right";
export interface ReadAlignment {
  horizontal?: HorizontalAlign;
  vertical?: VerticalAlign;
  wrap: boolean;
  indent: number;
}
export interface Sections {
  left: string;
  center: string;
  right: string;
}
export type ReadConditionalFormat =
  | {
      kind: "less-than";
      range: string;
      value: number;
      fill?: string;
      fontColor?: string;
      bold?: boolean;
    }
  | { kind: "data-bar"; range: string; color: string };

export interface WriterHarness {
  readonly writer: ReportWriter;
  /** Excel draws native charts; a file written with ExcelJS cannot, and shows the chart's data bars instead. */
  readonly nativeCharts: boolean;
  readBack(): Promise<ReadBack>;
}

export interface HarnessOptions {
  /** The writer's work fails part way, after it has begun writing the new reports (fault injection). */
  readonly failWhileWriting?: boolean;
}

/** Makes a writer over a workbook that already holds `sheets` (name → rows of values). */
export type MakeHarness = (
  sheets?: Record<string, (string | number | null)[][]>,
  options?: HarnessOptions,
) => Promise<WriterHarness>;

// Formulas, numbers, booleans, error constants and dates (Thai and Western), as a user types them.
const HOSTILE_TEXT = [
  "=SUM(A1)",
  "+66 81 234 5678",
  "-ลดลงจากปีก่อน",
  "@ชื่อผู้ใช้",
  "00123",
  "TRUE",
  "'ยกมา",
  "30 กันยายน 2567",
  "1/10",
  "๑๒.๕",
  "#N/A",
];

export function sampleReport(name = "รายงานทดสอบ", rows = 3): SheetSpec {
  const b = new SheetBuilder({
    name,
    role: "report",
    defaultFont: { name: "TH SarabunPSK", size: 16 },
    columns: [{ width: 10 }, { width: 40 }, { width: 16 }],
  });
  b.addBanner("หัวเรื่องรายงาน", { font: { bold: true, size: 20 } }, 32);
  const header = b.addRow(["ลำดับ", "รายการ", "คะแนน"]);
  b.style(b.wholeRow(header), {
    font: { bold: true },
    fill: "#DDEBF7",
    border: { line: "thin", where: "grid" },
  });
  for (let i = 1; i <= rows; i++) b.addRow([i, `รายการที่ ${i}`, 90 + (i % 10) + 0.25]);
  b.style(cellRange(3, 3, b.nextRow - 1, 3), { numberFormat: scoreFormat("thai") });
  b.addRow(["หมายเหตุ", HOSTILE_TEXT.join(" | ")]);
  HOSTILE_TEXT.forEach((t) => b.addRow([null, t]));
  return b.build({
    freeze: { rows: header, columns: 0 },
    print: a4Print("landscape", "arabic", { first: header, last: header }),
  });
}

/** A report that uses every look a writer can give a sheet. */
export function styledReport(name = "รายงานแต่งหน้า"): SheetSpec {
  const b = new SheetBuilder({
    name,
    role: "report",
    defaultFont: { name: "TH SarabunPSK", size: 16 },
    columns: [{ width: 8 }, { width: 30 }, { width: 12 }, { width: 12, hidden: true }],
    tabColor: "#1F3864",
  });
  b.addBanner(
    "ผลคะแนน",
    { font: { bold: true, size: 20, color: "#1F3864" }, horizontal: "center" },
    30,
  );
  const header = b.addRow(["ลำดับ", "ตัวชี้วัด", "คะแนน", "ซ่อน"]);
  b.style(b.wholeRow(header), {
    fill: "#DDEBF7",
    border: { line: "thin", where: "grid" },
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  });
  for (let i = 1; i <= 4; i++) b.addRow([i, `ตัวชี้วัดที่ ${i} ข้อความยาวที่ต้องตัดบรรทัด`, 70 + i * 5, "x"]);
  const last = b.nextRow - 1;
  b.style(cellRange(3, 1, last, 3), {
    border: { line: "dotted", where: "outline", color: "#808080" },
    vertical: "top",
  });
  b.style(cellRange(3, 2, last, 2), { wrap: true, indent: 2, horizontal: "left" });
  b.style(cellRange(last, 1, last, 3), { border: { line: "double", where: "bottom" } });
  const note = b.addRow([null, "หมายเหตุ: คะแนนต่ำกว่า 85 เน้นสีแดง"]);
  b.style(cellRange(note, 2), { horizontal: "right", font: { italic: true, color: "#C00000" } });
  return {
    ...b.build({
      freeze: { rows: header, columns: 1 },
      print: {
        ...a4Print("portrait", "arabic", { first: header, last: header }),
        printArea: cellRange(1, 1, note, 3),
        header: { left: "อบต.ตัวอย่าง", right: "พิมพ์ {sheet}" },
        footer: { center: "หน้า {page} จาก {pages}", right: "R&D" },
      },
    }),
    conditionalFormats: [
      {
        kind: "less-than",
        range: cellRange(3, 3, last, 3),
        value: 85,
        style: { font: { color: "#C00000", bold: true }, fill: "#FCE4D6" },
      },
      { kind: "data-bar", range: cellRange(3, 4, last, 4), color: "#5B9BD5" },
    ],
  };
}

/** A table with a chart beside it, as the score comparison has. */
export function chartedReport(name = "รายงานกราฟ"): SheetSpec {
  const b = new SheetBuilder({
    name,
    role: "report",
    defaultFont: { name: "TH SarabunPSK", size: 16 },
    columns: [{ width: 24 }, { width: 11.5 }, { width: 11.5 }],
  });
  b.addRow(["ตัวชี้วัด", "ปี 2568", "ปี 2569"]);
  for (let i = 1; i <= 4; i++) b.addRow([`ตัวชี้วัดที่ ${i}`, 80 + i, 85 + i]);
  return {
    ...b.build({ print: a4Print("portrait", "arabic") }),
    charts: [
      {
        kind: "column-clustered",
        title: "คะแนนรายตัวชี้วัด",
        source: cellRange(1, 1, 5, 3),
        position: cellRange(1, 5, 15, 11),
        fallbackDataBars: [cellRange(2, 2, 5, 2), cellRange(2, 3, 5, 3)],
        fallbackColor: "#5B9BD5",
      },
    ],
  };
}

/** The same behaviour, asserted on every ReportWriter. */
export function describeReportWriter(name: string, make: MakeHarness): void {
  describe(`${name} (ReportWriter contract)`, () => {
    it("writes values with their types, number formats, merges, fonts and heights", async () => {
      const h = await make();
      const result = await h.writer.write({ sheets: [sampleReport()] });
      expect(result.written).toEqual(["รายงานทดสอบ"]);
      const r = await h.readBack();
      expect(r.value("รายงานทดสอบ", "A1")).toBe("หัวเรื่องรายงาน");
      expect(r.value("รายงานทดสอบ", "A3")).toBe(1);
      expect(r.value("รายงานทดสอบ", "C3")).toBe(91.25);
      expect(r.numberFormat("รายงานทดสอบ", "C3")).toBe(scoreFormat("thai"));
      expect(r.merges("รายงานทดสอบ")).toContain("A1:C1");
      expect(r.bold("รายงานทดสอบ", "B2")).toBe(true);
      expect(r.fontName("รายงานทดสอบ", "B3")).toBe("TH SarabunPSK");
      expect(r.rowHeight("รายงานทดสอบ", 1)).toBe(32);
      expect(r.orientation("รายงานทดสอบ")).toBe("landscape");
      expect(r.printTitleRows("รายงานทดสอบ")).toMatch(/^\$?2:\$?2$/);
    });

    it.each(HOSTILE_TEXT)(
      "keeps user text %j as text, never a formula or a number",
      async (text) => {
        const h = await make();
        const spec = sampleReport();
        await h.writer.write({ sheets: [spec] });
        const r = await h.readBack();
        const row = spec.rows.findIndex((cells) => cells[1] === text) + 1;
        expect(r.value("รายงานทดสอบ", `B${row}`)).toBe(text);
        expect(r.isFormula("รายงานทดสอบ", `B${row}`)).toBe(false);
      },
    );

    it("replaces an earlier report of the same name and leaves other sheets exactly as they were", async () => {
      const h = await make({
        ข้อมูลรายงาน: [
          ["ชื่อหน่วยงาน", "=ไม่ใช่สูตร"],
          ["ปี", 2567],
        ],
      });
      await h.writer.write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
      await h.writer.write({ sheets: [sampleReport("รายงานทดสอบ", 5)] });
      const r = await h.readBack();
      expect(r.sheetNames().filter((n) => n === "รายงานทดสอบ")).toHaveLength(1);
      expect(r.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
      expect(r.value("รายงานทดสอบ", "B7")).toBe("รายการที่ 5");
      expect(r.value("ข้อมูลรายงาน", "B1")).toBe("=ไม่ใช่สูตร");
      expect(r.value("ข้อมูลรายงาน", "B2")).toBe(2567);
    });

    it("removes a report the build retires (a cover turned off) once the new reports are in, never an input sheet", async () => {
      const h = await make({ ข้อมูลรายงาน: [["ของเดิม"]] });
      await h.writer.write({
        sheets: [sampleReport("ปกรายงานทดสอบ", 1), sampleReport("รายงานทดสอบ", 3)],
      });
      const input: SheetSpec = { ...sampleReport("ข้อมูลรายงาน", 1), role: "input" };
      const result = await h.writer.write({
        sheets: [input, sampleReport("รายงานทดสอบ", 4)],
        retired: ["ปกรายงานทดสอบ", "ข้อมูลรายงาน"],
      });
      expect(result).toMatchObject({
        written: ["รายงานทดสอบ"],
        kept: ["ข้อมูลรายงาน"],
        removed: ["ปกรายงานทดสอบ"],
      });
      const r = await h.readBack();
      expect(r.sheetNames()).toEqual(["ข้อมูลรายงาน", "รายงานทดสอบ"]);
      expect(r.value("ข้อมูลรายงาน", "A1")).toBe("ของเดิม");
      expect(r.value("รายงานทดสอบ", "B6")).toBe("รายการที่ 4");
      // Nothing to retire: a build without the cover, again, removes nothing.
      expect(
        (
          await h.writer.write({
            sheets: [sampleReport("รายงานทดสอบ", 2)],
            retired: ["ปกรายงานทดสอบ"],
          })
        ).removed,
      ).toEqual([]);
    });

    it("removes a retired sheet only where it has the tab colour the product wrote it with: a user's sheet of that name stays", async () => {
      const h = await make({ ปกของผู้ใช้: [["ของผู้ใช้"]] });
      const cover: SheetSpec = { ...sampleReport("ปกรายงานทดสอบ", 1), tabColor: "#1F4E79" };
      await h.writer.write({ sheets: [cover, sampleReport("รายงานทดสอบ", 3)] });
      const result = await h.writer.write({
        sheets: [sampleReport("รายงานทดสอบ", 4)],
        retired: ["ปกรายงานทดสอบ", "ปกของผู้ใช้"],
        retiredTabColor: "#1f4e79",
      });
      expect(result.removed).toEqual(["ปกรายงานทดสอบ"]);
      const r = await h.readBack();
      expect(r.sheetNames()).toEqual(["ปกของผู้ใช้", "รายงานทดสอบ"]);
      expect(r.value("ปกของผู้ใช้", "A1")).toBe("ของผู้ใช้");
    });

    it("creates a missing input sheet but never overwrites an existing one", async () => {
      const h = await make({ ข้อมูลรายงาน: [["ของเดิม"]] });
      const input = (name: string): SheetSpec => ({ ...sampleReport(name), role: "input" });
      const result = await h.writer.write({ sheets: [input("ข้อมูลรายงาน"), input("คะแนน ITA")] });
      expect(result.kept).toEqual(["ข้อมูลรายงาน"]);
      expect(result.written).toEqual(["คะแนน ITA"]);
      const r = await h.readBack();
      expect(r.value("ข้อมูลรายงาน", "A1")).toBe("ของเดิม");
      expect(r.value("คะแนน ITA", "A1")).toBe("หัวเรื่องรายงาน");
    });

    it("adds dropdown lists", async () => {
      const h = await make();
      const spec: SheetSpec = {
        ...sampleReport(),
        validations: [
          {
            range: cellRange(3, 3, 5, 3),
            source: { items: ["ดำเนินการแล้ว", "ยังไม่ดำเนินการ"] },
            allowBlank: true,
          },
        ],
      };
      await h.writer.write({ sheets: [spec] });
      expect((await h.readBack()).listSource("รายงานทดสอบ", "C4")).toBe(
        '"ดำเนินการแล้ว,ยังไม่ดำเนินการ"',
      );
    });

    it("writes fills, font colours, borders and alignment cell by cell as the style runs say", async () => {
      const h = await make();
      await h.writer.write({ sheets: [styledReport()] });
      const r = await h.readBack();
      const s = "รายงานแต่งหน้า";
      expect(r.fill(s, "B2")).toBe("#DDEBF7");
      expect(r.fill(s, "B3")).toBeUndefined();
      expect(r.fontColor(s, "A1")).toBe("#1F3864");
      expect(r.fontColor(s, "B7")).toBe("#C00000");
      // A grid draws every edge of every cell; an outline only the range's outer edges.
      for (const side of ["top", "bottom", "left", "right"] as const)
        expect(r.border(s, "B2", side)).toBe("thin");
      expect(r.border(s, "A3", "top")).toBe("dotted");
      expect(r.border(s, "A3", "left")).toBe("dotted");
      expect(r.border(s, "B4", "left")).toBeUndefined();
      expect(r.border(s, "B4", "top")).toBeUndefined();
      expect(r.border(s, "C4", "right")).toBe("dotted");
      expect(r.border(s, "B6", "bottom")).toBe("double");
      expect(r.alignment(s, "A1")).toMatchObject({ horizontal: "center", wrap: false });
      expect(r.alignment(s, "C2")).toEqual({
        horizontal: "center",
        vertical: "middle",
        wrap: true,
        indent: 0,
      });
      expect(r.alignment(s, "B4")).toEqual({
        horizontal: "left",
        vertical: "top",
        wrap: true,
        indent: 2,
      });
      expect(r.alignment(s, "B7")).toMatchObject({ horizontal: "right" });
    });

    it("writes conditional formats, freeze panes, hidden columns and the tab colour", async () => {
      const h = await make();
      await h.writer.write({ sheets: [styledReport()] });
      const r = await h.readBack();
      const s = "รายงานแต่งหน้า";
      expect(r.conditionalFormats(s)).toEqual(
        expect.arrayContaining([
          {
            kind: "less-than",
            range: "C3:C6",
            value: 85,
            fill: "#FCE4D6",
            fontColor: "#C00000",
            bold: true,
          },
          { kind: "data-bar", range: "D3:D6", color: "#5B9BD5" },
        ]),
      );
      expect(r.conditionalFormats(s)).toHaveLength(2);
      expect(r.freeze(s)).toEqual({ rows: 2, columns: 1 });
      expect(r.hiddenColumns(s)).toEqual(["D"]);
      expect(r.tabColor(s)).toBe("#1F3864");
      expect(r.hidden(s)).toBe(false);
    });

    it("gives every column its width, and draws the chart (data bars on its numbers where the writer has no charts)", async () => {
      const h = await make();
      await h.writer.write({ sheets: [styledReport(), chartedReport()] });
      const r = await h.readBack();
      const widths = ["A", "B", "C", "D"].map((c) => r.columnWidth("รายงานแต่งหน้า", c));
      [8, 30, 12, 12].forEach((w, i) => expect(widths[i]).toBeCloseTo(w, 1));
      expect(r.columnWidth("รายงานกราฟ", "B")).toBeCloseTo(11.5, 1);
      if (h.nativeCharts) {
        expect(r.charts("รายงานกราฟ")).toEqual([
          {
            kind: "column-clustered",
            title: "คะแนนรายตัวชี้วัด",
            source: "A1:C5",
            topLeft: "E1",
            bottomRight: "K15",
          },
        ]);
        expect(r.conditionalFormats("รายงานกราฟ")).toEqual([]);
      } else {
        expect(r.charts("รายงานกราฟ")).toEqual([]);
        expect(r.conditionalFormats("รายงานกราฟ")).toEqual([
          { kind: "data-bar", range: "B2:B5", color: "#5B9BD5" },
          { kind: "data-bar", range: "C2:C5", color: "#5B9BD5" },
        ]);
      }
      expect(r.charts("รายงานแต่งหน้า")).toEqual([]);
    });

    it("sets up the printed page: A4, margins, fit to one page wide, print area, centred, headers and footers", async () => {
      const h = await make();
      await h.writer.write({ sheets: [styledReport()] });
      const r = await h.readBack();
      const s = "รายงานแต่งหน้า";
      expect(r.paperA4(s)).toBe(true);
      expect(r.orientation(s)).toBe("portrait");
      const m = r.marginsCm(s);
      const cm = a4Print("portrait", "arabic").margins;
      for (const k of ["top", "bottom", "left", "right", "header", "footer"] as const)
        expect(m[k]).toBeCloseTo(cm[k], 2);
      expect(r.fitToPages(s)).toBeUndefined();
      expect(r.printScale(s)).toBe(100);
      expect(r.printArea(s)).toBe("A1:C7");
      expect(r.centerHorizontally(s)).toBe(true);
      expect(r.printTitleRows(s)).toMatch(/^\$?2:\$?2$/);
      const font = '&"TH SarabunPSK,Regular"&14';
      expect(r.headerFooter(s)).toEqual({
        header: { left: `${font}อบต.ตัวอย่าง`, center: "", right: `${font}พิมพ์ &A` },
        footer: { left: "", center: `${font}หน้า &P จาก &N`, right: `${font}R&&D` },
      });
      expect(r.bareFirstPage(s)).toBe(false);
      expect(r.firstPageNumber(s)).toBe(1);
    });

    it("leaves the first page number at Auto where the print setup sets none", async () => {
      const h = await make();
      const spec = styledReport("รายงานไม่กำหนดเลขหน้าแรก");
      const print: {
        -readonly [K in keyof NonNullable<SheetSpec["print"]>]: NonNullable<SheetSpec["print"]>[K];
      } = { ...spec.print! };
      delete print.firstPageNumber;
      await h.writer.write({ sheets: [{ ...spec, print }, styledReport()] });
      const r = await h.readBack();
      expect([
        r.firstPageNumber("รายงานไม่กำหนดเลขหน้าแรก"),
        r.firstPageNumber("รายงานแต่งหน้า"),
      ]).toEqual([null, 1]);
    });

    it("leaves the memo's first page bare and numbers the others at the top centre", async () => {
      const h = await make();
      const spec = styledReport("บันทึกทดสอบ");
      const memo = {
        ...spec,
        print: {
          ...spec.print!,
          ...memoPrint("thai"),
          scale: spec.print!.scale,
          pageBreaks: spec.print!.pageBreaks,
        },
      };
      await h.writer.write({ sheets: [memo] });
      const r = await h.readBack();
      expect(r.bareFirstPage("บันทึกทดสอบ")).toBe(true);
      expect(r.headerFooter("บันทึกทดสอบ").header.center).toBe('&"TH SarabunPSK,Regular"&14- &P -');
    });

    it("prints at the spec's scale and starts pages where the spec says", async () => {
      const h = await make();
      const spec = sampleReport("รายงานยาว", 60);
      expect(spec.print?.pageBreaks.length).toBeGreaterThan(1);
      await h.writer.write({ sheets: [{ ...spec, print: { ...spec.print!, scale: 77 } }] });
      const r = await h.readBack();
      expect(r.printScale("รายงานยาว")).toBe(77);
      expect(r.fitToPages("รายงานยาว")).toBeUndefined();
      expect(r.pageBreaks("รายงานยาว")).toEqual(spec.print?.pageBreaks);
    });

    it("hides a sheet the spec marks hidden and gives dropdowns their prompt and error words", async () => {
      const h = await make();
      const lists: SheetSpec = { ...sampleReport("รายการเลือก", 1), role: "lists", hidden: true };
      const spec: SheetSpec = {
        ...sampleReport(),
        validations: [
          {
            range: cellRange(3, 3, 5, 3),
            source: { sheet: "รายการเลือก", range: cellRange(3, 2, 4, 2) },
            allowBlank: false,
            prompt: "เลือกสถานะ",
            errorMessage: "เลือกจากรายการเท่านั้น",
          },
          {
            range: cellRange(3, 2, 5, 2),
            source: { items: ["ก", "ข"] },
            allowBlank: true,
            allowOther: true,
          },
        ],
      };
      await h.writer.write({ sheets: [spec, lists] });
      const r = await h.readBack();
      expect(r.hidden("รายการเลือก")).toBe(true);
      expect(r.hidden("รายงานทดสอบ")).toBe(false);
      expect(r.listSource("รายงานทดสอบ", "C4")).toBe("'รายการเลือก'!$B$3:$B$4");
      expect(r.listRule("รายงานทดสอบ", "C4")).toEqual({
        allowBlank: false,
        prompt: "เลือกสถานะ",
        strict: true,
        errorMessage: "เลือกจากรายการเท่านั้น",
      });
      expect(r.listRule("รายงานทดสอบ", "B5")).toEqual({ allowBlank: true, strict: false });
    });

    it("a build that fails part way leaves the previous report and every input sheet as they were", async () => {
      const before = { ข้อมูลรายงาน: [["ชื่อหน่วยงาน", "=ไม่ใช่สูตร"]], รายงานทดสอบ: [["รายงานเดิม"]] };
      const h = await make(before, { failWhileWriting: true });
      const attempt = h.writer.write({
        sheets: [sampleReport("รายงานทดสอบ", 4), sampleReport("รายงานที่สอง", 4)],
      });
      await expect(attempt).rejects.toBeInstanceOf(WorkbookWriteError);
      const r = await h.readBack();
      expect(r.sheetNames()).toEqual(["ข้อมูลรายงาน", "รายงานทดสอบ"]);
      expect(r.value("รายงานทดสอบ", "A1")).toBe("รายงานเดิม");
      expect(r.value("รายงานทดสอบ", "A2")).toBeNull();
      expect(r.value("ข้อมูลรายงาน", "B1")).toBe("=ไม่ใช่สูตร");
    });

    it("puts right what a stopped build left: its staging sheet dropped, an orphaned backup renamed back", async () => {
      const h = await make({
        ข้อมูลรายงาน: [["ของเดิม"]],
        "~ita-new-1": [["ครึ่งทาง"]],
        "~ita-old-รายงานทดสอบ": [["รายงานเดิม"]],
        "~ita-old-ข้อมูลรายงาน": [["สำรองที่ล้าสมัย"]],
      });
      const result = await h.writer.write({ sheets: [sampleReport("รายงานอื่น", 2)] });
      expect(result.written).toEqual(["รายงานอื่น"]);
      const r = await h.readBack();
      expect([...r.sheetNames()].sort()).toEqual(["ข้อมูลรายงาน", "รายงานทดสอบ", "รายงานอื่น"].sort());
      expect(r.value("รายงานทดสอบ", "A1")).toBe("รายงานเดิม");
      expect(r.value("ข้อมูลรายงาน", "A1")).toBe("ของเดิม");
    });

    it("replaces a report whose name differs only in case, as Excel compares sheet names", async () => {
      const h = await make({ Report: [["old"]], Input: [["kept"]] });
      const input: SheetSpec = { ...sampleReport("INPUT", 1), role: "input" };
      const result = await h.writer.write({ sheets: [sampleReport("REPORT", 2), input] });
      expect(result).toMatchObject({ written: ["REPORT"], kept: ["INPUT"] });
      const r = await h.readBack();
      expect(r.sheetNames()).toEqual(["Input", "REPORT"]);
      expect(r.value("REPORT", "A1")).toBe("หัวเรื่องรายงาน");
      expect(r.value("Input", "A1")).toBe("kept");
    });

    it.each([["รายงาน/ปี 2567"], ["ชื่อชีตที่ยาวเกินสามสิบเอ็ดตัวอักษรแน่นอน"], ["a:b"]])(
      "refuses the sheet name %j before writing anything",
      async (bad) => {
        const h = await make({ ข้อมูลรายงาน: [["x"]] });
        await expect(h.writer.write({ sheets: [sampleReport(bad)] })).rejects.toBeInstanceOf(
          WorkbookWriteError,
        );
        expect((await h.readBack()).sheetNames()).toEqual(["ข้อมูลรายงาน"]);
      },
    );
  });
}
