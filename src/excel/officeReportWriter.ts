import type { ReportWriter, WriteResult } from "../app/ports";
import { WorkbookWriteError } from "../app/ports";
import type { WorkbookSpec } from "../domain/sheet/sheetSpec";
import { sheetSpecProblems } from "../domain/sheet/sheetLimits";
import { planWrite, writtenSheets, type Repair } from "../domain/sheet/writePlan";
import { ALL_CAPABILITIES, missingCapabilityNotes, type OfficeCapabilities } from "./capabilities";
import { toWorkbookWriteError } from "./officeErrors";
import { queueSheet } from "./officeSheetWriter";
import { REQUEST_LIMIT_BYTES, RequestBudget } from "./requestBudget";

/** Runs a batch against Excel: `Excel.run` in the add-in (see paneRun.ts); in tests the same library against a simulated host. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Writes sheet descriptions into the open workbook by the same write plan as the ExcelJS writer
 * (src/domain/sheet/writePlan.ts), in four round trips (three the first time) whatever the row
 * count (more only when a request would pass the request budget, under the 5 MB limit of Excel on
 * the web, counted as the client library serializes it): (1) list the sheets, (2) repair what a
 * stopped build left and write every report into new staging sheets, and the missing input
 * sheets, (3) rename the old reports to backups and the staging sheets to their names, (4) delete
 * the backups and the reports the build retires (a cover turned off). A failure at any step leaves the previous reports (restored from their backups if
 * need be) and the input sheets as they were.
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
      return await this.run(async (context) => {
        try {
          return await this.writeBatch(context, workbook);
        } catch (error) {
          if (this.caps.eventSuppression) {
            context.runtime.enableEvents = true;
            await context.sync().catch(() => undefined);
          }
          throw error;
        }
      });
    } catch (error) {
      throw toWorkbookWriteError(error);
    }
  }

  private async writeBatch(
    context: Excel.RequestContext,
    workbook: WorkbookSpec,
  ): Promise<WriteResult> {
    // The build's own writes are no change of the user's: no onChanged, so the pane does not re-read for them.
    const silent = this.caps.eventSuppression;
    if (silent) context.runtime.enableEvents = false;
    // Large reports go in several requests, each under the limit, counted as the library sends them.
    const budget = new RequestBudget(() => this.syncOrRepair(context, workbook), this.requestLimit);
    const sheets = budget.meter(context.workbook.worksheets);
    // The tab colour tells a sheet this product wrote (a retired cover) from the user's (API 1.7).
    sheets.load(this.caps.api17 ? "items/name,items/tabColor" : "items/name");
    await context.sync();

    // The same plan as every writer (src/domain/sheet/writePlan.ts): repair, stage, swap, create, keep.
    const colours = new Map(
      sheets.items.map((s) => [s.name, this.caps.api17 ? s.tabColor : undefined]),
    );
    const plan = planWrite(
      workbook,
      sheets.items.map((s) => s.name),
      (name) => colours.get(name),
    );
    queueRepair(sheets, plan.repair);

    if (this.caps.calculationSuspension)
      context.workbook.application.suspendApiCalculationUntilNextSync();
    const staged = plan.reports.map((report) => ({ ...report, ws: sheets.add(report.staging) }));
    const fresh = plan.created.map((spec) => ({ spec, ws: sheets.add(spec.name) }));
    // Every new sheet exists before any is filled: a list validation may refer to another one (the lists sheet).
    for (const { ws, spec } of [...staged, ...fresh]) await queueSheet(ws, spec, this.caps, budget);
    await budget.flush();

    for (const { ws, spec, replaces, backup } of staged) {
      if (replaces) sheets.getItem(spec.name).name = backup;
      ws.name = spec.name;
    }
    staged[0]?.ws.activate();
    // Deleted after the swap: the old reports' backups and the reports this build retires (a cover turned off).
    const leftovers = [...staged.filter((s) => s.replaces).map((s) => s.backup), ...plan.retired];
    if (silent && leftovers.length === 0) context.runtime.enableEvents = true;
    await this.syncOrRepair(context, workbook);

    for (const name of leftovers) sheets.getItem(name).delete();
    if (leftovers.length > 0) {
      if (silent) context.runtime.enableEvents = true;
      // A backup or retired sheet that cannot be deleted now goes at the next build.
      await context.sync().catch(() => undefined);
    }

    return {
      written: writtenSheets(plan),
      kept: [...plan.kept],
      skipped: missingCapabilityNotes(this.caps),
      removed: [...plan.retired],
    };
  }

  /** Syncs; on failure puts the workbook back as it was before this build (the plan's repair), then rethrows. */
  private async syncOrRepair(context: Excel.RequestContext, workbook: WorkbookSpec): Promise<void> {
    try {
      await context.sync();
    } catch (error) {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync().catch(() => undefined);
      queueRepair(
        sheets,
        planWrite(
          workbook,
          sheets.items.map((s) => s.name),
        ).repair,
      );
      await context.sync().catch(() => undefined);
      throw error;
    }
  }
}

/** Queues a plan's repair: staging sheets and superseded backups dropped, orphaned backups renamed back. */
function queueRepair(sheets: Excel.WorksheetCollection, repair: Repair): void {
  for (const name of repair.drop) sheets.getItem(name).delete();
  for (const { from, to } of repair.restore) sheets.getItem(from).name = to;
}
