import ExcelJS from "exceljs";
import { measureFromTemplate } from "../app/measureFromTemplate";
import { MEASURE_TEMPLATES } from "../domain/catalogue/templates";
import { buildInputSheets } from "../domain/input/inputSheets";
import { latestFramework } from "../domain/framework/frameworkSet";
import { XlsxReportWriter } from "../xlsx/xlsxReportWriter";
import { loadFixture } from "../../tests/helpers/fixtures";
import { createStandaloneServices, downloadName, type PageSignals } from "./standaloneServices";

/** A short keep timing, so tests wait little. */
const SHORT = { quietMs: 300, maxWaitMs: 5_000 };

async function inputBytes(): Promise<ArrayBuffer> {
  const writer = new XlsxReportWriter();
  await writer.write({ sheets: buildInputSheets(loadFixture("seed000")) });
  const buffer = await writer.toBuffer();
  return buffer.buffer.slice(
    buffer.byteOffset,
    buffer.byteOffset + buffer.byteLength,
  ) as ArrayBuffer;
}

describe("the standalone page's services", () => {
  it("take a workbook from opening to a downloaded file with input and report sheets", async () => {
    const delivered: { name: string; bytes: Uint8Array }[] = [];
    const services = createStandaloneServices((name, bytes) => delivered.push({ name, bytes }));
    await services.file!.open(await inputBytes(), "ข้อมูล.xlsx");
    expect(services.file!.fileName()).toBe("ข้อมูล.xlsx");
    expect((await services.detectInputSheets()).missing).toEqual([]);
    expect(await services.appendMeasures([measureFromTemplate(MEASURE_TEMPLATES[0]!)])).toBe(13);
    const before = (await services.readSettings())!;
    await services.saveSettings(before, {
      ...before,
      values: { ...before.values, district: "ท่าใหม่" },
    });
    const steps: string[] = [];
    const outcome = await services.buildReports(["progress"], (s) => void steps.push(s));
    expect(steps).toEqual(["reading", "building", "writing"]);
    expect(outcome.ok && outcome.write.written).toEqual([
      "ปกรายงานผลตามมาตรการ",
      "รายงานผลตามมาตรการ",
    ]); // seed 000 opens with a cover and has no scores to compare

    expect(await services.file!.download()).toBe("ข้อมูล (มีรายงาน).xlsx");
    expect(services.file!.status().unsaved).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(delivered[0]!.bytes.slice().buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["ข้อมูลรายงาน", "คะแนน ITA", "มาตรการ", "รายงานผลตามมาตรการ"]),
    );
    expect(wb.getWorksheet("ข้อมูลรายงาน")!.getCell("B5").value).toBe("ท่าใหม่");
  });

  it("remove the cover an earlier build wrote once the setting หน้าปก is turned off, and nothing else", async () => {
    const delivered: Uint8Array[] = [];
    const services = createStandaloneServices((_name, bytes) => delivered.push(bytes));
    await services.file!.open(await inputBytes(), "ข้อมูล.xlsx");
    expect((await services.buildReports(["progress"])).ok).toBe(true); // seed 000: its cover, then the report
    const before = (await services.readSettings())!;
    expect(before.values.progressCover).toBe("มี");
    await services.saveSettings(before, {
      ...before,
      values: { ...before.values, progressCover: "ไม่มี" },
    });
    const again = await services.buildReports(["progress"]);
    expect(again.ok && [again.write.written, again.write.removed]).toEqual([
      ["รายงานผลตามมาตรการ"],
      ["ปกรายงานผลตามมาตรการ"],
    ]);
    const wb = new ExcelJS.Workbook();
    await services.file!.download();
    await wb.xlsx.load(delivered[0]!.slice().buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "ข้อมูลรายงาน",
      "คะแนน ITA",
      "มาตรการ",
      "รายการเลือก",
      "รายงานผลตามมาตรการ",
    ]);
  });

  it("start a new workbook whose input sheets the start screen creates", async () => {
    const services = createStandaloneServices(jest.fn());
    await services.file!.createNew();
    await expect(services.file!.download()).rejects.toThrow(/ยังไม่มีชีต/);
    expect((await services.detectInputSheets()).present).toEqual([]);
    expect((await services.createInputSheets()).written).toEqual([
      "ข้อมูลรายงาน",
      "คะแนน ITA",
      "มาตรการ",
      "รายการเลือก",
    ]);
    expect((await services.detectInputSheets()).missing).toEqual([]);
  });

  it("add the framework sheet once, whose frame then scores its year", async () => {
    const services = createStandaloneServices(jest.fn());
    await services.file!.open(await inputBytes(), "ข้อมูล.xlsx");
    const next = latestFramework().fiscalYearBE + 1;
    expect((await services.createFrameworkSheet()).written).toEqual(["เกณฑ์ ITA"]);
    expect((await services.createFrameworkSheet()).kept).toEqual(["เกณฑ์ ITA"]);
    const read = await services.validate();
    expect(read.issues.filter((i) => i.sheet === "เกณฑ์ ITA")).toEqual([]);
    expect(read.input!.frameworks?.map((f) => [f.fiscalYearBE, f.origin])).toEqual([
      [next, "supplied"],
    ]);
  });

  it("ask for a file before anything else, in Thai", async () => {
    const services = createStandaloneServices(jest.fn());
    expect(services.file!.fileName()).toBeNull();
    await expect(services.validate()).rejects.toThrow(/ยังไม่ได้เปิดไฟล์/);
  });

  it("refuse a file that is not a workbook, saying what it is", async () => {
    const services = createStandaloneServices(jest.fn());
    await expect(
      services.file!.open(new TextEncoder().encode("hello").buffer as ArrayBuffer, "x.xlsx"),
    ).rejects.toThrow(/ไม่ใช่ไฟล์ Excel/);
    expect(services.file!.fileName()).toBeNull();
  });
});

describe("downloadName", () => {
  it.each([
    ["ข้อมูล.xlsx", "ข้อมูล (มีรายงาน).xlsx"],
    ["ข้อมูล (มีรายงาน).xlsx", "ข้อมูล (มีรายงาน).xlsx"],
    ["ITA.XLSX", "ITA (มีรายงาน).xlsx"],
  ])("%p → %p", (opened, name) => expect(downloadName(opened)).toBe(name));

  it("leaves the mark off when no report sheet was built", () => {
    expect(downloadName("สมุดงาน ITA.xlsx", false)).toBe("สมุดงาน ITA.xlsx");
    expect(downloadName("ข้อมูล (มีรายงาน).xlsx", false)).toBe("ข้อมูล.xlsx");
  });
});

describe("what the standalone page counts as unsaved", () => {
  it("is a change written into the workbook, not a build that was refused", async () => {
    const services = createStandaloneServices(jest.fn());
    await services.file!.open(await inputBytes(), "ข้อมูล.xlsx");
    expect(services.file!.status().unsaved).toBe(false);
    const form = (await services.readScores())!;
    await services.saveScores([
      { cell: form.indicators[0]!.scores[1].cell, text: "", kind: "score" },
    ]);
    expect(services.file!.status().unsaved).toBe(true);
    await services.file!.download();
    expect(services.file!.status().unsaved).toBe(false);
    // A blank score is only a warning, but the analysis then has no scored year: refused.
    expect((await services.buildReports(["analysis"])).ok).toBe(false);
    expect(services.file!.status().unsaved).toBe(false);
  });

  it("keeps the workbook in the store a moment after a change, and opens it again from there", async () => {
    const { memoryStore } = await import("./workbookStore");
    const store = memoryStore();
    const first = createStandaloneServices(jest.fn(), store);
    await first.file!.open(await inputBytes(), "ข้อมูล.xlsx");
    const before = (await first.readSettings())!;
    await first.saveSettings(before, {
      ...before,
      values: { ...before.values, district: "เกาะคา" },
    });
    expect(first.file!.status()).toMatchObject({ unsaved: true, keeping: true });
    expect(await store.load()).toMatchObject({ unsaved: false });
    await untilKept(first);
    expect(first.file!.status()).toMatchObject({ unsaved: true, keeping: false });
    expect(await first.file!.kept()).toMatchObject({ fileName: "ข้อมูล.xlsx", unsaved: true });
    const second = createStandaloneServices(jest.fn(), store);
    await second.file!.restoreKept();
    expect((await second.readSettings())!.values.district).toBe("เกาะคา");
    expect(second.file!.status()).toMatchObject({ unsaved: true, keeping: false });
  });

  it("says a change is kept only when the store holds it, and never lets an older copy win", async () => {
    const { memoryStore } = await import("./workbookStore");
    const inner = memoryStore();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const saved: string[] = [];
    let calls = 0;
    // The first save is slow (a busy browser); the copy after the edit must not be overwritten by it.
    const store = {
      ...inner,
      save: async (k: Parameters<typeof inner.save>[0]) => {
        if (calls++ === 0) await gate;
        saved.push(String(k.unsaved));
        await inner.save(k);
      },
    };
    const services = createStandaloneServices(jest.fn(), store, { timing: SHORT });
    const opening = services.file!.open(await inputBytes(), "ข้อมูล.xlsx");
    while (services.file!.fileName() === null) await new Promise((r) => setTimeout(r, 10));
    const form = (await services.readScores())!;
    await services.saveScores([
      { cell: form.indicators[0]!.scores[1].cell, text: "90", kind: "score" },
    ]);
    expect(services.file!.status()).toMatchObject({ unsaved: true, keeping: true });
    // Time for the edit's own keep to start, were it allowed to run beside the slow one.
    await new Promise((r) => setTimeout(r, SHORT.quietMs * 2));
    release();
    await opening;
    await untilKept(services);
    expect(saved).toEqual(["false", "true"]);
    expect(await services.file!.kept()).toMatchObject({ unsaved: true });
    const again = createStandaloneServices(jest.fn(), store);
    await again.file!.restoreKept();
    expect((await again.readScores())!.indicators[0]!.scores[1].text).toBe("90");
  });
});

describe("when the standalone page keeps a change", () => {
  /** A page whose key presses and hiding the test makes. */
  function fakePage() {
    const input = new Set<() => void>();
    const hidden = new Set<() => void>();
    const page: PageSignals = {
      onInput: (l) => (input.add(l), () => input.delete(l)),
      onHidden: (l) => (hidden.add(l), () => hidden.delete(l)),
    };
    return { page, key: () => input.forEach((l) => l()), hide: () => hidden.forEach((l) => l()) };
  }
  async function opened(timing = SHORT) {
    const { memoryStore } = await import("./workbookStore");
    const inner = memoryStore();
    const saves: number[] = [];
    const store = {
      ...inner,
      save: async (k: Parameters<typeof inner.save>[0]) => (saves.push(Date.now()), inner.save(k)),
    };
    const fake = fakePage();
    const services = createStandaloneServices(jest.fn(), store, { page: fake.page, timing });
    await services.file!.open(await inputBytes(), "ข้อมูล.xlsx");
    saves.length = 0;
    const edit = async (text: string) => {
      const form = (await services.readScores())!;
      await services.saveScores([
        { cell: form.indicators[0]!.scores[1].cell, text, kind: "score" },
      ]);
    };
    return { services, saves, edit, ...fake };
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("waits while the user types on, and keeps once they pause", async () => {
    const { services, saves, edit, key } = await opened();
    await edit("90");
    await edit("91");
    for (let i = 0; i < 6; i++) {
      await sleep(SHORT.quietMs / 2);
      key();
    }
    expect(saves).toEqual([]); // 3 quiet periods' time went by, never one of them quiet
    expect(services.file!.status().keeping).toBe(true);
    await untilKept(services);
    expect(saves).toHaveLength(1); // both edits in one copy
  });

  it("keeps at the latest the longest wait after the first change, however long the typing", async () => {
    const timing = { quietMs: 200, maxWaitMs: 600 };
    const { services, saves, edit, key } = await opened(timing);
    const t0 = Date.now();
    await edit("90");
    while (saves.length === 0 && Date.now() - t0 < 3_000) {
      await sleep(50);
      key();
    }
    expect(saves).toHaveLength(1);
    expect(saves[0]! - t0).toBeGreaterThanOrEqual(timing.maxWaitMs - 20);
    expect(saves[0]! - t0).toBeLessThan(timing.maxWaitMs + 1_000);
    await untilKept(services);
  });

  it("keeps at once when the page is hidden", async () => {
    const { services, saves, edit, hide } = await opened({ quietMs: 60_000, maxWaitMs: 60_000 });
    await edit("90");
    hide();
    await untilKept(services);
    expect(saves).toHaveLength(1);
  });
});

/** Resolves once the page says the last change is in the store. */
function untilKept(services: ReturnType<typeof createStandaloneServices>): Promise<void> {
  const file = services.file!;
  return new Promise((resolve) => {
    const check = () => {
      if (file.status().keeping) return;
      stop();
      resolve();
    };
    const stop = file.onStatus(check);
    check();
  });
}
