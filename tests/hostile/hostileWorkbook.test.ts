import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

/** Runs the CLI in-process and returns its exit code and JSON output. */
async function validateJson(file: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["validate", file, "--json"], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return {
    code,
    err: err.join("\n"),
    issues: JSON.parse(out.join("\n") || "[]") as {
      code: string;
      severity: string;
      sheet: string | null;
      cell: string | null;
      message: string;
    }[],
  };
}

const dir = mkdtempSync(join(tmpdir(), "ita-hostile-"));

describe("a hostile input workbook", () => {
  let issues: Awaited<ReturnType<typeof validateJson>>["issues"];
  let code: number;

  beforeAll(async () => {
    expect(await main(["demo", "--out", dir], { out: () => undefined, err: () => undefined })).toBe(
      0,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "demo-input.xlsx"));
    const scores = wb.getWorksheet("คะแนน ITA")!;
    scores.getCell("E4").value = "  ๙๙.๑๐ "; // Thai digits and spaces: fine
    scores.getCell("E5").value = {
      formula: "1/0",
      result: { error: "#DIV/0!" },
    } as ExcelJS.CellValue;
    scores.getCell("E6").value = true;
    scores.getCell("E7").value = "=96.51";
    scores.getCell("E8").value = 98.435;
    scores.getCell("E9").value = { error: "#N/A" } as ExcelJS.CellValue;
    scores.getCell("E10").value = null;
    scores.getCell("D2").value = 2024; // a Gregorian year

    const m = wb.getWorksheet("มาตรการ")!;
    const rows: (string | number | boolean | Date | null)[][] = [
      [
        1,
        "=SUM(A1)",
        "-ลดลง",
        "@ทุกกอง",
        "+ตลอดปี",
        "ประชุมเมื่อวันที่ 18 ม.ค. 2567",
        "ดำเนินการแล้ว",
        "",
        "",
        "https://example.go.th/ita",
      ],
      [
        "๑๐",
        "ป้องกันการทุจริต 😀",
        "วิธีการ",
        "สำนักปลัด",
        45000,
        "x".repeat(40_000),
        "ดำเนินการแล้ว",
        "",
        "",
        "not a link",
      ],
      ["abc", "มาตรการ", "", "", "", "", "เสร็จ", "", "", ""],
      [8, "ปรับปรุงระบบ", "วิธี", "สำนักปลัด", "ไตรมาส 1-4", "", "ดำเนินการแล้ว", "", "", ""],
      [
        3,
        "ผู้ลงนาม นายจिरายู",
        "วิธี",
        "สำนักปลัด",
        "ปีงบประมาณ 2566",
        "ดำเนินการแล้วเสร็จ",
        "ไม่ทราบ",
        "",
        "",
        "",
      ],
      [4, true, new Date(Date.UTC(2024, 0, 18)), 12, "1 ต.ค.64 - 31 มี.ค.65", "", "", "", "", ""],
    ];
    rows.forEach((values, i) => (m.getRow(3 + i).values = values));
    m.mergeCells("H3:I4");
    await wb.xlsx.writeFile(join(dir, "hostile.xlsx"));
    ({ issues, code } = await validateJson(join(dir, "hostile.xlsx")));
  }, 120_000);

  it("is reported, not crashed on, and exits 1 for its errors", () => {
    expect(code).toBe(1);
    expect(issues.length).toBeGreaterThan(10);
    for (const issue of issues) {
      expect(issue.message).toMatch(/[\u0e00-\u0e7f]/); // Thai
      if (issue.cell) expect(issue.message).toContain(`เซลล์ ${issue.cell}`);
    }
  });

  it.each([
    ["คะแนน ITA", "E5", "score-cell-error"],
    ["คะแนน ITA", "E6", "score-not-a-number"],
    ["คะแนน ITA", "E7", "score-not-a-number"],
    ["คะแนน ITA", "E8", "score-too-many-decimals"],
    ["คะแนน ITA", "E9", "score-cell-error"],
    ["คะแนน ITA", "E10", "score-empty"],
    ["คะแนน ITA", "D2", "year-gregorian"],
    ["มาตรการ", "F4", "text-too-long"],
    ["มาตรการ", "J4", "evidence-url-invalid"],
    ["มาตรการ", "A5", "indicator-invalid"],
    ["มาตรการ", "F6", "result-missing"],
    ["มาตรการ", "B7", "non-thai-script"],
    ["มาตรการ", "F7", "result-generic"],
    ["มาตรการ", "G7", "status-invalid"],
    ["มาตรการ", "E7", "period-outside-year"],
    ["มาตรการ", "E8", "period-outside-year"],
  ])("names %s!%s with %s", (sheet, cell, issueCode) => {
    expect(issues).toContainEqual(expect.objectContaining({ sheet, cell, code: issueCode }));
  });

  it("accepts what only looks odd: Thai digits with spaces, user text starting with = - + @, emoji", () => {
    const flagged = new Set(issues.map((i) => `${i.sheet}!${i.cell}`));
    for (const ok of ["คะแนน ITA!E4", "มาตรการ!B3", "มาตรการ!C3", "มาตรการ!D3", "มาตรการ!B4"])
      expect(flagged.has(ok)).toBe(false);
  });

  it("never changes the file it checks", async () => {
    const { readFileSync } = await import("node:fs");
    const before = readFileSync(join(dir, "hostile.xlsx"));
    await validateJson(join(dir, "hostile.xlsx"));
    expect(readFileSync(join(dir, "hostile.xlsx")).equals(before)).toBe(true);
  });
});
