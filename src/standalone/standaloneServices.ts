import { buildReportsInSteps } from "../app/buildReportsInSteps";
import { detectInputSheets } from "../app/inputSheetsPresence";
import { loadInput } from "../app/loadInput";
import { WorkbookWriteError } from "../app/ports";
import { saveSettings } from "../app/saveSettings";
import { readSettingsForm } from "../app/settingsForm";
import { buildInputSheets } from "../domain/input/inputSheets";
import type { TaskpaneServices } from "../taskpane/services";
import type { InMemoryWorkbook } from "./inMemoryWorkbook";

/** Hands finished bytes to the user, e.g. as a browser download. */
export type Deliver = (fileName: string, bytes: Uint8Array) => void;

const NEW_FILE_NAME = "สมุดงาน ITA.xlsx";

/** The name of the downloaded file: the opened name marked as holding the reports. */
export function downloadName(opened: string): string {
  const base = opened.replace(/\.xlsx$/i, "").replace(/ \(มีรายงาน\)$/, "");
  return `${base} (มีรายงาน).xlsx`;
}

/**
 * The task pane's services on the standalone page: the same use cases as in Excel, on an .xlsx
 * workbook held in memory. ExcelJS is fetched on demand, with the first file opened.
 */
export function createStandaloneServices(deliver: Deliver): TaskpaneServices {
  let current: { book: InMemoryWorkbook; fileName: string } | null = null;
  const load = () => import(/* webpackChunkName: "xlsx" */ "./inMemoryWorkbook");
  const book = (): InMemoryWorkbook => {
    if (!current) throw new WorkbookWriteError('ยังไม่ได้เปิดไฟล์ กรุณาเลือกไฟล์ .xlsx หรือกด "เริ่มสมุดงานใหม่" ก่อน', "NoWorkbook");
    return current.book;
  };
  return {
    capabilityNotes: [],
    file: {
      fileName: () => current?.fileName ?? null,
      async open(data, fileName) {
        const { InMemoryWorkbook } = await load();
        current = { book: await InMemoryWorkbook.open(data), fileName };
      },
      async createNew() {
        const { InMemoryWorkbook } = await load();
        current = { book: InMemoryWorkbook.blank(), fileName: NEW_FILE_NAME };
      },
      async download() {
        const name = downloadName(current?.fileName ?? NEW_FILE_NAME);
        deliver(name, await book().bytes());
        return name;
      },
    },
    detectInputSheets: async () => detectInputSheets(book().reader),
    createInputSheets: async () => book().writer.write({ sheets: buildInputSheets() }),
    readSettings: async () => readSettingsForm(book().reader),
    saveSettings: async (before, after) => saveSettings(book().reader, book().cells, before, after),
    validate: async () => loadInput(book().reader),
    appendMeasures: async (measures) => book().appendMeasures(measures),
    buildReports: async (kinds, onStep) => buildReportsInSteps(book().reader, book().writer, kinds, onStep),
  };
}
