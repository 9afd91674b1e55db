import { BUILT_IN_FRAMEWORKS } from "../framework/builtInFrameworks";
import { latestFramework } from "../framework/frameworkSet";
import type { ItaFramework } from "../framework/itaFramework";
import { IssueCollector } from "../issues/issueCollector";
import type { CellGrid, CellInput } from "../sheet/cellInput";
import { reportInputWith, scoresOf } from "../testing/builders";
import { FRAMEWORK_SHEET } from "./frameworkLayout";
import { buildFrameworkSheet, nextYearDraft } from "./frameworkSheet";
import { buildInputSheets } from "./inputSheets";
import { readFrameworkSheet } from "./readFrameworkSheet";
import { readInputWorkbook } from "./readInputWorkbook";

const gridOf = (record: ItaFramework): CellInput[][] =>
  buildFrameworkSheet(record).rows.map((r) => [...r] as CellInput[]);
const rowWith = (grid: CellGrid, label: string) => grid.findIndex((r) => r[0] === label);
const read = (grid: CellGrid) => {
  const issues = new IssueCollector();
  return { record: readFrameworkSheet(grid, issues), issues: issues.issues };
};

describe("the framework sheet (เกณฑ์ ITA)", () => {
  it.each(BUILT_IN_FRAMEWORKS.map((f) => [f.fiscalYearBE, f] as const))(
    "holds the record of %i exactly as the program has it",
    (_, record) => {
      const { record: back, issues } = read(gridOf(record));
      expect(issues).toEqual([]);
      expect(back).toEqual({ ...record, origin: "supplied" });
    },
  );

  it("takes an indicator typed into a spare row, and a changed weight", () => {
    const grid = gridOf(latestFramework());
    const first = rowWith(grid, "ข้อ") + 1;
    const last = grid.findIndex(
      (r, i) => i > first && r.every((c) => c === null || c === undefined),
    );
    grid[last] = [11, "การต่อต้านการทุจริตเชิงรุก", "OIT", null];
    const instruments = rowWith(grid, "รหัส");
    grid[instruments + 1]![2] = 25;
    grid[instruments + 3]![2] = 45;
    const { record, issues } = read(grid);
    expect(issues).toEqual([]);
    expect(record!.indicators.at(-1)).toEqual({
      number: 11,
      name: "การต่อต้านการทุจริตเชิงรุก",
      aliases: [],
      instrument: "OIT",
    });
    expect(record!.instruments.map((i) => i.weightPercent)).toEqual([25, 30, 45]);
  });

  it("names the cell of each problem, in Thai", () => {
    const grid = gridOf(latestFramework());
    const status = rowWith(grid, "สถานะของเกณฑ์");
    grid[status]![1] = "ใช้ได้";
    const instruments = rowWith(grid, "รหัส");
    grid[instruments + 1]![2] = 50;
    const indicator = rowWith(grid, "ข้อ") + 2;
    grid[indicator]![2] = "XYZ";
    const { record, issues } = read(grid);
    expect(record).toBeNull();
    const at = (cell: string) => issues.find((i) => i.cell === cell);
    expect(at(`B${status + 1}`)?.message).toBe(
      `ชีต "${FRAMEWORK_SHEET}" เซลล์ B${status + 1}: สถานะของเกณฑ์ "ใช้ได้" ต้องเป็น "ยืนยันแล้ว" หรือ "เบื้องต้น"`,
    );
    // The weights are checked together: the table's heading (one row above its header row) is named.
    expect(at(`A${instruments}`)?.message).toContain("น้ำหนักของแบบวัดรวมกันได้ร้อยละ 120");
    expect(at(`C${indicator + 1}`)?.code).toBe("framework-inconsistent");
    expect(issues.every((i) => i.sheet === FRAMEWORK_SHEET && i.cell !== undefined)).toBe(true);
  });

  it("says which field is missing when its row was deleted", () => {
    const grid = gridOf(latestFramework()).filter((r) => r[0] !== "เกณฑ์ผ่าน (คะแนน)");
    const { record, issues } = read(grid);
    expect(record).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({ code: "score-empty", sheet: FRAMEWORK_SHEET }),
    ]);
    expect(issues[0]!.cell).toBeUndefined();
  });

  it("scores the workbook's year by the sheet's record, which the reports then name as the author's", () => {
    const draft = nextYearDraft(latestFramework());
    const input = reportInputWith({
      scores: scoresOf({ [draft.fiscalYearBE]: Array(10).fill(9000) }),
      fiscalYearBE: draft.fiscalYearBE,
    });
    const grids = new Map<string, CellGrid>(
      buildInputSheets(input).map((s) => [s.name, s.rows as CellGrid]),
    );
    const without = readInputWorkbook(grids);
    expect(without.issues.map((i) => i.code)).toContain("year-framework-assumed");
    grids.set(FRAMEWORK_SHEET, gridOf(draft));
    const withSheet = readInputWorkbook(grids);
    expect(withSheet.issues.map((i) => i.code)).not.toContain("year-framework-assumed");
    expect(withSheet.input!.frameworks).toEqual([{ ...draft, origin: "supplied" }]);
  });

  it("gives way to a --framework file's record of the same year", () => {
    const draft = nextYearDraft(latestFramework());
    const fromFile = { ...draft, source: "จากไฟล์" };
    const grids = new Map<string, CellGrid>(
      buildInputSheets().map((s) => [s.name, s.rows as CellGrid]),
    );
    grids.set(FRAMEWORK_SHEET, gridOf(draft));
    expect(readInputWorkbook(grids, [fromFile]).input!.frameworks).toEqual([fromFile]);
  });
});
