import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { FIXTURE_DIR } from "../helpers/fixtures";
import { hasTool, pdfPages, pdfPageSizes, pdfText } from "../helpers/tools";

const dir = mkdtempSync(join(tmpdir(), "ita-cli-"));
const seed001 = join(FIXTURE_DIR, "seed001.json");

describe("ita-report summary", () => {
  it("prints every figure of seed 001 as JSON", async () => {
    const r = await cli("summary", seed001, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const [y2566, y2567] = json.years;
    expect(y2566).toMatchObject({ fiscalYearBE: 2566, overall: 98.67, level: "ผ่านดีเยี่ยม" });
    expect(y2567).toMatchObject({
      fiscalYearBE: 2567,
      instruments: { IIT: 99.57, EIT: 93.74, OIT: 93.57 },
      overall: 95.42,
      level: "ผ่านดี",
    });
    expect(json.comparison.overall).toEqual({
      previous: 98.67,
      current: 95.42,
      change: -3.25,
      text: "ลดลง ๓.๒๕",
    });
    expect(json.comparison.indicators[7]).toEqual({
      number: 8,
      previous: 97.63,
      current: 81.72,
      change: -15.91,
      text: "ลดลง ๑๕.๙๑",
    });
    // Its plan lists indicators 8 (81.72) and 9 (87.14), which none of its measures names.
    expect(json.issues.map((i: { code: string; path: string }) => [i.code, i.path])).toEqual([
      ["indicator-measure-unnamed", "scores.2567.8"],
      ["indicator-measure-unnamed", "scores.2567.9"],
    ]);
  });

  it("prints seed 002's 2562 figures: 76.05, level B, the published OIT where indicator 9 has no score", async () => {
    const r = await cli("summary", join(FIXTURE_DIR, "seed002.json"), "--json");
    const [y] = JSON.parse(r.out).years;
    expect(y).toMatchObject({
      overall: 76.05,
      level: "B",
      instruments: { IIT: 87.46, EIT: 66.29, OIT: 74.8 },
    });
    expect(y).toMatchObject({ missingIndicators: [9], publishedTotals: ["overall", "OIT"] });
    expect(y.indicators.map((i: { number: number }) => i.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 10,
    ]);
    expect(y.indicators[8].score).toBe(93.75);
    const text = await cli("summary", join(FIXTURE_DIR, "seed002.json"));
    expect(text.out).toContain(
      "ปี 2562: คะแนนรวม 76.05 ระดับ B  (IIT 87.46  EIT 66.29  OIT 74.80) [ใช้คะแนนที่ประกาศ: คะแนนรวม, OIT; ไม่มีคะแนนตัวชี้วัดที่ 9]",
    );
  });

  it("prints seed 004's 2565 figures from its published overall score alone: 90.93, level A", async () => {
    const r = await cli("summary", join(FIXTURE_DIR, "seed004.json"), "--json");
    const [y] = JSON.parse(r.out).years;
    expect(y).toMatchObject({
      fiscalYearBE: 2565,
      overall: 90.93,
      level: "A",
      instruments: {},
      indicators: [],
      publishedTotals: ["overall"],
    });
  });
});

describe("ita-report init and build", () => {
  const input = join(dir, "input.xlsx");

  it("creates a blank input workbook and refuses to overwrite it", async () => {
    expect((await cli("init", input)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "ข้อมูลรายงาน",
      "คะแนน ITA",
      "มาตรการ",
      "รายการเลือก",
    ]);
    expect(wb.getWorksheet("รายการเลือก")!.state).toBe("hidden");
    const again = await cli("init", input);
    expect(again.code).toBe(2);
    expect(again.err).toContain("จะไม่เขียนทับ");
  });

  it("refuses to build from the blank workbook and names the cells to fill", async () => {
    const r = await cli("build", input, "-o", join(dir, "never.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toContain('ชีต "ข้อมูลรายงาน" เซลล์ B4');
    expect(r.err).toContain("ไม่ได้สร้างรายงาน");
    expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
  });

  it("reports a decimal comma in a filled workbook by sheet and cell, and leaves the input file unchanged", async () => {
    const filled = join(dir, "filled.xlsx");
    expect((await cli("demo", "--out", dir)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "demo-input.xlsx"));
    wb.getWorksheet("คะแนน ITA")!.getCell("E11").value = "98,43";
    await wb.xlsx.writeFile(filled);
    const before = readFileSync(filled);
    const r = await cli("build", filled, "-o", join(dir, "bad.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toContain('ชีต "คะแนน ITA" เซลล์ E11');
    expect(r.err).toContain("จุลภาค");
    expect(readFileSync(filled).equals(before)).toBe(true);
  });

  it("builds the report workbook from JSON", async () => {
    const out = join(dir, "report.xlsx");
    const r = await cli("build", seed001, "-o", out);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("เปรียบเทียบคะแนน ITA")!;
    expect(ws.getCell("E13").value).toBe("ลดลง ๑๕.๙๑");
    expect(ws.getCell("D19").value).toBe(95.42);
    expect(ws.getCell("D19").numFmt).toBe("[$-D00041E]0.00;[$-D00041E]-0.00;[$-D00041E]0.00");
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: false,
      scale: 96,
      printTitlesRow: "5:5",
    });
  });
});

describe("ita-report errors", () => {
  it.each([
    [["build", "/nope/missing.xlsx", "-o", "x.xlsx"], "ไม่พบไฟล์"],
    [["summary", seed001.replace(".json", ".txt")], "ต้องเป็น .xlsx หรือ .json"],
    [["frobnicate"], "ไม่รู้จักคำสั่ง"],
    [["build", seed001], "-o <รายงาน.xlsx>"],
  ])("%j says what is wrong in Thai", async (args, text) => {
    const r = await cli(...(args as string[]));
    expect(r.code).toBeGreaterThan(0);
    expect(r.err).toContain(text);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("says a file that is not a workbook is not one", async () => {
    const fake = join(dir, "fake.xlsx");
    writeFileSync(fake, "this is not a zip");
    const r = await cli("summary", fake);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ไม่ใช่ไฟล์ Excel");
  });

  it("reports malformed JSON", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    const r = await cli("summary", bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain("ไฟล์ JSON ไม่ถูกต้อง");
  });
});

const withPdf = hasTool("soffice") && hasTool("pdftotext") ? describe : describe.skip;

withPdf("ita-report build --pdf", () => {
  it("writes a portrait cover, then A4 landscape pages with the Thai table and the header on every page", async () => {
    const pdf = join(dir, "report.pdf");
    const r = await cli("build", seed001, "-o", join(dir, "r.xlsx"), "--pdf", pdf);
    expect(r.code).toBe(0);
    const { pages } = pdfPages(pdf);
    const [cover, ...rest] = pdfPageSizes(pdf);
    expect([cover!.width, cover!.height].map(Math.round)).toEqual([595, 842]); // seed 001 opens with its cover
    expect(rest.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual(
      rest.map(() => [842, 595]),
    );
    const text = pdfText(pdf);
    for (const phrase of [
      "ผลการประเมินคุณธรรมและความโปร่งใส",
      "การปรับปรุงระบบการทำงาน",
      "ลดลง ๑๕.๙๑",
      "๙๕.๔๒",
      "ผ่านดีเยี่ยม",
      "ผ่านเกณฑ์ ๘๕ คะแนน ๙ จาก ๑๐ ตัวชี้วัด",
    ])
      expect(text).toContain(phrase);
    // After the cover, each page shows the header of the table it continues: measures table, then score table.
    const [coverText, ...pageTexts] = text.split("\f").filter((t) => t.trim() !== "");
    expect(pageTexts).toHaveLength(pages - 1);
    expect(coverText).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗");
    for (const page of pageTexts) expect(page).toMatch(/มาตรการ\/กิจกรรม\/แนวทาง|รายละเอียดตัวชี้วัด/);
  }, 120_000);
});

describe("ita-report validate", () => {
  it("says the data is right when there is nothing to say (seed 002)", async () => {
    const r = await cli("validate", join(FIXTURE_DIR, "seed002.json"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("ข้อมูลถูกต้อง ไม่พบปัญหา");
  });

  it("prints Thai warnings and exits 0 when there is no error (seed 001)", async () => {
    const r = await cli("validate", seed001);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "scores.2567.8: ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้ 81.72 คะแนนในปี 2567 ต่ำกว่าเกณฑ์ 85",
    );
    expect(r.out).toContain("พบข้อผิดพลาด 0 รายการ และคำเตือน 2 รายการ");
  });

  it("prints JSON with code, severity, sheet, cell and message, and exits 1 on errors", async () => {
    const bad = join(dir, "bad-score.json");
    const data = JSON.parse(readFileSync(seed001, "utf8"));
    data.scores["2567"]["8"] = "81,72";
    writeFileSync(bad, JSON.stringify(data));
    const r = await cli("validate", bad, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual([
      expect.objectContaining({
        code: "score-decimal-comma",
        severity: "error",
        path: "scores.2567.8",
        sheet: null,
        cell: null,
      }),
    ]);
  });

  it("builds with --force despite errors, and only the reports asked for", async () => {
    const bad = join(dir, "bad-score.json");
    const out = join(dir, "forced.xlsx");
    expect((await cli("build", bad, "-o", out)).code).toBe(1);
    const forced = await cli("build", bad, "-o", out, "--force");
    expect(forced.code).toBe(0);
    expect(forced.err).toContain("scores.2567.8"); // still reported
    const r = await cli("build", seed001, "-o", out, "--reports", "score-comparison");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["เปรียบเทียบคะแนน ITA"]);
    expect((await cli("build", seed001, "-o", out, "--reports", "poster")).err).toContain(
      "ไม่รู้จักรายงาน",
    );
  });
});
