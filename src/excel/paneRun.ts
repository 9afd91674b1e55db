import type { ExcelRun } from "./officeReportWriter";

/** Excel.run with options, as Office.js declares it. */
export type RunWithOptions = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/**
 * How the pane runs every batch: while the user is editing a cell, Excel holds the batch until
 * they leave the cell (`delayForCellEdit`) instead of failing it with
 * InvalidOperationInCellEditMode. The pane re-reads shortly after each change, that is, often while
 * the user types in the next cell.
 */
export function paneExcelRun(run: RunWithOptions): ExcelRun {
  return (batch) => run({ delayForCellEdit: true }, batch);
}
