/**
 * The built standalone page in headless Chromium: open a real input workbook, go through every
 * screen, validate, build, download, and read the downloaded file back with ExcelJS. Screens
 * are saved to test-output/screenshots/standalone-*.png.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
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
import { readWorkbook, rowOf, writeInputWorkbook } from "./helpers/inputWorkbook";
import { ROOT, startPreviewServer, type PreviewServer } from "./helpers/previewServer";

jest.setTimeout(240_000);

const SHOTS = join(ROOT, "test-output", "screenshots");
const work = mkdtempSync(join(tmpdir(), "ita-e2e-standalone-"));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `standalone-${name}.png`), fullPage: true });
const tab = (page: Page, name: string) => page.getByRole("tab", { name }).click();

async function openFile(page: Page, origin: string, file: string): Promise<void> {
  await page.goto(`${origin}/standalone.html`);
  await page.getByLabel("เลือกไฟล์ Excel (.xlsx)").setInputFiles(file);
  await page.getByRole("tablist", { name: "ขั้นตอน" }).waitFor();
}

const describeBrowser = hasChromium ? describe : describe.skip;
if (!hasChromium) it.skip(NO_CHROMIUM, () => undefined);

describeBrowser("the standalone page in Chromium", () => {
  let server: PreviewServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await ensureBuilt();
    server = await startPreviewServer();
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("opens an input workbook, checks it, builds the reports and downloads them", async () => {
    const input = join(work, "ข้อมูล ITA.xlsx");
    // Two warnings that do not block a build: a published total that does not add up, and a bad link.
    await writeInputWorkbook(input, "seed001", {
      "คะแนน ITA": { E16: 90 },
      มาตรการ: { J3: "www.example.go.th" },
    });
    const page = await browser.context.newPage();
    const requests = recordRequests(page);
    await page.goto(`${server.origin}/standalone.html`);
    expect(await page.title()).toBe("รายงาน ITA: ใช้งานในเบราว์เซอร์โดยไม่ต้องมี Excel");
    await shownText(page, "เปิดสมุดงาน ITA (.xlsx)").waitFor();
    await shot(page, "0-open");
    // ExcelJS comes with the first file, not with the page.
    const scripts = () => requests.filter((u) => u.endsWith(".js")).map((u) => new URL(u).pathname);
    expect(scripts()).toEqual(["/standalone.js"]);
    await page.getByLabel("เลือกไฟล์ Excel (.xlsx)").setInputFiles(input);

    await shownText(page, "ชีต คะแนน ITA: มีแล้ว").waitFor();
    expect(scripts().length).toBeGreaterThan(1);
    await shownText(page, "สมุดงานนี้มีชีตข้อมูลครบแล้ว").waitFor();
    await shot(page, "1-start");

    await tab(page, "2. ข้อมูล");
    const district = page.getByLabel("อำเภอ", { exact: true });
    expect(await district.inputValue()).toBe("เมือง");
    await district.fill("ท่าใหม่");
    await page.getByRole("button", { name: "บันทึกลงชีต" }).click();
    await shownText(page, "บันทึกลงชีตแล้ว").waitFor();
    await shot(page, "2-settings");

    await tab(page, "3. คะแนน");
    const year2567 = page.getByRole("region", { name: "ผลคะแนนปี 2567" });
    await year2567.getByText("95.42").waitFor();
    await year2567.getByText("ผ่านดี", { exact: true }).waitFor();
    await shownText(page, "คะแนนรวมปี 2567 ลดลง 3.25 จากปี 2566").waitFor();
    await shot(page, "3-scores");

    await tab(page, "4. มาตรการ");
    await page.getByRole("button", { name: "เลือกจากคลังมาตรการ" }).click();
    const weak = page.getByRole("list", { name: /มาตรการแนะนำสำหรับตัวชี้วัดที่ 8/ });
    await weak.getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "เพิ่ม 1 มาตรการลงชีต" }).click();
    await shownText(page, "เพิ่ม 1 มาตรการลงชีต มาตรการ แล้ว").waitFor();
    await shot(page, "4-measures");

    await tab(page, "5. ตรวจ");
    await page.getByRole("button", { name: "ตรวจข้อมูล" }).click();
    const scoreIssues = page.getByRole("list", { name: "ปัญหาในชีต คะแนน ITA" });
    await scoreIssues.getByText(/คะแนนรวม ITA ปี 2567 ที่ประกาศ \(90\.00\)/).waitFor();
    await page.getByRole("heading", { name: /ชีต มาตรการ \(คำเตือน \d+\)/ }).waitFor();
    await page
      .getByRole("list", { name: "ปัญหาในชีต มาตรการ" })
      .getByText(/www\.example\.go\.th/)
      .waitFor();
    await shot(page, "5-check");

    await tab(page, "6. รายงาน");
    await page.getByRole("button", { name: "สร้างชีตรายงาน (2 รายงาน)" }).click();
    // Seed 001's year-end report opens with its cover: three sheets for two reports.
    await shownText(page, "สร้างรายงานแล้ว 3 ชีต").waitFor();
    const written = page.getByRole("list", { name: "ชีตรายงานที่เขียนแล้ว" });
    expect(await written.getByRole("listitem").allTextContents()).toEqual([
      "ปกรายงานผลประจำปี",
      "รายงานผลประจำปี",
      "เปรียบเทียบคะแนน ITA",
    ]);
    await shot(page, "6-reports");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลดไฟล์ (.xlsx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("ข้อมูล ITA (มีรายงาน).xlsx");
    const saved = join(work, "downloaded.xlsx");
    await download.saveAs(saved);

    const wb = await readWorkbook(saved);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "ข้อมูลรายงาน",
        "คะแนน ITA",
        "มาตรการ",
        "ปกรายงานผลประจำปี",
        "รายงานผลประจำปี",
        "เปรียบเทียบคะแนน ITA",
      ]),
    );
    const settings = wb.getWorksheet("ข้อมูลรายงาน")!;
    expect(settings.getCell(rowOf(settings, "อำเภอ"), 2).value).toBe("ท่าใหม่");
    const measures = wb.getWorksheet("มาตรการ")!;
    expect(measures.getCell("A13").value).toBe(8); // the template for indicator 8, below the ten measures
    expect(String(measures.getCell("B13").value)).not.toBe("");
    expect(wb.getWorksheet("คะแนน ITA")!.getCell("E11").value).toBe(81.72);
    const comparison = wb.getWorksheet("เปรียบเทียบคะแนน ITA")!;
    const text: string[] = [];
    comparison.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))));
    expect(text.join(" ")).toContain("ท่าใหม่");

    expect(offMachine(requests, server.origin)).toEqual([]);
    await page.close();
  });

  it("says in Thai what is wrong with the input and with a file that is not a workbook", async () => {
    const bad = join(work, "คะแนนผิด.xlsx");
    await writeInputWorkbook(bad, "seed001", { "คะแนน ITA": { E11: "98,43" } });
    const page = await browser.context.newPage();
    const requests = recordRequests(page);
    await openFile(page, server.origin, bad);
    await tab(page, "6. รายงาน");
    await page.getByRole("button", { name: /สร้างชีตรายงาน/ }).click();
    await shownText(page, "ยังสร้างรายงานไม่ได้").waitFor();
    await shownText(page, /ข้อผิดพลาด E11: คะแนนตัวชี้วัดที่ 8 ปี 2567: "98,43" ใช้จุลภาค/).waitFor();
    await shot(page, "7-build-refused");

    const notXlsx = join(work, "ไม่ใช่ excel.xlsx");
    writeFileSync(notXlsx, "สวัสดี");
    await page.getByLabel("เลือกไฟล์ Excel (.xlsx)").setInputFiles(notXlsx);
    await shownText(page, /ไฟล์นี้ไม่ใช่ไฟล์ Excel \(\.xlsx\)/).waitFor();
    await shot(page, "8-not-a-workbook");
    expect(offMachine(requests, server.origin)).toEqual([]);
    await page.close();
  });

  it("looks right in the dark theme", async () => {
    const dark = await launchChromium({ colorScheme: "dark" });
    try {
      const page = await dark.context.newPage();
      const file = join(work, "มืด.xlsx");
      await writeInputWorkbook(file, "seed001");
      await openFile(page, server.origin, file);
      await tab(page, "3. คะแนน");
      await page.getByRole("region", { name: "ผลคะแนนปี 2567" }).waitFor();
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor,
      );
      expect(background).toBe("rgb(41, 41, 41)");
      await shot(page, "9-dark-scores");
    } finally {
      await dark.close();
    }
  });
});
