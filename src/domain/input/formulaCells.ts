import {
  cellShown,
  cellText,
  isCellError,
  isFormulaWithoutValue,
  type CellInput,
} from "../sheet/cellInput";
import type { IssueCollector, IssuePlace } from "../issues/issueCollector";

/**
 * Says so when a cell holds a formula stored without its value (`formula-no-value`), and
 * returns true: the reader then takes nothing from the cell, and reports nothing else about it
 * (it is not "not filled in").
 */
export function formulaWithoutValue(
  cell: CellInput,
  place: IssuePlace,
  issues: IssueCollector,
  label?: string,
): boolean {
  if (!isFormulaWithoutValue(cell)) return false;
  issues.error("formula-no-value", place, {
    formula: cellShown(cell),
    ...(label !== undefined ? { label } : {}),
  });
  return true;
}

/** True when a cell holds anything at all: text, a number, an Excel error or an uncalculated formula. */
export function isFilled(cell: CellInput): boolean {
  return cellText(cell) !== "" || isCellError(cell) || isFormulaWithoutValue(cell);
}
