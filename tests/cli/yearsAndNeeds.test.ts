import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { parseInputJson } from "../../src/domain/input/parseInputJson";
import { XlsxReportWriter } from "../../src/xlsx/xlsxReportWriter";
import { FIXTURE_DIR } from "../helpers/fixtures";

const dir = mkdtempSync(join(tmpdir(), "ita-cli-years-"));
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.json`), "utf8"));
const writeJson = (name: string, data: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
};
const sheetNames = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
};

/** Seed 001's people, measures and two scored years, moved so that the report's year is `fiscalYearBE`. */
function movedSeed001(fiscalYearBE: number) {
  const seed = fixture("seed001");
  const [before, after] = Object.values(seed.scores);
  return {
    ...seed,
    fiscalYearBE,
    reportDate: null,
    scores: { [fiscalYearBE - 2]: before, [fiscalYearBE - 1]: after },
    officialTotals: {},
  };
}

describe("this fiscal year and the ones after it", () => {
  it("summarises fiscal year 2570 with the scores of 2568 and 2569, both provisional, and builds every report", async () => {
    const file = writeJson("fy2570.json", movedSeed001(2570));
    const summary = await cli("summary", file);
    expect(summary.code).toBe(0);
    expect(summary.out).toContain("ปี 2569: คะแนนรวม 95.42 ระดับ ผ่านดี");
    expect(summary.out).toContain("[เกณฑ์เบื้องต้น]");
    const out = join(dir, "fy2570.xlsx");
    const built = await cli(
      "build",
      file,
      "-o",
      out,
      "--reports",
      "memo,analysis,plan,year-end,score-comparison",
    );
    expect(built.code).toBe(0);
    expect(await sheetNames(out)).toEqual([
      "บันทึกข้อความ",
      "วิเคราะห์ผล ITA",
      "แผนพัฒนาจากผล ITA",
      "ปกรายงานผลประจำปี",
      "รายงานผลประจำปี",
      "เปรียบเทียบคะแนน ITA",
    ]);
  });

  it("assumes a year after the last known one with a warning that names it, never refusing it", async () => {
    const file = writeJson("fy2572.json", movedSeed001(2572));
    const summary = await cli("summary", file);
    expect(summary.code).toBe(0);
    expect(summary.err).toContain("คำเตือน");
    expect(summary.err).toContain("ยังไม่มีเกณฑ์ ITA ของปี 2571 จึงใช้เกณฑ์ของปี 2569");
    expect(summary.out).toContain("[ใช้เกณฑ์ปี 2569]");
    expect((await cli("build", file, "-o", join(dir, "fy2572.xlsx"))).code).toBe(0);
  });
});

/** Seed `name`'s input sheets as the pane or `init` writes them, with the Scores sheet left empty. */
async function workbookWithoutScores(name: string) {
  const { input: seed } = parseInputJson(
    JSON.stringify({ ...fixture(name), scores: {}, officialTotals: {} }),
  );
  const writer = new XlsxReportWriter();
  await writer.write({ sheets: buildInputSheets(seed!) });
  const input = join(dir, `${name}-no-scores.xlsx`);
  writeFileSync(input, await writer.toBuffer());
  return input;
}

describe.each(["seed000", "seed003"])(
  "scores only where a report needs them (%s, a progress report)",
  (name) => {
    // Seed 000 opens with its cover (the setting หน้าปก travels through the Settings sheet too); seed 003 has none.
    const sheets =
      name === "seed000" ? ["ปกรายงานผลตามมาตรการ", "รายงานผลตามมาตรการ"] : ["รายงานผลตามมาตรการ"];
    it('JSON with "scores": {} validates clean and builds its progress report without --force', async () => {
      const file = writeJson(`${name}-no-scores.json`, {
        ...fixture(name),
        scores: {},
        officialTotals: {},
      });
      const validated = await cli("validate", file);
      expect(validated.code).toBe(0);
      expect(validated.out + validated.err).not.toContain("ข้อผิดพลาด");
      const summary = await cli("summary", file);
      expect([summary.code, summary.out]).toEqual([
        0,
        expect.stringContaining("ยังไม่มีปีที่มีคะแนนครบทุกตัวชี้วัด"),
      ]);
      const out = join(dir, `${name}-no-scores-report.xlsx`);
      const built = await cli("build", file, "-o", out);
      expect(built.code).toBe(0);
      expect(await sheetNames(out)).toEqual(sheets);
    });

    it("a workbook with an empty Scores sheet validates clean and builds its measures report without --force", async () => {
      const input = await workbookWithoutScores(name);
      const validated = await cli("validate", input);
      expect(validated.code).toBe(0);
      expect(validated.out + validated.err).not.toContain("ข้อผิดพลาด");
      const out = join(dir, `${name}-no-scores-wb-report.xlsx`);
      const built = await cli("build", input, "-o", out);
      expect(built.code).toBe(0);
      expect(await sheetNames(out)).toEqual(sheets);
    });
  },
);

describe("a report that needs scores names what it lacks", () => {
  it("in JSON: the report, the indicators and the path to fill in", async () => {
    const file = writeJson("no-scores-asked.json", {
      ...fixture("seed000"),
      scores: {},
      officialTotals: {},
    });
    const built = await cli(
      "build",
      file,
      "-o",
      join(dir, "never.xlsx"),
      "--reports",
      "score-comparison",
    );
    expect(built.code).toBe(1);
    expect(built.err).toContain(
      'สร้างชีต "เปรียบเทียบคะแนน ITA" ไม่ได้ เพราะยังไม่มีคะแนน ITA ที่รายงานนี้ต้องใช้',
    );
    expect(built.err).toContain(
      "คะแนนตัวชี้วัดที่ 1–10 อย่างน้อยหนึ่งปี ที่ scores.<ปี พ.ศ.>.<ตัวชี้วัด> เช่น scores.2565.1",
    );
  });

  it("in a workbook: the year's cell and the indicators' cells of the Scores sheet", async () => {
    const input = await workbookWithoutScores("seed003");
    const built = await cli(
      "build",
      input,
      "-o",
      join(dir, "never2.xlsx"),
      "--reports",
      "analysis",
    );
    expect(built.code).toBe(1);
    expect(built.err).toContain('สร้างชีต "วิเคราะห์ผล ITA" ไม่ได้');
    expect(built.err).toContain("(ปีที่เซลล์ E2 คะแนนที่เซลล์ E4:E13)");
  });
});

describe("a year with incomplete indicator scores, from its published totals (seeds 004 and 002 as written)", () => {
  /** Seed `name`'s input sheets as the pane or `init` writes them. */
  async function workbookOf(name: string) {
    const { input: seed } = parseInputJson(JSON.stringify(fixture(name)));
    const writer = new XlsxReportWriter();
    await writer.write({ sheets: buildInputSheets(seed!) });
    const file = join(dir, `${name}-as-written.xlsx`);
    writeFileSync(file, await writer.toBuffer());
    return file;
  }

  it.each(["json", "xlsx"])(
    "seed 004 (%s): only the overall 90.93, level A; validates clean, builds its memo and plan, the analysis says what it lacks",
    async (kind) => {
      const file =
        kind === "json" ? join(FIXTURE_DIR, "seed004.json") : await workbookOf("seed004");
      const validated = await cli("validate", file);
      expect([validated.code, validated.out + validated.err]).toEqual([
        0,
        expect.not.stringContaining("ข้อผิดพลาด"),
      ]);
      // No instrument is known, so none is listed (no empty brackets).
      expect((await cli("summary", file)).out.split("\n")[0]).toBe(
        "ปี 2565: คะแนนรวม 90.93 ระดับ A [ใช้คะแนนที่ประกาศ: คะแนนรวม; ไม่มีคะแนนตัวชี้วัดที่ 1–10]",
      );
      const out = join(dir, `seed004-${kind}.xlsx`);
      expect((await cli("build", file, "-o", out, "--reports", "memo,plan")).code).toBe(0);
      expect(await sheetNames(out)).toEqual(["บันทึกข้อความ", "แผนพัฒนาจากผล ITA"]);
      const analysis = await cli(
        "build",
        file,
        "-o",
        join(dir, `never-${kind}.xlsx`),
        "--reports",
        "analysis",
      );
      expect(analysis.code).toBe(1);
      expect(analysis.err).toContain(
        "ปี 2565 มีเพียงคะแนนรวมที่ ป.ป.ช. ประกาศ ยังไม่มีคะแนนรายตัวชี้วัดที่ 1–10",
      );
      if (kind === "xlsx") expect(analysis.err).toContain("(E4:E13)");
    },
  );

  it("seed 002 as a workbook: indicator 9 blank, its OIT published; validates clean and builds every report", async () => {
    const file = await workbookOf("seed002");
    const validated = await cli("validate", file);
    expect([validated.code, validated.out + validated.err]).toEqual([
      0,
      expect.not.stringContaining("ข้อผิดพลาด"),
    ]);
    expect((await cli("summary", file)).out).toContain(
      "ปี 2562: คะแนนรวม 76.05 ระดับ B  (IIT 87.46  EIT 66.29  OIT 74.80) [ใช้คะแนนที่ประกาศ: คะแนนรวม, OIT; ไม่มีคะแนนตัวชี้วัดที่ 9]",
    );
    const out = join(dir, "seed002-all.xlsx");
    // Without the published overall score, it is weighted from IIT and EIT computed and OIT as published.
    const noOverall = join(dir, "seed002-no-overall.json");
    const seed = fixture("seed002") as { officialTotals: Record<string, Record<string, unknown>> };
    writeFileSync(
      noOverall,
      JSON.stringify({
        ...seed,
        officialTotals: { 2562: { OIT: seed.officialTotals["2562"]!.OIT } },
      }),
    );
    expect((await cli("summary", noOverall)).out).toContain(
      "ปี 2562: คะแนนรวม 76.05 ระดับ B  (IIT 87.46  EIT 66.29  OIT 74.80) [ใช้คะแนนที่ประกาศ: OIT; ไม่มีคะแนนตัวชี้วัดที่ 9; คะแนนรวมคำนวณจากคะแนนแบบวัด]",
    );
    expect((await cli("validate", noOverall)).code).toBe(0);
    expect(
      (
        await cli(
          "build",
          file,
          "-o",
          out,
          "--reports",
          "memo,analysis,plan,year-end,score-comparison",
        )
      ).code,
    ).toBe(0);
    expect(await sheetNames(out)).toHaveLength(5);
  });
});
