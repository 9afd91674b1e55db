import { OfficeRowEditor } from "../../src/excel/officeRowEditor";
import { OfficeReportWriter } from "../../src/excel/officeReportWriter";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { MEASURES_SHEET } from "../../src/domain/input/measuresLayout";
import { excelHost } from "../fakes/excel/nodeLibrary";
import type { ExcelHost } from "../fakes/excel/excelHost";
import { loadFixture } from "../helpers/fixtures";
import { parseRange, rangeAddress } from "../../src/domain/sheet/a1";

/** The input sheets of seed 001 as the pane creates them, in a simulated Excel. */
async function seededHost(): Promise<ExcelHost> {
  const host = excelHost({ sheets: { Sheet1: [] } });
  await new OfficeReportWriter(host.run).write({
    sheets: buildInputSheets(loadFixture("seed001")),
  });
  return host;
}

/** A range after two rows are inserted before row 5: grown when it spans row 5, moved when below. */
function afterInsert(range: string): string {
  const r = parseRange(range)!;
  const top = r.firstRow >= 5 ? r.firstRow + 2 : r.firstRow;
  const bottom = r.lastRow >= 5 ? r.lastRow + 2 : r.lastRow;
  return rangeAddress(top, r.firstColumn, bottom, r.lastColumn);
}

const column = (host: ExcelHost, letter: string, from: number, to: number) =>
  host.valuesOf(MEASURES_SHEET, `${letter}${from}:${letter}${to}`).map((r) => r[0]);

describe("OfficeRowEditor through Microsoft's client library", () => {
  it("inserts whole rows in one round trip: the rows below move down and the dropdowns grow with them", async () => {
    const host = await seededHost();
    const before = column(host, "B", 1, 40);
    const lists = host.validations(MEASURES_SHEET);
    expect(lists.length).toBeGreaterThan(0);
    const syncs = host.syncCount;

    await new OfficeRowEditor(host.run).insertRows(MEASURES_SHEET, 5, 2);

    expect(host.syncCount - syncs).toBe(1);
    const after = column(host, "B", 1, 42);
    expect(after.slice(0, 4)).toEqual(before.slice(0, 4));
    expect(after.slice(4, 6)).toEqual(["", ""]);
    expect(after.slice(6)).toEqual(before.slice(4));
    expect(host.validations(MEASURES_SHEET).map((v) => v.range)).toEqual(
      lists.map((v) => afterInsert(v.range)),
    );
    expect(lists.some((v) => afterInsert(v.range) !== v.range)).toBe(true);
  });

  it("deletes whole rows in one round trip: the rows below move up", async () => {
    const host = await seededHost();
    const before = column(host, "B", 1, 40);
    const syncs = host.syncCount;
    await new OfficeRowEditor(host.run).deleteRows(MEASURES_SHEET, 5, 1);
    await new OfficeRowEditor(host.run).deleteRows(MEASURES_SHEET, 5, 0);
    expect(host.syncCount - syncs).toBe(1);
    expect(column(host, "B", 1, 39)).toEqual([...before.slice(0, 4), ...before.slice(5)]);
  });

  it("says in Thai that a protected sheet refused the change, and changes nothing", async () => {
    const host = excelHost({
      sheets: { [MEASURES_SHEET]: [["ลำดับ"], [1], [2]] },
      protectedSheets: [MEASURES_SHEET],
    });
    const before = host.snapshot();
    await expect(new OfficeRowEditor(host.run).deleteRows(MEASURES_SHEET, 3, 1)).rejects.toThrow(
      /Excel ไม่อนุญาต/,
    );
    expect(host.snapshot()).toEqual(before);
  });
});
