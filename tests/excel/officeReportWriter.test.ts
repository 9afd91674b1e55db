import { OfficeReportWriter } from "../../src/excel/officeReportWriter";
import { WorkbookWriteError } from "../../src/app/ports";
import { buildReport, REPORT_KINDS } from "../../src/domain/reports/buildReport";
import type { Measure } from "../../src/domain/model/measure";
import type { ReportInput } from "../../src/domain/model/reportInput";
import { excelHost } from "../fakes/excel/nodeLibrary";
import { detectCapabilities } from "../../src/excel/capabilities";
import { loadFixture } from "../helpers/fixtures";
import { sampleReport } from "../contract/reportWriterContract";

const INPUT = {
  ข้อมูลรายงาน: [
    ["ชื่อหน่วยงาน", "ตัวอย่าง"],
    ["ปีงบประมาณ (พ.ศ.)", 2567],
  ],
  "คะแนน ITA": [
    ["ตัวชี้วัดที่", "ชื่อ"],
    [1, 98.5],
  ],
};

/** seed 001 with its measures repeated until there are `count` of them. */
function withMeasures(count: number): ReportInput {
  const input = loadFixture("seed001");
  const measures: Measure[] = Array.from({ length: count }, (_, i) => ({
    ...input.measures[i % input.measures.length]!,
    title: `มาตรการที่ ${i % 40}`,
  }));
  return { ...input, measures };
}

describe("OfficeReportWriter round trips", () => {
  it.each([10, 2000])("writes a %i-row sheet in the same number of syncs", async (rows) => {
    const host = excelHost({ sheets: INPUT });
    await new OfficeReportWriter(host.run).write({ sheets: [sampleReport("รายงานทดสอบ", rows)] });
    expect(host.syncCount).toBe(3); // list sheets, write, rename (no old report to delete)
    expect(host.valuesOf("รายงานทดสอบ", `B${rows + 2}`)).toEqual([[`รายการที่ ${rows}`]]);
  });

  it("builds the year-end report and score table for 10 and 2,000 measures in the same syncs", async () => {
    const counts = [];
    for (const n of [10, 2000]) {
      const host = excelHost({ sheets: INPUT });
      const built = buildReport(withMeasures(n));
      expect(built.issues).toEqual([]);
      await new OfficeReportWriter(host.run).write(built.workbook);
      counts.push(host.syncCount);
      expect(host.sheetNames()).toEqual([
        "ข้อมูลรายงาน",
        "คะแนน ITA",
        "ปกรายงานผลประจำปี",
        "รายงานผลประจำปี",
        "เปรียบเทียบคะแนน ITA",
      ]);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it("rebuilding replaces the report with the same syncs and no leftover sheets", async () => {
    const host = excelHost({ sheets: INPUT });
    const writer = new OfficeReportWriter(host.run);
    await writer.write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
    const first = host.syncCount;
    await writer.write({ sheets: [sampleReport("รายงานทดสอบ", 2000)] });
    expect(host.syncCount - first).toBe(first + 1); // one more: delete the old report
    expect(host.sheetNames()).toEqual(["ข้อมูลรายงาน", "คะแนน ITA", "รายงานทดสอบ"]);
  });
});

describe("OfficeReportWriter under faults", () => {
  it.each([1, 2, 3])(
    "a failure at sync %i leaves the previous report and the input sheets exactly as they were",
    async (k) => {
      // Build once without faults, then rebuild with the k-th sync of the rebuild failing.
      const setup = excelHost({ sheets: INPUT });
      await new OfficeReportWriter(setup.run).write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
      const syncsBefore = setup.syncCount;
      const snapshotSheets = setup.snapshot().sheets;

      const host = excelHost({ sheets: INPUT, failOnSync: syncsBefore + k });
      await new OfficeReportWriter(host.run).write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
      const before = host.snapshot().sheets;
      expect(before).toEqual(snapshotSheets);

      const attempt = new OfficeReportWriter(host.run).write({
        sheets: [sampleReport("รายงานทดสอบ", 9)],
      });
      await expect(attempt).rejects.toBeInstanceOf(WorkbookWriteError);
      await expect(attempt).rejects.toThrow(/รายงานเดิมและชีตข้อมูลยังอยู่ครบ/);
      expect(host.sheetNames()).toEqual(["ข้อมูลรายงาน", "คะแนน ITA", "รายงานทดสอบ"]);
      // Every cell, format, merge, layout and validation of every sheet, as before; events back on.
      expect(host.snapshot().sheets).toEqual(before);
      expect(host.eventsEnabled()).toBe(true);
    },
  );

  it("a failure at the last sync still leaves the new report in place", async () => {
    const setup = excelHost({ sheets: INPUT });
    await new OfficeReportWriter(setup.run).write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
    const host = excelHost({ sheets: INPUT, failOnSync: setup.syncCount + 4 });
    await new OfficeReportWriter(host.run).write({ sheets: [sampleReport("รายงานทดสอบ", 3)] });
    await new OfficeReportWriter(host.run).write({ sheets: [sampleReport("รายงานทดสอบ", 9)] });
    expect(host.valuesOf("รายงานทดสอบ", "B11")).toEqual([["รายการที่ 9"]]);
    // The backup it could not delete goes at the next build.
    await new OfficeReportWriter(host.run).write({ sheets: [sampleReport("รายงานทดสอบ", 2)] });
    expect(host.sheetNames()).toEqual(["ข้อมูลรายงาน", "คะแนน ITA", "รายงานทดสอบ"]);
  });

  it("turns a protected sheet into a Thai message and keeps the workbook", async () => {
    const host = excelHost({
      sheets: { ...INPUT, รายงานทดสอบ: [["เดิม"]] },
      protectedSheets: ["รายงานทดสอบ"],
    });
    const before = host.snapshot();
    // The report goes to a new sheet, so a protected old report does not block it.
    await new OfficeReportWriter(host.run).write({ sheets: [sampleReport("รายงานทดสอบ", 2)] });
    expect(host.valuesOf("รายงานทดสอบ", "A1")).toEqual([["หัวเรื่องรายงาน"]]);
    expect(host.snapshot().sheets.length).toBe(before.sheets.length);
  });
});

describe("OfficeReportWriter on older Excel", () => {
  it("builds every report on Excel 2019 (ExcelApi 1.8), which refuses anything newer, and says what it skipped", async () => {
    const host = excelHost({ host: "excel-2019", sheets: INPUT });
    const writer = new OfficeReportWriter(host.run, detectCapabilities(host.isSetSupported));
    const built = buildReport(loadFixture("seed001"), REPORT_KINDS);
    const result = await writer.write(built.workbook);
    expect(result.written).toEqual(built.workbook.sheets.map((s) => s.name));
    expect(result.skipped.join(" ")).toMatch(/ตั้งค่าหน้ากระดาษ.*ExcelApi 1\.9/);
    expect(result.skipped.join(" ")).toMatch(/เยื้องข้อความ.*ExcelApi 1\.9/);
    expect(host.pageLayout("รายงานผลประจำปี").printTitleRows).toBeNull();
    expect(host.validations("รายงานผลประจำปี")).toEqual([]);
  });

  it("sets A4 landscape, margins in centimetres, print titles and a Thai footer with ExcelApi 1.9", async () => {
    const host = excelHost({ sheets: INPUT });
    const spec = sampleReport("รายงานทดสอบ", 40);
    await new OfficeReportWriter(host.run).write({ sheets: [spec] });
    const layout = host.pageLayout("รายงานทดสอบ");
    expect(layout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$2:$2",
    });
    // A fixed scale, for which the page breaks were placed.
    expect(layout.zoom).toEqual({ scale: 100 });
    expect(layout.rowBreaks).toEqual(spec.print?.pageBreaks);
    expect(layout.rowBreaks.length).toBeGreaterThan(0);
    expect(layout.margins.left).toBeCloseTo((3 / 2.54) * 72, 1);
    expect(layout.headersFooters.defaultForAllPages.centerFooter).toBe(
      '&"TH SarabunPSK,Regular"&14หน้า &P จาก &N',
    );
  });
});

describe("OfficeReportWriter request size", () => {
  it("splits a report that would pass the request limit into requests under it", async () => {
    const host = excelHost({ sheets: INPUT, payloadLimitBytes: 400_000 });
    const writer = new OfficeReportWriter(host.run, undefined, 200_000);
    await writer.write({ sheets: [sampleReport("รายงานทดสอบ", 5000)] });
    expect(host.syncCount).toBeGreaterThan(3);
    expect(Math.max(...host.requests.map((r) => r.bytes))).toBeLessThanOrEqual(200_000);
    expect(host.valuesOf("รายงานทดสอบ", "B5002")).toEqual([["รายการที่ 5000"]]);
  });

  it("fails with a Thai message, keeping the workbook, when Excel refuses a request as too large", async () => {
    const host = excelHost({ sheets: INPUT, payloadLimitBytes: 50_000 });
    const before = host.snapshot().sheets;
    await expect(
      new OfficeReportWriter(host.run).write({ sheets: [sampleReport("รายงานทดสอบ", 3000)] }),
    ).rejects.toThrow(/ข้อมูลมีขนาดใหญ่เกิน/);
    expect(host.snapshot().sheets).toEqual(before);
  });
});
