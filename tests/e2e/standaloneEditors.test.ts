/**
 * The standalone page with nothing but the browser: from an empty page, a new workbook,
 * settings, both years' scores, three measures, the check, every report and the download,
 * read back with ExcelJS; the same with the keyboard alone; edits that survive a reload; and
 * the add-in page outside Excel. Screens are saved to test-output/screenshots/editors-*.png.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { REPORT_SHEET_NAMES } from "../../src/domain/reports/buildReport";
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
import { readWorkbook, rowOf } from "./helpers/inputWorkbook";
import { ROOT, startPreviewServer, type PreviewServer } from "./helpers/previewServer";

jest.setTimeout(300_000);

const SHOTS = join(ROOT, "test-output", "screenshots");
const work = mkdtempSync(join(tmpdir(), "ita-e2e-editors-"));
const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: join(SHOTS, `editors-${name}.png`), fullPage });

/** Scores of 2567 and 2568, indicator 1 to 10; indicator 8 is below 85 in 2568. */
const SCORES: readonly [string, string][] = [
  ["96.50", "97.10"],
  ["92.00", "93.25"],
  ["95.00", "95.50"],
  ["94.10", "96.00"],
  ["90.00", "91.40"],
  ["97.00", "98.00"],
  ["88.00", "89.50"],
  ["90.20", "82.30"],
  ["93.00", "94.00"],
  ["91.00", "92.00"],
];
const MEASURES = [
  {
    indicator: "8",
    title: "ทบทวนขั้นตอนการให้บริการประชาชน",
    methods: "ประชุมทบทวนขั้นตอนและลดเอกสาร",
    unit: "สำนักปลัด",
    period: "ไตรมาส 1-4",
    status: "ดำเนินการแล้ว",
    result: "ลดขั้นตอนจาก 5 เหลือ 3",
  },
  {
    indicator: "2",
    title: "เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน",
    methods: "ประกาศผลบนเว็บไซต์ทุกเดือน",
    unit: "กองคลัง",
    period: "ไตรมาส 1-4",
    status: "อยู่ระหว่างดำเนินการ",
    result: "",
  },
  {
    indicator: "9",
    title: "ประชุมชี้แจงแนวทางป้องกันการทุจริต",
    methods: "จัดประชุมชี้แจงบุคลากรทุกกอง",
    unit: "สำนักปลัด (งานการเจ้าหน้าที่)",
    period: "ไตรมาส 2",
    status: "ยังไม่ดำเนินการ",
    result: "",
  },
] as const;

const describeBrowser = hasChromium ? describe : describe.skip;
if (!hasChromium) it.skip(NO_CHROMIUM, () => undefined);

describeBrowser("the standalone page, with nothing but the browser", () => {
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

  it("takes an empty page to every report, downloaded, and keeps the edits over a reload", async () => {
    const page = await browser.context.newPage();
    const requests = recordRequests(page);
    await page.goto(`${server.origin}/standalone.html`);
    await page.getByRole("button", { name: "เริ่มสมุดงานใหม่" }).click();
    await page.getByRole("tablist", { name: "ขั้นตอน" }).waitFor();
    await page.getByRole("button", { name: /สร้างชีตข้อมูลที่ยังไม่มี/ }).click();
    await shownText(page, "ชีตข้อมูลพร้อมแล้ว").waitFor();

    await page.getByRole("tab", { name: "2. ข้อมูล" }).click();
    await page.getByLabel("ประเภทหน่วยงาน").selectOption("เทศบาลตำบล");
    await page.getByLabel("ชื่อหน่วยงาน", { exact: true }).fill("ทุ่งทดสอบ");
    await page.getByLabel("อำเภอ", { exact: true }).fill("เมือง");
    await page.getByLabel("จังหวัด", { exact: true }).fill("ลำปาง");
    await page.getByLabel("ปีงบประมาณ (พ.ศ.)").fill("2568");
    await page.getByRole("radio", { name: "รอบ 12 เดือน" }).check();
    await page.getByLabel("วันที่รายงาน").fill("30 กันยายน 2568");
    await page.getByRole("button", { name: "เพิ่มผู้ลงนาม" }).click();
    await page.getByLabel("บทบาท (คนที่ 1)").fill("ผู้รายงาน");
    await page.getByLabel("ชื่อ-นามสกุล (คนที่ 1)").fill("นางสาวทดสอบ ใจดี");
    await page.getByLabel("ตำแหน่ง (คนที่ 1)").fill("นักวิเคราะห์นโยบายและแผน");
    await page.getByRole("button", { name: "บันทึกลงชีต" }).click();
    await shownText(page, "บันทึกลงชีตแล้ว").waitFor();

    await page.getByRole("tab", { name: "3. คะแนน" }).click();
    await enterScores(page, (field, text) => field.fill(text).then(() => field.press("Tab")));
    await page.getByRole("region", { name: "ผลคะแนนปี 2568" }).waitFor();
    const comparison = shownText(page, /คะแนนรวมปี 2568 (เพิ่มขึ้น|ลดลง|เท่าเดิม)/);
    await comparison.waitFor();
    // Each result on its own line: as inline text they ran together ("… จากปี 2567ชีต คะแนน ITA มีปัญหา …").
    const problems = shownText(page, /^ชีต คะแนน ITA มีปัญหา \d+ รายการ/).first();
    const [above, below] = [await comparison.boundingBox(), await problems.boundingBox()];
    expect(below!.y).toBeGreaterThanOrEqual(above!.y + above!.height);
    // Indicator 8 (82.30, no measure yet) has its message in a row of its own, above the next indicator's row.
    const note = shownText(page, /^ตัวชี้วัดที่ 8 .*ยังไม่มีมาตรการ/).first();
    const [message, field8, field9] = [
      await note.boundingBox(),
      await page.getByLabel("ตัวชี้วัดที่ 8 ปี 2568").boundingBox(),
      await page.getByLabel("ตัวชี้วัดที่ 9 ปี 2567").boundingBox(),
    ];
    expect(message!.width).toBeGreaterThan(250);
    expect(message!.y).toBeGreaterThanOrEqual(field8!.y + field8!.height);
    expect(message!.y + message!.height).toBeLessThanOrEqual(field9!.y);
    await shot(page, "scores-entered");

    await page.getByRole("tab", { name: "4. มาตรการ" }).click();
    for (const m of MEASURES) {
      await page.getByRole("button", { name: "เพิ่มมาตรการใหม่" }).click();
      const form = page.getByRole("group", { name: "แก้ไขมาตรการใหม่" });
      await form.getByLabel(/^ตัวชี้วัดที่/).selectOption(m.indicator);
      await form.getByLabel(/^มาตรการ\/แนวทาง/).fill(m.title);
      await form.getByLabel(/^วิธีการดำเนินการ/).fill(m.methods);
      await form.getByLabel(/^ผู้รับผิดชอบ/).fill(m.unit);
      await form.getByLabel(/^ระยะเวลาดำเนินการ/).fill(m.period);
      await form.getByLabel(/^ผลการดำเนินการ/).fill(m.result);
      await form.getByLabel(/^สถานะ/).selectOption(m.status);
      await page.getByRole("button", { name: "เพิ่มลงชีต" }).click();
      await shownText(page, "เพิ่มมาตรการลงชีต มาตรการ แล้ว").waitFor();
    }
    await page.getByRole("button", { name: "มาตรการในชีต (3)" }).waitFor();

    await page.getByRole("tab", { name: "5. ตรวจ" }).click();
    await page.getByRole("button", { name: "ตรวจข้อมูล" }).click();
    await shownText(page, /ข้อมูลถูกต้อง|พบคำเตือน/).waitFor();
    expect(await shownText(page, /พบข้อผิดพลาด/).count()).toBe(0);

    await page.getByRole("tab", { name: "6. รายงาน" }).click();
    for (const box of await page
      .getByRole("group", { name: "รายงานที่จะสร้าง" })
      .getByRole("checkbox")
      .all())
      await box.check();
    await page.getByRole("button", { name: "สร้างชีตรายงาน (6 รายงาน)" }).click();
    await shownText(page, "สร้างรายงานแล้ว 6 ชีต").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลดไฟล์ (.xlsx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("สมุดงาน ITA (มีรายงาน).xlsx");
    const saved = join(work, "mouse.xlsx");
    await download.saveAs(saved);
    await expectReportFile(saved);

    // An edit after the download, then a reload: the page warns, keeps the workbook, and offers it back.
    await page.getByRole("tab", { name: "2. ข้อมูล" }).click();
    await page.getByLabel("อำเภอ", { exact: true }).fill("เกาะคา");
    await page.getByRole("button", { name: "บันทึกลงชีต" }).click();
    await shownText(page, "บันทึกลงชีตแล้ว").waitFor();
    // The file bar says "kept" only once the browser holds this edit; the reload proves it.
    await shownText(page, "มีการแก้ไขที่ยังไม่ได้ดาวน์โหลด (เก็บไว้ในเบราว์เซอร์นี้แล้ว)").waitFor();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await page.reload();
    expect(dialogs).toEqual(["beforeunload"]);
    await shownText(page, "มีงานที่ทำค้างไว้ในเบราว์เซอร์นี้").waitFor();
    await shownText(page, /สมุดงาน ITA\.xlsx แก้ไขล่าสุด .*\(ยังไม่ได้ดาวน์โหลด\)/).waitFor();
    await page.getByRole("button", { name: "ทำงานนี้ต่อ" }).click();
    await page.getByRole("tab", { name: "2. ข้อมูล" }).click();
    expect(await page.getByLabel("อำเภอ", { exact: true }).inputValue()).toBe("เกาะคา");
    await page.getByRole("tab", { name: "3. คะแนน" }).click();
    expect(await page.getByLabel("ตัวชี้วัดที่ 8 ปี 2568").inputValue()).toBe("82.3");
    await page.getByRole("tab", { name: "4. มาตรการ" }).click();
    await page.getByRole("button", { name: "มาตรการในชีต (3)" }).waitFor();
    expect(offMachine(requests, server.origin)).toEqual([]);
    await page.close();
  });

  it("does the same with the keyboard alone", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/standalone.html`);
    const keys = keyboard(page);
    await keys.activate(page.getByRole("button", { name: "เริ่มสมุดงานใหม่" }));
    await page.getByRole("tablist", { name: "ขั้นตอน" }).waitFor();
    await keys.activate(page.getByRole("button", { name: /สร้างชีตข้อมูลที่ยังไม่มี/ }));
    await shownText(page, "ชีตข้อมูลพร้อมแล้ว").waitFor();

    await keys.tab(page.getByRole("tab", { name: "1. เริ่มต้น" }), "backward");
    await keys.press("ArrowRight", "Enter");
    await keys.typeInto(page.getByLabel("ชื่อหน่วยงาน", { exact: true }), "คีย์บอร์ด");
    await keys.typeInto(page.getByLabel("อำเภอ", { exact: true }), "เมือง");
    await keys.typeInto(page.getByLabel("จังหวัด", { exact: true }), "ลำปาง");
    await keys.typeInto(page.getByLabel("ปีงบประมาณ (พ.ศ.)"), "2568");
    await keys.tab(page.getByRole("radio", { name: "รอบ 6 เดือน" }));
    await keys.press("ArrowRight"); // รอบ 12 เดือน: the year-end report
    await keys.typeInto(page.getByLabel("วันที่รายงาน"), "30 กันยายน 2568");
    await keys.tab(page.getByLabel("ประเภทหน่วยงาน"), "backward");
    await keys.press("ArrowDown", "ArrowDown");
    await keys.activate(page.getByRole("button", { name: "บันทึกลงชีต" }));
    await shownText(page, "บันทึกลงชีตแล้ว").waitFor();

    await keys.tab(page.getByRole("tab", { name: "2. ข้อมูล" }), "backward");
    await keys.press("ArrowRight", "Enter");
    await enterScores(page, async (field, text) => {
      await keys.tab(field);
      await page.keyboard.type(text);
    });
    await keys.press("Tab");
    await page.getByRole("region", { name: "ผลคะแนนปี 2568" }).waitFor();

    await keys.tab(page.getByRole("tab", { name: "3. คะแนน" }), "backward");
    await keys.press("ArrowRight", "Enter");
    for (const m of MEASURES) {
      await keys.activate(page.getByRole("button", { name: "เพิ่มมาตรการใหม่" }));
      const form = page.getByRole("group", { name: "แก้ไขมาตรการใหม่" });
      // Focus is in the indicator choice already; choose by the arrow keys.
      for (let i = 0; i < Number(m.indicator); i++) await keys.press("ArrowDown"); // past "(ไม่ระบุ)"
      await keys.typeInto(form.getByLabel(/^มาตรการ\/แนวทาง/), m.title);
      await keys.typeInto(form.getByLabel(/^วิธีการดำเนินการ/), m.methods);
      await keys.typeInto(form.getByLabel(/^ผู้รับผิดชอบ/), m.unit);
      await keys.typeInto(form.getByLabel(/^ระยะเวลาดำเนินการ/), m.period);
      await keys.tab(form.getByLabel(/^สถานะ/));
      await keys.press("ArrowDown");
      await keys.activate(page.getByRole("button", { name: "เพิ่มลงชีต" }));
      await shownText(page, "เพิ่มมาตรการลงชีต มาตรการ แล้ว").waitFor();
    }

    await keys.tab(page.getByRole("tab", { name: "4. มาตรการ" }), "backward");
    await keys.press("ArrowRight", "ArrowRight", "Enter");
    await keys.activate(page.getByRole("button", { name: /^สร้างชีตรายงาน/ }));
    await shownText(page, /สร้างรายงานแล้ว \d ชีต/).waitFor();
    const button = page.getByRole("button", { name: "ดาวน์โหลดไฟล์ (.xlsx)" });
    await keys.tab(button);
    const [download] = await Promise.all([page.waitForEvent("download"), keys.press("Enter")]);
    const saved = join(work, "keyboard.xlsx");
    await download.saveAs(saved);
    const wb = await readWorkbook(saved);
    const settings = wb.getWorksheet("ข้อมูลรายงาน")!;
    expect(settings.getCell(rowOf(settings, "ชื่อหน่วยงาน"), 2).value).toBe("คีย์บอร์ด");
    expect(wb.getWorksheet("คะแนน ITA")!.getCell("E11").value).toBe(82.3);
    expect(wb.getWorksheet("มาตรการ")!.getCell("B5").value).toBe(MEASURES[2].title);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        REPORT_SHEET_NAMES["year-end"],
        REPORT_SHEET_NAMES["score-comparison"],
      ]),
    );
    await page.close();
  });

  it("takes an issue of the check to its field in the pane, with the keyboard", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 600 });
    await page.goto(`${server.origin}/standalone.html`);
    const keys = keyboard(page);
    await keys.activate(page.getByRole("button", { name: "เริ่มสมุดงานใหม่" }));
    await keys.activate(page.getByRole("button", { name: /สร้างชีตข้อมูลที่ยังไม่มี/ }));
    await shownText(page, "ชีตข้อมูลพร้อมแล้ว").waitFor();
    await page.getByRole("tab", { name: "4. มาตรการ" }).click();
    await page.getByRole("button", { name: "เพิ่มมาตรการใหม่" }).click();
    await page
      .getByRole("group", { name: "แก้ไขมาตรการใหม่" })
      .getByLabel(/^มาตรการ\/แนวทาง/)
      .fill(MEASURES[0].title);
    await page.getByRole("button", { name: "เพิ่มลงชีต" }).click();
    await shownText(page, "เพิ่มมาตรการลงชีต มาตรการ แล้ว").waitFor();

    const check = async () => {
      await page.getByRole("tab", { name: "5. ตรวจ" }).click();
      await keys.activate(page.getByRole("button", { name: "ตรวจข้อมูล" }));
      await shownText(page, "คลิกรายการเพื่อไปแก้ที่ช่องนั้น").waitFor();
    };
    await check();
    await keys.activate(page.getByRole("button", { name: /กรุณากรอก "อำเภอ"/ }));
    const district = page.getByLabel("อำเภอ", { exact: true });
    await focusShown(district);
    await shownText(page, 'กรุณากรอก "อำเภอ"').waitFor();
    await shot(page, "issue-to-setting-320x600", false);

    await check();
    await keys.activate(page.getByRole("button", { name: /ยังไม่ได้กรอกผู้รับผิดชอบ/ }));
    const unit = page.getByRole("group", { name: "แก้ไขมาตรการที่ 1" }).getByLabel(/^ผู้รับผิดชอบ/);
    await focusShown(unit);
    await shot(page, "issue-to-measure-320x600", false);
    await page.close();
  });

  it("never hides the control that has the focus under the sticky tabs or the save row, Tab or Shift+Tab, at 320 px", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 600 });
    await page.goto(`${server.origin}/standalone.html`);
    const keys = keyboard(page);
    await keys.activate(page.getByRole("button", { name: "เริ่มสมุดงานใหม่" }));
    await keys.activate(page.getByRole("button", { name: /สร้างชีตข้อมูลที่ยังไม่มี/ }));
    await shownText(page, "ชีตข้อมูลพร้อมแล้ว").waitFor();
    await keys.activate(page.getByRole("button", { name: "กรอกข้อมูลรายงาน" }));
    await page.getByRole("heading", { name: "ข้อมูลรายงาน" }).waitFor();
    // The control under the middle of the focused one, when that is not the focused one: what covers it.
    const covered = () =>
      page.evaluate(() => {
        const el = document.activeElement!;
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top && (top === el || el.contains(top))
          ? null
          : `${el.outerHTML.slice(0, 100)} is under ${top?.outerHTML.slice(0, 100) ?? "the window's edge"}`;
      });
    const hidden: string[] = [];
    const save = page.getByRole("button", { name: "บันทึกลงชีต" });
    let stops = 0;
    for (; stops < 300 && !(await save.evaluate((el) => el === document.activeElement)); stops++) {
      await page.keyboard.press("Tab");
      const under = await covered();
      if (under) hidden.push(`Tab: ${under}`);
    }
    expect(stops).toBeGreaterThan(20);
    for (
      let i = 0;
      i < stops &&
      (await page.evaluate(() => document.activeElement?.getAttribute("role"))) !== "tab";
      i++
    ) {
      await page.keyboard.press("Shift+Tab");
      const under = await covered();
      if (under) hidden.push(`Shift+Tab: ${under}`);
    }
    expect(hidden).toEqual([]);
    await page.close();
  });

  it("outside Excel, the add-in page says so at once, with a link to the standalone page", async () => {
    const page = await browser.context.newPage();
    const start = Date.now();
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "commit" });
    const link = page.getByRole("link", { name: "รายงาน ITA ในเบราว์เซอร์" });
    await link.waitFor({ timeout: 5_000 });
    expect(Date.now() - start).toBeLessThan(3_000);
    expect(await link.getAttribute("href")).toBe("standalone.html");
    await shot(page, "addin-outside-excel");
    await link.click();
    await shownText(page, "เปิดสมุดงาน ITA (.xlsx)").waitFor();
    await page.close();
  });
});

/** Types both years and all twenty scores into the scores form, one field after another. */
async function enterScores(
  page: Page,
  enter: (field: Locator, text: string) => Promise<unknown>,
): Promise<void> {
  await enter(page.getByLabel("ปีที่ประเมินก่อน (พ.ศ.)"), "2567");
  await enter(page.getByLabel("ปีที่ประเมินล่าสุด (พ.ศ.)"), "2568");
  for (const [i, [previous, current]] of SCORES.entries()) {
    await enter(page.getByLabel(`ตัวชี้วัดที่ ${i + 1} ปี 2567`), previous);
    await enter(page.getByLabel(`ตัวชี้วัดที่ ${i + 1} ปี 2568`), current);
  }
}

/** The downloaded file holds the typed input and every report sheet. */
async function expectReportFile(path: string): Promise<void> {
  const wb = await readWorkbook(path);
  expect(wb.worksheets.map((w) => w.name)).toEqual(
    expect.arrayContaining(Object.values(REPORT_SHEET_NAMES)),
  );
  const settings = wb.getWorksheet("ข้อมูลรายงาน")!;
  expect(settings.getCell(rowOf(settings, "ชื่อหน่วยงาน"), 2).value).toBe("ทุ่งทดสอบ");
  const scores = wb.getWorksheet("คะแนน ITA")!;
  expect([scores.getCell("D2").value, scores.getCell("E2").value]).toEqual([2567, 2568]);
  expect(scores.getCell("E11").value).toBe(82.3);
  const measures = wb.getWorksheet("มาตรการ")!;
  expect([3, 4, 5].map((r) => measures.getCell(r, 2).value)).toEqual(MEASURES.map((m) => m.title));
  expect(measures.getCell(3, 7).value).toBe("ดำเนินการแล้ว");
  const text: string[] = [];
  wb.getWorksheet(REPORT_SHEET_NAMES["year-end"])!.eachRow((row) =>
    row.eachCell((c) => text.push(String(c.value))),
  );
  expect(text.join(" ")).toContain(MEASURES[0].title);
}

/** Waits until `target` has the focus, and finds it wholly in view. */
async function focusShown(target: Locator): Promise<void> {
  for (let i = 0; i < 50 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await target.page().waitForTimeout(100);
  const place = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return {
      focused: el === document.activeElement,
      inView: r.top >= 0 && r.bottom <= innerHeight,
    };
  });
  expect(place).toEqual({ focused: true, inView: true });
}

/** Keyboard-only driving: Tab to a control (never a click), then keys. */
function keyboard(page: Page) {
  const focused = (target: Locator) =>
    target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
  const tab = async (target: Locator, direction: "forward" | "backward" = "forward") => {
    for (let i = 0; i < 200; i++) {
      if (await focused(target)) return;
      await page.keyboard.press(direction === "forward" ? "Tab" : "Shift+Tab");
    }
    throw new Error(`could not reach ${target} with the Tab key`);
  };
  return {
    tab,
    async press(...keys: string[]) {
      for (const k of keys) await page.keyboard.press(k);
    },
    async activate(target: Locator) {
      await tab(target);
      await page.keyboard.press("Enter");
    },
    async typeInto(target: Locator, text: string) {
      await tab(target);
      await page.keyboard.type(text);
    },
  };
}
