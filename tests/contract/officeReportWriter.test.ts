import { OfficeReportWriter } from "../../src/excel/officeReportWriter";
import { excelHost } from "../fakes/excel/nodeLibrary";
import type { ExcelHost } from "../fakes/excel/excelHost";
import { describeReportWriter, type ReadBack } from "./reportWriterContract";

/** The Office.js writer through Microsoft's Excel client library, against the simulated host. */
function readBack(host: ExcelHost, hidden: readonly string[]): ReadBack {
  const cell = (s: string, a1: string) => host.cell(s, a1);
  return {
    sheetNames: () => host.sheetNames().filter((n) => !hidden.includes(n)),
    value: (s, a1) => {
      const c = cell(s, a1);
      return !c || c.kind === "empty" ? null : c.value;
    },
    isFormula: (s, a1) => cell(s, a1)?.kind === "formula",
    numberFormat: (s, a1) => cell(s, a1)?.numberFormat,
    bold: (s, a1) => cell(s, a1)?.format.font.bold === true,
    fontName: (s, a1) => cell(s, a1)?.format.font.name,
    merges: (s) => host.merges(s),
    rowHeight: (s, row) => host.rowHeight(s, row),
    orientation: (s) => {
      const o = host.pageLayout(s).orientation;
      return o === "Landscape" ? "landscape" : o === "Portrait" ? "portrait" : undefined;
    },
    printTitleRows: (s) => host.pageLayout(s).printTitleRows ?? undefined,
    listSource: (s, a1) => {
      const v = host.validations(s).find((x) => x.range.split(":")[0] === "C3" || x.range === a1);
      const list = v?.rule?.["list"] as { source?: string } | undefined;
      return list?.source === undefined ? undefined : `"${list.source}"`;
    },
  };
}

describeReportWriter("OfficeReportWriter", async (sheets = {}) => {
  const given = Object.keys(sheets).length > 0;
  const host = excelHost({ sheets: given ? sheets : { Sheet1: [] } });
  // A new workbook starts with Sheet1; the contract does not see it.
  return { writer: new OfficeReportWriter(host.run), readBack: async () => readBack(host, given ? [] : ["Sheet1"]) };
});
