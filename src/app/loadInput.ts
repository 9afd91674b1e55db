import { SHEETS_TO_READ, readInputWorkbook, type ReadResult } from "../domain/input/readInputWorkbook";
import { officialRowLabel, SCORE_COLUMNS, SCORES_SHEET, SETTINGS_SHEET } from "../domain/input/inputLayout";
import { validateInput, withChecks } from "../domain/validation/validateInput";
import { defaultReportKinds, unmetNeeds } from "../domain/reports/buildReport";
import { MEASURES_SHEET } from "../domain/input/measuresLayout";
import { fieldsOverReportLimit, workbookTextPlaces } from "../domain/reports/reportTextLimits";
import { IssueCollector } from "../domain/issues/issueCollector";
import { findLabelRow } from "../domain/input/readSettings";
import { cellAddress } from "../domain/sheet/a1";
import { cellAt } from "../domain/sheet/cellInput";
import { parseYearBE } from "../domain/input/parseYear";
import type { ItaFramework } from "../domain/framework/itaFramework";
import type { WorkbookReader } from "./ports";

/**
 * Reads the input sheets of a workbook and runs every check on them. Never changes the workbook.
 */
export async function loadInput(reader: WorkbookReader, frameworks?: readonly ItaFramework[]): Promise<ReadResult> {
  const grids = await reader.readSheets(SHEETS_TO_READ);
  const read = readInputWorkbook(grids, frameworks);
  if (!read.input) return read;
  const scoresGrid = grids.get(SCORES_SHEET)!;
  const placeOf = (yearBE: number, key: string) => {
    const header = findLabelRow(scoresGrid, "ตัวชี้วัดที่") ?? 2;
    const column =
      SCORE_COLUMNS.find((c) => {
        const y = parseYearBE(cellAt(scoresGrid, header - 1, c));
        return y.ok && y.value === yearBE;
      }) ?? SCORE_COLUMNS[1];
    const row = findLabelRow(scoresGrid, officialRowLabel(key), header + 1);
    return row === null
      ? { sheet: SCORES_SHEET }
      : { sheet: SCORES_SHEET, cell: cellAddress(row, column) };
  };
  const missingMeasures = new IssueCollector();
  if (!grids.has(MEASURES_SHEET)) missingMeasures.warning("sheet-missing", { sheet: MEASURES_SHEET }, { optional: MEASURES_SHEET });
  // What the default reports need, so that an input that validates clean builds them.
  const kinds = defaultReportKinds(read.input);
  const needs = unmetNeeds(read.input, kinds, { scores: { sheet: SCORES_SHEET }, measures: { sheet: MEASURES_SHEET } });
  return { input: read.input, issues: withChecks(read.issues, [...missingMeasures.issues, ...validateInput(read.input, placeOf), ...needs, ...fieldsOverReportLimit(read.input, kinds, workbookTextPlaces(grids.get(SETTINGS_SHEET) ?? []))]) };
}
