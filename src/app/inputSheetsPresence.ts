import { SCORES_SHEET, SETTINGS_SHEET } from "../domain/input/inputLayout";
import { MEASURES_SHEET } from "../domain/input/measuresLayout";
import type { WorkbookReader } from "./ports";

/** The input sheets people fill in, in the order they fill them. */
export const FILLED_IN_SHEETS: readonly string[] = [SETTINGS_SHEET, SCORES_SHEET, MEASURES_SHEET];

export interface InputSheetsPresence {
  readonly present: readonly string[];
  readonly missing: readonly string[];
}

/** Which of the input sheets the workbook has. Never changes the workbook. */
export async function detectInputSheets(reader: WorkbookReader): Promise<InputSheetsPresence> {
  const grids = await reader.readSheets(FILLED_IN_SHEETS);
  return {
    present: FILLED_IN_SHEETS.filter((name) => grids.has(name)),
    missing: FILLED_IN_SHEETS.filter((name) => !grids.has(name)),
  };
}
