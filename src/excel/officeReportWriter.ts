import type { ReportWriter, WriteResult } from "../app/ports";
import { WorkbookWriteError } from "../app/ports";
import type { WorkbookSpec } from "../domain/sheet/sheetSpec";
import { sheetSpecProblems } from "../domain/sheet/sheetLimits";
import { ALL_CAPABILITIES, missingCapabilityNotes, type OfficeCapabilities } from "./capabilities";
import { toWorkbookWriteError } from "./officeErrors";
import { queueSheet } from "./officeSheetWriter";
import { REQUEST_LIMIT_BYTES, RequestBudget } from "./requestBudget";

/** Runs a batch against Excel: `Excel.run` in the add-in (see paneRun.ts); in tests the same library against a simulated host. */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Prefix of the sheets a build writes into before swapping them in. */
export const STAGING_PREFIX = "~ita-new-";
/** Prefix under which the previous report waits until the new one is in place. */
export const BACKUP_PREFIX = "~ita-old-";

const backupName = (name: string) => `${BACKUP_PREFIX}${name}`.slice(0, 31);

/**
 * Writes sheet descriptions into the open workbook in four round trips (three the first time),
 * whatever the row count (more only when a request would pass the request budget, under the 5 MB limit
 * of Excel on the web, counted as the client library serializes it):
 * (1) list the sheets, (2) write every report into new staging sheets, (3) rename the old
 * reports to backups and the staging sheets to their names, (4) delete the backups. A failure
 * at any step leaves the previous reports (restored from their backups if need be) and the
 * input sheets as they were.
 */
export class OfficeReportWriter implements ReportWriter {
  constructor(
    private readonly run: ExcelRun,
    private readonly caps: OfficeCapabilities = ALL_CAPABILITIES,
    private readonly requestLimit: number = REQUEST_LIMIT_BYTES,
  ) {}

  async write(workbook: WorkbookSpec): Promise<WriteResult> {
    const problems = workbook.sheets.flatMap(sheetSpecProblems);
    if (problems.length > 0) throw new WorkbookWriteError(problems.join("\n"), "InvalidSpec");
    try {
      return await this.run(async (ctx) => {
        try {
          return await this.writeBatch(ctx, workbook);
        } catch (error) {
          if (this.caps.eventSuppression) {
            ctx.runtime.enableEvents = true;
            await ctx.sync().catch(() => undefined);
          }
          throw error;
        }
      });
    } catch (error) {
      throw toWorkbookWriteError(error);
    }
  }

  private async writeBatch(ctx: Excel.RequestContext, workbook: WorkbookSpec): Promise<WriteResult> {
    // The build's own writes are no change of the user's: no onChanged, so the pane does not re-read for them.
    const silent = this.caps.eventSuppression;
    if (silent) ctx.runtime.enableEvents = false;
    // Large reports go in several requests, each under the limit, counted as the library sends them.
    const budget = new RequestBudget(() => this.syncOrRepair(ctx), this.requestLimit);
    const sheets = budget.meter(ctx.workbook.worksheets);
    sheets.load("items/name");
    await ctx.sync();

    const existing = new Set(sheets.items.map((s) => s.name));
    recoverFromEarlierFailure(sheets, existing);
    const reports = workbook.sheets.filter((s) => s.role === "report");
    const kept = workbook.sheets.filter((s) => s.role !== "report" && existing.has(s.name)).map((s) => s.name);
    const created = workbook.sheets.filter((s) => s.role !== "report" && !existing.has(s.name));

    if (this.caps.calculationSuspension) ctx.workbook.application.suspendApiCalculationUntilNextSync();
    const staged = reports.map((spec, i) => ({ ws: sheets.add(`${STAGING_PREFIX}${i + 1}`), spec, replaces: existing.has(spec.name) }));
    const fresh = created.map((spec) => ({ ws: sheets.add(spec.name), spec }));
    // Every new sheet exists before any is filled: a list validation may refer to another one (the lists sheet).
    for (const { ws, spec } of [...staged, ...fresh]) await queueSheet(ws, spec, this.caps, budget);
    await budget.flush();

    for (const { ws, spec, replaces } of staged) {
      if (replaces) sheets.getItem(spec.name).name = backupName(spec.name);
      ws.name = spec.name;
    }
    staged[0]?.ws.activate();
    const backups = staged.filter((s) => s.replaces);
    if (silent && backups.length === 0) ctx.runtime.enableEvents = true;
    await this.syncOrRepair(ctx);

    for (const { spec } of backups) sheets.getItem(backupName(spec.name)).delete();
    if (backups.length > 0) {
      if (silent) ctx.runtime.enableEvents = true;
      // The new reports are in place; a backup that cannot be deleted now goes at the next build.
      await ctx.sync().catch(() => undefined);
    }

    return {
      written: [...staged.map((s) => s.spec.name), ...created.map((s) => s.name)],
      kept,
      skipped: missingCapabilityNotes(this.caps),
    };
  }

  /** Syncs; on failure puts the workbook back as it was before this build, then rethrows. */
  private async syncOrRepair(ctx: Excel.RequestContext): Promise<void> {
    try {
      await ctx.sync();
    } catch (error) {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync().catch(() => undefined);
      recoverFromEarlierFailure(sheets, new Set(sheets.items.map((s) => s.name)));
      await ctx.sync().catch(() => undefined);
      throw error;
    }
  }
}

/**
 * Queues the repair of a build that stopped part way: staging sheets are dropped; a backup whose
 * report name is free is renamed back, otherwise it is dropped. Updates `names` to match.
 */
function recoverFromEarlierFailure(sheets: Excel.WorksheetCollection, names: Set<string>): void {
  for (const name of [...names]) {
    if (name.startsWith(STAGING_PREFIX)) {
      sheets.getItem(name).delete();
      names.delete(name);
    }
  }
  for (const name of [...names]) {
    if (!name.startsWith(BACKUP_PREFIX)) continue;
    const original = name.slice(BACKUP_PREFIX.length);
    if (names.has(original)) sheets.getItem(name).delete();
    else {
      sheets.getItem(name).name = original;
      names.add(original);
    }
    names.delete(name);
  }
}
