import type { IssuePlace } from "../issues/issueCollector";
import { parseInputJson } from "../input/parseInputJson";
import type { Measure } from "../model/measure";
import type { OfficialTotals } from "../model/scores";
import type { ReportInput } from "../model/reportInput";
import type { ValidationIssue } from "../issues/validationIssue";
import { validateInput } from "./validateInput";
import { JSON_PLACES } from "../input/inputPlaces";
import { MEASURES_SHEET } from "../input/measuresLayout";
// JSON imports, not node:fs, which the lint boundary keeps out of domain/ (tests included).
import seed000 from "../../../tests/fixtures/seed000.json";
import seed001 from "../../../tests/fixtures/seed001.json";
import seed002 from "../../../tests/fixtures/seed002.json";
import seed003 from "../../../tests/fixtures/seed003.json";
import seed004 from "../../../tests/fixtures/seed004.json";

const SEEDS: Record<string, unknown> = { seed000, seed001, seed002, seed003, seed004 };

function fixture(name: string): ReportInput {
  const { input, issues } = parseInputJson(JSON.stringify(SEEDS[name]));
  expect(issues).toEqual([]);
  return input!;
}

/** Where published totals live in the JSON input. */
const totalsPath = (yearBE: number, key: keyof OfficialTotals): IssuePlace => ({
  path: `officialTotals.${yearBE}.${key}`,
});
/** The JSON paths of published totals; the measures at their sheet, as the checks default to. */
const totalPlaces = { officialTotal: totalsPath, measures: { sheet: MEASURES_SHEET } };

const found = (issues: readonly ValidationIssue[]) =>
  issues.map((i) => [i.code, i.cell ?? i.path ?? i.sheet]);

/** Seed 001 with each measure linked to the indicator it serves (the seed links none). */
function seed001Linked(): ReportInput {
  const base = fixture("seed001");
  const indicators = [6, 10, 10, 8, 8, 7, 4, 2, 3, 9] as const;
  return { ...base, measures: base.measures.map((m, i) => ({ ...m, indicator: indicators[i]! })) };
}

describe("validateInput", () => {
  it.each(["seed000", "seed002", "seed003", "seed004"])("finds nothing wrong with %s", (name) => {
    expect(validateInput(fixture(name), totalPlaces)).toEqual([]);
  });

  it("warns at seed 001's indicators 8 (81.72) and 9 (87.14), which its plan lists with no measure naming them", () => {
    // Seed 001 groups its measures by heading and names no indicator, so the plan cannot tie them.
    const issues = validateInput(fixture("seed001"), totalPlaces);
    expect(issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["indicator-measure-unnamed", "warning", "scores.2567.8"],
      ["indicator-measure-unnamed", "warning", "scores.2567.9"],
    ]);
    expect(issues[0]!.message).toContain(
      "ต่ำกว่าเกณฑ์ 85 แต่ไม่มีมาตรการที่ระบุตัวชี้วัดนี้ มี 10 มาตรการที่ไม่ได้ระบุตัวชี้วัด",
    );
    expect(issues[1]!.message).toContain("ได้ 87.14 คะแนนในปี 2567 ต่ำกว่าเกณฑ์จุดแข็ง 90");
  });

  it("counts the measures that name no indicator where some do", () => {
    const linked = seed001Linked();
    const some: ReportInput = {
      ...linked,
      measures: linked.measures.map((m) => (m.indicator === 8 ? { ...m, indicator: null } : m)),
    };
    const issues = validateInput(some, totalPlaces);
    expect(found(issues)).toEqual([["indicator-measure-unnamed", "scores.2567.8"]]);
    expect(issues[0]!.message).toContain(
      "ต่ำกว่าเกณฑ์ 85 แต่ไม่มีมาตรการที่ระบุตัวชี้วัดนี้ มี 2 มาตรการที่ไม่ได้ระบุตัวชี้วัด",
    );
  });

  describe("published totals (seed 001: computed 2567 overall 95.42, IIT 99.57, EIT 93.74, OIT 93.57)", () => {
    it.each<[string, OfficialTotals, [string, string][]]>([
      ["as computed", { overall: 9542, IIT: 9957, EIT: 9374, OIT: 9357 }, []],
      ["0.02 off is within tolerance", { overall: 9544, IIT: 9955 }, []],
      [
        "0.03 off is reported",
        { overall: 9545 },
        [["official-total-mismatch", "officialTotals.2567.overall"]],
      ],
      [
        "0.03 under is reported",
        { overall: 9539 },
        [["official-total-mismatch", "officialTotals.2567.overall"]],
      ],
      [
        "each wrong total, overall first, then IIT, EIT, OIT",
        { OIT: 9000, EIT: 9000, overall: 9000 },
        [
          ["official-total-mismatch", "officialTotals.2567.overall"],
          ["official-total-mismatch", "officialTotals.2567.EIT"],
          ["official-total-mismatch", "officialTotals.2567.OIT"],
        ],
      ],
      ["none published", {}, []],
    ])("%s", (_what, totals, expected) => {
      const base = seed001Linked();
      const input: ReportInput = { ...base, officialTotals: new Map([[2567, totals]]) };
      expect(found(validateInput(input, totalPlaces))).toEqual(expected);
    });

    it("asks the caller where each wrong total is", () => {
      const asked: [number, keyof OfficialTotals][] = [];
      const place = (yearBE: number, key: keyof OfficialTotals): IssuePlace => {
        asked.push([yearBE, key]);
        return { sheet: "คะแนน ITA", cell: `${key === "overall" ? "L" : "M"}${yearBE - 2560}` };
      };
      const base = seed001Linked();
      const input: ReportInput = {
        ...base,
        officialTotals: new Map([
          [2566, { overall: 9800 }],
          [2567, { IIT: 9900 }],
        ]),
      };
      const issues = validateInput(input, {
        officialTotal: place,
        measures: { sheet: MEASURES_SHEET },
      });
      expect(asked).toEqual([
        [2566, "overall"],
        [2567, "IIT"],
      ]);
      expect(issues.map((i) => [i.sheet, i.cell])).toEqual([
        ["คะแนน ITA", "L6"],
        ["คะแนน ITA", "M7"],
      ]);
      expect(issues[0]!.message).toContain("คะแนนรวม ITA ปี 2566 ที่ประกาศ (98.00)");
      expect(issues[0]!.message).toContain("(98.67)");
      expect(issues[1]!.message).toContain("คะแนน IIT ปี 2567 ที่ประกาศ (99.00)");
    });

    it("ignores totals of a year without scores", () => {
      const base = seed001Linked();
      const input: ReportInput = { ...base, officialTotals: new Map([[2565, { overall: 1 }]]) };
      expect(validateInput(input, totalPlaces)).toEqual([]);
    });
  });

  describe("measures", () => {
    it("adds the measure checks after the totals", () => {
      const base = seed001Linked();
      const measures: Measure[] = base.measures.map((m, i) =>
        i === 0 ? { ...m, result: "เรียบร้อย" } : m,
      );
      const input: ReportInput = {
        ...base,
        measures,
        officialTotals: new Map([[2567, { overall: 9000 }]]),
      };
      expect(found(validateInput(input, totalPlaces))).toEqual([
        ["official-total-mismatch", "officialTotals.2567.overall"],
        ["result-generic", "measures[0].result"],
      ]);
    });

    it("points an indicator without measures at its score (seed 001 read from JSON)", () => {
      // Seed 001 2567: indicator 8 is 81.72; without its measures it has none.
      const base = seed001Linked();
      const input: ReportInput = {
        ...base,
        measures: base.measures.filter((m) => m.indicator !== 8),
      };
      const issues = validateInput(input, JSON_PLACES);
      expect(found(issues)).toEqual([["indicator-without-measure", "scores.2567.8"]]);
      expect(issues[0]!.message).toContain("ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้ 81.72 คะแนนในปี 2567");
    });

    it("checks the measures against the round (seed 000, six months)", () => {
      const base = fixture("seed000");
      const measures = base.measures.map((m, i) => (i === 2 ? { ...m, period: "ไตรมาส 3" } : m));
      expect(found(validateInput({ ...base, measures }, totalPlaces))).toEqual([
        ["period-outside-round", "measures[2].period"],
      ]);
    });
  });

  it("reports warnings only: the cross-checks never block a build", () => {
    const base = seed001Linked();
    const input: ReportInput = {
      ...base,
      officialTotals: new Map([[2567, { overall: 5000 }]]),
      measures: base.measures.map((m) => ({ ...m, result: "เรียบร้อย", evidenceUrl: "x" })),
    };
    const issues = validateInput(input, totalPlaces);
    expect(issues.length).toBeGreaterThan(10);
    expect(issues.every((i) => i.severity === "warning")).toBe(true);
  });
});
