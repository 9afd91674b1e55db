import ExcelJS from "exceljs";
import { XlsxReportWriter } from "../../src/xlsx/xlsxReportWriter";
import { describeReportWriter, type ReadBack } from "./reportWriterContract";

function readBack(wb: ExcelJS.Workbook): ReadBack {
  const ws = (name: string) => wb.getWorksheet(name)!;
  const raw = (s: string, a1: string) => ws(s).getCell(a1).value;
  return {
    sheetNames: () => wb.worksheets.map((w) => w.name),
    value: (s, a1) => {
      const v = raw(s, a1);
      if (v === null || v === undefined) return null;
      if (typeof v === "object") return "formula" in v ? `=${String(v.formula)}` : JSON.stringify(v);
      return v as string | number | boolean;
    },
    isFormula: (s, a1) => ws(s).getCell(a1).type === ExcelJS.ValueType.Formula,
    numberFormat: (s, a1) => ws(s).getCell(a1).numFmt,
    bold: (s, a1) => ws(s).getCell(a1).font?.bold === true,
    fontName: (s, a1) => ws(s).getCell(a1).font?.name,
    merges: (s) => (ws(s).model as { merges?: string[] }).merges ?? [],
    rowHeight: (s, row) => ws(s).getRow(row).height,
    orientation: (s) => ws(s).pageSetup.orientation,
    printTitleRows: (s) => ws(s).pageSetup.printTitlesRow,
    listSource: (s, a1) => ws(s).getCell(a1).dataValidation?.formulae?.[0] as string | undefined,
  };
}

describeReportWriter("XlsxReportWriter", async (sheets = {}) => {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  const writer = new XlsxReportWriter(wb);
  return {
    writer,
    // Read back from the bytes, as Excel would open the file.
    readBack: async () => {
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.load((await writer.toBuffer()) as unknown as ArrayBuffer);
      return readBack(copy);
    },
  };
});
