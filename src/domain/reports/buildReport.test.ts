import { parseInputJson } from "../input/parseInputJson";
import type { Measure } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import { hasErrors, type ValidationIssue } from "../issues/validationIssue";
import { sheetSpecProblems } from "../sheet/sheetLimits";
import {
  buildReport,
  defaultReportKinds,
  REPORT_KINDS,
  REPORT_SHEET_NAMES,
  REPORT_TITLES,
  type ReportKind,
  unmetNeeds,
} from "./buildReport";
// JSON imports, not node:fs, which the lint boundary keeps out of domain/ (tests included).
import seed000 from "../../../tests/fixtures/seed000.json";
import seed001 from "../../../tests/fixtures/seed001.json";
import seed002 from "../../../tests/fixtures/seed002.json";
import seed003 from "../../../tests/fixtures/seed003.json";
import seed004 from "../../../tests/fixtures/seed004.json";

const SEEDS: Record<string, unknown> = { seed000, seed001, seed002, seed003, seed004 };
/** The six reports the seeds ask for, in the order a complete set is printed. */
const SEED_KINDS: ReportKind[] = [
  "memo",
  "analysis",
  "plan",
  "progress",
  "year-end",
  "score-comparison",
];

function fixture(name: string): ReportInput {
  const { input, issues } = parseInputJson(JSON.stringify(SEEDS[name]));
  expect(issues).toEqual([]);
  return input!;
}

// Seed 001 reports on 2567: the path it suggests is the year before, whose results the report uses.
const NO_SCORES =
  "ยังไม่มีคะแนน กรุณากรอกปี พ.ศ. ที่ประเมินและคะแนนตัวชี้วัดที่ 1–10 อย่างน้อยหนึ่งปี ที่ scores.<ปี พ.ศ.>.<ตัวชี้วัด> เช่น scores.2566.1";
const NO_MEASURES = "";

const cannotBuild = (kind: ReportKind, why: string): ValidationIssue =>
  why === NO_MEASURES
    ? {
        code: "report-needs-measures",
        severity: "error",
        message: `สร้างชีต "${REPORT_SHEET_NAMES[kind]}" ไม่ได้ เพราะยังไม่มีมาตรการ กรุณากรอกมาตรการอย่างน้อยหนึ่งมาตรการ`,
      }
    : {
        code: "report-needs-scores",
        severity: "error",
        message: `สร้างชีต "${REPORT_SHEET_NAMES[kind]}" ไม่ได้ เพราะยังไม่มีคะแนน ITA ที่รายงานนี้ต้องใช้: ${why}`,
      };

/** The sheets of the kinds, each after its cover where the input asks for one (seeds 000 and 001 do). */
const covered = (input: ReportInput, kind: ReportKind) =>
  (kind === "progress" && input.layout.progress.cover) ||
  (kind === "year-end" && input.layout.yearEnd.cover);
const names = (kinds: readonly ReportKind[], input: ReportInput) =>
  kinds.flatMap((k) =>
    covered(input, k)
      ? [`ปก${REPORT_SHEET_NAMES[k]}`, REPORT_SHEET_NAMES[k]]
      : [REPORT_SHEET_NAMES[k]],
  );

describe("report kinds", () => {
  it("lists every kind once, in printing order, each with a sheet name and a title", () => {
    // The seeds' six in the order a complete set is printed; a kind added later may stand anywhere.
    expect(REPORT_KINDS.filter((k) => SEED_KINDS.includes(k))).toEqual(SEED_KINDS);
    expect(new Set(REPORT_KINDS).size).toBe(REPORT_KINDS.length);
    expect(Object.keys(REPORT_SHEET_NAMES).sort()).toEqual([...REPORT_KINDS].sort());
    expect(Object.keys(REPORT_TITLES).sort()).toEqual([...REPORT_KINDS].sort());
    expect(new Set(Object.values(REPORT_SHEET_NAMES)).size).toBe(REPORT_KINDS.length);
  });

  describe("defaultReportKinds", () => {
    it.each<[ReportInput["round"], number, ReportKind[]]>([
      ["six-month", 3, ["progress", "score-comparison"]],
      ["full-year", 3, ["year-end", "score-comparison"]],
      ["six-month", 0, ["score-comparison"]],
      ["full-year", 0, ["score-comparison"]],
      ["six-month", 1, ["progress", "score-comparison"]],
    ])("%s round with %d measures → %j", (round, count, expected) => {
      const base = fixture("seed001");
      expect(
        defaultReportKinds({ ...base, round, measures: base.measures.slice(0, count) }),
      ).toEqual(expected);
    });

    it.each<[ReportInput["round"], number, ReportKind[]]>([
      ["six-month", 3, ["progress"]],
      ["full-year", 3, ["year-end"]],
      // Nothing to build: the score comparison, whose unmet need says what to fill in.
      ["six-month", 0, ["score-comparison"]],
    ])("without scores, %s round with %d measures → %j", (round, count, expected) => {
      const base = fixture("seed001");
      expect(
        defaultReportKinds({
          ...base,
          scores: new Map(),
          round,
          measures: base.measures.slice(0, count),
        }),
      ).toEqual(expected);
    });

    it.each<[string, ReportKind[]]>([
      ["seed000", ["progress"]], // no scores: a progress report needs none
      ["seed001", ["year-end", "score-comparison"]],
      ["seed002", ["year-end", "score-comparison"]],
      ["seed003", ["progress"]],
      ["seed004", ["progress", "score-comparison"]],
    ])("%s → %j", (name, expected) => {
      expect(defaultReportKinds(fixture(name))).toEqual(expected);
    });
  });
});

describe("buildReport", () => {
  it.each(Object.keys(SEEDS))("builds %s's default reports without issues", (name) => {
    const input = fixture(name);
    const built = buildReport(input);
    expect(built.issues).toEqual([]);
    expect(built.workbook.sheets.map((s) => s.name)).toEqual(
      names(defaultReportKinds(input), input),
    );
    for (const sheet of built.workbook.sheets) expect(sheetSpecProblems(sheet)).toEqual([]);
  });

  it.each(["seed001", "seed002"])("builds every report of %s", (name) => {
    const built = buildReport(fixture(name), REPORT_KINDS);
    expect(built.issues).toEqual([]);
    expect(built.workbook.sheets.map((s) => s.name)).toEqual(names(REPORT_KINDS, fixture(name)));
    expect(built.workbook.sheets.every((s) => s.role === "report")).toBe(true);
  });

  it("builds every report of seed 004 from its published overall score but the analysis, which says it has no indicator scores", () => {
    const kinds = REPORT_KINDS.filter((k) => k !== "analysis");
    const built = buildReport(fixture("seed004"), kinds);
    expect(built.issues).toEqual([]);
    expect(built.workbook.sheets.map((s) => s.name)).toEqual(names(kinds, fixture("seed004")));
    const [issue, ...rest] = buildReport(fixture("seed004"), ["analysis"]).issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: "report-needs-scores",
      severity: "error",
      path: "scores.2565.1",
    });
    expect(issue!.message).toContain(
      "ปี 2565 มีเพียงคะแนนรวมที่ ป.ป.ช. ประกาศ ยังไม่มีคะแนนรายตัวชี้วัดที่ 1–10 (scores.2565.1, scores.2565.2,",
    );
  });

  it.each<ReportKind[]>([["score-comparison", "memo"], ["plan", "analysis", "memo"], ["year-end"]])(
    "builds in the order asked: %j",
    (...kinds) => {
      expect(buildReport(fixture("seed001"), kinds).workbook.sheets.map((s) => s.name)).toEqual(
        names(kinds, fixture("seed001")),
      );
    },
  );

  it("builds nothing when asked for nothing", () => {
    const built = buildReport(fixture("seed001"), []);
    expect(built.workbook.sheets).toEqual([]);
    expect(built.issues).toEqual([]);
  });

  it("returns the score summary it built from", () => {
    const built = buildReport(fixture("seed001"), []);
    expect(built.summary.years.map((y) => [y.fiscalYearBE, y.overall])).toEqual([
      [2566, 9867],
      [2567, 9542],
    ]);
    expect(built.summary.comparison?.overall.delta).toBe(-325);
  });

  describe("reports that cannot be built", () => {
    const withoutMeasures = (): ReportInput => ({ ...fixture("seed001"), measures: [] });
    const withoutScores = (): ReportInput => ({
      ...fixture("seed001"),
      scores: new Map(),
      officialTotals: new Map(),
    });
    const withoutEither = (): ReportInput => ({
      ...fixture("seed001"),
      scores: new Map(),
      officialTotals: new Map(),
      measures: [],
    });

    it.each<[string, () => ReportInput, ReportKind[], ValidationIssue[]]>([
      [
        "progress without measures",
        withoutMeasures,
        ["progress"],
        [cannotBuild("progress", NO_MEASURES)],
      ],
      [
        "year-end without measures",
        withoutMeasures,
        ["year-end"],
        [cannotBuild("year-end", NO_MEASURES)],
      ],
      [
        "analysis without scores",
        withoutScores,
        ["analysis"],
        [cannotBuild("analysis", NO_SCORES)],
      ],
      ["plan without scores", withoutScores, ["plan"], [cannotBuild("plan", NO_SCORES)]],
      [
        "score comparison without scores",
        withoutScores,
        ["score-comparison"],
        [cannotBuild("score-comparison", NO_SCORES)],
      ],
      [
        "one that cannot among others that can: nothing is built",
        withoutMeasures,
        ["memo", "year-end", "score-comparison"],
        [cannotBuild("year-end", NO_MEASURES)],
      ],
      [
        "every report of the seeds from an empty input: all but the memo fail",
        withoutEither,
        SEED_KINDS,
        [
          cannotBuild("analysis", NO_SCORES),
          cannotBuild("plan", NO_SCORES),
          cannotBuild("progress", NO_MEASURES),
          cannotBuild("year-end", NO_MEASURES),
          cannotBuild("score-comparison", NO_SCORES),
        ],
      ],
      [
        "an unknown kind",
        () => fixture("seed001"),
        ["memo", "pdf" as ReportKind],
        [
          {
            code: "report-cannot-build",
            severity: "error",
            message: `ไม่รู้จักรายงาน "pdf" เลือกได้จาก ${REPORT_KINDS.join(", ")}`,
          },
        ],
      ],
      [
        "a kind named like an object property",
        () => fixture("seed001"),
        ["toString" as ReportKind],
        [
          {
            code: "report-cannot-build",
            severity: "error",
            message: `ไม่รู้จักรายงาน "toString" เลือกได้จาก ${REPORT_KINDS.join(", ")}`,
          },
        ],
      ],
    ])("%s", (_what, make, kinds, expected) => {
      const built = buildReport(make(), kinds);
      expect(built.issues).toEqual(expected);
      expect(hasErrors(built.issues)).toBe(true);
      expect(built.workbook.sheets).toEqual([]);
    });

    it("builds the memo even without scores or measures", () => {
      const built = buildReport(withoutEither(), ["memo"]);
      expect(built.issues).toEqual([]);
      expect(built.workbook.sheets.map((s) => s.name)).toEqual([REPORT_SHEET_NAMES.memo]);
    });

    it("builds the default reports of a progress report without scores (seeds 000 and 003 as they were written)", () => {
      for (const name of ["seed000", "seed003"]) {
        const input = fixture(name);
        expect([input.scores.size, input.officialTotals.size]).toEqual([0, 0]);
        expect(unmetNeeds(input, defaultReportKinds(input))).toEqual([]);
        const built = buildReport(input);
        expect(built.issues).toEqual([]);
        expect(built.workbook.sheets.map((s) => s.name)).toEqual(names(["progress"], input)); // seed 000's after its cover
      }
    });

    it("says at the given place what the default reports lack when there is nothing to build from", () => {
      const input = withoutEither();
      expect(
        unmetNeeds(input, defaultReportKinds(input), {
          scores: { path: "scores" },
          measures: { path: "measures" },
        }),
      ).toEqual([
        {
          ...cannotBuild("score-comparison", NO_SCORES),
          path: "scores",
          message: `ข้อมูล JSON ที่ scores: ${cannotBuild("score-comparison", NO_SCORES).message}`,
        },
      ]);
    });

    it("names the indicators a year lacks, and their JSON paths, or the published overall score instead", () => {
      const base = fixture("seed002");
      const scores = new Map([
        [2562, new Map([...base.scores.get(2562)!].filter(([n]) => n !== 4))],
      ]);
      const expected = cannotBuild(
        "analysis",
        "ปี 2562 ยังขาดคะแนนตัวชี้วัดที่ 4, 9 (scores.2562.4, scores.2562.9) หรือคะแนนรวม ITA ที่ ป.ป.ช. ประกาศ (officialTotals.2562.overall)",
      );
      expect(
        buildReport({ ...base, scores, officialTotals: new Map() }, ["analysis"]).issues,
      ).toEqual([
        {
          ...expected,
          path: "scores.2562.4",
          message: `ข้อมูล JSON ที่ scores.2562.4: ${expected.message}`,
        },
      ]);
    });

    it("asks for the instruments' published scores where the level needs them (ITA 2567, overall 95.42 alone)", () => {
      const base = fixture("seed001");
      const input: ReportInput = {
        ...base,
        scores: new Map(),
        officialTotals: new Map([[2567, { overall: 9542 }]]),
      };
      const expected = cannotBuild(
        "score-comparison",
        "ปี 2567 ยังขาดคะแนนตัวชี้วัดที่ 1–10 (scores.2567.1, scores.2567.2, scores.2567.3, scores.2567.4, scores.2567.5, scores.2567.6, scores.2567.7, scores.2567.8, scores.2567.9, scores.2567.10) หรือคะแนนแบบวัด IIT, EIT, OIT ที่ ป.ป.ช. ประกาศ (officialTotals.2567.IIT, officialTotals.2567.EIT, officialTotals.2567.OIT)",
      );
      expect(unmetNeeds(input, ["score-comparison"])).toEqual([
        {
          ...expected,
          path: "scores.2567.1",
          message: `ข้อมูล JSON ที่ scores.2567.1: ${expected.message}`,
        },
      ]);
      // With them, the level follows: EIT 93.74 and OIT 93.57 are below 95, so "ผ่านดี".
      const totals = new Map([[2567, { overall: 9542, IIT: 9957, EIT: 9374, OIT: 9357 }]]);
      const built = buildReport({ ...input, officialTotals: totals }, ["score-comparison"]);
      expect(built.issues).toEqual([]);
      expect(
        built.summary.years.map((y) => [y.fiscalYearBE, y.overall, y.level, y.published]),
      ).toEqual([[2567, 9542, "ผ่านดี", ["overall", "IIT", "EIT", "OIT"]]]);
    });

    it("names the cells a year lacks on the Scores sheet, and puts the issue on the first", () => {
      const base = fixture("seed002");
      const scores = new Map([[2562, new Map([...base.scores.get(2562)!].filter(([n]) => n < 4))]]);
      const rows = new Map([
        ...Array.from({ length: 10 }, (_, i): [string, number] => [String(i + 1), i + 4]),
      ]);
      const scoresOrigin = {
        kind: "sheet" as const,
        sheet: "คะแนน ITA",
        yearRow: 2,
        yearColumns: new Map([[2562, 5]]),
        freeColumn: 4,
        rows,
      };
      const [issue, ...rest] = unmetNeeds(
        { ...base, scores, scoresOrigin, officialTotals: new Map() },
        ["analysis"],
        { scores: { sheet: "คะแนน ITA" } },
      );
      expect(rest).toEqual([]);
      expect(issue).toMatchObject({ sheet: "คะแนน ITA", cell: "E7" });
      expect(issue!.message).toContain("ปี 2562 ยังขาดคะแนนตัวชี้วัดที่ 4–10 (E7:E13)");
    });

    it("builds the default reports of an input without measures", () => {
      const built = buildReport(withoutMeasures());
      expect(built.issues).toEqual([]);
      expect(built.workbook.sheets.map((s) => s.name)).toEqual([
        REPORT_SHEET_NAMES["score-comparison"],
      ]);
    });
  });

  describe("sheets over Excel's limits", () => {
    it("reports text too long for a cell and then writes nothing", () => {
      const input: ReportInput = { ...fixture("seed001"), problems: "ก".repeat(40_000) };
      const built = buildReport(input, ["progress", "score-comparison"]);
      expect(built.issues.map((i) => [i.code, i.severity, i.sheet])).toEqual([
        ["sheet-limit", "error", REPORT_SHEET_NAMES.progress],
      ]);
      expect(built.issues[0]!.message).toContain("ข้อความยาวเกิน 32767 ตัวอักษร");
      expect(built.workbook.sheets).toEqual([]);
    });

    it("reports each problem of each sheet", () => {
      const base = fixture("seed001");
      const long = "ข".repeat(33_000);
      const measures: Measure[] = base.measures.map((m, i) => (i < 2 ? { ...m, result: long } : m));
      const built = buildReport({ ...base, measures }, ["year-end"]);
      expect(built.issues.map((i) => i.code)).toEqual(["sheet-limit", "sheet-limit"]);
      expect(built.workbook.sheets).toEqual([]);
    });
  });

  it("never changes its input", () => {
    const input = fixture("seed001");
    const before = JSON.stringify({
      ...input,
      scores: [...input.scores].map(([y, s]) => [y, [...s]]),
    });
    buildReport(input, REPORT_KINDS);
    expect(
      JSON.stringify({ ...input, scores: [...input.scores].map(([y, s]) => [y, [...s]]) }),
    ).toBe(before);
  });
});
