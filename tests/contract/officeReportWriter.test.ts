import { OfficeReportWriter } from "../../src/excel/officeReportWriter";
import { createFakeExcel, type FakeExcel } from "../fakes/fakeExcel";
import { describeReportWriter, type ReadBack } from "./reportWriterContract";

function readBack(fake: FakeExcel): ReadBack {
  const cell = (s: string, a1: string) => fake.cell(s, a1);
  return {
    sheetNames: () => fake.sheetNames(),
    value: (s, a1) => {
      const c = cell(s, a1);
      return !c || c.kind === "empty" ? null : c.value;
    },
    isFormula: (s, a1) => cell(s, a1)?.kind === "formula",
    numberFormat: (s, a1) => cell(s, a1)?.numberFormat,
    bold: (s, a1) => cell(s, a1)?.format.font.bold === true,
    fontName: (s, a1) => cell(s, a1)?.format.font.name,
    merges: (s) => fake.merges(s),
    rowHeight: (s, row) => fake.rowHeight(s, row),
    orientation: (s) => {
      const o = fake.pageLayout(s).orientation;
      return o === "Landscape" ? "landscape" : o === "Portrait" ? "portrait" : undefined;
    },
    printTitleRows: (s) => fake.pageLayout(s).printTitleRows ?? undefined,
    listSource: (s, a1) => {
      const v = fake.validations(s).find((x) => x.range.split(":")[0] === "C3" || x.range === a1);
      const list = v?.rule?.["list"] as { source?: string } | undefined;
      return list?.source === undefined ? undefined : `"${list.source}"`;
    },
  };
}

describeReportWriter("OfficeReportWriter", async (sheets = {}) => {
  const fake = createFakeExcel({ sheets: Object.keys(sheets).length ? sheets : { Sheet1: [] } });
  return { writer: new OfficeReportWriter(fake.run), readBack: async () => readBackWithoutDefault(fake, sheets) };
});

/** The fake starts with Sheet1 when no sheet is given, as a new workbook does; hide it from the contract. */
function readBackWithoutDefault(fake: FakeExcel, sheets: Record<string, unknown>): ReadBack {
  const r = readBack(fake);
  return Object.keys(sheets).length ? r : { ...r, sheetNames: () => fake.sheetNames().filter((n) => n !== "Sheet1") };
}
