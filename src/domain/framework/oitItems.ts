import { BUILT_IN_SET, type FrameworkSet } from "./frameworkSet";
import { instrumentOf, type ItaFramework, type OitItem, type OitItemRole } from "./itaFramework";
import type { Instrument, InstrumentCode } from "./indicators";

/** The instrument whose items (ข้อ) a record's `oitItems` lists: the open-data survey, as the items' name says. */
const ITEMS_INSTRUMENT: InstrumentCode = "OIT";

/**
 * The instrument an OIT item belongs to, as the record of that year names it (its Thai name and
 * code), or null for a record without it (a revised frame); the memo names it before the item.
 */
export function oitItemsInstrument(record: ItaFramework | null): Instrument | null {
  return record ? instrumentOf(record, ITEMS_INSTRUMENT) : null;
}

/** An OIT item and the assessment (ITA of that fiscal year) whose record names it. */
export interface CitedOitItem {
  readonly item: OitItem;
  /** The fiscal year of the ITA assessment that asks for the item (2569 for O26 of 2569). */
  readonly assessmentYearBE: number;
}

/**
 * The OIT item of the given role whose evidence covers the work of a fiscal year, as a known
 * record names it: the record of that year or of the next one (2569's O26 reports on fiscal
 * year 2568; 2563–2566 each ask for their own year under O43). Null where no known record says:
 * a year whose records list no items (2567), a year whose next record is not known yet (2569),
 * or an assumed year; the borrowed items of an assumed year are never cited.
 *
 * @example
 * oitItemCovering(2568, "implementation")  //=> { item: { code: "O26", … }, assessmentYearBE: 2569 }
 * oitItemCovering(2563, "implementation")  //=> { item: { code: "O43", … }, assessmentYearBE: 2563 }
 * oitItemCovering(2567, "implementation")  //=> null
 */
export function oitItemCovering(
  fiscalYearBE: number,
  role: OitItemRole,
  set: FrameworkSet = BUILT_IN_SET,
): CitedOitItem | null {
  for (const year of [fiscalYearBE, fiscalYearBE + 1]) {
    const record = set.records.find((r) => r.fiscalYearBE === year && r.status !== "assumed");
    const item = record?.oitItems?.find(
      (i) => i.role === role && i.coversFiscalYearBE === fiscalYearBE,
    );
    if (item) return { item, assessmentYearBE: year };
  }
  return null;
}
