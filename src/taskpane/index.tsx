import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { createOfficeServices } from "./officeServices";
import { paneTheme } from "./theme";

/* The composition root: the only place that touches the Office globals. */
void Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  const dark = Office.context.officeTheme?.isDarkTheme ?? false;
  const inExcel = info.host === Office.HostType.Excel;
  const isSetSupported = (name: string, version: string) => Office.context.requirements?.isSetSupported(name, version) ?? false;
  createRoot(container).render(
    <FluentProvider theme={paneTheme(dark)} style={{ minHeight: "100vh" }}>
      {inExcel ? (
        <App
          services={createOfficeServices((batch) => Excel.run(batch), isSetSupported, {
            // ExcelJS is fetched only when the user asks for a new workbook.
            makeFileWriter: async () => new (await import("../xlsx/xlsxReportWriter")).XlsxReportWriter(),
            createWorkbook: (base64) => Excel.createWorkbook(base64),
          })}
        />
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>หน้านี้ใช้ใน Excel เท่านั้น</MessageBarTitle>
            เปิดจากปุ่ม รายงาน ITA บนแท็บหน้าแรกของ Excel หรือใช้หน้าเว็บ standalone.html ที่เปิดไฟล์ .xlsx ได้โดยไม่ต้องมี Excel
          </MessageBarBody>
        </MessageBar>
      )}
    </FluentProvider>,
  );
});
