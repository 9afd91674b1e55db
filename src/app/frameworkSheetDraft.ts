import { latestFramework } from "../domain/framework/frameworkSet";
import { buildFrameworkSheet, nextYearDraft } from "../domain/input/frameworkSheet";
import type { SheetSpec } from "../domain/sheet/sheetSpec";

/**
 * The framework sheet (เกณฑ์ ITA) that `init --with-framework` and the pane's action add: the
 * latest frame the program knows, as a draft for the year after it.
 */
export function frameworkSheetDraft(): SheetSpec {
  return buildFrameworkSheet(nextYearDraft(latestFramework()));
}
