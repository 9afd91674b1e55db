import type { ReportWriter } from "../../src/app/ports";
import { WorkbookWriteError } from "../../src/app/ports";
import { SheetBuilder } from "../../src/domain/sheet/sheetBuilder";
import type { SheetSpec } from "../../src/domain/sheet/sheetSpec";
import { scoreFormat } from "../../src/domain/sheet/numberFormats";
import { a4Print } from "../../src/domain/reports/reportStyle";

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
}

export interface WriterHarness {
  readonly writer: ReportWriter;
  readBack(): Promise<ReadBack>;
}

/** Makes a writer over a workbook that already holds `sheets` (name → rows of values). */
export type MakeHarness = (sheets?: Record<string, (string | number | null)[][]>) => Promise<WriterHarness>;

// Formulas, numbers, booleans, error constants and dates (a Thai-locale Excel reads Thai dates) typed by the user.
const HOSTILE_TEXT = ["=SUM(A1)", "+66 81 234 5678", "-ลดลงจากปีก่อน", "@ชื่อผู้ใช้", "00123", "TRUE", "'ยกมา", "30 กันยายน 2567", "1/10", "๑๒.๕", "#N/A"];

export function sampleReport(name = "รายงานทดสอบ", rows = 3): SheetSpec {
  const b = new SheetBuilder({
    name,
    role: "report",
    defaultFont: { name: "TH SarabunPSK", size: 16 },
    columns: [{ width: 10 }, { width: 40 }, { width: 16 }],
  });
  b.addBanner("หัวเรื่องรายงาน", { font: { bold: true, size: 20 } }, 32);
  const header = b.addRow(["ลำดับ", "รายการ", "คะแนน"]);
  b.style(b.wholeRow(header), { font: { bold: true }, fill: "#DDEBF7", border: { line: "thin", where: "grid" } });
  for (let i = 1; i <= rows; i++) b.addRow([i, `รายการที่ ${i}`, 90 + (i % 10) + 0.25]);
  b.style(`C3:C${b.nextRow - 1}`, { numberFormat: scoreFormat("thai") });
  b.addRow(["หมายเหตุ", HOSTILE_TEXT.join(" | ")]);
  HOSTILE_TEXT.forEach((t) => b.addRow([null, t]));
  return b.build({ freeze: { rows: header, columns: 0 }, print: a4Print("landscape", { first: header, last: header }) });
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

    it.each(HOSTILE_TEXT)("keeps user text %j as text, never a formula or a number", async (text) => {
      const h = await make();
      const spec = sampleReport();
      await h.writer.write({ sheets: [spec] });
      const r = await h.readBack();
      const row = spec.rows.findIndex((cells) => cells[1] === text) + 1;
      expect(r.value("รายงานทดสอบ", `B${row}`)).toBe(text);
      expect(r.isFormula("รายงานทดสอบ", `B${row}`)).toBe(false);
    });

    it("replaces an earlier report of the same name and leaves other sheets exactly as they were", async () => {
      const h = await make({ "ข้อมูลรายงาน": [["ชื่อหน่วยงาน", "=ไม่ใช่สูตร"], ["ปี", 2567]] });
      await h.writer.write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
      await h.writer.write({ sheets: [sampleReport("รายงานทดสอบ", 5)] });
      const r = await h.readBack();
      expect(r.sheetNames().filter((n) => n === "รายงานทดสอบ")).toHaveLength(1);
      expect(r.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
      expect(r.value("รายงานทดสอบ", "B7")).toBe("รายการที่ 5");
      expect(r.value("ข้อมูลรายงาน", "B1")).toBe("=ไม่ใช่สูตร");
      expect(r.value("ข้อมูลรายงาน", "B2")).toBe(2567);
    });

    it("creates a missing input sheet but never overwrites an existing one", async () => {
      const h = await make({ "ข้อมูลรายงาน": [["ของเดิม"]] });
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
        validations: [{ range: "C3:C5", source: { items: ["ดำเนินการแล้ว", "ยังไม่ดำเนินการ"] }, allowBlank: true }],
      };
      await h.writer.write({ sheets: [spec] });
      expect((await h.readBack()).listSource("รายงานทดสอบ", "C4")).toBe('"ดำเนินการแล้ว,ยังไม่ดำเนินการ"');
    });

    it.each([["รายงาน/ปี 2567"], ["ชื่อชีตที่ยาวเกินสามสิบเอ็ดตัวอักษรแน่นอน"], ["a:b"]])(
      "refuses the sheet name %j before writing anything",
      async (bad) => {
        const h = await make({ "ข้อมูลรายงาน": [["x"]] });
        await expect(h.writer.write({ sheets: [sampleReport(bad)] })).rejects.toBeInstanceOf(WorkbookWriteError);
        expect((await h.readBack()).sheetNames()).toEqual(["ข้อมูลรายงาน"]);
      },
    );
  });
}
