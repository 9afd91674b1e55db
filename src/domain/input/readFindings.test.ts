import type { CellGrid } from "../sheet/cellInput";
import { reportInputWith, scoresOf } from "../testing/builders";
import { buildInputSheets } from "./inputSheets";
import { SETTINGS_SHEET } from "./inputLayout";
import { parseInputJson } from "./parseInputJson";
import { readInputWorkbook } from "./readInputWorkbook";
import { findingLabel, findingOfLabel } from "./textsLayout";
import seed002 from "../../../tests/fixtures/seed002.json";

const workbookOf = (input: ReturnType<typeof reportInputWith>) =>
  new Map(buildInputSheets(input).map((s) => [s.name, s.rows as CellGrid]));
const FINDINGS = new Map([
  [8, "ผู้รับบริการยังไม่เห็นการปรับขั้นตอน"],
  [1, "ย่อหน้าแรก\nย่อหน้าที่สอง"],
]);

describe("the user's findings per indicator (seed 002)", () => {
  const input = reportInputWith({
    scores: scoresOf({ 2567: Array(10).fill(9000) }),
    fiscalYearBE: 2568,
    findings: FINDINGS,
  });

  it("have a row per indicator of the frame on the Settings sheet, and read back from it as typed", () => {
    const settings = buildInputSheets(input).find((s) => s.name === SETTINGS_SHEET)!;
    const labels = settings.rows
      .map((r) => String(r[0] ?? ""))
      .filter((l) => findingOfLabel(l) !== null);
    expect(labels).toEqual(Array.from({ length: 10 }, (_, i) => findingLabel(i + 1)));
    const read = readInputWorkbook(workbookOf(input));
    expect(read.issues).toEqual([]);
    expect(read.input!.findings).toEqual(FINDINGS);
    expect(
      readInputWorkbook(workbookOf({ ...input, findings: new Map() })).input!.findings,
    ).toBeUndefined();
  });

  it("read the same from JSON, keyed by the indicator's number", () => {
    const read = parseInputJson(
      JSON.stringify({
        ...seed002,
        findings: { "8": FINDINGS.get(8), "1": FINDINGS.get(1), "3": "  " },
      }),
    );
    expect(read.issues.filter((i) => i.path?.startsWith("findings"))).toEqual([]);
    expect(read.input!.findings).toEqual(FINDINGS);
  });

  it.each<[unknown, string, string]>([
    [{ ตัวชี้วัด8: "x" }, "findings.ตัวชี้วัด8", "เลขตัวชี้วัด"],
    [{ "0": "x" }, "findings.0", "เลขตัวชี้วัด"],
    [{ "8": 5 }, "findings.8", "ข้อความ"],
    [["x"], "findings", "ออบเจ็กต์"],
  ])("say in Thai where a finding is not one: %j", (findings, path, words) => {
    const read = parseInputJson(JSON.stringify({ ...seed002, findings }));
    expect(read.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: "error",
          code: "type-invalid",
          path,
          message: expect.stringContaining(words),
        }),
      ]),
    );
  });

  it("warn at its cell or JSON path of a finding for an indicator the year's frame lacks, and keep it", () => {
    const extra = {
      ...input,
      findings: new Map([...FINDINGS, [12, "ตัวชี้วัดที่เกณฑ์ปีนี้ไม่มี"], [11, "  "]]),
    };
    const sheet = workbookOf(extra);
    const row =
      (sheet.get(SETTINGS_SHEET) as CellGrid).findIndex((r) => r[0] === findingLabel(12)) + 1;
    expect(row).toBeGreaterThan(0);
    const read = readInputWorkbook(sheet);
    expect(read.issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["warning", "finding-indicator-unknown", SETTINGS_SHEET, `B${row}`],
    ]);
    expect(read.issues[0]!.message).toContain("ไม่มีตัวชี้วัดที่ 12 (มีตัวชี้วัดที่ 1–10)");
    expect(read.input!.findings!.get(12)).toBe("ตัวชี้วัดที่เกณฑ์ปีนี้ไม่มี");
    const json = parseInputJson(
      JSON.stringify({ ...seed002, findings: { "8": "x", "12": "y", "11": " " } }),
    );
    expect(
      json.issues
        .filter((i) => i.code === "finding-indicator-unknown")
        .map((i) => [i.severity, i.path]),
    ).toEqual([["warning", "findings.12"]]);
  });

  it("know a label typed in Thai digits or with other spacing, and nothing else", () => {
    expect(findingOfLabel("ข้อค้นพบตัวชี้วัดที่ ๘ (วิเคราะห์ผล)")).toBe(8);
    expect(findingOfLabel(" ข้อค้นพบตัวชี้วัดที่10(วิเคราะห์ผล) ")).toBe(10);
    expect(findingOfLabel("ข้อค้นพบแบบวัด IIT (แผนพัฒนา)")).toBeNull();
    expect(findingOfLabel("ข้อค้นพบตัวชี้วัดที่ 0 (วิเคราะห์ผล)")).toBeNull();
  });
});
