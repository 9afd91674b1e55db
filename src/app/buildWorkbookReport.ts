import { buildReport, type ReportKind } from "../domain/reports/buildReport";
import { hasErrors, type ValidationIssue } from "../domain/input/validationIssue";
import type { ReadResult } from "../domain/input/readInputWorkbook";
import type { ScoreSummary } from "../domain/scoring/scoreSummary";
import type { ReportWriter, WriteResult } from "./ports";

export type BuildOutcome =
  | {
      readonly ok: true;
      readonly issues: readonly ValidationIssue[];
      readonly summary: ScoreSummary;
      readonly write: WriteResult;
    }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Builds the report sheets from read input and hands them to a writer. Refuses (and writes
 * nothing) while the input has errors, so a bad cell never reaches a report.
 */
export async function buildWorkbookReport(
  read: ReadResult,
  writer: ReportWriter,
  kinds?: readonly ReportKind[],
): Promise<BuildOutcome> {
  if (!read.input || hasErrors(read.issues)) return { ok: false, issues: read.issues };
  const built = buildReport(read.input, kinds);
  const issues = [...read.issues, ...built.issues];
  if (hasErrors(built.issues)) return { ok: false, issues };
  const write = await writer.write(built.workbook);
  return { ok: true, issues, summary: built.summary, write };
}
