import { buildInputSheets } from "../domain/input/inputSheets";
import { readSettingsForm } from "../app/settingsForm";
import { saveSettings } from "../app/saveSettings";
import { loadInput } from "../app/loadInput";
import { excelHost } from "../../tests/fakes/excel/nodeLibrary";
import { loadFixture } from "../../tests/helpers/fixtures";
import { OfficeCellWriter } from "./officeCellWriter";
import { OfficeReportWriter } from "./officeReportWriter";
import { OfficeWorkbookReader } from "./officeWorkbookReader";

describe("OfficeCellWriter", () => {
  it("writes text into single cells in two round trips, keeping formula-like text as text", async () => {
    const host = excelHost({ sheets: { ข้อมูลรายงาน: [["ชื่อหน่วยงาน", "เดิม"]], อื่น: [["x"]] } });
    const syncs = host.syncCount;
    await new OfficeCellWriter(host.run).writeCells("ข้อมูลรายงาน", [
      { row: 1, column: 2, text: "=SUM(A1:A2)" },
      { row: 2, column: 2, text: "0012" },
      { row: 3, column: 2, text: "" },
    ]);
    expect(host.syncCount - syncs).toBe(2);
    expect(host.valuesOf("ข้อมูลรายงาน", "B1:B3")).toEqual([["=SUM(A1:A2)"], ["0012"], [""]]);
    expect(host.cell("ข้อมูลรายงาน", "B1")?.kind).toBe("text");
    expect(host.valuesOf("อื่น", "A1")).toEqual([["x"]]);
  });

  it("says in Thai that the sheet is missing", async () => {
    const host = excelHost();
    await expect(
      new OfficeCellWriter(host.run).writeCells("ข้อมูลรายงาน", [{ row: 1, column: 1, text: "a" }]),
    ).rejects.toThrow(/ไม่พบชีต "ข้อมูลรายงาน"/);
  });

  it("turns a protected sheet into the Thai AccessDenied message", async () => {
    const host = excelHost({ sheets: { ข้อมูลรายงาน: [["a"]] }, protectedSheets: ["ข้อมูลรายงาน"] });
    await expect(
      new OfficeCellWriter(host.run).writeCells("ข้อมูลรายงาน", [{ row: 1, column: 2, text: "b" }]),
    ).rejects.toThrow(/ยกเลิกการป้องกัน/);
  });

  it("saves settings edited in the pane into the open workbook, where the reader finds them", async () => {
    const host = excelHost();
    await new OfficeReportWriter(host.run).write({
      sheets: buildInputSheets(loadFixture("seed000")),
    });
    const reader = new OfficeWorkbookReader(host.run);
    const others = () => host.snapshot().sheets.filter((s) => s.name !== "ข้อมูลรายงาน");
    const untouched = others();
    const before = (await readSettingsForm(reader))!;
    const after = {
      ...before,
      values: { ...before.values, fiscalYear: "2566", district: "ท่าใหม่" },
      signatories: [
        ...before.signatories,
        { role: "ทราบ", name: "นายใหม่ ทดสอบ", position: "นายก" },
      ],
    };
    await saveSettings(reader, new OfficeCellWriter(host.run), before, after);
    const read = await loadInput(reader);
    expect(read.input!.fiscalYearBE).toBe(2566);
    expect(read.input!.organization.district).toBe("ท่าใหม่");
    expect(read.input!.signatories.at(-1)).toEqual({
      role: "ทราบ",
      name: "นายใหม่ ทดสอบ",
      position: "นายก",
    });
    expect(others()).toEqual(untouched);
  });
});
