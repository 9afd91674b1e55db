import type { MeasureTemplate } from "../domain/catalogue/measureTemplate";
import { BLANK_MEASURE, type Measure } from "../domain/model/measure";

/** A row to add to the Measures sheet: a measure before it has a place on the sheet. */
export type NewMeasure = Omit<Measure, "origin">;

/**
 * The Measures-sheet row a catalogue template starts: its title, methods, unit and period, and
 * its success indicator as the expected outcome. Result, status, suggestions and evidence are
 * left for the user, who fills them in as the work is done.
 *
 * @example
 * measureFromTemplate(M07).outcome === M07.successIndicator //=> true
 */
export function measureFromTemplate(t: MeasureTemplate): NewMeasure {
  return {
    ...BLANK_MEASURE,
    indicator: t.indicator,
    title: t.title,
    methods: t.methods,
    unit: t.unit,
    period: t.period,
    result: "",
    status: "",
    outcome: t.successIndicator,
    suggestions: "",
    evidenceUrl: "",
  };
}
