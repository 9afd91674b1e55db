import { SETTING_ORDER, SETTINGS_SHEET, SIGNATORY_HEADERS } from "../domain/input/inputLayout";
import { SETTING_LABELS } from "../domain/input/settingsLabels";
import {
  findingOfLabel,
  instrumentTextHint,
  instrumentTextOfKey,
  instrumentTextOfLabel,
  TITLE_HINT,
  titleOfKey,
  titleOfLabel,
  type InstrumentTextKey,
  type TitleKey,
} from "../domain/input/textsLayout";
import { cellText } from "../domain/sheet/cellInput";
import { findLabelRow } from "../domain/input/readSettings";
import { isFilled } from "../domain/input/formulaCells";
import { cellAt, type CellGrid } from "../domain/sheet/cellInput";
import { cellAddress, rangeAddress } from "../domain/sheet/a1";
import { WorkbookWriteError, type WorkbookReader } from "./ports";
import type { CellWrite, SavedField, SheetCellWriter, SheetRowEditor } from "./sheetCellWriter";
import {
  formKeys,
  formLabel,
  formRow,
  formValue,
  signatoryRows,
  withoutBlankSignatories,
  type SettingsForm,
} from "./settingsForm";

/** What a save wrote. */
export interface SettingsSaveResult {
  /** A1 addresses of the cells written on the Settings sheet. */
  readonly cells: readonly string[];
  /** Labels of changed settings whose row is not on the sheet, so they were not saved. */
  readonly notFound: readonly string[];
  /** The fields saved, in the sheet's order, each with its cells: settings, then the signatories' block. */
  readonly saved: readonly SavedField[];
}

/**
 * Writes the settings changed between `before` (as read) and `after` (as edited) into the cells
 * next to their labels on the Settings sheet, found afresh so rows moved meanwhile are still
 * right. Only the Settings sheet is written, and only the changed cells. An instrument's text
 * typed for an instrument of the year's frame that has no row yet gets its row (label, hint)
 * inserted beside the other instruments' texts, when `rows` can insert one.
 */
export async function saveSettings(
  reader: WorkbookReader,
  writer: SheetCellWriter,
  before: SettingsForm,
  after: SettingsForm,
  rows?: SheetRowEditor,
): Promise<SettingsSaveResult> {
  const read = async () => {
    const grid = (await reader.readSheets([SETTINGS_SHEET])).get(SETTINGS_SHEET);
    if (!grid)
      throw new WorkbookWriteError(
        `ไม่พบชีต "${SETTINGS_SHEET}" กรุณาสร้างชีตข้อมูลที่หน้า "เริ่มต้น" ก่อน`,
        "ItemNotFound",
      );
    return grid;
  };
  let grid = await read();
  for (const key of rows ? instrumentTextsWithoutRow(grid, before, after) : []) {
    const { part, code } = instrumentTextOfKey(key)!;
    const row = instrumentTextRowPlace(grid, key);
    await rows!.insertRows(SETTINGS_SHEET, row, 1);
    await writer.writeCells(SETTINGS_SHEET, [
      { row, column: 1, text: formLabel(key) },
      { row, column: 3, text: instrumentTextHint(part, code) },
    ]);
    grid = await read();
  }
  // A title typed for a report whose row the sheet lacks (a workbook made before titles): its row goes under the last labelled row.
  for (const key of rows ? titlesWithoutRow(grid, before, after) : []) {
    const row = lastLabelledRow(grid) + 1;
    await rows!.insertRows(SETTINGS_SHEET, row, 1);
    await writer.writeCells(SETTINGS_SHEET, [
      { row, column: 1, text: formLabel(key) },
      { row, column: 3, text: TITLE_HINT },
    ]);
    grid = await read();
  }
  const { writes, notFound, saved } = settingsCellWrites(grid, before, after);
  if (writes.length > 0) await writer.writeCells(SETTINGS_SHEET, writes);
  return { cells: writes.map((w) => cellAddress(w.row, w.column)), notFound, saved };
}

/**
 * The cell writes that turn the sheet's settings from `before` into `after`. The signatory block
 * is rewritten whole when it changed; it only grows into rows that are empty.
 */
export function settingsCellWrites(
  grid: CellGrid,
  before: SettingsForm,
  after: SettingsForm,
): { writes: CellWrite[]; notFound: string[]; saved: SavedField[] } {
  const writes: CellWrite[] = [];
  const notFound: string[] = [];
  const saved: SavedField[] = [];
  for (const key of formKeys(after)) {
    if (formValue(after, key) === formValue(before, key)) continue;
    const label = formLabel(key);
    const row = formRow(grid, key);
    if (row === null) notFound.push(label);
    else {
      writes.push({ row, column: 2, text: formValue(after, key).trim() });
      saved.push({ label, cells: [cellAddress(row, 2)] });
    }
  }
  const people = withoutBlankSignatories(after.signatories);
  if (JSON.stringify(people) === JSON.stringify(withoutBlankSignatories(before.signatories)))
    return { writes, notFound, saved };

  const { header, people: onSheet } = signatoryRows(grid);
  if (header === null) {
    notFound.push(`${SIGNATORY_HEADERS[0]} (หัวตารางผู้ลงนาม)`);
    return { writes, notFound, saved };
  }
  // The rank column (E) is written only when someone has a rank, so a workbook made before it
  // gets only the cells it had; its header is added when the sheet lacks it.
  const columns = people.some((p) => p.rank) || onSheet.some((p) => p.rank) ? 5 : 4;
  if (columns === 5 && cellText(cellAt(grid, header, 5)) === "")
    writes.push({ row: header, column: 5, text: SIGNATORY_HEADERS[4] });
  // The block ends at its first blank row; rows it grows into must be empty in its columns too.
  for (let i = onSheet.length; i < people.length; i++) {
    const row = header + 1 + i;
    if (
      Array.from({ length: columns }, (_, c) => c + 1).some((c) => isFilled(cellAt(grid, row, c)))
    )
      throw new WorkbookWriteError(
        `เพิ่มผู้ลงนามไม่ได้ เพราะแถว ${row} ของชีต "${SETTINGS_SHEET}" มีข้อมูลอื่นอยู่ กรุณาแทรกแถวว่างใต้รายชื่อผู้ลงนามแล้วบันทึกอีกครั้ง`,
        "NoRoom",
      );
  }
  const rows = Math.max(people.length, onSheet.length);
  saved.push({
    label: SIGNATORY_LABEL,
    cells: [rangeAddress(header + 1, 1, header + rows, columns)],
  });
  for (let i = 0; i < rows; i++) {
    const p = people[i];
    const row = header + 1 + i;
    writes.push(
      { row, column: 1, text: p?.role ?? "" },
      { row, column: 2, text: p?.name ?? "" },
      { row, column: 3, text: p?.position ?? "" },
      { row, column: 4, text: p?.comment ?? "" },
    );
    if (columns === 5) writes.push({ row, column: 5, text: p?.rank ?? "" });
  }
  return { writes, notFound, saved };
}

/** The instruments' texts typed (changed and not blank) whose label row the sheet does not have. */
export function instrumentTextsWithoutRow(
  grid: CellGrid,
  before: SettingsForm,
  after: SettingsForm,
): InstrumentTextKey[] {
  return formKeys(after).filter(
    (key): key is InstrumentTextKey =>
      instrumentTextOfKey(key) !== null &&
      formValue(after, key).trim() !== "" &&
      formValue(after, key) !== formValue(before, key) &&
      findLabelRow(grid, formLabel(key)) === null,
  );
}

/** The report titles typed (changed and not blank) whose label row the sheet does not have. */
export function titlesWithoutRow(
  grid: CellGrid,
  before: SettingsForm,
  after: SettingsForm,
): TitleKey[] {
  return formKeys(after).filter(
    (key): key is TitleKey =>
      titleOfKey(key) !== null &&
      formValue(after, key).trim() !== "" &&
      formValue(after, key) !== formValue(before, key) &&
      formRow(grid, key) === null,
  );
}

/** The last row labelled with a setting, an instrument's text, a finding or a title (0 for none). */
function lastLabelledRow(grid: CellGrid): number {
  const settingLabels = new Set(SETTING_ORDER.map((k) => SETTING_LABELS[k]));
  let last = 0;
  for (let row = 1; row <= grid.length; row++) {
    const label = cellText(cellAt(grid, row, 1));
    if (
      settingLabels.has(label) ||
      instrumentTextOfLabel(label) ||
      findingOfLabel(label) !== null ||
      titleOfLabel(label) !== null
    )
      last = row;
  }
  return last;
}

/**
 * The row a new instrument text row goes in (the row it is inserted before): under the last
 * row of its part (analysis, plan), else an analysis row above the first plan row, else under
 * the last instrument text or setting row, so the rows stay in the order the sheet builder writes.
 */
export function instrumentTextRowPlace(grid: CellGrid, key: InstrumentTextKey): number {
  const part = instrumentTextOfKey(key)!.part;
  let samePart = 0;
  let firstPlan = 0;
  let lastLabel = 0;
  const settingLabels = new Set(SETTING_ORDER.map((k) => SETTING_LABELS[k]));
  for (let row = 1; row <= grid.length; row++) {
    const label = cellText(cellAt(grid, row, 1));
    const text = instrumentTextOfLabel(label);
    if (text?.part === part) samePart = row;
    if (text?.part === "plan" && firstPlan === 0) firstPlan = row;
    if (text || settingLabels.has(label)) lastLabel = row;
  }
  if (samePart > 0) return samePart + 1;
  if (part === "analysis" && firstPlan > 0) return firstPlan;
  return lastLabel + 1;
}

/** How the signatories' block is named among the fields saved. */
export const SIGNATORY_LABEL = "ผู้ลงนาม";
