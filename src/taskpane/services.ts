import type { BuildStep } from "../app/buildReportsInSteps";
import type { BuildOutcome } from "../app/buildWorkbookReport";
import type { InputSheetsPresence } from "../app/inputSheetsPresence";
import type { NewMeasure } from "../app/measureFromTemplate";
import type { PlacedMeasure } from "../app/measureRows";
import type { AddedScoreRows, ScoreEdit, ScoresForm } from "../app/scoresForm";
import type { WriteResult } from "../app/ports";
import type { SettingsSaveResult } from "../app/saveSettings";
import type { SettingsForm } from "../app/settingsForm";
import type { SavedField } from "../app/sheetCellWriter";
import type { ReadResult } from "../domain/input/readInputWorkbook";
import type { ValidationIssue } from "../domain/issues/validationIssue";
import type { ReportKind } from "../domain/reports/buildReport";

/** A workbook the standalone page kept from an earlier visit. */
export interface KeptWorkbookInfo {
  readonly fileName: string;
  /** When it was last kept (ms since the epoch). */
  readonly savedAt: number;
  /** It holds changes that were never downloaded. */
  readonly unsaved: boolean;
}

/** Where the open workbook stands: changed since it was downloaded, kept in the browser or not. */
export interface WorkbookFileStatus {
  readonly unsaved: boolean;
  /** The last change is not in the browser's store yet (it is kept a moment after a change). */
  readonly keeping: boolean;
  /** Thai text when the browser refused to keep the workbook (then only a download keeps it). */
  readonly keepError: string | null;
  /** Thai text of a long step under way (reading a large file), shown while it lasts. */
  readonly progress?: string | null;
}

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
  status(): WorkbookFileStatus;
  /** Calls `listener` whenever the status changes; returns a function that stops the calls. */
  onStatus(listener: () => void): () => void;
  /** The workbook kept from an earlier visit, if any. */
  kept(): Promise<KeptWorkbookInfo | null>;
  /** Opens the kept workbook as it was left. */
  restoreKept(): Promise<void>;
  /** Forgets the kept workbook. */
  discardKept(): Promise<void>;
}

/** What the task pane can ask of its host: the open workbook in Excel, a file in a browser, fakes in tests. */
export interface TaskpaneServices {
  /** Thai notes on what this Excel cannot do, shown once at the top. */
  readonly capabilityNotes: readonly string[];
  detectInputSheets(): Promise<InputSheetsPresence>;
  /** Creates the missing input sheets; existing ones are kept as they are. */
  createInputSheets(): Promise<WriteResult>;
  /** Adds the framework sheet (เกณฑ์ ITA) drafted for the year after the latest known frame; an existing one is kept. */
  createFrameworkSheet(): Promise<WriteResult>;
  /** The Settings sheet as a form; null when the sheet does not exist. */
  readSettings(): Promise<SettingsForm | null>;
  saveSettings(before: SettingsForm, after: SettingsForm): Promise<SettingsSaveResult>;
  /** Reads the input sheets and checks them; never changes the workbook. */
  validate(): Promise<ReadResult>;
  /** The Scores sheet as a form; null when the sheet (or its indicator table) does not exist. */
  readScores(): Promise<ScoresForm | null>;
  /** Writes typed years and scores into their cells, in one batch; returns the cells written. */
  saveScores(edits: readonly ScoreEdit[]): Promise<string[]>;
  /** Adds the Scores sheet rows the year's frame has and the sheet lacks (indicators, published totals). */
  addScoreRows(): Promise<AddedScoreRows>;
  /** Appends rows to the Measures sheet; returns the first new row. */
  appendMeasures(measures: readonly NewMeasure[]): Promise<number>;
  /** Inserts a measure below the last one; returns its row. */
  addMeasure(measure: NewMeasure): Promise<number>;
  /** Writes a measure's changed fields into its row; returns the fields written with their cells. */
  saveMeasure(before: PlacedMeasure, after: NewMeasure): Promise<SavedField[]>;
  /** Swaps a measure with the one above (-1) or below (+1). */
  moveMeasure(measure: PlacedMeasure, by: -1 | 1): Promise<void>;
  /** Deletes a measure's row. */
  deleteMeasure(measure: PlacedMeasure): Promise<void>;
  /**
   * Builds the chosen report sheets; `onStep` is told each stage as it starts, and the build
   * waits for the promise it returns (so a browser can paint the progress).
   */
  buildReports(
    kinds: readonly ReportKind[],
    onStep?: (step: BuildStep) => void | Promise<void>,
  ): Promise<BuildOutcome>;
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
