import ExcelJS from "exceljs";
import { WorkbookWriteError } from "../app/ports";
import { INPUT_LIMITS } from "../domain/input/inputLimits";
import { buildInputSheets } from "../domain/input/inputSheets";
import { XlsxReportWriter } from "../xlsx/xlsxReportWriter";
import { loadFixture } from "../../tests/helpers/fixtures";
import { serveServices } from "./serveServices";
import type { MessageEnd, PageMessage, WorkerMessage } from "./serviceMessages";
import { workerServices } from "./workerServices";
import { memoryStore } from "./workbookStore";

/** The page's and the worker's ends of a real message channel (structured clone, transfers). */
function channel() {
  const { port1, port2 } = new MessageChannel();
  port1.start();
  port2.start();
  return {
    page: port1 as unknown as MessageEnd<WorkerMessage, PageMessage>,
    worker: port2 as unknown as MessageEnd<PageMessage, WorkerMessage>,
    close: () => port1.close(),
  };
}

async function inputBytes(): Promise<ArrayBuffer> {
  const writer = new XlsxReportWriter();
  await writer.write({ sheets: buildInputSheets(loadFixture("seed000")) });
  const buffer = await writer.toBuffer();
  return buffer.buffer.slice(
    buffer.byteOffset,
    buffer.byteOffset + buffer.byteLength,
  ) as ArrayBuffer;
}

const SHORT = { quietMs: 200, maxWaitMs: 2_000 };

describe("the standalone page's services in a worker", () => {
  let close = () => undefined as void;
  afterEach(() => close());

  it("open, check, build, keep and download through messages, the worker started by the first call", async () => {
    const ends = channel();
    close = ends.close;
    const store = memoryStore();
    let started = 0;
    const delivered: { name: string; bytes: Uint8Array }[] = [];
    const services = workerServices(
      () => {
        started++;
        serveServices(ends.worker, store, SHORT);
        return ends.page;
      },
      (name, bytes) => delivered.push({ name, bytes }),
      store,
      null,
    );
    const file = services.file!;
    expect(await file.kept()).toBeNull();
    expect(started).toBe(0);

    const statuses: string[] = [];
    file.onStatus(() => statuses.push(file.status().progress ?? ""));
    const bytes = await inputBytes();
    await file.open(bytes, "ข้อมูล.xlsx");
    expect(started).toBe(1);
    expect(bytes.byteLength).toBe(0); // transferred to the worker, not copied
    expect(file.fileName()).toBe("ข้อมูล.xlsx");
    expect(statuses).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^กำลังอ่านแฟ้ม ข้อมูล\.xlsx \(\d+ KB\)…$/),
        expect.stringMatching(/^อ่านแฟ้มแล้ว [\d,]+ แถว/),
      ]),
    );
    expect(file.status().progress ?? null).toBeNull();
    // Kept in the store the page reads, once open.
    expect((await file.kept())?.fileName).toBe("ข้อมูล.xlsx");

    expect((await services.detectInputSheets()).missing).toEqual([]);
    const read = await services.validate();
    expect(read.input?.measures.length).toBe(loadFixture("seed000").measures.length);
    const steps: string[] = [];
    const outcome = await services.buildReports(["progress"], (s) => void steps.push(s));
    expect(steps).toEqual(["reading", "building", "writing"]);
    expect(outcome.ok && outcome.write.written).toEqual([
      "ปกรายงานผลตามมาตรการ",
      "รายงานผลตามมาตรการ",
    ]);
    expect(file.status().unsaved).toBe(true);

    expect(await file.download()).toBe("ข้อมูล (มีรายงาน).xlsx");
    expect(delivered.map((d) => d.name)).toEqual(["ข้อมูล (มีรายงาน).xlsx"]);
    expect(Buffer.from(delivered[0]!.bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
    expect(file.status().unsaved).toBe(false);
  });

  it("bring the worker's errors back as the screens know them, in Thai", async () => {
    const ends = channel();
    close = ends.close;
    const store = memoryStore();
    const services = workerServices(
      () => (serveServices(ends.worker, store), ends.page),
      jest.fn(),
      store,
      null,
    );
    const early = services.validate();
    await expect(early).rejects.toBeInstanceOf(WorkbookWriteError);
    await expect(early).rejects.toThrow(/ยังไม่ได้เปิดไฟล์/);
    const notXlsx = new TextEncoder().encode("ชื่อ,คะแนน\n").buffer as ArrayBuffer;
    await expect(services.file!.open(notXlsx, "คะแนน.csv")).rejects.toMatchObject({
      name: "XlsxReadError",
      message: expect.stringMatching(/^ไฟล์ \.csv มีแต่ข้อมูลของแผ่นงานเดียว/),
    });
  });

  it("refuse a workbook over the readers' limits with the limit in Thai, as the command line does", async () => {
    const ends = channel();
    close = ends.close;
    const store = memoryStore();
    const services = workerServices(
      () => (serveServices(ends.worker, store), ends.page),
      jest.fn(),
      store,
      null,
    );
    const big = new Uint8Array(INPUT_LIMITS.fileBytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    await expect(services.file!.open(big.buffer, "ใหญ่.xlsx")).rejects.toMatchObject({
      name: "XlsxReadError",
      message: expect.stringContaining("(20 MB)"),
    });
    // A value below the last row the readers read.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await inputBytes());
    wb.getWorksheet("มาตรการ")!.getCell(`C${INPUT_LIMITS.sheetRows + 1}`).value = "เกิน";
    const written = Buffer.from(await wb.xlsx.writeBuffer());
    const far = written.buffer.slice(
      written.byteOffset,
      written.byteOffset + written.byteLength,
    ) as ArrayBuffer;
    await expect(services.file!.open(far, "ยาว.xlsx")).rejects.toMatchObject({
      name: "XlsxReadError",
      message: expect.stringMatching(
        new RegExp(`^ชีต "มาตรการ" มีข้อมูลที่เซลล์ C${INPUT_LIMITS.sheetRows + 1} ซึ่งอยู่เกินแถวที่ 30,000`),
      ),
    });
    expect(services.file!.fileName()).toBeNull();
    expect(services.file!.status().progress ?? null).toBeNull();
  });

  it("fail every waiting and later call in Thai once the worker has failed", async () => {
    let fail = () => undefined as void;
    const end: MessageEnd<WorkerMessage, PageMessage> = {
      postMessage: () => undefined,
      addEventListener: (
        type: string,
        listener: (() => void) | ((event: { readonly data: WorkerMessage }) => void),
      ) => {
        if (type === "error") fail = listener as () => void;
      },
    };
    const services = workerServices(() => end, jest.fn(), memoryStore(), null);
    const waiting = services.validate();
    fail();
    await expect(waiting).rejects.toThrow(/กรุณาโหลดหน้าใหม่/);
    await expect(services.readScores()).rejects.toMatchObject({ code: "WorkerFailed" });
  });
});
