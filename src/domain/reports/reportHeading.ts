import type { ReportInput } from "../model/reportInput";
import { reportTitle } from "../model/reportTexts";
import type { SheetBuilder } from "../sheet/sheetBuilder";
import { digitsOf, organizationLine } from "./reportText";
import type { ReportLook } from "./reportStyle";

/**
 * The opening every table report shares: its title (the user's title for the report's kind
 * where they wrote one, else the product's), the lines under it (the fiscal year, the round),
 * then the organisation with its place, centred and in the report's digit style.
 */
export function addReportHeading(
  b: SheetBuilder,
  input: ReportInput,
  look: ReportLook,
  title: { kind: string; product: string },
  under: readonly string[] = [],
): void {
  const d = digitsOf(input);
  b.addBanner(d(reportTitle(input.texts, title.kind, title.product)), look.title);
  for (const line of under) b.addBanner(d(line), look.subtitle);
  b.addBanner(d(organizationLine(input)), look.subtitle);
}
