import {
  MEASURE_GROUPINGS,
  MEASURE_NUMBERINGS,
  PLAN_LAYOUTS,
} from "../../src/domain/model/reportLayout";
import type { ReportInput } from "../../src/domain/model/reportInput";
import { buildReport, type ReportKind } from "../../src/domain/reports/buildReport";
import { loadFixture } from "../helpers/fixtures";

/** "ID-a", "ID-b", … "ID-ba": a mark with no digits, so the report's digit style leaves it alone. */
const mark = (i: number): string =>
  `ID-${i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)))}`;

/** The seed with every measure's title replaced by its own mark. */
function marked(fixture: string): ReportInput {
  const input = loadFixture(fixture);
  return { ...input, measures: input.measures.map((m, i) => ({ ...m, title: mark(i) })) };
}

/** How often each mark appears in the cells of a report's sheets. */
function counts(input: ReportInput, kind: ReportKind): number[] {
  const built = buildReport(input, [kind]);
  expect(built.issues).toEqual([]);
  const cells = built.workbook.sheets
    .flatMap((s) => s.rows.flat())
    .filter((c): c is string => typeof c === "string");
  return input.measures.map((_, i) => cells.filter((c) => c.split(/\s+/).includes(mark(i))).length);
}

const SEEDS = ["seed000", "seed001", "seed002", "seed003", "seed004"];

describe("no measure of the input is missing from a report that lists measures", () => {
  describe.each(SEEDS)("%s", (fixture) => {
    const base = marked(fixture);
    const once = base.measures.map(() => 1);

    it.each(
      MEASURE_GROUPINGS.flatMap((grouping) =>
        MEASURE_NUMBERINGS.map((numbering) => [grouping, numbering] as const),
      ),
    )(
      "progress and year-end reports grouped by %s, numbering %s: every measure exactly once",
      (grouping, numbering) => {
        for (const statusColumn of [false, true]) {
          const list = { grouping, statusColumn, cover: false, signatures: true };
          const input = {
            ...base,
            layout: {
              ...base.layout,
              numbering,
              progress: { ...list, problems: true },
              yearEnd: list,
            },
          };
          expect(counts(input, "progress")).toEqual(once);
          expect(counts(input, "year-end")).toEqual(once);
        }
      },
    );

    // The plan by instrument needs a scored year; seeds 000 and 003 (progress reports) have none.
    const plans = ["seed000", "seed003"].includes(fixture)
      ? PLAN_LAYOUTS.filter((p) => p !== "by-instrument")
      : PLAN_LAYOUTS;
    it.each(plans)("the plan laid out %s: every measure exactly once", (plan) => {
      expect(counts({ ...base, layout: { ...base.layout, plan } }, "plan")).toEqual(once);
    });
  });
});
