import ExcelJS from "exceljs";
import { openInNewWorkbook, toBase64 } from "../../src/excel/officeNewWorkbook";
import { buildReportFile } from "../../src/app/reportFile";
import { XlsxReportWriter } from "../../src/xlsx/xlsxReportWriter";
import { WorkbookWriteError } from "../../src/app/ports";
import { loadFixture } from "../helpers/fixtures";

describe("opening the report sheets in a new workbook", () => {
  it("hands Excel.createWorkbook the report file, without the input sheets, as base64", async () => {
    const { outcome, bytes } = await buildReportFile(
      { input: loadFixture("seed002"), issues: [] },
      new XlsxReportWriter(),
      {
        kinds: ["memo", "analysis", "plan"],
      },
    );
    expect(outcome.ok).toBe(true);
    let received = "";
    await openInNewWorkbook(async (b64) => void (received = b64), bytes!);
    expect(received).toBe(Buffer.from(bytes!).toString("base64"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(received, "base64") as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "บันทึกข้อความ",
      "วิเคราะห์ผล ITA",
      "แผนพัฒนาจากผล ITA",
    ]);
  });

  it("says in Thai what to do on Excel without ExcelApi 1.8", async () => {
    await expect(openInNewWorkbook(undefined, new Uint8Array([1]))).rejects.toBeInstanceOf(
      WorkbookWriteError,
    );
    await expect(openInNewWorkbook(undefined, new Uint8Array([1]))).rejects.toThrow(
      /ExcelApi 1\.8/,
    );
  });

  it("encodes large files in chunks", () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});

describe("when Excel refuses to open the new workbook", () => {
  it.each([
    ["InvalidOperation", /นโยบายความปลอดภัยของ Windows/],
    ["GeneralException", /เปิดสมุดงานใหม่ไม่สำเร็จ/],
    ["NotImplemented", /อุปกรณ์นี้เปิดสมุดงานใหม่/],
  ])("says in Thai what %s means and what to do instead", async (code, message) => {
    const refuse = async () => Promise.reject(Object.assign(new Error("refused"), { code }));
    const attempt = openInNewWorkbook(refuse, new Uint8Array([80, 75]));
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toThrow(/หน้าเว็บแบบไม่ต้องใช้ Excel/);
  });
});
