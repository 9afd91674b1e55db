import { buildReportsInSteps } from "../app/buildReportsInSteps";
import { detectInputSheets } from "../app/inputSheetsPresence";
import { loadInput } from "../app/loadInput";
import { saveSettings } from "../app/saveSettings";
import { readSettingsForm } from "../app/settingsForm";
import { buildInputSheets } from "../domain/input/inputSheets";
import { detectCapabilities, missingCapabilityNotes } from "../excel/capabilities";
import { OfficeCellWriter } from "../excel/officeCellWriter";
import { toWorkbookWriteError } from "../excel/officeErrors";
import { appendMeasureRows } from "../excel/officeMeasureRows";
import { OfficeReportWriter, type ExcelRun } from "../excel/officeReportWriter";
import { watchWorkbookChanges } from "../excel/officeSheetEvents";
import { markIssueCells, selectCell } from "../excel/officeValidationMarks";
import { OfficeWorkbookReader } from "../excel/officeWorkbookReader";
import type { TaskpaneServices } from "./services";

/** Turns any Office failure of a read into the adapters' Thai WorkbookWriteError. */
function thaiErrors<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw toWorkbookWriteError(error);
    }
  };
}

/** Wires the task pane to the open workbook through the Office.js adapters. */
export function createOfficeServices(run: ExcelRun, isSetSupported: (name: string, version: string) => boolean): TaskpaneServices {
  const caps = detectCapabilities(isSetSupported);
  const reader = new OfficeWorkbookReader(run);
  const writer = new OfficeReportWriter(run, caps);
  const cells = new OfficeCellWriter(run);
  const watchers = new Set<{ onChange: () => void; onError: (error: unknown) => void }>();
  let watching: Promise<void> | null = null;

  const services: TaskpaneServices = {
    capabilityNotes: missingCapabilityNotes(caps),
    detectInputSheets: thaiErrors(() => detectInputSheets(reader)),
    createInputSheets: () => writer.write({ sheets: buildInputSheets() }),
    readSettings: thaiErrors(() => readSettingsForm(reader)),
    saveSettings: thaiErrors((before, after) => saveSettings(reader, cells, before, after)),
    validate: thaiErrors(() => loadInput(reader)),
    appendMeasures: (measures) => appendMeasureRows(run, measures),
    buildReports: thaiErrors((kinds, onStep) => buildReportsInSteps(reader, writer, kinds, onStep)),
    markIssues: (issues) => markIssueCells(run, issues),
    selectCell: (sheet, cell) => selectCell(run, sheet, cell),
  };
  // Workbook-wide change events need ExcelApi 1.9, as page layout does.
  if (caps.pageLayout)
    return {
      ...services,
      watchInput(onChange, onError) {
        const watcher = { onChange, onError };
        watchers.add(watcher);
        watching ??= watchWorkbookChanges(run, () => watchers.forEach((w) => w.onChange()));
        watching.catch((error: unknown) => watchers.has(watcher) && onError(error));
        return () => void watchers.delete(watcher);
      },
    };
  return services;
}
