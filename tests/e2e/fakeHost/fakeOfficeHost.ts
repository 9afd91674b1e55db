/**
 * The Office host for the built add-in page in a browser: Microsoft's own Excel client library
 * (excel-web-16.00.debug.js, loaded by a script tag just before this bundle) talking to the
 * simulated Excel of tests/fakes/excel, which starts with seed 001's input sheets and one bad
 * score (E11 "98,43"). The host is Excel 2019 (ExcelApi 1.8), so the pane must say what it
 * skips; `?dark` asks for the dark Office theme.
 *
 * For the test: `window.itaFake` is the host (inspection methods, `run`, `userEdit`, cell-edit
 * mode) and `window.itaCreatedWorkbooks` the files the pane opened with Excel.createWorkbook.
 */
import seed from "../../fixtures/seed001.json";
import { createExcelHost, type ExcelHost } from "../../fakes/excel/excelHost";
import { HOST_PROFILES } from "../../fakes/excel/hostProfiles";
import { connectLibrary, type OfficeLibrary } from "../../fakes/excel/library";
import { parseInputJson } from "../../../src/domain/input/parseInputJson";
import { buildInputSheets } from "../../../src/domain/input/inputSheets";
import { OfficeReportWriter } from "../../../src/excel/officeReportWriter";

declare global {
  interface Window {
    itaFake: ExcelHost;
    readonly itaCreatedWorkbooks: string[];
  }
}

const library: OfficeLibrary = {
  Excel: window.Excel,
  OfficeExtension: window.OfficeExtension,
  window,
};
const profile = HOST_PROFILES["excel-2019"];
const connection = connectLibrary(library, profile, {
  officeTheme: { isDarkTheme: new URLSearchParams(location.search).has("dark") },
});
const host = createExcelHost(library, profile);
// The pane calls Excel.run / Excel.createWorkbook without a URL: they go to this host.
connection.hooks.ClientRequestContext.defaultRequestUrlAndHeaders = host.url;
window.itaFake = host;
Object.defineProperty(window, "itaCreatedWorkbooks", { get: () => host.createdWorkbooks() });

const ready = (async () => {
  const input = parseInputJson(JSON.stringify(seed)).input;
  if (!input) throw new Error("seed001 did not parse");
  await new OfficeReportWriter(host.run).write({ sheets: buildInputSheets(input) });
  await host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("คะแนน ITA").getRange("E11").values = [["98,43"]];
    await ctx.sync();
  });
})();

// What office.js itself adds on top of the Excel library: the host type and onReady.
Object.assign(window.Office, {
  HostType: { Excel: "Excel" },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: profile.platform };
    return ready.then(() => {
      callback?.(info);
      return info;
    });
  },
});
