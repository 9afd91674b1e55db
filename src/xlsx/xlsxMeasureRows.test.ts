import { measureFromTemplate } from "../app/measureFromTemplate";
import { loadInput } from "../app/loadInput";
import { MEASURE_TEMPLATES } from "../domain/catalogue/templates";
import { buildInputSheets } from "../domain/input/inputSheets";
import { loadFixture } from "../../tests/helpers/fixtures";
import { appendXlsxMeasureRows } from "./xlsxMeasureRows";
import { XlsxReportWriter } from "./xlsxReportWriter";
import { XlsxWorkbookReader } from "./xlsxWorkbookReader";

async function workbook(fixture?: string) {
  const writer = new XlsxReportWriter();
  await writer.write({ sheets: buildInputSheets(fixture ? loadFixture(fixture) : undefined) });
  return writer.workbook;
}

describe("appendXlsxMeasureRows", () => {
  it("appends below the last measure, never over it, and the reader reads the new rows", async () => {
    const wb = await workbook("seed001");
    const templates = MEASURE_TEMPLATES.filter((t) => t.indicator === 8).slice(0, 2);
    expect(appendXlsxMeasureRows(wb, templates.map(measureFromTemplate))).toBe(13);
    const read = await loadInput(new XlsxWorkbookReader(wb));
    expect(read.input!.measures).toHaveLength(12);
    expect(read.input!.measures.slice(-2).map(({ origin: _o, ...m }) => m)).toEqual(
      templates.map(measureFromTemplate),
    );
    expect(read.input!.measures[9]!.title).toBe(loadFixture("seed001").measures[9]!.title);
  });

  it("starts right under the header of an empty Measures sheet, past its prepared rows", async () => {
    expect(
      appendXlsxMeasureRows(await workbook(), [measureFromTemplate(MEASURE_TEMPLATES[0]!)]),
    ).toBe(3);
  });

  it("keeps text that looks like a formula as text", async () => {
    const wb = await workbook();
    appendXlsxMeasureRows(wb, [{ ...measureFromTemplate(MEASURE_TEMPLATES[0]!), title: "=1+1" }]);
    expect(wb.getWorksheet("มาตรการ")!.getCell("B3").value).toBe("=1+1");
  });

  it("says in Thai when there is no Measures sheet", () => {
    const wb = new XlsxReportWriter().workbook;
    expect(() => appendXlsxMeasureRows(wb, [measureFromTemplate(MEASURE_TEMPLATES[0]!)])).toThrow(
      /ไม่พบชีต "มาตรการ"/,
    );
  });
});
