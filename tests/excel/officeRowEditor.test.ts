import { OfficeRowEditor } from "../../src/excel/officeRowEditor";
import type { ExcelRun } from "../../src/excel/officeReportWriter";

/** A request context that records what the editor asks of Excel (the fake Excel has no row insert/delete yet). */
function recorder() {
  const calls: string[] = [];
  let syncs = 0;
  const range = (address: string) => ({
    insert: (shift: string) => void calls.push(`insert ${address} ${shift}`),
    delete: (shift: string) => void calls.push(`delete ${address} ${shift}`),
  });
  const ctx = {
    workbook: { worksheets: { getItem: (name: string) => ({ getRange: (a: string) => range(`${name}!${a}`) }) } },
    sync: async () => void syncs++,
  };
  const run = (<T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(ctx as unknown as Excel.RequestContext)) as ExcelRun;
  return { run, calls, syncs: () => syncs };
}

describe("OfficeRowEditor", () => {
  it("inserts and deletes whole sheet rows, shifting the rows below, in one round trip each", async () => {
    const r = recorder();
    const rows = new OfficeRowEditor(r.run);
    await rows.insertRows("มาตรการ", 13, 2);
    await rows.deleteRows("มาตรการ", 5, 1);
    await rows.deleteRows("มาตรการ", 5, 0);
    expect(r.calls).toEqual(["insert มาตรการ!13:14 Down", "delete มาตรการ!5:5 Up"]);
    expect(r.syncs()).toBe(2);
  });

  it("gives Office's failures the adapters' Thai wording", async () => {
    const failing = (() => Promise.reject(Object.assign(new Error("denied"), { code: "AccessDenied" }))) as unknown as ExcelRun;
    await expect(new OfficeRowEditor(failing).deleteRows("มาตรการ", 3, 1)).rejects.toThrow(/Excel ไม่อนุญาต/);
  });
});
