import { OfficeReportWriter } from "../../src/excel/officeReportWriter";
import { WorkbookWriteError } from "../../src/app/ports";
import { buildReport } from "../../src/domain/reports/buildReport";
import type { Measure } from "../../src/domain/model/measure";
import type { ReportInput } from "../../src/domain/model/reportInput";
import { createFakeExcel } from "../fakes/fakeExcel";
import { loadFixture } from "../helpers/fixtures";
import { sampleReport } from "../contract/reportWriterContract";

const INPUT = { "ข้อมูลรายงาน": [["ชื่อหน่วยงาน", "ตัวอย่าง"], ["ปีงบประมาณ (พ.ศ.)", 2567]], "คะแนน ITA": [["ตัวชี้วัดที่", "ชื่อ"], [1, 98.5]] };

/** seed 001 with its measures repeated until there are `count` of them. */
function withMeasures(count: number): ReportInput {
  const input = loadFixture("seed001");
  const measures: Measure[] = Array.from({ length: count }, (_, i) => ({ ...input.measures[i % input.measures.length]!, title: `มาตรการที่ ${i % 40}` }));
  return { ...input, measures };
}

describe("OfficeReportWriter round trips", () => {
  it.each([10, 2000])("writes a %i-row sheet in the same number of syncs", async (rows) => {
    const fake = createFakeExcel({ sheets: INPUT });
    await new OfficeReportWriter(fake.run).write({ sheets: [sampleReport("รายงานทดสอบ", rows)] });
    expect(fake.syncCount).toBe(3); // list sheets, write, rename (no old report to delete)
    expect(fake.valuesOf("รายงานทดสอบ", `B${rows + 2}`)).toEqual([[`รายการที่ ${rows}`]]);
  });

  it("builds the year-end report and score table for 10 and 2,000 measures in the same syncs", async () => {
    const counts = [];
    for (const n of [10, 2000]) {
      const fake = createFakeExcel({ sheets: INPUT });
      const built = buildReport(withMeasures(n));
      expect(built.issues).toEqual([]);
      await new OfficeReportWriter(fake.run).write(built.workbook);
      counts.push(fake.syncCount);
      expect(fake.sheetNames()).toEqual(["ข้อมูลรายงาน", "คะแนน ITA", "รายงานผลประจำปี", "เปรียบเทียบคะแนน ITA"]);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it("rebuilding replaces the report with the same syncs and no leftover sheets", async () => {
    const fake = createFakeExcel({ sheets: INPUT });
    const writer = new OfficeReportWriter(fake.run);
    await writer.write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
    const first = fake.syncCount;
    await writer.write({ sheets: [sampleReport("รายงานทดสอบ", 2000)] });
    expect(fake.syncCount - first).toBe(first + 1); // one more: delete the old report
    expect(fake.sheetNames()).toEqual(["ข้อมูลรายงาน", "คะแนน ITA", "รายงานทดสอบ"]);
  });
});

describe("OfficeReportWriter under faults", () => {
  it.each([1, 2, 3])("a failure at sync %i leaves the previous report and the input sheets exactly as they were", async (k) => {
    // Build once without faults, then rebuild with the k-th sync of the rebuild failing.
    const setup = createFakeExcel({ sheets: INPUT });
    await new OfficeReportWriter(setup.run).write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
    const syncsBefore = setup.syncCount;
    const snapshotSheets = setup.snapshot().sheets;

    const fake = createFakeExcel({ sheets: INPUT, failOnSync: syncsBefore + k });
    await new OfficeReportWriter(fake.run).write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
    const before = fake.snapshot().sheets;
    expect(before).toEqual(snapshotSheets);

    const attempt = new OfficeReportWriter(fake.run).write({ sheets: [sampleReport("รายงานทดสอบ", 9)] });
    await expect(attempt).rejects.toBeInstanceOf(WorkbookWriteError);
    await expect(attempt).rejects.toThrow(/รายงานเดิมและชีตข้อมูลยังอยู่ครบ/);
    expect(fake.sheetNames()).toEqual(["ข้อมูลรายงาน", "คะแนน ITA", "รายงานทดสอบ"]);
    // Every cell, format, merge, layout and validation of every sheet, as before.
    expect(fake.snapshot().sheets).toEqual(before);
  });

  it("a failure at the last sync still leaves the new report in place", async () => {
    const setup = createFakeExcel({ sheets: INPUT });
    await new OfficeReportWriter(setup.run).write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
    const fake = createFakeExcel({ sheets: INPUT, failOnSync: setup.syncCount + 4 });
    await new OfficeReportWriter(fake.run).write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
    await new OfficeReportWriter(fake.run).write({ sheets: [sampleReport("รายงานทดสอบ", 9)] });
    expect(fake.valuesOf("รายงานทดสอบ", "B11")).toEqual([["รายการที่ 9"]]);
    // The backup it could not delete goes at the next build.
    await new OfficeReportWriter(fake.run).write({ sheets: [sampleReport("รายงานทดสอบ", 2)] });
    expect(fake.sheetNames()).toEqual(["ข้อมูลรายงาน", "คะแนน ITA", "รายงานทดสอบ"]);
  });

  it("turns a protected sheet into a Thai message and keeps the workbook", async () => {
    const fake = createFakeExcel({ sheets: { ...INPUT, "รายงานทดสอบ": [["เดิม"]] }, protectedSheets: ["รายงานทดสอบ"] });
    const before = fake.snapshot();
    // The report goes to a new sheet, so a protected old report does not block it.
    await new OfficeReportWriter(fake.run).write({ sheets: [sampleReport("รายงานทดสอบ", 2)] });
    expect(fake.valuesOf("รายงานทดสอบ", "A1")).toEqual([["หัวเรื่องรายงาน"]]);
    expect(fake.snapshot().sheets.length).toBe(before.sheets.length);
  });
});

describe("OfficeReportWriter on older Excel", () => {
  it("skips page setup without ExcelApi 1.9 and says so in Thai", async () => {
    const fake = createFakeExcel({ sheets: INPUT });
    const writer = new OfficeReportWriter(fake.run, { api17: true, dataValidation: true, conditionalFormats: true, pageLayout: false });
    const result = await writer.write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
    expect(result.skipped.join(" ")).toContain("ExcelApi 1.9");
    expect(fake.pageLayout("รายงานทดสอบ").printTitleRows).toBeNull();
  });

  it("sets A4 landscape, margins in centimetres, print titles and a Thai footer with ExcelApi 1.9", async () => {
    const fake = createFakeExcel({ sheets: INPUT });
    await new OfficeReportWriter(fake.run).write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
    const layout = fake.pageLayout("รายงานทดสอบ");
    expect(layout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$2:$2", zoom: { horizontalFitToPages: 1 } });
    expect(layout.margins.left).toBeCloseTo((3 / 2.54) * 72, 1);
    expect(layout.headersFooters.defaultForAllPages.centerFooter).toBe('&"TH SarabunPSK,Regular"&14หน้า &P จาก &N');
  });
});

describe("OfficeReportWriter request size", () => {
  it("splits a report that would pass the request limit into requests under it", async () => {
    const fake = createFakeExcel({ sheets: INPUT, maxPayloadBytes: 400_000 });
    const writer = new OfficeReportWriter(fake.run, undefined, 200_000);
    await writer.write({ sheets: [sampleReport("รายงานทดสอบ", 5000)] });
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(Math.max(...fake.syncs.map((s) => s.payloadBytes))).toBeLessThanOrEqual(400_000);
    expect(fake.valuesOf("รายงานทดสอบ", "B5002")).toEqual([["รายการที่ 5000"]]);
  });

  it("fails with a Thai message, keeping the workbook, when Excel refuses a request as too large", async () => {
    const fake = createFakeExcel({ sheets: INPUT, maxPayloadBytes: 50_000 });
    const before = fake.snapshot().sheets;
    await expect(new OfficeReportWriter(fake.run).write({ sheets: [sampleReport("รายงานทดสอบ", 3000)] })).rejects.toThrow(
      /ข้อมูลมีขนาดใหญ่เกิน/,
    );
    expect(fake.snapshot().sheets).toEqual(before);
  });
});
