import {
  BUILT_IN_SET,
  firstFrameworkYear,
  frameworkFor,
  latestFramework,
  type FrameworkSet,
} from "../framework/frameworkSet";
import { assumedYearParams, indicatorNumbersText } from "../framework/frameworkText";
import type { IndicatorNumber } from "../framework/indicators";
import { findIndicatorByName, hasIndicator, type ItaFramework } from "../framework/itaFramework";
import type { Hundredths } from "../numbers/hundredths";
import { parseScore } from "../numbers/parseScore";
import { cellAddress } from "../sheet/a1";
import { toArabicDigits } from "../thai/digits";
import { cellAt, cellShown, cellText, type CellGrid } from "../sheet/cellInput";
import type { IssueCollector } from "../issues/issueCollector";
import { officialRows, SCORE_COLUMNS, SCORES_HEADERS, SCORES_SHEET } from "./inputLayout";
import { parseYearBE } from "./parseYear";
import type { OfficialTotals, ScoresOrigin } from "../model/scores";
import { findLabelRow } from "./readSettings";
import { reportYearProblem } from "./yearMessages";
import { formulaWithoutValue, isFilled } from "./formulaCells";

export interface ScoresSheet {
  readonly scores: ReadonlyMap<number, ReadonlyMap<IndicatorNumber, Hundredths>>;
  readonly officialTotals: ReadonlyMap<number, OfficialTotals>;
  /** Where each year, indicator and total is, for messages about a missing score. */
  readonly origin?: ScoresOrigin;
}

/**
 * Reads the Scores sheet: the years above the header row (columns D and E), one row per
 * indicator below it, then the optional official totals. Every unreadable cell is an issue.
 */
export function readScores(
  grid: CellGrid,
  issues: IssueCollector,
  frameworks: FrameworkSet = BUILT_IN_SET,
): ScoresSheet {
  const scores = new Map<number, Map<IndicatorNumber, Hundredths>>();
  const officialTotals = new Map<number, OfficialTotals>();
  const at = (row: number, column: number) => ({
    sheet: SCORES_SHEET,
    cell: cellAddress(row, column),
  });

  const header = findLabelRow(grid, SCORES_HEADERS[0]);
  if (header === null) {
    issues.error("scores-header-missing", { sheet: SCORES_SHEET }, { header: SCORES_HEADERS[0] });
    return { scores, officialTotals };
  }

  // Indicator rows: from below the header to the first row without an indicator number.
  const rawRows: { row: number; raw: string }[] = [];
  let r = header + 1;
  for (; r <= grid.length; r++) {
    const cell = cellAt(grid, r, 1);
    if (formulaWithoutValue(cell, at(r, 1), issues)) continue;
    const raw = cellText(cell);
    if (raw === "") break;
    rawRows.push({ row: r, raw });
  }
  const lastIndicatorRow = r - 1;

  // The years above the header, each scored with its own framework.
  const years: { column: number; year: number; framework: ItaFramework }[] = [];
  for (const column of SCORE_COLUMNS) {
    const yearCell = cellAt(grid, header - 1, column);
    const hasScores = rawRows.some(({ row }) => isFilled(cellAt(grid, row, column)));
    if (!isFilled(yearCell) && !hasScores) continue;
    if (formulaWithoutValue(yearCell, at(header - 1, column), issues)) continue;
    const year = parseYearBE(yearCell);
    if (!year.ok) {
      reportYearProblem(issues, year.problem, at(header - 1, column), cellShown(yearCell));
      continue;
    }
    const framework = frameworkFor(year.value, frameworks);
    if (!framework) {
      issues.error("year-no-framework", at(header - 1, column), {
        year: year.value,
        first: firstFrameworkYear(frameworks),
      });
      continue;
    }
    if (years.some((y) => y.year === year.value)) {
      issues.error("year-duplicate", at(header - 1, column), { year: year.value });
      continue;
    }
    if (framework.status === "assumed")
      issues.warning(
        "year-framework-assumed",
        at(header - 1, column),
        assumedYearParams(framework),
      );
    years.push({ column, year: year.value, framework });
  }
  const latest = years.at(-1)?.framework ?? latestFramework(frameworks);
  const originRows = new Map<string, number>();

  const rows = new Map<IndicatorNumber, number>();
  for (const { row, raw } of rawRows) {
    const n = Number(toArabicDigits(raw));
    if (!(years.some((y) => hasIndicator(y.framework, n)) || hasIndicator(latest, n))) {
      issues.error("indicator-invalid", at(row, 1), {
        value: raw,
        numbers: indicatorNumbersText(latest),
      });
      continue;
    }
    if (rows.has(n)) {
      issues.error("indicator-duplicate", at(row, 1), { indicator: n, row: rows.get(n)! });
      continue;
    }
    rows.set(n, row);
    originRows.set(String(n), row);
  }
  for (const { key, label } of officialRows(latest)) {
    const row = findLabelRow(grid, label, lastIndicatorRow + 1);
    if (row !== null) originRows.set(key, row);
  }
  const origin: ScoresOrigin = {
    kind: "sheet",
    sheet: SCORES_SHEET,
    yearRow: header - 1,
    yearColumns: new Map(years.map((y) => [y.year, y.column])),
    // A first year goes in the column of this year's scores, as the sheet builder puts it.
    freeColumn:
      [...SCORE_COLUMNS].reverse().find((c) => !years.some((y) => y.column === c)) ??
      SCORE_COLUMNS[SCORE_COLUMNS.length - 1]!,
    rows: originRows,
  };

  for (const { column, year, framework } of years) {
    const yearScores = new Map<IndicatorNumber, Hundredths>();
    for (const [n, row] of rows) {
      if (hasIndicator(framework, n) || !isFilled(cellAt(grid, row, column))) continue;
      issues.error("indicator-not-in-year", at(row, column), {
        year,
        indicator: n,
        numbers: indicatorNumbersText(framework),
      });
    }
    const blanks: { row: number; n: IndicatorNumber; instrument: string }[] = [];
    for (const { number: n, instrument } of framework.indicators) {
      const row = rows.get(n);
      if (row === undefined) {
        issues.error("indicator-missing", { sheet: SCORES_SHEET }, { indicator: n });
        continue;
      }
      const cell = cellAt(grid, row, column);
      const parsed = parseScore(cell);
      if (parsed.ok) yearScores.set(n, parsed.value);
      // A blank score is no error: the reports use the published totals, or say what they lack.
      else if (parsed.problem === "empty") blanks.push({ row, n, instrument });
      else
        issues.error(`score-${parsed.problem}`, at(row, column), {
          subject: `คะแนนตัวชี้วัดที่ ${n} ปี ${year}`,
          value: cellShown(cell),
        });
    }
    scores.set(year, yearScores);
    const totals = readOfficialTotals(grid, lastIndicatorRow, column, year, framework, issues);
    if (Object.keys(totals).length > 0) officialTotals.set(year, totals);
    // Beside other scores of its year, a blank is likely an oversight, unless its instrument's
    // published score stands in for it (seed 002's indicator 9 under its OIT 74.80).
    if (blanks.length < framework.indicators.length)
      for (const { row, n, instrument } of blanks)
        if (totals[instrument] === undefined)
          issues.warning("score-empty", at(row, column), {
            subject: `คะแนนตัวชี้วัดที่ ${n} ปี ${year}`,
            value: "",
          });
  }

  for (const [n, row] of rows) {
    const name = cellText(cellAt(grid, row, 2));
    if (name === "") continue;
    const found = findIndicatorByName(latest, name);
    if (found && found.number !== n)
      issues.warning("indicator-name-mismatch", at(row, 2), {
        name,
        named: found.number,
        indicator: n,
      });
  }
  return { scores: sortByYear(scores), officialTotals, origin };
}

function readOfficialTotals(
  grid: CellGrid,
  afterRow: number,
  column: number,
  yearBE: number,
  framework: ItaFramework,
  issues: IssueCollector,
): OfficialTotals {
  const totals: { -readonly [K in keyof OfficialTotals]: OfficialTotals[K] } = {};
  for (const { key, label } of officialRows(framework)) {
    const row = findLabelRow(grid, label, afterRow + 1);
    if (row === null) continue;
    const cell = cellAt(grid, row, column);
    if (!isFilled(cell)) continue;
    const parsed = parseScore(cell);
    if (parsed.ok) totals[key] = parsed.value;
    else
      issues.error(
        `score-${parsed.problem}`,
        { sheet: SCORES_SHEET, cell: cellAddress(row, column) },
        {
          subject: `คะแนน ${label} ที่ประกาศ ปี ${yearBE}`,
          value: cellShown(cell),
        },
      );
  }
  return totals;
}

function sortByYear<V>(map: Map<number, V>): Map<number, V> {
  return new Map([...map.entries()].sort(([a], [b]) => a - b));
}
