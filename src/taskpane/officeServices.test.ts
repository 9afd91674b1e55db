/**
 * @jest-environment node
 */
// Node: Microsoft's Excel library runs in a jsdom window of its own (tests/fakes/excel/nodeLibrary).
import { excelHost } from "../../tests/fakes/excel/nodeLibrary";
import { createOfficeServices } from "./officeServices";

const upTo = (max: number) => (name: string, version: string) =>
  name === "ExcelApi" && Number(version) <= max;

describe("createOfficeServices", () => {
  it("takes an empty workbook to report sheets through the Office.js adapters", async () => {
    const host = excelHost();
    const services = createOfficeServices(host.run, upTo(1.9));
    expect(services.capabilityNotes).toEqual([]);
    expect((await services.detectInputSheets()).missing).toEqual([
      "ข้อมูลรายงาน",
      "คะแนน ITA",
      "มาตรการ",
    ]);
    await services.createInputSheets();
    expect((await services.detectInputSheets()).missing).toEqual([]);
    const before = (await services.readSettings())!;
    expect(before.values.round).toBe("รอบ 6 เดือน");
    const read = await services.validate();
    expect(read.issues.some((i) => i.severity === "error")).toBe(true);
    expect(await services.markIssues!(read.issues)).toBeGreaterThan(0);
    const withCell = read.issues.find((i) => i.cell)!;
    await services.selectCell!(withCell.sheet!, withCell.cell!);
    expect(host.snapshot().selection).toMatch(new RegExp(`!${withCell.cell}$`));
    expect((await services.buildReports(["score-comparison"])).ok).toBe(false);
  });

  it("lists what an older Excel cannot do, and offers change events only with ExcelApi 1.9", () => {
    const old = createOfficeServices(excelHost().run, upTo(1.8));
    expect(old.capabilityNotes.join(" ")).toMatch(/ExcelApi 1\.9/);
    expect(old.watchInput).toBeUndefined();
    expect(createOfficeServices(excelHost().run, upTo(1.9)).watchInput).toBeDefined();
  });

  it("reports a failed change subscription to the screen instead of dropping it", async () => {
    const failing = <T>(): Promise<T> =>
      Promise.reject(Object.assign(new Error("no events"), { code: "GeneralException" }));
    const services = createOfficeServices(failing, upTo(1.9));
    const onError = jest.fn();
    services.watchInput!(jest.fn(), onError);
    await new Promise((r) => setTimeout(r, 0));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: "WorkbookWriteError" }));
  });

  it("gives Office's read failures the adapters' Thai wording", async () => {
    const failing = <T>(): Promise<T> =>
      Promise.reject(Object.assign(new Error("denied"), { code: "AccessDenied" }));
    const services = createOfficeServices(failing, upTo(1.9));
    await expect(services.validate()).rejects.toThrow(/Excel ไม่อนุญาตให้ทำรายการนี้/);
  });
});

describe("opening the reports in a new workbook", () => {
  const route = (created: string[]) => ({
    makeFileWriter: async () => new (await import("../xlsx/xlsxReportWriter")).XlsxReportWriter(),
    createWorkbook: async (base64: string) => void created.push(base64),
  });

  it("is offered from ExcelApi 1.8 with a route, and hands Excel the report sheets only", async () => {
    const host = excelHost();
    const created: string[] = [];
    const services = createOfficeServices(host.run, upTo(1.8), route(created));
    const { OfficeReportWriter } = await import("../excel/officeReportWriter");
    const { buildInputSheets } = await import("../domain/input/inputSheets");
    const { loadFixture } = await import("../../tests/helpers/fixtures");
    await new OfficeReportWriter(host.run).write({
      sheets: buildInputSheets(loadFixture("seed001")),
    });
    await services.openReportsInNewWorkbook!(["year-end", "score-comparison"]);
    expect(created).toHaveLength(1);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(created[0]!, "base64") as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "ปกรายงานผลประจำปี",
      "รายงานผลประจำปี",
      "เปรียบเทียบคะแนน ITA",
    ]); // seed 001 opens with its cover
  });

  it("is not offered below ExcelApi 1.8, and refuses while the input has errors", async () => {
    expect(
      createOfficeServices(excelHost().run, upTo(1.7), route([])).openReportsInNewWorkbook,
    ).toBeUndefined();
    const host = excelHost();
    const services = createOfficeServices(host.run, upTo(1.8), route([]));
    await services.createInputSheets();
    await expect(services.openReportsInNewWorkbook!(["score-comparison"])).rejects.toThrow(
      /ข้อมูลมีข้อผิดพลาด/,
    );
  });
});
