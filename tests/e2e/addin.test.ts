/**
 * The built add-in page (dist/taskpane.js) in headless Chromium with a fake Excel host in place
 * of Office.js (tests/e2e/fakeHost): every screen against the "open workbook", and the checks
 * that clicking an issue selects its cell and that invalid cells are marked. Screens are saved
 * to test-output/screenshots/addin-*.png.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { MARK_FORMULA } from "../../src/excel/officeValidationMarks";
import type { HostConditionalFormat } from "../fakes/excel/inspect";
import {
  hasChromium,
  launchChromium,
  shownText,
  NO_CHROMIUM,
  offMachine,
  recordRequests,
  type Browser,
} from "./helpers/chromium";
import { ensureBuilt } from "./helpers/ensureBuilt";
import { writeFakeAddinPage } from "./helpers/fakeAddinPage";
import { ROOT, startPreviewServer, type PreviewServer } from "./helpers/previewServer";

jest.setTimeout(240_000);

const SHOTS = join(ROOT, "test-output", "screenshots");
const PAGE_DIR = join(ROOT, "test-output", "e2e-addin");
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `addin-${name}.png`), fullPage: true });
const tab = (page: Page, name: string) => page.getByRole("tab", { name }).click();
const fake = <T>(page: Page, read: string) =>
  page.evaluate(`(() => { const fake = window.itaFake; return ${read}; })()`) as Promise<T>;

const describeBrowser = hasChromium ? describe : describe.skip;
if (!hasChromium) it.skip(NO_CHROMIUM, () => undefined);

describeBrowser("the add-in page in Chromium with a fake Excel", () => {
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await ensureBuilt();
    await writeFakeAddinPage(PAGE_DIR);
    server = await startPreviewServer({ "/e2e": PAGE_DIR });
    browser = await launchChromium();
    page = await browser.context.newPage();
    requests = recordRequests(page);
    await page.goto(`${server.origin}/e2e/taskpane.html`);
    await page.getByRole("tablist", { name: "ขั้นตอน" }).waitFor();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("has a Thai title, says what this Excel cannot do, and finds the input sheets", async () => {
    expect(await page.title()).toBe("รายงาน ITA: การประเมินคุณธรรมและความโปร่งใส");
    const notes = page.getByRole("list", { name: "สิ่งที่ Excel รุ่นนี้ทำไม่ได้" });
    await notes.getByText(/ExcelApi 1\.9/).waitFor();
    await shownText(page, "สมุดงานนี้มีชีตข้อมูลครบแล้ว").waitFor();
    await shot(page, "1-start");
  });

  it("writes a changed setting into the cell next to its label, and nowhere else", async () => {
    await tab(page, "2. ข้อมูล");
    const before = await fake<unknown>(
      page,
      "fake.snapshot().sheets.filter((s) => s.name !== 'ข้อมูลรายงาน')",
    );
    await page.getByLabel("จังหวัด", { exact: true }).fill("ระยอง");
    await page.getByRole("button", { name: "บันทึกลงชีต" }).click();
    await shownText(page, "บันทึกลงชีตแล้ว").waitFor();
    expect(await fake(page, "fake.valuesOf('ข้อมูลรายงาน', 'A6:B6')")).toEqual([["จังหวัด", "ระยอง"]]);
    expect(
      await fake(page, "fake.snapshot().sheets.filter((s) => s.name !== 'ข้อมูลรายงาน')"),
    ).toEqual(before);
    await shot(page, "2-settings");
  });

  it("shows the computed scores, with the unreadable score reported", async () => {
    await tab(page, "3. คะแนน");
    await shownText(page, /ชีต คะแนน ITA มีปัญหา 1 รายการ/).waitFor();
    await page.getByRole("region", { name: "ผลคะแนนปี 2566" }).getByText("98.67").waitFor();
    await shot(page, "3-scores");
  });

  it("adds a chosen template as a new row of the Measures sheet", async () => {
    await tab(page, "4. มาตรการ");
    await page.getByRole("button", { name: "เลือกจากคลังมาตรการ" }).click();
    await page.getByLabel("ค้นหามาตรการ").fill("จัดซื้อ รายเดือน");
    await shownText(page, "พบ 1 มาตรการ").waitFor();
    await page.getByRole("list", { name: "มาตรการในคลัง" }).getByRole("checkbox").check();
    await page.getByRole("button", { name: "เพิ่ม 1 มาตรการลงชีต" }).click();
    await shownText(page, /แถว 13 กรุณาเลือกสถานะ/).waitFor();
    const row = await fake<(string | number)[][]>(page, "fake.valuesOf('มาตรการ', 'A13:G13')");
    expect(row[0]![0]).toBe(2);
    expect(row[0]![6]).toBe("");
    await shot(page, "4-measures");
  });

  it("lists the issues by sheet, selects a cell when its issue is clicked, and marks it", async () => {
    await tab(page, "5. ตรวจ");
    await page.getByRole("button", { name: "ตรวจข้อมูล" }).click();
    await page.getByRole("heading", { name: "ชีต คะแนน ITA (ข้อผิดพลาด 1)" }).waitFor();
    const issue = page
      .getByRole("list", { name: "ปัญหาในชีต คะแนน ITA" })
      .getByRole("button", { name: /E11/ });
    await shownText(page, /ระบายสีเซลล์ในชีตแล้ว \d+ เซลล์/).waitFor();
    await shot(page, "5-check");
    await fake(
      page,
      "fake.run(async (ctx) => { ctx.workbook.worksheets.getItem('ข้อมูลรายงาน').activate(); await ctx.sync(); })",
    );
    await issue.click();
    await page.waitForFunction(() =>
      (window as unknown as { itaFake: { snapshot(): { selection: string | null } } }).itaFake
        .snapshot()
        .selection?.endsWith("!E11"),
    );
    expect(await fake(page, "fake.activeSheet()")).toBe("คะแนน ITA");
    const marks = await fake<HostConditionalFormat[]>(page, "fake.conditionalFormats('คะแนน ITA')");
    expect(
      marks.some(
        (m) =>
          JSON.stringify(m).includes(MARK_FORMULA.replace(/"/g, '\\"')) && m.range.includes("E11"),
      ),
    ).toBe(true);
    expect(await fake(page, "fake.valuesOf('คะแนน ITA', 'E11')")).toEqual([["98,43"]]);
  });

  it("is operable from the keyboard, with a visible focus", async () => {
    await page.getByRole("tab", { name: "5. ตรวจ" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "สร้างรายงาน" }).waitFor();
    await page.keyboard.press("Tab");
    // Focus moved from the tabs into the screen, and Fluent draws its keyboard focus ring there.
    const focus = await page.evaluate(() => {
      const el = document.activeElement!;
      return {
        inPanel: el.closest("[role=tabpanel]") !== null,
        ring: el.closest("[data-fui-focus-within], [data-fui-focus-visible]") !== null,
      };
    });
    expect(focus).toEqual({ inPanel: true, ring: true });
    await shot(page, "6-keyboard-focus");
  });

  it("builds the report sheets once the bad score is fixed, and opens one", async () => {
    await fake(
      page,
      "fake.run(async (ctx) => { ctx.workbook.worksheets.getItem('คะแนน ITA').getRange('E11').values = [[81.72]]; await ctx.sync(); })",
    );
    await tab(page, "6. รายงาน");
    await page.getByRole("button", { name: /สร้างชีตรายงาน \(\d รายงาน\)/ }).click();
    await shownText(page, /สร้างรายงานแล้ว \d ชีต/).waitFor();
    const written = page.getByRole("list", { name: "ชีตรายงานที่เขียนแล้ว" });
    await written.getByText("เปรียบเทียบคะแนน ITA").waitFor();
    expect(await fake(page, "fake.sheetNames()")).toEqual(
      expect.arrayContaining(["รายงานผลประจำปี", "เปรียบเทียบคะแนน ITA"]),
    );
    // ExcelApi 1.8 has createWorkbook: the report sheets open as a workbook of their own.
    await page.getByRole("button", { name: "เปิดรายงานในสมุดงานใหม่" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { itaCreatedWorkbooks: string[] }).itaCreatedWorkbooks.length === 1,
    );
    const base64 = await page.evaluate(
      () => (window as unknown as { itaCreatedWorkbooks: string[] }).itaCreatedWorkbooks[0]!,
    );
    expect(Buffer.from(base64, "base64").subarray(0, 2).toString()).toBe("PK"); // an .xlsx (zip)
    await shot(page, "7-reports");
    await page.getByRole("button", { name: "ไปที่ชีต เปรียบเทียบคะแนน ITA" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { itaFake: { activeSheet(): string } }).itaFake.activeSheet() ===
        "เปรียบเทียบคะแนน ITA",
    );
  });

  it("asked nothing of any server but the local one", () => {
    expect(offMachine(requests, server.origin)).toEqual([]);
  });

  it("follows Office's dark theme", async () => {
    const dark = await browser.context.newPage();
    await dark.goto(`${server.origin}/e2e/taskpane.html?dark`);
    await dark.getByRole("tablist", { name: "ขั้นตอน" }).waitFor();
    await dark.getByRole("tab", { name: "5. ตรวจ" }).click();
    await dark.getByRole("button", { name: "ตรวจข้อมูล" }).click();
    await dark.getByRole("heading", { name: /ชีต คะแนน ITA/ }).waitFor();
    const background = await dark.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor,
    );
    expect(background).toBe("rgb(41, 41, 41)");
    await shot(dark, "8-dark-check");
    await dark.close();
  });
});
