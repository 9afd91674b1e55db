import type { SheetSpec, WorkbookSpec } from "./sheetSpec";

/** Prefix of the sheets a build writes its reports into before swapping them in. */
export const STAGING_PREFIX = "~ita-new-";
/** Prefix under which a previous report waits until its replacement is in place. */
export const BACKUP_PREFIX = "~ita-old-";

/** Sheet names compare as Excel compares them: without regard to case. */
export const sameSheetName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** One report sheet of a build: written under `staging`, then renamed over any sheet of its name. */
export interface StagedReport {
  readonly spec: SheetSpec;
  readonly staging: string;
  /** The report replaces an existing sheet, which waits under `backup` until the swap is done. */
  readonly replaces: boolean;
  readonly backup: string;
}

/** Leftovers of a build that stopped part way, put right before anything else is written. */
export interface Repair {
  /** Staging sheets of the stopped build. */
  readonly drop: readonly string[];
  /** Backups whose report name is free again: renamed back to it. */
  readonly restore: readonly { readonly from: string; readonly to: string }[];
}

/** What a build writes, creates, keeps and swaps: the same decision in every writer. */
export interface WritePlan {
  readonly repair: Repair;
  readonly reports: readonly StagedReport[];
  /** Input and list sheets that are missing: created, never overwritten later. */
  readonly created: readonly SheetSpec[];
  /** Input and list sheets that exist: left exactly as they are. */
  readonly kept: readonly string[];
  /** Existing sheets the workbook retires (a cover no longer asked for), as the workbook names them: removed after the swap. */
  readonly retired: readonly string[];
}

const backupName = (name: string) => `${BACKUP_PREFIX}${name}`.slice(0, 31);

/**
 * Decides a build from the sheets the workbook has now: report sheets are staged and swapped in
 * (so a failed build leaves the old ones), input sheets are created only when missing, and the
 * leftovers of an earlier stopped build are repaired first (a backup whose report is missing is
 * renamed back, any other backup or staging sheet is dropped). Existing sheets the workbook
 * retires (and does not write) are removed once the new reports are in, where their tab colour
 * (tabColorOf) is the workbook's retiredTabColor.
 *
 * @example
 * planWrite({ sheets: [report("รายงาน")] }, ["รายงาน", "~ita-new-1"])
 * //=> repair drops "~ita-new-1"; the report is staged as "~ita-new-1" and replaces "รายงาน"
 */
export function planWrite(
  workbook: WorkbookSpec,
  existingNames: readonly string[],
  tabColorOf?: (name: string) => string | undefined,
): WritePlan {
  const drop: string[] = [];
  const restore: { from: string; to: string }[] = [];
  const names = existingNames.filter(
    (n) => !n.startsWith(STAGING_PREFIX) && !n.startsWith(BACKUP_PREFIX),
  );
  drop.push(...existingNames.filter((n) => n.startsWith(STAGING_PREFIX)));
  for (const name of existingNames.filter((n) => n.startsWith(BACKUP_PREFIX))) {
    const original = name.slice(BACKUP_PREFIX.length);
    if (names.some((n) => sameSheetName(n, original))) drop.push(name);
    else {
      restore.push({ from: name, to: original });
      names.push(original);
    }
  }
  const exists = (name: string) => names.some((n) => sameSheetName(n, name));
  const reports = workbook.sheets
    .filter((s) => s.role === "report")
    .map((spec, i): StagedReport => ({
      spec,
      staging: `${STAGING_PREFIX}${i + 1}`,
      replaces: exists(spec.name),
      backup: backupName(spec.name),
    }));
  const others = workbook.sheets.filter((s) => s.role !== "report");
  // A retired name is removed only where it is no sheet of this build (of any role).
  const wanted = (name: string) => workbook.sheets.some((s) => sameSheetName(s.name, name));
  const retire = (workbook.retired ?? []).filter((r) => !wanted(r));
  return {
    repair: { drop, restore },
    reports,
    created: others.filter((s) => !exists(s.name)),
    kept: others.filter((s) => exists(s.name)).map((s) => s.name),
    retired: names.filter(
      (n) => retire.some((r) => sameSheetName(n, r)) && productWrote(workbook, n, tabColorOf),
    ),
  };
}

/**
 * Whether an existing sheet is one the product wrote, as far as retiring it goes: of the
 * workbook's retiredTabColor (a sheet the user named so, of another colour or none, is not).
 */
function productWrote(
  workbook: WorkbookSpec,
  name: string,
  tabColorOf?: (name: string) => string | undefined,
): boolean {
  if (!workbook.retiredTabColor) return true;
  const colour = tabColorOf?.(name);
  return colour !== undefined && sameColour(colour, workbook.retiredTabColor);
}

/** "#1f4e79", "1F4E79" and ExcelJS's "FF1F4E79" are the same colour. */
export function sameColour(a: string, b: string): boolean {
  const norm = (c: string) =>
    c
      .replace(/^#/, "")
      .toUpperCase()
      .replace(/^([0-9A-F]{2})([0-9A-F]{6})$/, "$2");
  return norm(a) === norm(b);
}

/** The sheets a plan writes, for the user: the reports, then the created input sheets. */
export function writtenSheets(plan: WritePlan): string[] {
  return [...plan.reports.map((r) => r.spec.name), ...plan.created.map((s) => s.name)];
}
