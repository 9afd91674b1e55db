import type { CellGrid } from "../sheet/cellInput";
import { DEFAULT_LAYOUT } from "../model/reportLayout";
import { reportInputWith, scoresOf } from "../testing/builders";
import { buildInputSheets } from "./inputSheets";
import { SETTINGS_SHEET } from "./inputLayout";
import { parseInputJson } from "./parseInputJson";
import { readInputWorkbook } from "./readInputWorkbook";
import seed001 from "../../../tests/fixtures/seed001.json";

const OFF = { ...DEFAULT_LAYOUT, progress: { ...DEFAULT_LAYOUT.progress, problems: false } };
const MESSAGE =
  'ตั้ง "ปัญหาและอุปสรรค/ข้อเสนอแนะ (รายงานผลตามมาตรการ)" เป็น ไม่มี ข้อความนี้จึงไม่ถูกพิมพ์ในรายงานผลตามมาตรการ ลบออก หรือตั้งเป็น มี';

describe("a problems or remedies text while the progress report leaves that section out", () => {
  const input = (layout = OFF, remedies = "จัดอบรมเพิ่มเติม") =>
    reportInputWith({
      fiscalYearBE: 2567,
      scores: scoresOf({ 2566: Array(10).fill(9000) }),
      layout,
      problems: "งบประมาณไม่เพียงพอ",
      remedies,
    });
  const readBack = (i: ReturnType<typeof input>) => {
    const grids = new Map(buildInputSheets(i).map((s) => [s.name, s.rows as CellGrid]));
    const settings = grids.get(SETTINGS_SHEET)!;
    const rowOf = (label: string) => settings.findIndex((r) => r[0] === label) + 1;
    return { read: readInputWorkbook(grids), rowOf };
  };

  it("is a warning at each typed text's cell, read back from the workbook", () => {
    const { read, rowOf } = readBack(input());
    const warned = read.issues.filter((i) => i.code === "problems-section-off");
    expect(warned.map((i) => [i.severity, i.sheet, i.cell])).toEqual([
      ["warning", SETTINGS_SHEET, `B${rowOf("ปัญหาและอุปสรรค")}`],
      ["warning", SETTINGS_SHEET, `B${rowOf("ข้อเสนอแนะ/แนวทางแก้ไข")}`],
    ]);
    expect(warned[0]!.message).toContain(MESSAGE);
  });

  it("is no warning while the section is printed, nor for an empty text or a dash alone", () => {
    expect(
      readBack(input(DEFAULT_LAYOUT)).read.issues.filter((i) => i.code === "problems-section-off"),
    ).toEqual([]);
    const { read, rowOf } = readBack(input(OFF, " - "));
    expect(read.issues.filter((i) => i.code === "problems-section-off").map((i) => i.cell)).toEqual(
      [`B${rowOf("ปัญหาและอุปสรรค")}`],
    );
  });

  it("is a warning at its JSON path, by the same rule", () => {
    const json = (layout: unknown, problems: string) =>
      JSON.stringify({ ...seed001, layout, problems, remedies: "" });
    const { issues } = parseInputJson(json({ progress: { problems: false } }, "งบประมาณไม่เพียงพอ"));
    expect(
      issues
        .filter((i) => i.code === "problems-section-off")
        .map((i) => [i.severity, i.path, i.message]),
    ).toEqual([
      [
        "warning",
        "problems",
        'ข้อมูล JSON ที่ problems: ตั้ง "layout.progress.problems" เป็น false ข้อความนี้จึงไม่ถูกพิมพ์ในรายงานผลตามมาตรการ ลบออก หรือตั้งเป็น true',
      ],
    ]);
    expect(
      parseInputJson(json({ progress: { problems: true } }, "งบประมาณไม่เพียงพอ")).issues.filter(
        (i) => i.code === "problems-section-off",
      ),
    ).toEqual([]);
  });
});
