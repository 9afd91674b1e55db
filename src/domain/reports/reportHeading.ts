import type { ReportInput } from "../model/reportInput";
import type { SheetBuilder } from "../sheet/sheetBuilder";
import { digitsOf, organizationLine } from "./reportText";
import type { ReportLook } from "./reportStyle";

/**
 * The opening every table report shares: its title, the lines under it (the fiscal year, the
 * round), then the organisation with its place, centred and in the report's digit style.
 */
export function addReportHeading(b: SheetBuilder, input: ReportInput, look: ReportLook, title: string, under: readonly string[] = []): void {
  const d = digitsOf(input);
  b.addBanner(d(title), look.title);
  for (const line of under) b.addBanner(d(line), look.subtitle);
  b.addBanner(d(organizationLine(input)), look.subtitle);
}
