import ExcelJS from "exceljs";
import { a1Range } from "../domain/testing/builders";
import { mergeAll } from "./xlsxMerges";

async function reopened(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again.worksheets[0]!;
}

describe("mergeAll", () => {
  it("merges exactly as ExcelJS's own mergeCells does, in the saved file too", async () => {
    const ranges = ["A1:C1", "A2:A4", "B3:D5", "F7"];
    const ours = new ExcelJS.Workbook();
    const theirs = new ExcelJS.Workbook();
    const a = ours.addWorksheet("s");
    const b = theirs.addWorksheet("s");
    for (const ws of [a, b]) {
      ws.getCell("A1").value = "หัว";
      ws.getCell("A1").font = { bold: true };
    }
    mergeAll(a, ranges.map(a1Range));
    for (const r of ranges) b.mergeCells(r);
    expect(a.model.merges.sort()).toEqual(b.model.merges.sort());
    expect(a.getCell("C1").isMerged).toBe(true);
    expect(a.getCell("C1").master.address).toBe("A1");
    expect(a.getCell("C1").font).toEqual({ bold: true });
    const saved = await reopened(ours);
    expect(saved.model.merges.sort()).toEqual(["A1:C1", "A2:A4", "B3:D5"].sort());
    expect(saved.getCell("D5").master.address).toBe("B3");
  });

  it("refuses overlapping ranges, as mergeCells does, and keeps the merges made before", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("s");
    expect(() => mergeAll(ws, ["A1:B2", "C1:C3", "B2:D2"].map(a1Range))).toThrow(
      "Cannot merge already merged cells",
    );
    expect(ws.model.merges.sort()).toEqual(["A1:B2", "C1:C3"]);
    expect(() => ws.mergeCells("A1:A2")).toThrow("Cannot merge already merged cells");
  });
});
