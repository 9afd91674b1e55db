import type { ReportKind } from "../domain/reports/buildReport";
import { buildWorkbookReport, type BuildOutcome } from "./buildWorkbookReport";
import { loadInput } from "./loadInput";
import type { ReportWriter, WorkbookReader } from "./ports";

/** The stages of a build, for a progress display: read and check the input, then write. */
export type BuildStep = "reading" | "writing";

/**
 * Reads and checks the input, then builds and writes the chosen report sheets, telling
 * `onStep` as each stage starts. Writes nothing while the input has errors.
 */
export async function buildReportsInSteps(
  reader: WorkbookReader,
  writer: ReportWriter,
  kinds: readonly ReportKind[],
  onStep: (step: BuildStep) => void = () => undefined,
): Promise<BuildOutcome> {
  onStep("reading");
  const read = await loadInput(reader);
  onStep("writing");
  return buildWorkbookReport(read, writer, { kinds });
}
