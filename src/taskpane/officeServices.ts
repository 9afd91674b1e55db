import { buildWorkbookReport } from "../app/buildWorkbookReport";
import { loadInput } from "../app/loadInput";
import { buildInputSheets } from "../domain/input/inputSheets";
import { detectCapabilities, missingCapabilityNotes } from "../excel/capabilities";
import { OfficeReportWriter, type ExcelRun } from "../excel/officeReportWriter";
import { OfficeWorkbookReader } from "../excel/officeWorkbookReader";
import type { TaskpaneServices } from "./services";

/** Wires the task pane to the open workbook through the Office.js adapters. */
export function createOfficeServices(run: ExcelRun, isSetSupported: (name: string, version: string) => boolean): TaskpaneServices {
  const caps = detectCapabilities(isSetSupported);
  const reader = new OfficeWorkbookReader(run);
  const writer = new OfficeReportWriter(run, caps);
  return {
    capabilityNotes: missingCapabilityNotes(caps),
    createInputSheets: () => writer.write({ sheets: buildInputSheets() }),
    validate: () => loadInput(reader),
    buildReports: async () => buildWorkbookReport(await loadInput(reader), writer),
  };
}
