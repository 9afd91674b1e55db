/**
 * The catalogue suggests templates for exactly the indicators the weak-indicator check warns of
 * (one rule, planBar, from the framework record): for each seed with scores, in both plan layouts.
 */
import { parseInputJson } from "../input/parseInputJson";
import { PLAN_LAYOUTS } from "../model/reportLayout";
import { measuresFramework } from "../scoring/inputFrameworks";
import { validateMeasures } from "../validation/validateMeasures";
import { suggestTemplates } from "./searchTemplates";
// JSON imports, not node:fs, which the lint boundary keeps out of domain/ (tests included).
import seed001 from "../../../tests/fixtures/seed001.json";
import seed002 from "../../../tests/fixtures/seed002.json";

const WARNS = new Set(["indicator-without-measure", "indicator-measure-unnamed"]);

describe.each([
  ["seed001", seed001],
  ["seed002", seed002],
])("%s: suggestions and warnings name the same indicators", (_name, data) => {
  it.each(PLAN_LAYOUTS)("plan layout %s, with no measure naming an indicator", (plan) => {
    const read = parseInputJson(JSON.stringify(data)).input!;
    const input = {
      ...read,
      layout: { ...read.layout, plan },
      measures: read.measures.map((m) => ({ ...m, indicator: null })),
    };
    const [yearBE, scores] = [...input.scores].at(-1)!;
    const warned = validateMeasures(input)
      .filter((i) => WARNS.has(i.code))
      .map((i) => Number(i.path!.split(".").at(-1)))
      .sort((a, b) => a - b);
    const suggested = suggestTemplates(scores, measuresFramework(input), plan)
      .map((s) => s.indicator)
      .sort((a, b) => a - b);
    expect(warned.length).toBeGreaterThan(0);
    expect(suggested).toEqual(warned);
    expect(
      validateMeasures(input).every(
        (i) => !WARNS.has(i.code) || i.path!.startsWith(`scores.${yearBE}.`),
      ),
    ).toBe(true);
  });
});
