import fc from "fast-check";
import { frameworkFor } from "../../src/domain/framework/frameworkSet";
import type { IndicatorNumber } from "../../src/domain/framework/indicators";
import { NO_MEASURE, NO_NAMED_MEASURE } from "../../src/domain/model/planWording";
import type { ReportInput } from "../../src/domain/model/reportInput";
import { DEFAULT_LAYOUT } from "../../src/domain/model/reportLayout";
import { buildImprovementPlanSheet } from "../../src/domain/reports/improvementPlan";
import { summarizeScores } from "../../src/domain/scoring/scoreSummary";
import { measureWith, reportInputWith } from "../../src/domain/testing/builders";
import { validateMeasures } from "../../src/domain/validation/validateMeasures";

/**
 * Validation and the plan agree: the indicators the by-instrument plan prints without a measure
 * are exactly those validation warns about, each at its score, quoting the words the plan prints.
 */
const YEAR = 2567;
const NUMBERS: readonly IndicatorNumber[] = frameworkFor(YEAR)!.indicators.map((i) => i.number);
const CODES = new Set(["indicator-without-measure", "indicator-measure-unnamed"]);

/** Indicator number → what the plan printed in the measure cell of its no-measure row. */
function printedWithoutMeasure(input: ReportInput): Map<number, string> {
  const rows = buildImprovementPlanSheet(input, summarizeScores(input))?.rows ?? [];
  const printed = new Map<number, string>();
  let current = 0;
  for (const row of rows) {
    const banner = /^ตัวชี้วัดที่ (\d+) /.exec(String(row[0] ?? ""));
    if (banner) current = Number(banner[1]);
    if (row[1] === NO_MEASURE || row[1] === NO_NAMED_MEASURE) printed.set(current, row[1]);
  }
  return printed;
}

/** Indicator number → the message of its warning. */
function warned(input: ReportInput): Map<number, string> {
  const issues = validateMeasures(input).filter((i) => CODES.has(i.code));
  return new Map(
    issues.map((i) => [Number(/^scores\.\d+\.(\d+)$/.exec(i.path ?? "")![1]), i.message]),
  );
}

describe("the plan and validation agree on the indicators without a measure", () => {
  it("for any scores around the bars and any measures, named or not", () => {
    const score = fc.oneof(
      fc.integer({ min: 7000, max: 10000 }),
      fc.constantFrom(8499, 8500, 8999, 9000),
    );
    const indicator = fc.option(fc.constantFrom(...NUMBERS), { nil: null, freq: 4 });
    fc.assert(
      fc.property(
        fc.array(score, { minLength: NUMBERS.length, maxLength: NUMBERS.length }),
        fc.array(indicator, { maxLength: 8 }),
        (scores, indicators) => {
          const input = reportInputWith({
            fiscalYearBE: YEAR + 1,
            scores: new Map([[YEAR, new Map(NUMBERS.map((n, i) => [n, scores[i]!]))]]),
            scoresOrigin: { kind: "json" },
            measures: indicators.map((n, i) =>
              measureWith({ indicator: n, title: `มาตรการที่ ${i + 1}` }),
            ),
            layout: { ...DEFAULT_LAYOUT, plan: "by-instrument" },
          });
          const printed = printedWithoutMeasure(input);
          const warnings = warned(input);
          expect([...warnings.keys()].sort((a, b) => a - b)).toEqual(
            [...printed.keys()].sort((a, b) => a - b),
          );
          for (const [n, text] of printed) expect(warnings.get(n)).toContain(`พิมพ์ว่า "${text}"`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
