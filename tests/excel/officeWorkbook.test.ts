import { OfficeReportWriter } from "../../src/excel/officeReportWriter";
import { OfficeWorkbookReader } from "../../src/excel/officeWorkbookReader";
import { MARK_FORMULA, markIssueCells, selectCell } from "../../src/excel/officeValidationMarks";
import { appendMeasureRows } from "../../src/excel/officeMeasureRows";
import { loadInput } from "../../src/app/loadInput";
import { buildWorkbookReport } from "../../src/app/buildWorkbookReport";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import type { ValidationIssue } from "../../src/domain/issues/validationIssue";
import { createFakeExcel, type FakeExcel } from "../fakes/fakeExcel";
import { loadFixture } from "../helpers/fixtures";

const INPUT_SHEETS = ["ข้อมูลรายงาน", "คะแนน ITA", "มาตรการ", "รายการเลือก"];

async function workbookFor(fixture: string): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await new OfficeReportWriter(fake.run).write({ sheets: buildInputSheets(loadFixture(fixture)) });
  return fake;
}

const inputSheets = (fake: FakeExcel) => fake.snapshot().sheets.filter((s) => INPUT_SHEETS.includes(s.name));

describe("the open workbook as the database", () => {
  it.each(["seed000", "seed001", "seed003"])("reads back %s from the input sheets it created, exactly", async (fixture) => {
    const fake = await workbookFor(fixture);
    const read = await loadInput(new OfficeWorkbookReader(fake.run));
    expect(read.issues).toEqual([]);
    const expected = loadFixture(fixture);
    expect(read.input!.scores).toEqual(expected.scores);
    expect(read.input!.measures.map(({ origin: _o, ...m }) => m)).toEqual(expected.measures.map(({ origin: _o, ...m }) => m));
    expect(read.input!.signatories).toEqual(expected.signatories);
    expect(read.input!.organization).toEqual(expected.organization);
  });

  it("never changes the input sheets when building reports", async () => {
    const fake = await workbookFor("seed000");
    const before = inputSheets(fake);
    const reader = new OfficeWorkbookReader(fake.run);
    const outcome = await buildWorkbookReport(await loadInput(reader), new OfficeReportWriter(fake.run));
    expect(outcome.ok).toBe(true);
    // Sheet1 is the blank sheet a new workbook starts with.
    expect(fake.sheetNames()).toEqual(["Sheet1", ...INPUT_SHEETS, "รายงานผลตามมาตรการ", "เปรียบเทียบคะแนน ITA"]);
    expect(inputSheets(fake)).toEqual(before);
  });

  it("keeps the lists sheet hidden and the dropdowns pointing at it", async () => {
    const fake = await workbookFor("seed000");
    expect(fake.visibility("รายการเลือก")).toBe("Hidden");
    const status = fake.validations("มาตรการ").find((v) => v.range.startsWith("G3"));
    expect(status?.rule).toEqual({ list: { inCellDropDown: true, source: "='รายการเลือก'!$D$2:$D$4" } });
  });
});

describe("marking cells with issues", () => {
  const issue = (cell: string, severity: ValidationIssue["severity"]): ValidationIssue => ({ code: "score-empty", severity, message: "m", sheet: "คะแนน ITA", cell });

  it("colours the cells without touching their values, and clears the old marks next time", async () => {
    const fake = await workbookFor("seed001");
    const values = fake.valuesOf("คะแนน ITA", "A1:E20");
    const syncs = fake.syncCount;
    expect(await markIssueCells(fake.run, [issue("E11", "error"), issue("E11", "warning"), issue("D5", "warning")])).toBe(2);
    expect(fake.syncCount - syncs).toBe(2); // no earlier marks to read
    const marks = () => fake.conditionalFormats("คะแนน ITA").filter((f) => f.settings["custom.rule.formula"] === MARK_FORMULA);
    expect(marks().map((m) => [m.range, m.settings["custom.format.fill.color"]])).toEqual([
      ["E11", "#FFC7CE"],
      ["D5", "#FFEB9C"],
    ]);
    const again = fake.syncCount;
    await markIssueCells(fake.run, [issue("E12", "error")]);
    expect(fake.syncCount - again).toBe(3);
    expect(marks().map((m) => m.range)).toEqual(["E12"]);
    await markIssueCells(fake.run, []);
    expect(marks()).toEqual([]);
    expect(fake.valuesOf("คะแนน ITA", "A1:E20")).toEqual(values);
  });

  it("selects the cell of an issue", async () => {
    const fake = await workbookFor("seed001");
    await selectCell(fake.run, "มาตรการ", "F7");
    expect(fake.activeSheet()).toBe("มาตรการ");
    expect(fake.snapshot().selection).toBe("มาตรการ!F7");
  });
});

describe("adding measures from templates", () => {
  it("appends below the last row and never overwrites one", async () => {
    const fake = await workbookFor("seed003");
    const before = fake.valuesOf("มาตรการ", "A3:J12");
    const measure = { ...loadFixture("seed003").measures[0]!, title: "=มาตรการใหม่", result: "" };
    const first = await appendMeasureRows(fake.run, [measure, measure]);
    expect(first).toBe(13);
    expect(fake.valuesOf("มาตรการ", "A3:J12")).toEqual(before);
    expect(fake.cell("มาตรการ", "B13")).toMatchObject({ value: "=มาตรการใหม่", kind: "text" });
    expect(fake.valuesOf("มาตรการ", "A14")).toEqual([[4]]);
  });
});
