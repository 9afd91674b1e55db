import fc from "fast-check";
import { frameworkFor } from "../framework/frameworkSet";
import type { IndicatorNumber } from "../framework/indicators";
import type { Measure } from "../model/measure";
import { MEASURE_GROUPINGS, MEASURE_NUMBERINGS, type MeasureGrouping } from "../model/reportLayout";
import { measureWith } from "../testing/builders";
import { groupMeasures, NO_INDICATOR_HEADING, printedTitle } from "./measureGroups";

const FRAME = frameworkFor(2567)!;
const INDICATOR_NUMBERS: readonly IndicatorNumber[] = FRAME.indicators.map((i) => i.number);

const m = (title: string, indicator: IndicatorNumber | null = 1, heading = "") =>
  measureWith({ title, indicator, heading });

/** Each group as [heading, the titles of its rows as printed]. */
const grouped = (
  measures: readonly Measure[],
  grouping: MeasureGrouping,
  numbering: "user" | "auto" = "user",
) =>
  groupMeasures(measures, grouping, numbering, FRAME).map((g) => [
    g.heading,
    g.measures.map(printedTitle),
  ]);

describe("groupMeasures", () => {
  describe("by indicator", () => {
    it("names each indicator, groups in the order they first appear, rows in row order", () => {
      expect(grouped([m("ก", 9), m("ข", 8), m("ค", 9), m("ง", 1)], "indicator")).toEqual([
        ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", ["ก", "ค"]],
        ["ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน", ["ข"]],
        ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", ["ง"]],
      ]);
    });

    it("keeps measures without an indicator in a group of their own", () => {
      expect(grouped([m("ก", null), m("ข", 2), m("ค", null)], "indicator")).toEqual([
        [NO_INDICATOR_HEADING, ["ก", "ค"]],
        ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", ["ข"]],
      ]);
    });
  });

  describe("by heading (seed 001)", () => {
    it("puts rows with the same heading together, in first-appearance order, no indicator needed", () => {
      const rows = [
        m("1. ก", null, "หัวข้อ ข"),
        m("2. ข", null, "หัวข้อ ก"),
        m("3. ค", null, "หัวข้อ ข"),
      ];
      expect(grouped(rows, "heading")).toEqual([
        ["หัวข้อ ข", ["1. ก", "3. ค"]],
        ["หัวข้อ ก", ["2. ข"]],
      ]);
    });

    it("treats spaces around a heading as the same heading, and rows without one print without a banner", () => {
      expect(grouped([m("ก", 1, " หัวข้อ "), m("ข", 1, ""), m("ค", 1, "หัวข้อ\n")], "heading")).toEqual(
        [
          ["หัวข้อ", ["ก", "ค"]],
          [null, ["ข"]],
        ],
      );
    });
  });

  it("is one plain list in row order without grouping (seed 003)", () => {
    expect(grouped([m("1) ก", 9), m("2) ข", 4), m("3) ค", null)], "none")).toEqual([
      [null, ["1) ก", "2) ข", "3) ค"]],
    ]);
  });

  it("numbers the measures 1., 2., … in print order only when asked, across groups", () => {
    const rows = [m("ก", 3), m("ข", 1), m("ค", 3)];
    expect(grouped(rows, "indicator", "auto")).toEqual([
      ["ตัวชี้วัดที่ 3 การใช้อำนาจ", ["1. ก", "2. ค"]],
      ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", ["3. ข"]],
    ]);
    expect(grouped(rows, "indicator", "user").flatMap(([, titles]) => titles)).toEqual([
      "ก",
      "ค",
      "ข",
    ]);
  });

  it("keeps every measure exactly once, the same objects, whatever the grouping", () => {
    const measure = fc.record({
      indicator: fc.option(fc.constantFrom(...INDICATOR_NUMBERS), { nil: null }),
      heading: fc.constantFrom("", "ก", " ก", "ข"),
    });
    fc.assert(
      fc.property(
        fc.array(measure, { maxLength: 30 }),
        fc.constantFrom(...MEASURE_GROUPINGS),
        fc.constantFrom(...MEASURE_NUMBERINGS),
        (specs, grouping, numbering) => {
          const measures = specs.map((s, i) => measureWith({ ...s, title: String(i) }));
          const printed = groupMeasures(measures, grouping, numbering, FRAME).flatMap((g) =>
            g.measures.map((l) => l.measure),
          );
          expect(printed).toHaveLength(measures.length);
          expect(new Set(printed)).toEqual(new Set(measures));
        },
      ),
    );
  });
});
