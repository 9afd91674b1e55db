import { findIndicatorByName, frameworkFor, FIRST_FRAMEWORK_YEAR, LAST_FRAMEWORK_YEAR } from "../framework/itaFramework";
import { INDICATOR_NUMBERS, isIndicatorNumber, type IndicatorNumber } from "../framework/indicators";
import type { Hundredths } from "../numbers/hundredths";
import { parseScore } from "../numbers/parseScore";
import { cellAddress } from "../sheet/a1";
import { toArabicDigits } from "../thai/digits";
import { cellAt, cellShown, cellText, isCellError, type CellGrid } from "../sheet/cellInput";
import type { IssueCollector } from "../issues/issueCollector";
import { OFFICIAL_ROWS, SCORE_COLUMNS, SCORES_HEADERS, SCORES_SHEET } from "./inputLayout";
import { parseYearBE } from "./parseYear";
import type { OfficialTotals } from "../model/scores";
import { findLabelRow } from "./readSettings";
import { reportYearProblem } from "./yearMessages";

export interface ScoresSheet {
  readonly scores: ReadonlyMap<number, ReadonlyMap<IndicatorNumber, Hundredths>>;
  readonly officialTotals: ReadonlyMap<number, OfficialTotals>;
}

/**
 * Reads the Scores sheet: the years above the header row (columns D and E), one row per
 * indicator below it, then the optional official totals. Every unreadable cell is an issue.
 */
export function readScores(grid: CellGrid, issues: IssueCollector): ScoresSheet {
  const scores = new Map<number, Map<IndicatorNumber, Hundredths>>();
  const officialTotals = new Map<number, OfficialTotals>();
  const at = (row: number, column: number) => ({ sheet: SCORES_SHEET, cell: cellAddress(row, column) });

  const header = findLabelRow(grid, SCORES_HEADERS[0]);
  if (header === null) {
    issues.error("scores-header-missing", { sheet: SCORES_SHEET }, { header: SCORES_HEADERS[0] });
    return { scores, officialTotals };
  }

  // Indicator rows: from below the header to the first row without an indicator number.
  const rows = new Map<IndicatorNumber, number>();
  let r = header + 1;
  for (; r <= grid.length; r++) {
    const raw = cellText(cellAt(grid, r, 1));
    if (raw === "") break;
    const n = Number(toArabicDigits(raw));
    if (!isIndicatorNumber(n)) {
      issues.error("indicator-invalid", at(r, 1), { value: raw });
      continue;
    }
    if (rows.has(n)) {
      issues.error("indicator-duplicate", at(r, 1), { indicator: n, row: rows.get(n)! });
      continue;
    }
    rows.set(n, r);
  }
  const lastIndicatorRow = r - 1;

  for (const column of SCORE_COLUMNS) {
    const yearCell = cellAt(grid, header - 1, column);
    const hasScores = [...rows.values()].some((row) => cellText(cellAt(grid, row, column)) !== "");
    if (cellText(yearCell) === "" && !hasScores) continue;
    const year = parseYearBE(yearCell);
    if (!year.ok) {
      reportYearProblem(issues, year.problem, at(header - 1, column), cellShown(yearCell));
      continue;
    }
    const framework = frameworkFor(year.value);
    if (!framework) {
      issues.error("year-no-framework", at(header - 1, column), { year: year.value, first: FIRST_FRAMEWORK_YEAR, last: LAST_FRAMEWORK_YEAR });
      continue;
    }
    if (scores.has(year.value)) {
      issues.error("year-duplicate", at(header - 1, column), { year: year.value });
      continue;
    }
    const yearScores = new Map<IndicatorNumber, Hundredths>();
    for (const n of INDICATOR_NUMBERS) {
      const row = rows.get(n);
      if (row === undefined) {
        issues.error("indicator-missing", { sheet: SCORES_SHEET }, { indicator: n });
        continue;
      }
      const cell = cellAt(grid, row, column);
      const parsed = parseScore(cell);
      if (parsed.ok) yearScores.set(n, parsed.value);
      else {
        const shown = typeof cell === "object" && cell !== null ? cell.error : cellText(cell);
        issues.error(`score-${parsed.problem}`, at(row, column), { subject: `คะแนนตัวชี้วัดที่ ${n} ปี ${year.value}`, value: shown });
      }
    }
    scores.set(year.value, yearScores);
    const totals = readOfficialTotals(grid, lastIndicatorRow, column, year.value, issues);
    if (Object.keys(totals).length > 0) officialTotals.set(year.value, totals);
  }

  for (const [n, row] of rows) {
    const name = cellText(cellAt(grid, row, 2));
    const framework = frameworkFor([...scores.keys()].at(-1) ?? LAST_FRAMEWORK_YEAR);
    if (name !== "" && framework) {
      const found = findIndicatorByName(framework, name);
      if (found && found.number !== n)
        issues.warning("indicator-name-mismatch", at(row, 2), { name, named: found.number, indicator: n });
    }
  }
  return { scores: sortByYear(scores), officialTotals };
}

function readOfficialTotals(
  grid: CellGrid,
  afterRow: number,
  column: number,
  yearBE: number,
  issues: IssueCollector,
): OfficialTotals {
  const totals: { -readonly [K in keyof OfficialTotals]: OfficialTotals[K] } = {};
  for (const { key, label } of OFFICIAL_ROWS) {
    const row = findLabelRow(grid, label, afterRow + 1);
    if (row === null) continue;
    const cell = cellAt(grid, row, column);
    if (cellText(cell) === "" && !isCellError(cell)) continue;
    const parsed = parseScore(cell);
    if (parsed.ok) totals[key] = parsed.value;
    else
      issues.error(`score-${parsed.problem}`, { sheet: SCORES_SHEET, cell: cellAddress(row, column) }, {
        subject: `คะแนน ${label} ที่ประกาศ ปี ${yearBE}`,
        value: cellShown(cell),
      });
  }
  return totals;
}

function sortByYear<V>(map: Map<number, V>): Map<number, V> {
  return new Map([...map.entries()].sort(([a], [b]) => a - b));
}
