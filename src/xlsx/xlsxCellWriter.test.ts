import { loadInput } from "../app/loadInput";
import { saveSettings } from "../app/saveSettings";
import { readSettingsForm, settingsFormOf } from "../app/settingsForm";
import { buildInputSheets } from "../domain/input/inputSheets";
import { SETTINGS_SHEET } from "../domain/input/inputLayout";
import { loadFixture } from "../../tests/helpers/fixtures";
import { XlsxCellWriter } from "./xlsxCellWriter";
import { XlsxReportWriter } from "./xlsxReportWriter";
import { XlsxWorkbookReader } from "./xlsxWorkbookReader";

describe("XlsxCellWriter", () => {
  it('writes text, keeps formula-like text as text, empties a cell for "", and touches nothing else', async () => {
    const writer = new XlsxReportWriter();
    const ws = writer.workbook.addWorksheet("ข้อมูลรายงาน");
    ws.getCell("B2").value = "เดิม";
    ws.getCell("C1").value = "อื่น";
    await new XlsxCellWriter(writer.workbook).writeCells("ข้อมูลรายงาน", [
      { row: 1, column: 2, text: "=SUM(A1:A2)" },
      { row: 2, column: 2, text: "" },
    ]);
    expect([
      ws.getCell("B1").value,
      ws.getCell("B1").numFmt,
      ws.getCell("B2").value,
      ws.getCell("C1").value,
    ]).toEqual(["=SUM(A1:A2)", "@", null, "อื่น"]);
  });

  it("says in Thai that the sheet is missing", async () => {
    await expect(
      new XlsxCellWriter(new XlsxReportWriter().workbook).writeCells("ข้อมูลรายงาน", [
        { row: 1, column: 1, text: "a" },
      ]),
    ).rejects.toThrow(/ไม่พบชีต "ข้อมูลรายงาน"/);
  });
});

describe("saveSettings on an .xlsx workbook", () => {
  it("changes the Settings cells, which the input reader then reads, and no other sheet", async () => {
    const writer = new XlsxReportWriter();
    await writer.write({ sheets: buildInputSheets(loadFixture("seed001")) });
    const reader = new XlsxWorkbookReader(writer.workbook);
    const others = async () => {
      const grids = await reader.readSheets(
        writer.workbook.worksheets.map((w) => w.name).filter((n) => n !== SETTINGS_SHEET),
      );
      return JSON.stringify([...grids]);
    };
    const untouched = await others();
    const before = (await readSettingsForm(reader))!;
    const after = {
      ...before,
      values: { ...before.values, province: "ระยอง", fontSize: "18", orgName: '=HYPERLINK("x")' },
    };
    const result = await saveSettings(reader, new XlsxCellWriter(writer.workbook), before, after);
    expect(result).toEqual({
      cells: ["B4", "B6", "B12"],
      notFound: [],
      saved: [
        { label: "ชื่อหน่วยงาน", cells: ["B4"] },
        { label: "จังหวัด", cells: ["B6"] },
        { label: "ขนาดอักษร", cells: ["B12"] },
      ],
    });
    const read = await loadInput(reader);
    expect(read.input!.organization).toMatchObject({ province: "ระยอง", name: '=HYPERLINK("x")' });
    expect(read.input!.font.size).toBe(18);
    expect(await others()).toBe(untouched);
  });

  it("says so when the workbook has no Settings sheet", async () => {
    const reader = new XlsxWorkbookReader(new XlsxReportWriter().workbook);
    const form = settingsFormOf([]);
    await expect(saveSettings(reader, { writeCells: jest.fn() }, form, form)).rejects.toThrow(
      /ไม่พบชีต "ข้อมูลรายงาน"/,
    );
  });
});
