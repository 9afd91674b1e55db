import type { ValidationIssue } from "../../../domain/issues/validationIssue";
import { countText, groupIssues } from "./issueGroups";

const issue = (
  sheet: string | undefined,
  cell: string | undefined,
  severity: ValidationIssue["severity"] = "error",
): ValidationIssue => ({
  code: "score-empty",
  severity,
  message: "m",
  ...(sheet ? { sheet } : {}),
  ...(cell ? { cell } : {}),
});

describe("groupIssues", () => {
  it("puts the input sheets in their order, then other sheets, then issues without a sheet", () => {
    const groups = groupIssues([
      issue(undefined, undefined),
      issue("รายงานผลประจำปี", undefined),
      issue("มาตรการ", "B3"),
      issue("ข้อมูลรายงาน", "B4"),
    ]);
    expect(groups.map((g) => g.sheet)).toEqual(["ข้อมูลรายงาน", "มาตรการ", "รายงานผลประจำปี", null]);
  });

  it("orders each sheet's issues errors first, then by row and column (E9 before E11, B10 before E10)", () => {
    const [group] = groupIssues([
      issue("คะแนน ITA", "E11"),
      issue("คะแนน ITA", "E10", "warning"),
      issue("คะแนน ITA", "E9"),
      issue("คะแนน ITA", "B11"),
    ]);
    expect(group!.issues.map((i) => i.cell)).toEqual(["E9", "B11", "E11", "E10"]);
    expect([group!.errors, group!.warnings]).toEqual([3, 1]);
  });
});

describe("countText", () => {
  it.each([
    [2, 1, "ข้อผิดพลาด 2 · คำเตือน 1"],
    [0, 3, "คำเตือน 3"],
    [1, 0, "ข้อผิดพลาด 1"],
  ])("%p errors and %p warnings read %p", (errors, warnings, text) => {
    expect(countText(errors, warnings)).toBe(text);
  });
});
