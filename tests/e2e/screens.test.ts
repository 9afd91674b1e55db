/**
 * Every screen of the standalone page and of the add-in page (fake Excel host) at the two task
 * pane sizes, 320×600 and 350×800, in light and dark: axe-core finds no serious or critical
 * problem on any of them, there is one main landmark, and a screenshot of each is saved to
 * test-output/screenshots/screen-<page>-<theme>-<size>-<screen>.png for a person to look at.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { seriousAxeFindings, type AxeFinding } from "./helpers/axe";
import {
  hasChromium,
  launchChromium,
  shownText,
  NO_CHROMIUM,
  type Browser,
} from "./helpers/chromium";
import { ensureBuilt } from "./helpers/ensureBuilt";
import { writeFakeAddinPage } from "./helpers/fakeAddinPage";
import { writeInputWorkbook } from "./helpers/inputWorkbook";
import { ROOT, startPreviewServer, type PreviewServer } from "./helpers/previewServer";

jest.setTimeout(600_000);

const SHOTS = join(ROOT, "test-output", "screenshots");
const PAGE_DIR = join(ROOT, "test-output", "e2e-screens");
const work = mkdtempSync(join(tmpdir(), "ita-e2e-screens-"));
const SIZES = [
  { name: "320x600", width: 320, height: 600 },
  { name: "350x800", width: 350, height: 800 },
] as const;

/** The screens in working order and what brings each into view. */
const SCREENS: readonly { name: string; show: (page: Page) => Promise<void> }[] = [
  {
    name: "1-start",
    show: (p) => tab(p, "1. เริ่มต้น").then(() => shownText(p, "สมุดงานนี้มีชีตข้อมูลครบแล้ว").waitFor()),
  },
  {
    name: "2-settings",
    show: (p) => tab(p, "2. ข้อมูล").then(() => p.getByLabel("ชื่อหน่วยงาน", { exact: true }).waitFor()),
  },
  {
    // The report texts, last on the settings screen: the draft under an empty field and its button.
    name: "2b-settings-drafts",
    show: async (p) => {
      const draft = p.getByRole("group", { name: "ข้อความที่ร่างให้: เรื่องเดิม (บันทึกข้อความ)" });
      await draft.waitFor();
      await draft.evaluate((el) => el.scrollIntoView({ block: "center" }));
    },
  },
  {
    name: "3-scores",
    show: (p) =>
      tab(p, "3. คะแนน").then(() => p.getByRole("table", { name: "กรอกคะแนนรายตัวชี้วัด" }).waitFor()),
  },
  {
    name: "4-measures",
    show: (p) =>
      tab(p, "4. มาตรการ").then(() => p.getByRole("button", { name: /^มาตรการในชีต/ }).waitFor()),
  },
  {
    name: "4b-catalogue",
    show: async (p) => {
      await p.getByRole("button", { name: "เลือกจากคลังมาตรการ" }).click();
      await shownText(p, /^พบ \d+ มาตรการ$/).waitFor();
    },
  },
  {
    name: "5-check",
    show: async (p) => {
      await tab(p, "5. ตรวจ");
      await p.getByRole("button", { name: "ตรวจข้อมูล" }).click();
      await shownText(p, /ข้อมูลถูกต้อง|^พบ/)
        .first()
        .waitFor();
    },
  },
  {
    name: "6-reports",
    show: async (p) => {
      await tab(p, "6. รายงาน");
      await p.getByRole("button", { name: /^สร้างชีตรายงาน/ }).click();
      await shownText(p, /สร้างรายงานแล้ว \d ชีต|ยังสร้างรายงานไม่ได้/)
        .first()
        .waitFor();
    },
  },
];

function tab(page: Page, name: string) {
  return page.getByRole("tab", { name }).click();
}

const describeBrowser = hasChromium ? describe : describe.skip;
if (!hasChromium) it.skip(NO_CHROMIUM, () => undefined);

describeBrowser("every screen, at both pane sizes, light and dark", () => {
  let server: PreviewServer;
  let input: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await ensureBuilt();
    await writeFakeAddinPage(PAGE_DIR);
    server = await startPreviewServer({ "/e2e": PAGE_DIR });
    input = join(work, "ข้อมูล.xlsx");
    await writeInputWorkbook(input, "seed001", { มาตรการ: { J3: "www.example.go.th" } });
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
  });

  for (const theme of ["light", "dark"] as const)
    for (const host of ["standalone", "addin"] as const)
      it(`${host} in ${theme}: no serious or critical axe finding, one main landmark`, async () => {
        const browser: Browser = await launchChromium({ colorScheme: theme });
        const findings: (AxeFinding & { screen: string })[] = [];
        try {
          for (const size of SIZES) {
            const page = await browser.context.newPage();
            await page.setViewportSize({ width: size.width, height: size.height });
            const check = async (name: string) => {
              for (const f of await seriousAxeFindings(page))
                findings.push({ ...f, screen: `${size.name} ${name}` });
              await page.screenshot({
                path: join(SHOTS, `screen-${host}-${theme}-${size.name}-${name}.png`),
                fullPage: false,
              });
            };
            if (host === "standalone") {
              await page.goto(`${server.origin}/standalone.html`);
              await shownText(page, "เปิดสมุดงาน ITA (.xlsx)").waitFor();
              await check("0-open");
              await page.getByLabel("เลือกไฟล์ Excel (.xlsx)").setInputFiles(input);
            } else {
              await page.goto(
                `${server.origin}/e2e/taskpane.html${theme === "dark" ? "?dark" : ""}`,
              );
            }
            await page.getByRole("tablist", { name: "ขั้นตอน" }).waitFor();
            for (const screen of SCREENS) {
              await screen.show(page);
              expect(await page.getByRole("main").count()).toBe(1);
              await check(screen.name);
            }
            await page.close();
          }
        } finally {
          await browser.close();
        }
        expect(findings).toEqual([]);
      });
});
