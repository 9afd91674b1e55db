import { buildReportsInSteps } from "../app/buildReportsInSteps";
import { detectInputSheets } from "../app/inputSheetsPresence";
import { loadInput } from "../app/loadInput";
import { saveSettings } from "../app/saveSettings";
import { readSettingsForm } from "../app/settingsForm";
import { buildInputSheets } from "../domain/input/inputSheets";
import { TITLED_REPORTS } from "../domain/reports/reportRegistry";
import { frameworkSheetDraft } from "../app/frameworkSheetDraft";
import { detectCapabilities, missingCapabilityNotes } from "../excel/capabilities";
import { OfficeCellWriter } from "../excel/officeCellWriter";
import { toWorkbookWriteError } from "../excel/officeErrors";
import { appendMeasureRows } from "../excel/officeMeasureRows";
import { OfficeReportWriter, type ExcelRun } from "../excel/officeReportWriter";
import { watchWorkbookChanges } from "../excel/officeSheetEvents";
import { markIssueCells, selectCell } from "../excel/officeValidationMarks";
import { OfficeWorkbookReader } from "../excel/officeWorkbookReader";
import type { TaskpaneServices } from "./services";
import type { ValidationIssue } from "../domain/issues/validationIssue";
import { buildReportFile, type ReportFileWriter } from "../app/reportFile";
import { WorkbookWriteError } from "../app/ports";
import { openInNewWorkbook } from "../excel/officeNewWorkbook";
import { OfficeRowEditor } from "../excel/officeRowEditor";
import {
  addMeasure,
  deleteMeasure,
  moveMeasure,
  saveMeasure,
  type MeasureSheetPorts,
} from "../app/measureRows";
import { addScoreRows, readScoresForm, saveScores } from "../app/scoresForm";

/** Turns any Office failure of a read into the adapters' Thai WorkbookWriteError. */
function thaiErrors<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw toWorkbookWriteError(error);
    }
  };
}

/** How the pane makes an .xlsx of the report sheets and opens it as a new workbook (ExcelApi 1.8). */
export interface NewWorkbookRoute {
  /** Loads the ExcelJS writer on demand, so it is never part of the pane's first load. */
  readonly makeFileWriter: () => Promise<ReportFileWriter>;
  readonly createWorkbook: (base64: string) => Promise<unknown>;
}

/** Wires the task pane to the open workbook through the Office.js adapters. */
export function createOfficeServices(
  run: ExcelRun,
  isSetSupported: (name: string, version: string) => boolean,
  newWorkbook?: NewWorkbookRoute,
): TaskpaneServices {
  const caps = detectCapabilities(isSetSupported);
  const reader = new OfficeWorkbookReader(run);
  const writer = new OfficeReportWriter(run, caps);
  // The pane's own cell and row edits fire no change event: the screen re-reads once after its save.
  const cells = new OfficeCellWriter(run, caps);
  const measureSheet: MeasureSheetPorts = { reader, cells, rows: new OfficeRowEditor(run, caps) };
  const watchers = new Set<{ onChange: () => void; onError: (error: unknown) => void }>();
  let watching: Promise<void> | null = null;

  const services: TaskpaneServices = {
    capabilityNotes: missingCapabilityNotes(caps),
    detectInputSheets: thaiErrors(() => detectInputSheets(reader)),
    createInputSheets: () => writer.write({ sheets: buildInputSheets(undefined, TITLED_REPORTS) }),
    createFrameworkSheet: () => writer.write({ sheets: [frameworkSheetDraft()] }),
    readSettings: thaiErrors(() => readSettingsForm(reader)),
    saveSettings: thaiErrors((before, after) =>
      saveSettings(reader, cells, before, after, measureSheet.rows),
    ),
    validate: thaiErrors(() => loadInput(reader)),
    readScores: thaiErrors(() => readScoresForm(reader)),
    saveScores: thaiErrors((edits) => saveScores(reader, cells, edits)),
    addScoreRows: thaiErrors(() => addScoreRows(reader, cells, measureSheet.rows)),
    appendMeasures: (measures) => appendMeasureRows(run, measures, caps),
    addMeasure: thaiErrors((m) => addMeasure(measureSheet, m)),
    saveMeasure: thaiErrors((before, after) => saveMeasure(measureSheet, before, after)),
    moveMeasure: thaiErrors((m, by) => moveMeasure(measureSheet, m, by)),
    deleteMeasure: thaiErrors((m) => deleteMeasure(measureSheet, m)),
    buildReports: thaiErrors((kinds, onStep) => buildReportsInSteps(reader, writer, kinds, onStep)),
    ...(caps.conditionalFormats
      ? { markIssues: (issues: readonly ValidationIssue[]) => markIssueCells(run, issues) }
      : {}),
    selectCell: (sheet, cell) => selectCell(run, sheet, cell),
    ...(newWorkbook && caps.createWorkbook
      ? {
          openReportsInNewWorkbook: async (kinds) => {
            const { outcome, bytes } = await buildReportFile(
              await loadInput(reader),
              await newWorkbook.makeFileWriter(),
              { kinds },
            );
            if (!outcome.ok || !bytes)
              throw new WorkbookWriteError(
                "ยังสร้างรายงานไม่ได้ เพราะข้อมูลมีข้อผิดพลาด กรุณาแก้ไขที่หน้าตรวจข้อมูลก่อน",
                "InputErrors",
              );
            await openInNewWorkbook(newWorkbook.createWorkbook, bytes);
          },
        }
      : {}),
  };
  // Workbook-wide change events need ExcelApi 1.9.
  if (caps.changeEvents)
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
