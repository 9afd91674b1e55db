import { cellAddress } from "../sheet/a1";
import type { IssuePlace } from "../issues/issueCollector";
import { MEASURES_SHEET } from "../input/measuresLayout";
import type { Measure, MeasureField } from "../model/measure";

/** The cell (or JSON path) of one field of a measure, for issue messages. */
export function measurePlace(measure: Measure, field: MeasureField): IssuePlace {
  const o = measure.origin;
  if (!o) return { sheet: MEASURES_SHEET };
  if (o.kind === "json") return { path: `measures[${o.index}].${field}` };
  const column = o.columns[field];
  return column === undefined
    ? { sheet: o.sheet }
    : { sheet: o.sheet, cell: cellAddress(o.row, column) };
}
