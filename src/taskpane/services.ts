import type { BuildOutcome } from "../app/buildWorkbookReport";
import type { WriteResult } from "../app/ports";
import type { ReadResult } from "../domain/input/readInputWorkbook";

/** What the task pane can ask of its host; Excel in the add-in, fakes in tests. */
export interface TaskpaneServices {
  /** Thai notes on what this Excel cannot do, shown once at the top. */
  readonly capabilityNotes: readonly string[];
  createInputSheets(): Promise<WriteResult>;
  validate(): Promise<ReadResult>;
  buildReports(): Promise<BuildOutcome>;
}
