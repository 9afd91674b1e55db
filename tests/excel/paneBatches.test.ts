import { createOfficeServices } from "../../src/taskpane/officeServices";
import { paneExcelRun } from "../../src/excel/paneRun";
import { OfficeReportWriter } from "../../src/excel/officeReportWriter";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { excelHost } from "../fakes/excel/nodeLibrary";
import { loadFixture } from "../helpers/fixtures";

/** The pane's batches as the pane starts them (index.tsx), through Microsoft's library. */

const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));

async function seededHost() {
  const host = excelHost();
  await new OfficeReportWriter(host.run).write({
    sheets: buildInputSheets(loadFixture("seed001")),
  });
  return host;
}

describe("the pane's batches", () => {
  it("wait while the user edits a cell, and go on when they leave it", async () => {
    const host = await seededHost();
    const services = createOfficeServices(paneExcelRun(host.runWith), host.isSetSupported);
    host.beginCellEdit();
    let done = false;
    const read = services.validate().then(() => (done = true));
    await settle(50);
    expect(done).toBe(false);
    host.endCellEdit();
    await read;
    expect(host.requests.every((r) => r.delayForCellEdit)).toBe(true);
  });

  it("would fail in cell-edit mode without delayForCellEdit, with a Thai message", async () => {
    const host = await seededHost();
    const services = createOfficeServices(host.runWithoutDelay, host.isSetSupported);
    host.beginCellEdit();
    await expect(services.validate()).rejects.toThrow(/Excel กำลังแก้ไขเซลล์อยู่/);
    host.endCellEdit();
  });

  it("are not re-read after a build of the pane's own, but are after the user's edit", async () => {
    const host = await seededHost();
    const services = createOfficeServices(paneExcelRun(host.runWith), host.isSetSupported);
    const changed = jest.fn();
    const stop = services.watchInput!(changed, (error) => {
      throw error;
    });
    await settle();
    expect((await services.buildReports(["year-end", "score-comparison"])).ok).toBe(true);
    await settle();
    expect(changed).not.toHaveBeenCalled();
    expect(host.eventsEnabled()).toBe(true);
    host.userEdit("คะแนน ITA", "E11", [[90]]);
    await settle();
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
  });
});
