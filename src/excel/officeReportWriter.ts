import type { ReportWriter, WriteResult } from "../app/ports";
import { WorkbookWriteError } from "../app/ports";
import type { WorkbookSpec } from "../domain/sheet/sheetSpec";
import { sheetSpecProblems } from "../domain/sheet/sheetLimits";
import { ALL_CAPABILITIES, missingCapabilityNotes, type OfficeCapabilities } from "./capabilities";
import { toWorkbookWriteError } from "./officeErrors";
import { queueSheet } from "./officeSheetWriter";

/** Runs a batch against Excel; `Excel.run` in the add-in, a fake in tests. */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Prefix of the sheets a build writes into before swapping them in. */
export const STAGING_PREFIX = "~ita-";

/**
 * Writes sheet descriptions into the open workbook in three round trips, whatever the row count:
 * (1) list the sheets, (2) write every report into new staging sheets, (3) swap them in for the
 * old reports. A failure before the swap leaves the old reports and the input sheets untouched.
 */
export class OfficeReportWriter implements ReportWriter {
  constructor(
    private readonly run: ExcelRun,
    private readonly caps: OfficeCapabilities = ALL_CAPABILITIES,
  ) {}

  async write(workbook: WorkbookSpec): Promise<WriteResult> {
    const problems = workbook.sheets.flatMap(sheetSpecProblems);
    if (problems.length > 0) throw new WorkbookWriteError(problems.join("\n"), "InvalidSpec");
    try {
      return await this.run((ctx) => this.writeBatch(ctx, workbook));
    } catch (error) {
      throw toWorkbookWriteError(error);
    }
  }

  private async writeBatch(ctx: Excel.RequestContext, workbook: WorkbookSpec): Promise<WriteResult> {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    await ctx.sync();

    const existing = new Set(sheets.items.map((s) => s.name));
    for (const stale of [...existing].filter((n) => n.startsWith(STAGING_PREFIX))) {
      sheets.getItem(stale).delete();
      existing.delete(stale);
    }
    const reports = workbook.sheets.filter((s) => s.role === "report");
    const kept = workbook.sheets.filter((s) => s.role !== "report" && existing.has(s.name)).map((s) => s.name);
    const created = workbook.sheets.filter((s) => s.role !== "report" && !existing.has(s.name));

    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    const staged = reports.map((spec, i) => {
      const ws = sheets.add(`${STAGING_PREFIX}${i + 1}`);
      queueSheet(ws, spec, this.caps);
      return { ws, spec };
    });
    for (const spec of created) queueSheet(sheets.add(spec.name), spec, this.caps);
    try {
      await ctx.sync();
    } catch (error) {
      // Nothing was swapped: drop the half-written staging sheets, keep everything else.
      for (let i = 0; i < staged.length; i++) sheets.getItemOrNullObject(`${STAGING_PREFIX}${i + 1}`).delete();
      await ctx.sync().catch(() => undefined);
      throw error;
    }

    for (const { ws, spec } of staged) {
      if (existing.has(spec.name)) sheets.getItem(spec.name).delete();
      ws.name = spec.name;
    }
    staged[0]?.ws.activate();
    await ctx.sync();

    return {
      written: [...staged.map((s) => s.spec.name), ...created.map((s) => s.name)],
      kept,
      skipped: missingCapabilityNotes(this.caps),
    };
  }
}
