import type { ReportKind } from "../domain/reports/buildReport";
import { buildWorkbookReport, type BuildOutcome } from "./buildWorkbookReport";
import { loadInput } from "./loadInput";
import type { ReportWriter, WorkbookReader } from "./ports";

/** The stages of a build, for a progress display: read and check the input, build the sheets, write them. */
export type BuildStep = "reading" | "building" | "writing";

export const BUILD_STEPS: readonly BuildStep[] = ["reading", "building", "writing"];

/**
 * Reads and checks the input, then builds and writes the chosen report sheets, telling
 * `onStep` as each stage starts and waiting for what it returns, so that a page can paint its
 * progress between the stages. Writes nothing while the input has errors.
 */
export async function buildReportsInSteps(
  reader: WorkbookReader,
  writer: ReportWriter,
  kinds: readonly ReportKind[],
  onStep: (step: BuildStep) => void | Promise<void> = () => undefined,
): Promise<BuildOutcome> {
  await onStep("reading");
  const read = await loadInput(reader);
  await onStep("building");
  return buildWorkbookReport(read, writer, { kinds, beforeWrite: () => onStep("writing") });
}
