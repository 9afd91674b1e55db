/**
 * The standalone page on a large legal workbook (5,000 measures, a quarter of the limit): it
 * opens, checks and builds without freezing the tab. The page's long tasks (over 50 ms, as
 * Chromium reports them) are recorded in each step; none may hold the tab for more than
 * FROZEN_MS, far more than they take (with the workbook in a worker, 90 ms at most on a loaded
 * 2-core machine; 1.1 s opening and 1.2 s keeping when the page itself held it) and far less than
 * a tab that hangs. Then the largest workbook (20,000 measures) is read while the page must show
 * progress, paint and answer a key. The figures are written to test-output/standalone-large.txt
 * and standalone-largest.txt.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { XlsxReportWriter } from "../../src/xlsx/xlsxReportWriter";
import { loadFixture } from "../helpers/fixtures";
import {
  hasChromium,
  launchChromium,
  shownText,
  NO_CHROMIUM,
  type Browser,
} from "../e2e/helpers/chromium";
import { ensureBuilt } from "../e2e/helpers/ensureBuilt";
import { ROOT, startPreviewServer, type PreviewServer } from "../e2e/helpers/previewServer";

jest.setTimeout(480_000);

const MEASURES = 5_000;
/** The most measures an input may hold (INPUT_LIMITS.measures). */
const LARGEST = 20_000;
/** The longest a single task may hold the tab. */
const FROZEN_MS = 10_000;
const STEP_MS = 240_000;
/**
 * The longest the page may go without painting a frame while its worker reads the largest
 * workbook: 100 ms measured on a loaded 2-core machine, where reading it in the page (before the
 * worker) went 2,067 ms without a frame.
 */
const PAINT_GAP_MS = 1_000;
const work = mkdtempSync(join(tmpdir(), "ita-large-standalone-"));
const SHOTS = join(ROOT, "test-output", "screenshots");

/** Seed 001's input workbook with its ten measures repeated to `count`, each with its own title. */
async function largeWorkbook(path: string, count: number): Promise<void> {
  const input = loadFixture("seed001");
  const base = input.measures;
  const measures = Array.from({ length: count }, (_, i) => ({
    ...base[i % base.length]!,
    title: `${base[i % base.length]!.title} ชุดที่ ${10_001 + i}`,
  }));
  const writer = new XlsxReportWriter();
  await writer.write({ sheets: buildInputSheets({ ...input, measures }) });
  writeFileSync(path, await writer.toBuffer());
}

/** Records the page's long tasks from its first script on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration))),
    ).observe({ type: "longtask", buffered: true });
  });
}

interface Step {
  readonly step: string;
  readonly ms: number;
  readonly longTasks: number;
  readonly longestMs: number;
  readonly tasks: readonly number[];
}

const describeBrowser = hasChromium ? describe : describe.skip;
if (!hasChromium) it.skip(NO_CHROMIUM, () => undefined);

describeBrowser(`the standalone page with ${MEASURES.toLocaleString("en-US")} measures`, () => {
  let server: PreviewServer;
  let browser: Browser;
  beforeAll(async () => {
    await ensureBuilt();
    server = await startPreviewServer();
    browser = await launchChromium();
  }, 480_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("opens, checks and builds every report without a task that freezes the tab", async () => {
    const file = join(work, "มาตรการ 5000.xlsx");
    await largeWorkbook(file, MEASURES);
    const page = await browser.context.newPage();
    await watchLongTasks(page);
    await page.goto(`${server.origin}/standalone.html`);
    await shownText(page, "เปิดสมุดงาน ITA (.xlsx)").waitFor();

    const steps: Step[] = [];
    const step = async (name: string, run: () => Promise<unknown>) => {
      await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
      const t0 = Date.now();
      await run();
      const tasks = await page.evaluate(() =>
        (window as unknown as { longTasks: number[] }).longTasks.splice(0),
      );
      steps.push({
        step: name,
        ms: Date.now() - t0,
        longTasks: tasks.length,
        longestMs: Math.max(0, ...tasks),
        tasks,
      });
    };

    await step("open", async () => {
      await page.getByLabel("เลือกไฟล์ Excel (.xlsx)").setInputFiles(file);
      await shownText(page, "สมุดงานนี้มีชีตข้อมูลครบแล้ว").waitFor({ timeout: STEP_MS });
    });
    await step("check", async () => {
      await page.getByRole("tab", { name: "5. ตรวจ" }).click();
      await page.getByRole("button", { name: "ตรวจข้อมูล" }).click();
      await shownText(page, /^พบ(ข้อผิดพลาด|คำเตือน)|^ข้อมูลถูกต้อง$/)
        .first()
        .waitFor({ timeout: STEP_MS });
    });
    await step("build", async () => {
      await page.getByRole("tab", { name: "6. รายงาน" }).click();
      await page.getByRole("button", { name: /^สร้างชีตรายงาน/ }).click();
      await shownText(page, /^สร้างรายงานแล้ว \d+ ชีต/).waitFor({ timeout: STEP_MS });
    });
    // The workbook is then kept in the browser (IndexedDB), written whole once.
    await step("keep", () => page.waitForTimeout(3_000));

    // The Measures screen renders one page of cards (50), whatever the sheet holds.
    await step("measures screen", async () => {
      await page
        .getByRole("tab", { name: "4. มาตรการ" })
        .click({ timeout: STEP_MS, noWaitAfter: true });
      await shownText(
        page,
        `มาตรการที่ 1–50 จาก ${MEASURES.toLocaleString("en-US")} (หน้า 1 จาก ${MEASURES / 50})`,
      ).waitFor({ timeout: STEP_MS });
    });
    await step("measures last page", async () => {
      await page.getByLabel("ไปที่หน้า").selectOption({ label: `หน้า ${MEASURES / 50}` });
      await shownText(page, new RegExp(`ชุดที่ ${10_000 + MEASURES}$`))
        .first()
        .waitFor({ timeout: STEP_MS });
    });
    mkdirSync(SHOTS, { recursive: true });
    for (const [width, height] of [
      [320, 600],
      [350, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page
        .getByRole("navigation", { name: "หน้าของรายการมาตรการ", exact: true })
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `large-measures-${width}x${height}.png`) });
    }
    // An edit, then typing on into the next field: the copy kept in the browser (the whole
    // workbook as .xlsx) must not freeze the typing; it is written once the user pauses.
    await page.getByRole("tab", { name: "3. คะแนน" }).click();
    const first = page.getByLabel("ตัวชี้วัดที่ 1 ปี 2567", { exact: true });
    await first.waitFor({ timeout: STEP_MS });
    await shownText(page, /เก็บไว้ในเบราว์เซอร์นี้แล้ว\)?$/)
      .first()
      .waitFor({ timeout: STEP_MS });
    await step("typing after an edit", async () => {
      await first.fill("90.12");
      await first.press("Tab");
      const next = page.getByLabel("ตัวชี้วัดที่ 2 ปี 2567", { exact: true });
      await next.click();
      for (let k = 0; k < 30; k++) await next.press(String(k % 10), { delay: 50 });
      await next.fill("");
    });
    await step("keep after the pause", () =>
      shownText(page, /เก็บไว้ในเบราว์เซอร์นี้แล้ว\)$/)
        .first()
        .waitFor({ timeout: STEP_MS }),
    );

    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    const lines = steps.map(
      (s) =>
        `${s.step}: ${s.ms} ms, ${s.longTasks} long tasks, longest ${s.longestMs} ms (${s.tasks.join(", ")})`,
    );
    writeFileSync(
      join(ROOT, "test-output", "standalone-large.txt"),
      `${MEASURES} measures\n${lines.join("\n")}\n`,
    );
    for (const s of steps) expect([s.step, s.longestMs < FROZEN_MS]).toEqual([s.step, true]);
  });
  it(`reads ${LARGEST.toLocaleString("en-US")} measures in its worker while the page shows progress and answers keys`, async () => {
    const file = join(work, "มาตรการ 20000.xlsx");
    await largeWorkbook(file, LARGEST);
    const page = await browser.context.newPage();
    await watchLongTasks(page);
    await page.goto(`${server.origin}/standalone.html`);
    await shownText(page, "เปิดสมุดงาน ITA (.xlsx)").waitFor();
    // Frames the page painted: a page whose main thread is held paints none.
    await page.evaluate(() => {
      const w = window as unknown as { frameGaps: number[] };
      w.frameGaps = [];
      let last = performance.now();
      const tick = (t: number) => {
        w.frameGaps.push(t - last);
        last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const t0 = Date.now();
    await page.getByLabel("เลือกไฟล์ Excel (.xlsx)").setInputFiles(file);
    const progress = page.getByTestId("file-progress");
    await progress
      .filter({ hasText: /^กำลังอ่านแฟ้ม มาตรการ 20000\.xlsx \([\d.,]+ (KB|MB)\)…/ })
      .waitFor({ timeout: STEP_MS });
    // While the file is read: a key moves the focus, and the seconds count moves on.
    await page.getByRole("button", { name: "เริ่มสมุดงานใหม่" }).focus();
    await page.keyboard.press("Shift+Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    await progress.filter({ hasText: /\(\d+ วินาที\)$/ }).waitFor({ timeout: STEP_MS });
    const stillReading = await progress.isVisible();
    mkdirSync(SHOTS, { recursive: true });
    for (const [width, height] of [
      [320, 600],
      [350, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(SHOTS, `large-open-${width}x${height}.png`) });
    }
    await shownText(page, "สมุดงานนี้มีชีตข้อมูลครบแล้ว").waitFor({ timeout: STEP_MS });
    const openMs = Date.now() - t0;
    await page.getByRole("tab", { name: "5. ตรวจ" }).click();
    await page.getByRole("button", { name: "ตรวจข้อมูล" }).click();
    await shownText(page, /^พบ(ข้อผิดพลาด|คำเตือน)|^ข้อมูลถูกต้อง$/)
      .first()
      .waitFor({ timeout: STEP_MS });
    const checkMs = Date.now() - t0 - openMs;
    const { gaps, tasks } = await page.evaluate(() => {
      const w = window as unknown as { frameGaps: number[]; longTasks: number[] };
      return { gaps: w.frameGaps.splice(0), tasks: w.longTasks.splice(0) };
    });
    const longestGap = Math.round(Math.max(0, ...gaps));
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    writeFileSync(
      join(ROOT, "test-output", "standalone-largest.txt"),
      `${LARGEST} measures\nopen ${openMs} ms, check ${checkMs} ms; ${gaps.length} frames, longest gap ${longestGap} ms; ${tasks.length} long tasks, longest ${Math.max(0, ...tasks)} ms (${tasks.join(", ")})\n`,
    );
    // The key was handled while the progress was still shown: the page answered during the read.
    expect([focused, stillReading]).toEqual(["เลือกไฟล์ Excel…", true]);
    expect(longestGap).toBeLessThan(PAINT_GAP_MS);
  });
});
