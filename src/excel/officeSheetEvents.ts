import type { ExcelRun } from "./officeReportWriter";
import { toWorkbookWriteError } from "./officeErrors";

/**
 * Calls `onChange` after any cell of the workbook changes (WorksheetCollection.onChanged,
 * ExcelApi 1.9). The handler stays registered for the life of the task pane.
 */
export async function watchWorkbookChanges(run: ExcelRun, onChange: () => void): Promise<void> {
  try {
    await run(async (context) => {
      context.workbook.worksheets.onChanged.add(async () => onChange());
      await context.sync();
    });
  } catch (error) {
    throw toWorkbookWriteError(error);
  }
}
