import { measureFromTemplate } from "../../src/app/measureFromTemplate";
import {
  addMeasure,
  deleteMeasure,
  moveMeasure,
  placedMeasures,
  saveMeasure,
  type MeasureSheetPorts,
} from "../../src/app/measureRows";
import { loadInput } from "../../src/app/loadInput";
import { MEASURE_TEMPLATES } from "../../src/domain/catalogue/templates";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { XlsxCellWriter } from "../../src/xlsx/xlsxCellWriter";
import { XlsxReportWriter } from "../../src/xlsx/xlsxReportWriter";
import { XlsxRowEditor } from "../../src/xlsx/xlsxRowEditor";
import { XlsxWorkbookReader } from "../../src/xlsx/xlsxWorkbookReader";
import { loadFixture } from "../helpers/fixtures";
import { FOUR, FOUR_SCORES } from "../helpers/madeUpFrame";
import type { IndicatorNumber } from "../../src/domain/framework/indicators";
import { buildFrameworkSheet } from "../../src/domain/input/frameworkSheet";
import { measureWith, reportInputWith, scoresOf } from "../../src/domain/testing/builders";

/** Seed 000's input workbook in memory, with the ports the measure editors use. */
async function seedBook() {
  const writer = new XlsxReportWriter();
  await writer.write({ sheets: buildInputSheets(loadFixture("seed000")) });
  const wb = writer.workbook;
  const ports: MeasureSheetPorts = {
    reader: new XlsxWorkbookReader(wb),
    cells: new XlsxCellWriter(wb),
    rows: new XlsxRowEditor(wb),
  };
  const measures = async () => placedMeasures((await loadInput(ports.reader)).input!.measures);
  const ws = wb.getWorksheet("มาตรการ")!;
  return { wb, ws, ports, measures };
}

describe("the measure editors' use cases", () => {
  it("insert a new measure right below the last one, with the indicator as a number", async () => {
    const { ws, ports, measures } = await seedBook();
    const before = await measures();
    ws.getCell(before.at(-1)!.row + 3, 20).value = "หมายเหตุใต้ตาราง"; // beside the table, in no measure column
    const row = await addMeasure(ports, {
      ...measureFromTemplate(MEASURE_TEMPLATES[0]!),
      status: "อยู่ระหว่างดำเนินการ",
    });
    expect(row).toBe(before.at(-1)!.row + 1);
    expect(ws.getCell(row, 1).value).toBe(MEASURE_TEMPLATES[0]!.indicator);
    expect(ws.getCell(row, 7).value).toBe("อยู่ระหว่างดำเนินการ");
    expect(ws.getCell(row + 3, 20).value).toBe("หมายเหตุใต้ตาราง"); // moved down, not written over
    expect((await measures()).length).toBe(before.length + 1);
  });

  it("write only the fields that changed, into the measure's row", async () => {
    const { ws, ports, measures } = await seedBook();
    const [first] = await measures();
    const status = first!.status === "ดำเนินการแล้ว" ? "อยู่ระหว่างดำเนินการ" : "ดำเนินการแล้ว";
    const saved = await saveMeasure(ports, first!, {
      ...first!,
      status,
      result: "=จัดอบรมแล้ว 2 ครั้ง",
    });
    // Each field by its column's header, with its cell, in the sheet's column order.
    expect(saved).toEqual([
      { label: "ผลการดำเนินการ", cells: [`F${first!.row}`] },
      { label: "สถานะ", cells: [`G${first!.row}`] },
    ]);
    expect(ws.getCell(first!.row, 6).value).toBe("=จัดอบรมแล้ว 2 ครั้ง"); // text, never a formula
  });

  it("swap a measure with its neighbour, and delete a row so the rows below move up", async () => {
    const { ports, measures } = await seedBook();
    const [a, b, c] = await measures();
    await moveMeasure(ports, b!, -1);
    expect((await measures()).slice(0, 2).map((m) => m.title)).toEqual([b!.title, a!.title]);
    const moved = (await measures())[1]!;
    await deleteMeasure(ports, moved);
    const after = await measures();
    expect(after.slice(0, 2).map((m) => m.title)).toEqual([b!.title, c!.title]);
    expect(after[1]!.row).toBe(moved.row);
  });

  it("refuse, changing nothing, when the row no longer holds the measure the user saw", async () => {
    const { ws, ports, measures } = await seedBook();
    const [first] = await measures();
    ws.getCell(first!.row, 2).value = "แก้ในชีตระหว่างนั้น";
    await expect(deleteMeasure(ports, first!)).rejects.toThrow(/แถว \d+ ของชีต "มาตรการ" เปลี่ยนไป/);
    await expect(saveMeasure(ports, first!, { ...first!, unit: "กองคลัง" })).rejects.toThrow(
      /เปลี่ยนไป/,
    );
    expect((await measures())[0]!.title).toBe("แก้ในชีตระหว่างนั้น");
  });
});

describe("the measure editors in a workbook whose framework sheet has twelve indicators", () => {
  it("save a measure of indicator 12 (the sheet's frame), never calling its row changed", async () => {
    const input = reportInputWith({
      fiscalYearBE: 2571,
      frameworks: [FOUR],
      scores: scoresOf({ 2570: FOUR_SCORES }),
      measures: [measureWith({ indicator: 12 as IndicatorNumber, title: "เปิดเวทีรับฟังความคิดเห็น" })],
    });
    const writer = new XlsxReportWriter();
    await writer.write({ sheets: [...buildInputSheets(input), buildFrameworkSheet(FOUR)] });
    const wb = writer.workbook;
    const ports: MeasureSheetPorts = {
      reader: new XlsxWorkbookReader(wb),
      cells: new XlsxCellWriter(wb),
      rows: new XlsxRowEditor(wb),
    };
    const [first] = placedMeasures((await loadInput(ports.reader)).input!.measures);
    expect(first!.indicator).toBe(12);
    await saveMeasure(ports, first!, {
      ...first!,
      indicator: 11 as IndicatorNumber,
      result: "จัดเวทีแล้ว",
    });
    const [after] = placedMeasures((await loadInput(ports.reader)).input!.measures);
    expect(after).toMatchObject({ indicator: 11, result: "จัดเวทีแล้ว" });
  });
});
