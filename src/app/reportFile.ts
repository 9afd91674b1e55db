import type { ReadResult } from "../domain/input/readInputWorkbook";
import { buildWorkbookReport, type BuildOptions, type BuildOutcome } from "./buildWorkbookReport";
import type { ReportWriter } from "./ports";

/** A writer that produces a file: the ExcelJS adapter. */
export interface ReportFileWriter extends ReportWriter {
  toBytes(): Promise<Uint8Array>;
}

/**
 * Builds the report sheets into a new file of their own (no input sheets), for a PDF or a new
 * workbook. The bytes are null when the build was refused.
 */
export async function buildReportFile(
  read: ReadResult,
  writer: ReportFileWriter,
  options: BuildOptions = {},
): Promise<{ outcome: BuildOutcome; bytes: Uint8Array | null }> {
  const outcome = await buildWorkbookReport(read, writer, options);
  return { outcome, bytes: outcome.ok ? await writer.toBytes() : null };
}
