import {
  BUILT_IN_SET,
  frameworkFor,
  frameworkSetWith,
  latestFramework,
  type FrameworkSet,
} from "../domain/framework/frameworkSet";
import type { IndicatorNumber } from "../domain/framework/indicators";
import { hasIndicator, type ItaFramework } from "../domain/framework/itaFramework";
import { FRAMEWORK_SHEET } from "../domain/input/frameworkLayout";
import { readFrameworkSheet } from "../domain/input/readFrameworkSheet";
import { IssueCollector } from "../domain/issues/issueCollector";
import { cellAt, cellShown, cellText, type CellGrid } from "../domain/sheet/cellInput";
import {
  officialRows,
  SCORE_COLUMNS,
  SCORES_HEADERS,
  SCORES_SHEET,
} from "../domain/input/inputLayout";
import { parseYearBE } from "../domain/input/parseYear";
import { findLabelRow } from "../domain/input/readSettings";
import { yearProblemText } from "../domain/input/yearMessages";
import { issueMessage } from "../domain/issues/issueCatalogue";
import { fromHundredths } from "../domain/numbers/hundredths";
import { parseScore } from "../domain/numbers/parseScore";
import { cellAddress, parseRange } from "../domain/sheet/a1";
import { toArabicDigits } from "../domain/thai/digits";
import { WorkbookWriteError, type WorkbookReader } from "./ports";
import type { CellWrite, SheetCellWriter, SheetRowEditor } from "./sheetCellWriter";

/** Which of the two score columns: the previous year (0) or this one (1). */
export type YearColumn = 0 | 1;

/** One cell of the Scores sheet the editor shows: where it is and what it shows now. */
export interface ScoreCell {
  /** A1 address on the Scores sheet. */
  readonly cell: string;
  readonly text: string;
}

/** The Scores sheet (คะแนน ITA) as a form: the two years, each indicator's two scores, the published totals. */
export interface ScoresForm {
  readonly years: readonly [ScoreCell, ScoreCell];
  /** Indicators found on the sheet, in sheet order. */
  readonly indicators: readonly {
    readonly number: IndicatorNumber;
    readonly scores: readonly [ScoreCell, ScoreCell];
  }[];
  /** The optional published totals (ITA, then each instrument of the frame) whose rows are on the sheet. */
  readonly official: readonly {
    readonly label: string;
    readonly scores: readonly [ScoreCell, ScoreCell];
  }[];
  /**
   * The frame the form is laid out by: that of the latest year on the sheet, from the workbook's
   * framework sheet (เกณฑ์ ITA) when it has a record of that year, else the built-in one.
   */
  readonly framework: ItaFramework;
  /** What the frame has and the sheet has no row for: indicator numbers and published-total labels. */
  readonly unplaced: {
    readonly indicators: readonly IndicatorNumber[];
    readonly official: readonly string[];
  };
  /** The last row of the indicator table, and of the published totals (null when the sheet has none). */
  readonly lastRows: { readonly indicators: number; readonly official: number | null };
}

/** A value typed into one cell of the form. */
export interface ScoreEdit {
  readonly cell: string;
  readonly text: string;
  /** What the cell holds: a year (พ.ศ.) or a score (0–100, two decimals). */
  readonly kind: "year" | "score";
}

/**
 * The form of a Scores sheet grid; null when the sheet has no indicator header row. Rows are
 * found as the reader finds them: the header by its label, indicators by their number.
 */
export function scoresFormOf(
  grid: CellGrid,
  frameworks: FrameworkSet = BUILT_IN_SET,
): ScoresForm | null {
  const header = findLabelRow(grid, SCORES_HEADERS[0]);
  if (header === null || header < 2) return null;
  const at = (row: number): [ScoreCell, ScoreCell] =>
    SCORE_COLUMNS.map((c) => ({
      cell: cellAddress(row, c),
      text: cellShown(cellAt(grid, row, c)),
    })) as [ScoreCell, ScoreCell];
  // The indicators and totals of the latest year on the sheet (as the reader scores it), else of the latest record.
  const years = SCORE_COLUMNS.map((c) => parseYearBE(cellAt(grid, header - 1, c))).flatMap((y) =>
    y.ok ? [y.value] : [],
  );
  const framework =
    (years.length > 0 ? frameworkFor(Math.max(...years), frameworks) : null) ??
    latestFramework(frameworks);
  const indicators: { number: IndicatorNumber; scores: [ScoreCell, ScoreCell] }[] = [];
  let r = header + 1;
  for (; r <= grid.length; r++) {
    const raw = cellText(cellAt(grid, r, 1));
    if (raw === "") break;
    const n = Number(toArabicDigits(raw)) as IndicatorNumber;
    if (hasIndicator(framework, n) && !indicators.some((i) => i.number === n))
      indicators.push({ number: n, scores: at(r) });
  }
  const officialAt = officialRows(framework).flatMap(({ label }) => {
    const row = findLabelRow(grid, label, r);
    return row === null ? [] : [{ label, row }];
  });
  const official = officialAt.map(({ label, row }) => ({ label, scores: at(row) }));
  const unplaced = {
    indicators: framework.indicators
      .map((i) => i.number)
      .filter((n) => !indicators.some((i) => i.number === n)),
    official: officialRows(framework)
      .map((o) => o.label)
      .filter((label) => !official.some((o) => o.label === label)),
  };
  const lastRows = {
    indicators: r - 1,
    official: officialAt.length > 0 ? Math.max(...officialAt.map((o) => o.row)) : null,
  };
  return { years: at(header - 1), indicators, official, framework, unplaced, lastRows };
}

/**
 * Reads the Scores sheet into a form; null when there is no such sheet or table. A framework
 * sheet (เกณฑ์ ITA) that reads without error lays the form out by its year's frame, as the input
 * reader scores it; one with errors is left to the check screen and the built-in frame serves.
 */
export async function readScoresForm(reader: WorkbookReader): Promise<ScoresForm | null> {
  const grids = await reader.readSheets([SCORES_SHEET, FRAMEWORK_SHEET]);
  const grid = grids.get(SCORES_SHEET);
  if (!grid) return null;
  const sheet = grids.get(FRAMEWORK_SHEET);
  const record = sheet ? readFrameworkSheet(sheet, new IssueCollector()) : null;
  return scoresFormOf(grid, frameworkSetWith(record ? [record] : undefined));
}

/** The rows addScoreRows added: indicator numbers and published-total labels. */
export interface AddedScoreRows {
  readonly indicators: readonly IndicatorNumber[];
  readonly official: readonly string[];
}

/**
 * Adds the rows the year's frame has and the Scores sheet lacks (form.unplaced): the indicators'
 * rows (number, name, instrument) under the last indicator row, the published totals' rows
 * (label, what it holds) under the last of them, each inserted so nothing below is written over,
 * with the formats of the row above. A sheet with no published totals gets no such rows.
 */
export async function addScoreRows(
  reader: WorkbookReader,
  writer: SheetCellWriter,
  rows: SheetRowEditor,
): Promise<AddedScoreRows> {
  const read = async () => {
    const form = await readScoresForm(reader);
    if (!form)
      throw new WorkbookWriteError(
        `ไม่พบตารางคะแนนในชีต "${SCORES_SHEET}" กรุณาสร้างชีตข้อมูลที่หน้า "เริ่มต้น" ก่อน`,
        "ItemNotFound",
      );
    return form;
  };
  const before = await read();
  const { framework } = before;
  const indicators = framework.indicators.filter((i) =>
    before.unplaced.indicators.includes(i.number),
  );
  if (indicators.length > 0) {
    const at = before.lastRows.indicators + 1;
    await rows.insertRows(SCORES_SHEET, at, indicators.length);
    await writer.writeCells(
      SCORES_SHEET,
      indicators.flatMap((ind, k) => [
        { row: at + k, column: 1, number: ind.number },
        { row: at + k, column: 2, text: ind.name },
        { row: at + k, column: 3, text: ind.instrument },
      ]),
    );
  }
  const after = indicators.length > 0 ? await read() : before;
  const totals = officialRows(framework).filter((o) => after.unplaced.official.includes(o.label));
  const last = after.lastRows.official;
  if (totals.length > 0 && last !== null) {
    await rows.insertRows(SCORES_SHEET, last + 1, totals.length);
    await writer.writeCells(
      SCORES_SHEET,
      totals.flatMap((o, k) => [
        { row: last + 1 + k, column: 1, text: o.label },
        { row: last + 1 + k, column: 2, text: o.name },
      ]),
    );
  }
  return {
    indicators: indicators.map((i) => i.number),
    official: last === null ? [] : totals.map((o) => o.label),
  };
}

/**
 * What is wrong with a typed value, in the words the sheet's reader uses; null when it can be
 * written. A blank is always allowed: it empties the cell.
 */
export function scoreEditProblem(edit: ScoreEdit): string | null {
  const text = edit.text.trim();
  if (text === "") return null;
  if (edit.kind === "year") {
    const year = parseYearBE(text);
    return year.ok ? null : yearProblemText(year.problem, text);
  }
  const score = parseScore(text);
  // The catalogue's wording without its subject: the field itself says which score it is.
  return score.ok
    ? null
    : issueMessage(`score-${score.problem}`, { subject: "", value: text }).replace(/^: /, "");
}

/** True when typed text means what the cell already holds ("90.50" and 90.5, "๒๕๖๘" and 2568, blank and blank). */
export function sameScoreValue(kind: ScoreEdit["kind"], typed: string, onSheet: string): boolean {
  const [a, b] = [typed.trim(), onSheet.trim()];
  if (a === b) return true;
  if (a === "" || b === "") return false;
  if (kind === "year") {
    const [x, y] = [parseYearBE(a), parseYearBE(b)];
    return x.ok && y.ok && x.value === y.value;
  }
  const [x, y] = [parseScore(a), parseScore(b)];
  return x.ok && y.ok && x.value === y.value;
}

/** The cell write of an edit that has no problem: the number its parser read, or an empty cell. */
export function scoreCellWrite(edit: ScoreEdit): CellWrite {
  const place = parseRange(edit.cell);
  if (!place) throw new Error(`not a cell address: ${edit.cell}`);
  const { firstRow: row, firstColumn: column } = place;
  const text = edit.text.trim();
  if (text === "") return { row, column, text: "" };
  if (edit.kind === "year") {
    const year = parseYearBE(text);
    if (year.ok) return { row, column, number: year.value };
  } else {
    const score = parseScore(text);
    if (score.ok) return { row, column, number: fromHundredths(score.value) };
  }
  throw new Error(`${edit.cell}: ${scoreEditProblem(edit) ?? "unreadable"}`);
}

/**
 * Writes typed years and scores into their cells of the Scores sheet, as numbers, in one batch.
 * Edits with a problem are refused whole (nothing is written), so the sheet never holds a value
 * the pane called wrong. Returns the cells written.
 */
export async function saveScores(
  reader: WorkbookReader,
  writer: SheetCellWriter,
  edits: readonly ScoreEdit[],
): Promise<string[]> {
  const bad = edits.filter((e) => scoreEditProblem(e) !== null);
  if (bad.length > 0)
    throw new WorkbookWriteError(
      `ยังบันทึกไม่ได้: ${bad.map((e) => `เซลล์ ${e.cell} ${scoreEditProblem(e)}`).join(" · ")}`,
      "InvalidInput",
    );
  if (!(await reader.readSheets([SCORES_SHEET])).has(SCORES_SHEET))
    throw new WorkbookWriteError(
      `ไม่พบชีต "${SCORES_SHEET}" กรุณาสร้างชีตข้อมูลที่หน้า "เริ่มต้น" ก่อน`,
      "ItemNotFound",
    );
  if (edits.length > 0) await writer.writeCells(SCORES_SHEET, edits.map(scoreCellWrite));
  return edits.map((e) => e.cell);
}
