import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { createOfficeServices } from "./officeServices";
import { paneExcelRun } from "../excel/paneRun";
import { OutsideExcel } from "./OutsideExcel";
import { paneTheme } from "./theme";

/* The composition root: the only place that touches the Office globals. */
const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  // Outside Office (or when Microsoft's CDN cannot be reached) Office.js is not there at all:
  // say so at once, with the way to the standalone page, instead of a blank pane.
  if (typeof Office === "undefined")
    root.render(
      <FluentProvider theme={paneTheme(dark)} style={{ minHeight: "100vh" }}>
        <OutsideExcel why="no-office" />
      </FluentProvider>,
    );
  else
    void Office.onReady((info) => {
      const inExcel = info.host === Office.HostType.Excel;
      const isDark = Office.context?.officeTheme?.isDarkTheme ?? dark;
      const isSetSupported = (name: string, version: string) =>
        Office.context.requirements?.isSetSupported(name, version) ?? false;
      // A report file opened as a new workbook: Excel.createWorkbook is ExcelApi 1.8.
      const newWorkbook = isSetSupported("ExcelApi", "1.8")
        ? {
            // ExcelJS is fetched only when the user asks for a new workbook.
            makeFileWriter: async () =>
              new (await import("../xlsx/xlsxReportWriter")).XlsxReportWriter(),
            createWorkbook: (base64: string) => Excel.createWorkbook(base64),
          }
        : undefined;
      root.render(
        <FluentProvider theme={paneTheme(isDark)} style={{ minHeight: "100vh" }}>
          {inExcel ? (
            <App
              services={createOfficeServices(
                paneExcelRun((options, batch) => Excel.run(options, batch)),
                isSetSupported,
                newWorkbook,
              )}
            />
          ) : (
            <OutsideExcel why="not-excel" />
          )}
        </FluentProvider>,
      );
    });
}
