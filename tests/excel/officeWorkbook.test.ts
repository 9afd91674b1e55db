import { OfficeReportWriter } from "../../src/excel/officeReportWriter";
import { OfficeWorkbookReader } from "../../src/excel/officeWorkbookReader";
import { MARK_FORMULA, markIssueCells, selectCell } from "../../src/excel/officeValidationMarks";
import { appendMeasureRows } from "../../src/excel/officeMeasureRows";
import { loadInput } from "../../src/app/loadInput";
import { buildWorkbookReport } from "../../src/app/buildWorkbookReport";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import type { ValidationIssue } from "../../src/domain/issues/validationIssue";
import { excelHost } from "../fakes/excel/nodeLibrary";
import type { ExcelHost } from "../fakes/excel/excelHost";
import { loadFixture } from "../helpers/fixtures";

const INPUT_SHEETS = ["ข้อมูลรายงาน", "คะแนน ITA", "มาตรการ", "รายการเลือก"];

async function workbookFor(fixture: string): Promise<ExcelHost> {
  const host = excelHost();
  await new OfficeReportWriter(host.run).write({ sheets: buildInputSheets(loadFixture(fixture)) });
  return host;
}

const inputSheets = (host: ExcelHost) =>
  host.snapshot().sheets.filter((s) => INPUT_SHEETS.includes(s.name));

describe("the open workbook as the database", () => {
  // Seed 001's plan lists indicators 8 and 9 (E11, E12 of คะแนน ITA), which none of its measures names.
  const SEED001_WARNINGS = [
    ["indicator-measure-unnamed", "E11"],
    ["indicator-measure-unnamed", "E12"],
  ];
  it.each<[string, string[][]]>([
    ["seed000", []],
    ["seed001", SEED001_WARNINGS],
    ["seed003", []],
  ])("reads back %s from the input sheets it created, exactly", async (fixture, warnings) => {
    const host = await workbookFor(fixture);
    const read = await loadInput(new OfficeWorkbookReader(host.run));
    expect(read.issues.map((i) => [i.code, i.cell])).toEqual(warnings);
    const expected = loadFixture(fixture);
    expect(read.input!.scores).toEqual(expected.scores);
    expect(read.input!.measures.map(({ origin: _o, ...m }) => m)).toEqual(
      expected.measures.map(({ origin: _o, ...m }) => m),
    );
    expect(read.input!.signatories).toEqual(expected.signatories);
    expect(read.input!.organization).toEqual(expected.organization);
  });

  it("never changes the input sheets when building reports", async () => {
    const host = await workbookFor("seed000");
    const before = inputSheets(host);
    const reader = new OfficeWorkbookReader(host.run);
    const outcome = await buildWorkbookReport(
      await loadInput(reader),
      new OfficeReportWriter(host.run),
    );
    expect(outcome.ok).toBe(true);
    // Sheet1 is the blank sheet a new workbook starts with.
    // Seed 000's progress report after its cover; no scores, so no comparison.
    expect(host.sheetNames()).toEqual([
      "Sheet1",
      ...INPUT_SHEETS,
      "ปกรายงานผลตามมาตรการ",
      "รายงานผลตามมาตรการ",
    ]);
    expect(inputSheets(host)).toEqual(before);
  });

  it("keeps the lists sheet hidden and the dropdowns pointing at it", async () => {
    const host = await workbookFor("seed000");
    expect(host.visibility("รายการเลือก")).toBe("Hidden");
    const status = host.validations("มาตรการ").find((v) => v.range.startsWith("G3"));
    expect(status?.rule).toEqual({
      list: { inCellDropDown: true, source: "='รายการเลือก'!$D$2:$D$4" },
    });
  });
});

describe("marking cells with issues", () => {
  const issue = (cell: string, severity: ValidationIssue["severity"]): ValidationIssue => ({
    code: "score-empty",
    severity,
    message: "m",
    sheet: "คะแนน ITA",
    cell,
  });

  it("colours the cells without touching their values, and clears the old marks next time", async () => {
    const host = await workbookFor("seed001");
    const values = host.valuesOf("คะแนน ITA", "A1:E20");
    const syncs = host.syncCount;
    expect(
      await markIssueCells(host.run, [
        issue("E11", "error"),
        issue("E11", "warning"),
        issue("D5", "warning"),
      ]),
    ).toBe(2);
    expect(host.syncCount - syncs).toBe(2); // no earlier marks to read
    const marks = () =>
      host
        .conditionalFormats("คะแนน ITA")
        .filter((f) => f.settings["custom.rule.formula"] === MARK_FORMULA);
    expect(marks().map((m) => [m.range, m.settings["custom.format.fill.color"]])).toEqual([
      ["E11", "#FFC7CE"],
      ["D5", "#FFEB9C"],
    ]);
    const again = host.syncCount;
    await markIssueCells(host.run, [issue("E12", "error")]);
    expect(host.syncCount - again).toBe(3);
    expect(marks().map((m) => m.range)).toEqual(["E12"]);
    await markIssueCells(host.run, []);
    expect(marks()).toEqual([]);
    expect(host.valuesOf("คะแนน ITA", "A1:E20")).toEqual(values);
  });

  it("selects the cell of an issue", async () => {
    const host = await workbookFor("seed001");
    await selectCell(host.run, "มาตรการ", "F7");
    expect(host.activeSheet()).toBe("มาตรการ");
    expect(host.snapshot().selection).toBe("มาตรการ!F7");
  });
});

describe("adding measures from templates", () => {
  it("appends below the last row and never overwrites one", async () => {
    const host = await workbookFor("seed003");
    const before = host.valuesOf("มาตรการ", "A3:J12");
    const measure = { ...loadFixture("seed003").measures[0]!, title: "=มาตรการใหม่", result: "" };
    const first = await appendMeasureRows(host.run, [measure, measure]);
    expect(first).toBe(13);
    expect(host.valuesOf("มาตรการ", "A3:J12")).toEqual(before);
    expect(host.cell("มาตรการ", "B13")).toMatchObject({ value: "=มาตรการใหม่", kind: "text" });
    expect(host.valuesOf("มาตรการ", "A14")).toEqual([[4]]);
  });
});
