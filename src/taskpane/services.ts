import type { BuildStep } from "../app/buildReportsInSteps";
import type { BuildOutcome } from "../app/buildWorkbookReport";
import type { InputSheetsPresence } from "../app/inputSheetsPresence";
import type { NewMeasure } from "../app/measureFromTemplate";
import type { WriteResult } from "../app/ports";
import type { SettingsSaveResult } from "../app/saveSettings";
import type { SettingsForm } from "../app/settingsForm";
import type { ReadResult } from "../domain/input/readInputWorkbook";
import type { ValidationIssue } from "../domain/issues/validationIssue";
import type { ReportKind } from "../domain/reports/buildReport";

/** The workbook file of the standalone page, which runs without Excel. */
export interface WorkbookFile {
  /** The open file's name, or null before a file is opened or a new workbook started. */
  fileName(): string | null;
  /** Opens .xlsx bytes as the workbook the screens work on. */
  open(data: ArrayBuffer, fileName: string): Promise<void>;
  /** Starts a new workbook in memory (the input sheets are then created from the start screen). */
  createNew(): Promise<void>;
  /** Hands the workbook (input and report sheets) to the user as a download; returns its name. */
  download(): Promise<string>;
}

/** What the task pane can ask of its host: the open workbook in Excel, a file in a browser, fakes in tests. */
export interface TaskpaneServices {
  /** Thai notes on what this Excel cannot do, shown once at the top. */
  readonly capabilityNotes: readonly string[];
  detectInputSheets(): Promise<InputSheetsPresence>;
  /** Creates the missing input sheets; existing ones are kept as they are. */
  createInputSheets(): Promise<WriteResult>;
  /** The Settings sheet as a form; null when the sheet does not exist. */
  readSettings(): Promise<SettingsForm | null>;
  saveSettings(before: SettingsForm, after: SettingsForm): Promise<SettingsSaveResult>;
  /** Reads the input sheets and checks them; never changes the workbook. */
  validate(): Promise<ReadResult>;
  /** Appends rows to the Measures sheet; returns the first new row. */
  appendMeasures(measures: readonly NewMeasure[]): Promise<number>;
  buildReports(kinds: readonly ReportKind[], onStep?: (step: BuildStep) => void): Promise<BuildOutcome>;
  /** Colours the cells with issues in the sheet; returns how many cells were marked. */
  markIssues?(issues: readonly ValidationIssue[]): Promise<number>;
  /** Activates a sheet and selects a cell of it. */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /**
   * Calls `onChange` when the workbook changes, or `onError` once if this Excel cannot tell;
   * returns a function that stops the calls.
   */
  watchInput?(onChange: () => void, onError: (error: unknown) => void): () => void;
  /** Puts the chosen report sheets into a new workbook, ready for File › Export. */
  openReportsInNewWorkbook?(kinds: readonly ReportKind[]): Promise<void>;
  /** Present on the standalone page only. */
  readonly file?: WorkbookFile;
}
