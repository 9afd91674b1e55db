import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { FIXTURE_DIR } from "../helpers/fixtures";

const dir = mkdtempSync(join(tmpdir(), "ita-cli-framework-"));
const write = (name: string, data: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
  return file;
};

/** The 2570 manual as a user might type it: twelve indicators in four instruments, 25/25/30/20. */
const RECORD_2570 = {
  fiscalYearBE: 2570,
  status: "verified",
  source: "คู่มือการประเมิน ITA ปี 2570",
  instruments: [
    { code: "IIT", name: "แบบวัดภายใน", weightPercent: 25 },
    { code: "EIT", name: "แบบวัดภายนอก", weightPercent: 25 },
    { code: "OIT", name: "แบบตรวจข้อมูลสาธารณะ", weightPercent: 30 },
    { code: "CIT", name: "แบบวัดการมีส่วนร่วม", weightPercent: 20 },
  ],
  indicators: Array.from({ length: 12 }, (_, i) => ({
    number: i + 1,
    name: `ตัวชี้วัดทดลอง ${i + 1}`,
    instrument: i < 4 ? "IIT" : i < 7 ? "EIT" : i < 10 ? "OIT" : "CIT",
  })),
  levels: [
    { level: "ดีเยี่ยม", minOverall: 92, minEachInstrument: 88 },
    { level: "ดี", minOverall: 80 },
    { level: "ปรับปรุง", minOverall: 0 },
  ],
  passMark: 80,
  strengthThreshold: 92.5,
};

/** Seed 001's people and measures in fiscal year 2571, with ITA 2570 scored on the twelve indicators. */
function input2571() {
  const seed = JSON.parse(readFileSync(join(FIXTURE_DIR, "seed001.json"), "utf8"));
  // IIT 90, EIT 85, OIT 95, CIT 70 → 0.25·90 + 0.25·85 + 0.3·95 + 0.2·70 = 86.25
  const score = (n: number) => (n <= 4 ? 90 : n <= 7 ? 85 : n <= 10 ? 95 : 70);
  const scores = Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [String(i + 1), score(i + 1)]),
  );
  // ITA 2569 on the built-in ten indicators: seed 001's 2567 figures (95.42, ผ่านดี).
  return {
    ...seed,
    fiscalYearBE: 2571,
    reportDate: null,
    scores: { 2569: seed.scores["2567"], 2570: scores },
    officialTotals: {},
  };
}

describe("ita-report --framework FILE.json", () => {
  it("scores a year with the user's record of another shape, says so in the notes, and never assumes that year", async () => {
    const framework = write("itA2570.json", RECORD_2570);
    const input = write("fy2571.json", input2571());
    const summary = await cli("summary", input, "--framework", framework, "--json");
    expect(summary.code).toBe(0);
    const json = JSON.parse(summary.out);
    const [before, year] = json.years;
    expect(before).toMatchObject({ fiscalYearBE: 2569, overall: 95.42, level: "ผ่านดี" });
    // The two frames share indicators 1–10: those are compared, 11 and 12 have no change.
    expect(json.comparison.indicators.map((i: { number: number }) => i.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(json.comparison.overall).toMatchObject({
      previous: 95.42,
      current: 86.25,
      change: -9.17,
    });
    expect(year).toMatchObject({
      fiscalYearBE: 2570,
      overall: 86.25,
      level: "ดี",
      instruments: { IIT: 90, EIT: 85, OIT: 95, CIT: 70 },
    });
    expect(
      json.issues.filter((i: { code: string }) => i.code === "year-framework-assumed"),
    ).toEqual([]);

    const out = join(dir, "fy2571.xlsx");
    const built = await cli(
      "build",
      input,
      "--framework",
      framework,
      "-o",
      out,
      "--reports",
      "memo,analysis,plan,year-end,score-comparison",
    );
    expect(built.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const text = (name: string) => {
      const cells: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((c) => typeof c.value === "string" && cells.push(c.value)),
      );
      return cells.join("\n");
    };
    for (const sheet of ["วิเคราะห์ผล ITA", "เปรียบเทียบคะแนน ITA"]) {
      expect(text(sheet)).toContain("เป็นเกณฑ์ที่ผู้จัดทำรายงานกำหนด (คู่มือการประเมิน ITA ปี ๒๕๗๐)");
      expect(text(sheet)).toContain("CIT");
    }
  });

  it("without the option the same input is scored with the assumed 2569 frame and refuses the extra indicators", async () => {
    const input = write("fy2571-plain.json", input2571());
    const r = await cli("validate", input);
    expect(r.code).toBe(1);
    expect(r.out).toContain("ยังไม่มีเกณฑ์ ITA ของปี 2570 จึงใช้เกณฑ์ของปี 2569");
    expect(r.out).toContain("scores.2570.11");
  });

  it("refuses a bad record with Thai messages that name the file and the JSON path, and builds nothing", async () => {
    const bad = {
      ...RECORD_2570,
      instruments: RECORD_2570.instruments.map((i) =>
        i.code === "CIT" ? { ...i, weightPercent: 10 } : i,
      ),
    };
    const framework = write("bad-frame.json", [bad]);
    const input = write("fy2571-bad.json", input2571());
    const r = await cli("build", input, "--framework", framework, "-o", join(dir, "never.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${framework}: ข้อผิดพลาด: ข้อมูล JSON ที่ [0].instruments:`);
    expect(r.err).toContain(`ไม่ได้ใช้ไฟล์เกณฑ์ "${framework}"`);
  });

  it("says a framework file that is not JSON is not JSON", async () => {
    const r = await cli(
      "summary",
      write("in.json", input2571()),
      "--framework",
      write("frame.json", "{ nope"),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain("ไฟล์ JSON ไม่ถูกต้อง");
  });
});
