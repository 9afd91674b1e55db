/**
 * @jest-environment node
 */
// The pane's measure edits (add, save, move, delete) as the add-in makes them, through
// Microsoft's Excel client library on the simulated host (tests/fakes/excel).
import { placedMeasures, type PlacedMeasure } from "../../src/app/measureRows";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { MEASURES_SHEET } from "../../src/domain/input/measuresLayout";
import { BLANK_MEASURE } from "../../src/domain/model/measure";
import { parseRange } from "../../src/domain/sheet/a1";
import { OfficeReportWriter } from "../../src/excel/officeReportWriter";
import { createOfficeServices } from "../../src/taskpane/officeServices";
import type { TaskpaneServices } from "../../src/taskpane/services";
import type { ExcelHost } from "../fakes/excel/excelHost";
import { excelHost } from "../fakes/excel/nodeLibrary";
import { loadFixture } from "../helpers/fixtures";

/** Seed 001's input sheets as the pane creates them, and the add-in's services on them. */
async function seeded(): Promise<{ host: ExcelHost; services: TaskpaneServices }> {
  const host = excelHost({ sheets: { Sheet1: [] } });
  await new OfficeReportWriter(host.run).write({
    sheets: buildInputSheets(loadFixture("seed001")),
  });
  return { host, services: createOfficeServices(host.run, () => true) };
}

async function measuresOf(services: TaskpaneServices): Promise<PlacedMeasure[]> {
  return placedMeasures((await services.validate()).input?.measures ?? []);
}

/** Whether a list validation of the Measures sheet covers a cell (1-based row and column). */
function listCovers(host: ExcelHost, row: number, column: number): boolean {
  return host.validations(MEASURES_SHEET).some((v) => {
    const r = parseRange(v.range.replace(/^.*!/, ""));
    return (
      r !== null &&
      r.firstRow <= row &&
      row <= r.lastRow &&
      r.firstColumn <= column &&
      column <= r.lastColumn
    );
  });
}

describe("the pane's measure edits in Excel", () => {
  it("adds a measure below the last one, as a new sheet row whose status keeps its dropdown", async () => {
    const { host, services } = await seeded();
    const before = await measuresOf(services);
    const last = before.at(-1)!;
    const syncs = host.syncCount;
    const row = await services.addMeasure({
      ...BLANK_MEASURE,
      indicator: 8,
      title: "ทบทวนขั้นตอนการให้บริการ",
      status: "ยังไม่ดำเนินการ",
    });
    // Read the sheet, insert the row, write its cells: a fixed number of round trips, whatever the sheet holds.
    expect(host.syncCount - syncs).toBeLessThanOrEqual(5);
    expect(row).toBe(last.row + 1);
    const after = await measuresOf(services);
    expect(after.map((m) => m.title)).toEqual([
      ...before.map((m) => m.title),
      "ทบทวนขั้นตอนการให้บริการ",
    ]);
    expect(after.at(-1)).toMatchObject({ row, indicator: 8, status: "ยังไม่ดำเนินการ" });
    const statusColumn = 7; // G, as the input sheet builder lays the sheet out
    expect(host.valuesOf(MEASURES_SHEET, `G${row}`)).toEqual([["ยังไม่ดำเนินการ"]]);
    expect(listCovers(host, row, statusColumn)).toBe(true);
  });

  it("moves a measure down by swapping the two rows' values, every column", async () => {
    const { host, services } = await seeded();
    const [first, second] = await measuresOf(services);
    const rowOf = (r: number) => host.valuesOf(MEASURES_SHEET, `A${r}:K${r}`)[0];
    const [a, b] = [rowOf(first!.row), rowOf(second!.row)];
    await services.moveMeasure(first!, 1);
    expect([rowOf(first!.row), rowOf(second!.row)]).toEqual([b, a]);
    expect((await measuresOf(services)).slice(0, 2).map((m) => m.title)).toEqual([
      second!.title,
      first!.title,
    ]);
  });

  it("deletes a measure's whole row; the rows below move up", async () => {
    const { host, services } = await seeded();
    const before = await measuresOf(services);
    const gone = before[1]!;
    const below = host.valuesOf(MEASURES_SHEET, `B${gone.row + 1}`)[0]![0];
    await services.deleteMeasure(gone);
    expect(host.valuesOf(MEASURES_SHEET, `B${gone.row}`)[0]![0]).toBe(below);
    expect((await measuresOf(services)).map((m) => m.title)).toEqual(
      before.filter((m) => m !== gone).map((m) => m.title),
    );
  });

  it("refuses to save over a row the user changed in the sheet meanwhile, and changes nothing", async () => {
    const { host, services } = await seeded();
    const [first] = await measuresOf(services);
    host.userEdit(MEASURES_SHEET, `B${first!.row}`, [["แก้ในชีตเอง"]]);
    const snapshot = host.snapshot();
    await expect(services.saveMeasure(first!, { ...first!, result: "ผลใหม่" })).rejects.toThrow(
      /เปลี่ยนไปหลังจากอ่านครั้งก่อน/,
    );
    expect(host.snapshot()).toEqual(snapshot);
  });
});
