/**
 * A fake Office host for the built add-in page in a browser: defines `Office` and `Excel` as
 * the add-in expects them, backed by the recording fake Excel of tests/fakes, with a workbook
 * holding seed 001's input sheets and one bad score (E11 "98,43"). Bundled by esbuild in the
 * e2e test; `?dark` asks for the dark Office theme. The test reads the fake through `window.itaFake`.
 */
import seed from "../../fixtures/seed001.json";
import { createFakeExcel, type FakeExcel } from "../../fakes/fakeExcel";
import { parseInputJson } from "../../../src/domain/input/parseInputJson";
import { buildInputSheets } from "../../../src/domain/input/inputSheets";
import { OfficeReportWriter } from "../../../src/excel/officeReportWriter";

declare global {
  interface Window {
    itaFake: FakeExcel;
    itaCreatedWorkbooks: string[];
  }
}

const fake = createFakeExcel();
window.itaFake = fake;

const ready = (async () => {
  const input = parseInputJson(JSON.stringify(seed)).input;
  if (!input) throw new Error("seed001 did not parse");
  await new OfficeReportWriter(fake.run).write({ sheets: buildInputSheets(input) });
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("คะแนน ITA").getRange("E11").values = [["98,43"]];
    await ctx.sync();
  });
})();

/** This host has ExcelApi up to 1.8, like Excel 2019, so the pane must say what it skips. */
const isSetSupported = (name: string, version: string) => name === "ExcelApi" && Number(version) <= 1.8;

/** Excel.createWorkbook opens a new window in Excel; here it records the file it was given. */
const createdWorkbooks: string[] = [];
window.itaCreatedWorkbooks = createdWorkbooks;
const excel = {
  run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => fake.run(batch),
  createWorkbook: async (base64: string) => void createdWorkbooks.push(base64),
};
const office = {
  HostType: { Excel: "Excel" },
  context: {
    requirements: { isSetSupported },
    officeTheme: { isDarkTheme: new URLSearchParams(location.search).has("dark") },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return ready.then(() => {
      callback?.(info);
      return info;
    });
  },
};
// Only the parts of Office.js the add-in uses, so no typed assignment to the real globals.
Object.assign(window, { Office: office, Excel: excel });
