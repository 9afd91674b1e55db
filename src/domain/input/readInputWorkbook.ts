import { frameworkSetWith } from "../framework/frameworkSet";
import type { ItaFramework } from "../framework/itaFramework";
import { measuresFramework } from "../scoring/inputFrameworks";
import type { CellGrid } from "../sheet/cellInput";
import { IssueCollector } from "../issues/issueCollector";
import { instrumentTextOfLabel, warnOfForeignInstrumentTexts } from "./textsLayout";
import { findingOfLabel, warnOfForeignFindings } from "./textsLayout";
import { SCORES_SHEET, SETTINGS_SHEET } from "./inputLayout";
import { labelledPlace, workbookPlaces, type InputPlaces } from "./inputPlaces";
import { readScores } from "./readScores";
import { readSettings } from "./readSettings";
import { readMeasures } from "./readMeasures";
import { MEASURES_SHEET } from "./measuresLayout";
import { FRAMEWORK_SHEET } from "./frameworkLayout";
import { readFrameworkSheet } from "./readFrameworkSheet";
import type { ReportInput } from "../model/reportInput";
import type { ValidationIssue } from "../issues/validationIssue";

/** The used ranges of a workbook's sheets, by sheet name, as an adapter read them. */
export type WorkbookGrids = ReadonlyMap<string, CellGrid>;

export interface ReadResult {
  /** Null only when a required sheet is missing; otherwise what could be read. */
  readonly input: ReportInput | null;
  readonly issues: readonly ValidationIssue[];
}

/** What a reader gives: the input, its issues, and where it found each value. */
export interface InputRead extends ReadResult {
  readonly places: InputPlaces;
}

/** The sheets the input must have. */
export const INPUT_SHEETS: readonly string[] = [SETTINGS_SHEET, SCORES_SHEET];
/**
 * Every sheet a reader loads; the Measures sheet may be absent in a scores-only workbook, the
 * framework sheet (เกณฑ์ ITA) is there only when the user added it.
 */
export const SHEETS_TO_READ: readonly string[] = [...INPUT_SHEETS, MEASURES_SHEET, FRAMEWORK_SHEET];

/** The sheets that decide the frame a workbook's measures and instruments' texts refer to. */
export const FRAME_SHEETS: readonly string[] = [SETTINGS_SHEET, SCORES_SHEET, FRAMEWORK_SHEET];

/**
 * The user's framework records (the framework sheet's, and a --framework file's, which wins over
 * the sheet for the same year), the fiscal year and the scores: what decides the frames.
 */
function readFrames(
  grids: WorkbookGrids,
  issues: IssueCollector,
  fromFile?: readonly ItaFramework[],
) {
  const settings = readSettings(grids.get(SETTINGS_SHEET) ?? [], issues);
  const sheetRecord = grids.has(FRAMEWORK_SHEET)
    ? readFrameworkSheet(grids.get(FRAMEWORK_SHEET)!, issues)
    : null;
  const supplied =
    sheetRecord && !fromFile?.some((r) => r.fiscalYearBE === sheetRecord.fiscalYearBE)
      ? [...(fromFile ?? []), sheetRecord].sort((a, b) => a.fiscalYearBE - b.fiscalYearBE)
      : fromFile;
  const scoresSheet = readScores(grids.get(SCORES_SHEET) ?? [], issues, frameworkSetWith(supplied));
  const fiscalYearBE = settings.fiscalYearBE ?? [...scoresSheet.scores.keys()].at(-1) ?? 0;
  const framework = measuresFramework({
    scores: scoresSheet.scores,
    fiscalYearBE,
    ...(supplied ? { frameworks: supplied } : {}),
  });
  return { settings, supplied, scoresSheet, fiscalYearBE, framework };
}

/**
 * The frame a workbook's measures and instruments' texts refer to (measuresFramework of the
 * input readInputWorkbook reads), from its FRAME_SHEETS; what the pane's forms offer.
 */
export function workbookFramework(grids: WorkbookGrids): ItaFramework {
  return readFrames(grids, new IssueCollector()).framework;
}

/**
 * Reads the input sheets into a ReportInput. Never throws and never changes the grids;
 * every cell it cannot read becomes an issue naming the sheet and cell.
 */
export function readInputWorkbook(
  grids: WorkbookGrids,
  fromFile?: readonly ItaFramework[],
): InputRead {
  const issues = new IssueCollector();
  const places = workbookPlaces(grids.get(SETTINGS_SHEET) ?? [], grids.get(SCORES_SHEET) ?? []);
  const missing = INPUT_SHEETS.filter((name) => !grids.has(name));
  for (const name of missing) issues.error("sheet-missing", { sheet: name }, {});
  if (missing.length > 0) return { input: null, issues: issues.issues, places };

  const { settings, supplied, scoresSheet, fiscalYearBE, framework } = readFrames(
    grids,
    issues,
    fromFile,
  );
  const { scores, officialTotals, origin } = scoresSheet;
  const settingsGrid = grids.get(SETTINGS_SHEET)!;
  warnOfForeignInstrumentTexts(
    framework,
    settings.texts,
    (part, code) =>
      labelledPlace(settingsGrid, (label) => {
        const at = instrumentTextOfLabel(label);
        return at?.part === part && at.code === code;
      }),
    issues,
  );

  const input: ReportInput = {
    organization: settings.organization,
    fiscalYearBE,
    round: settings.round,
    reportDate: settings.reportDate,
    digitStyle: settings.digitStyle,
    font: settings.font,
    scores,
    officialTotals,
    ...(origin ? { scoresOrigin: origin } : {}),
    measures: grids.has(MEASURES_SHEET)
      ? readMeasures(grids.get(MEASURES_SHEET)!, issues, framework)
      : [],
    signatories: settings.signatories,
    problems: settings.problems,
    remedies: settings.remedies,
    memo: settings.memo,
    layout: settings.layout,
    texts: settings.texts,
    ...(settings.findings.size > 0 ? { findings: settings.findings } : {}),
    ...(supplied && supplied.length > 0 ? { frameworks: supplied } : {}),
  };
  // A finding for an indicator the analysed frame lacks is kept but printed nowhere: say so.
  warnOfForeignFindings(
    framework,
    settings.findings,
    (n) => labelledPlace(settingsGrid, (label) => findingOfLabel(label) === n),
    issues,
  );
  return { input, issues: issues.issues, places };
}
