import { SETTING_ORDER } from "../../../domain/input/inputLayout";
import { settingGroups, settingProblem } from "./settingFields";

describe("settingGroups", () => {
  it("puts every setting of the sheet in exactly one group", () => {
    const keys = settingGroups().flatMap((g) => g.keys);
    expect([...keys].sort()).toEqual([...SETTING_ORDER].sort());
  });
});

describe("settingProblem", () => {
  it.each([
    ["fiscalYear", "2567", null],
    ["fiscalYear", "๒๕๖๗", null],
    ["fiscalYear", "2024", '"2024" เป็นปี ค.ศ. กรุณากรอกเป็นปี พ.ศ. (2567)'],
    ["fontSize", "16", null],
    ["fontSize", "72", "ขนาดอักษรต้องเป็นตัวเลข 8–36"],
    ["reportDate", "30 กันยายน 2567", null],
    ["reportDate", "สิ้นเดือน", "อ่านวันที่ไม่ได้ กรุณากรอกเช่น 30 กันยายน 2567"],
    ["orgName", "=1+1", null], // written as text; the checker reports odd text
    ["fiscalYear", "", null], // blanks are the checker's job
  ] as const)("%s %p → %p", (key, value, problem) => {
    expect(settingProblem(key, value)).toBe(problem);
  });
});
