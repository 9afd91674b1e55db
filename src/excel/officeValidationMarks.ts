import type { ValidationIssue } from "../domain/issues/validationIssue";
import { SHEETS_TO_READ } from "../domain/input/readInputWorkbook";
import type { ExcelRun } from "./officeReportWriter";
import { toWorkbookWriteError } from "./officeErrors";

/**
 * The rule of our marks: always true, and written so that no user rule looks like it. Marks are
 * conditional formats, so they colour cells without touching their values or own formats.
 */
export const MARK_FORMULA = '=N("ita-report-mark")=0';
const ERROR_FILL = "#FFC7CE";
const ERROR_FONT = "#9C0006";
const WARNING_FILL = "#FFEB9C";

/**
 * Removes the marks of the previous check from the input sheets and marks the cells of the new
 * issues, errors red and warnings yellow. At most three round trips, whatever the number of issues.
 */
export async function markIssueCells(
  run: ExcelRun,
  issues: readonly ValidationIssue[],
): Promise<number> {
  const worst = new Map<string, ValidationIssue["severity"]>();
  for (const i of issues) {
    if (!i.sheet || !i.cell) continue;
    const key = `${i.sheet}\u0000${i.cell}`;
    if (worst.get(key) !== "error") worst.set(key, i.severity);
  }
  try {
    return await run(async (context) => {
      const sheets = SHEETS_TO_READ.map((name) =>
        context.workbook.worksheets.getItemOrNullObject(name),
      );
      const formats = sheets.map((ws) => {
        const cfs = ws.getRange().conditionalFormats;
        cfs.load("items/type");
        return cfs;
      });
      await context.sync();

      const custom = formats.flatMap((cfs, i) =>
        sheets[i]!.isNullObject ? [] : cfs.items.filter((cf) => cf.type === "Custom"),
      );
      const rules = custom.map((cf) => {
        const rule = cf.custom.rule;
        rule.load("formula");
        return { cf, rule };
      });
      if (rules.length > 0) await context.sync();

      for (const { cf, rule } of rules) if (rule.formula === MARK_FORMULA) cf.delete();
      let marked = 0;
      for (const [key, severity] of worst) {
        const [sheetName, cell] = key.split("\u0000") as [string, string];
        const index = SHEETS_TO_READ.indexOf(sheetName);
        if (index < 0 || sheets[index]!.isNullObject) continue;
        const cf = sheets[index]!.getRange(cell).conditionalFormats.add("Custom");
        cf.custom.rule.formula = MARK_FORMULA;
        cf.custom.format.fill.color = severity === "error" ? ERROR_FILL : WARNING_FILL;
        if (severity === "error") cf.custom.format.font.color = ERROR_FONT;
        marked++;
      }
      await context.sync();
      return marked;
    });
  } catch (error) {
    throw toWorkbookWriteError(error);
  }
}

/** Shows a cell to the user: activates its sheet and selects it. */
export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  try {
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  } catch (error) {
    throw toWorkbookWriteError(error);
  }
}
