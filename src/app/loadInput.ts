import {
  SHEETS_TO_READ,
  readInputWorkbook,
  type ReadResult,
} from "../domain/input/readInputWorkbook";
import { MEASURES_SHEET } from "../domain/input/measuresLayout";
import { checkedRead } from "../domain/reports/checkedRead";
import { IssueCollector } from "../domain/issues/issueCollector";
import type { ItaFramework } from "../domain/framework/itaFramework";
import type { WorkbookReader } from "./ports";

/**
 * Reads the input sheets of a workbook and runs every check on them. Never changes the workbook.
 */
export async function loadInput(
  reader: WorkbookReader,
  frameworks?: readonly ItaFramework[],
): Promise<ReadResult> {
  const grids = await reader.readSheets(SHEETS_TO_READ);
  const read = readInputWorkbook(grids, frameworks);
  const missingMeasures = new IssueCollector();
  if (!grids.has(MEASURES_SHEET))
    missingMeasures.warning(
      "sheet-missing",
      { sheet: MEASURES_SHEET },
      { optional: MEASURES_SHEET },
    );
  return checkedRead(read, missingMeasures.issues);
}
