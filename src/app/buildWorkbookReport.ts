import { buildReport, type ReportKind } from "../domain/reports/buildReport";
import { hasErrors, type ValidationIssue } from "../domain/issues/validationIssue";
import type { ReadResult } from "../domain/input/readInputWorkbook";
import type { ScoreSummary } from "../domain/scoring/scoreSummary";
import type { WorkbookSpec } from "../domain/sheet/sheetSpec";
import type { ReportWriter, WriteResult } from "./ports";

export type BuildOutcome =
  | {
      readonly ok: true;
      readonly issues: readonly ValidationIssue[];
      readonly summary: ScoreSummary;
      /** The sheets as built (the PDF step prints them). */
      readonly workbook: WorkbookSpec;
      readonly write: WriteResult;
    }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Builds the report sheets from read input and hands them to a writer. Refuses (and writes
 * nothing) while the input has errors, unless forced; warnings are always passed on.
 */
export interface BuildOptions {
  /** Which reports; by default those that suit the round (see defaultReportKinds). */
  readonly kinds?: readonly ReportKind[];
  /** Build even though the input has errors (the cells with errors are left out). */
  readonly force?: boolean;
  /** Called once the sheets are built and about to be written; the write waits for it. */
  readonly beforeWrite?: () => void | Promise<void>;
}

export async function buildWorkbookReport(
  read: ReadResult,
  writer: ReportWriter,
  options: BuildOptions = {},
): Promise<BuildOutcome> {
  if (!read.input || (hasErrors(read.issues) && !options.force))
    return { ok: false, issues: read.issues };
  const built = buildReport(read.input, options.kinds);
  const issues = [...read.issues, ...built.issues];
  if (hasErrors(built.issues)) return { ok: false, issues };
  await options.beforeWrite?.();
  const write = await writer.write(built.workbook);
  return { ok: true, issues, summary: built.summary, workbook: built.workbook, write };
}
