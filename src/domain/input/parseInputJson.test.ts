import { frameworkFor } from "../framework/frameworkSet";
import { yearResultFrom } from "../scoring/yearResult";
import { parseInputJson } from "./parseInputJson";
import type { ValidationIssue } from "../issues/validationIssue";
import { DEFAULT_LAYOUT } from "../model/reportLayout";
// The fixtures are imported as JSON rather than read with node:fs, which the lint boundary
// keeps out of domain/ (tests included); parseInputJson gets them back as JSON text.
import seed001 from "../../../tests/fixtures/seed001.json";
import seed002 from "../../../tests/fixtures/seed002.json";

const SEED001 = JSON.stringify(seed001);
const SEED002 = JSON.stringify(seed002);

/** Seed 001 with some top-level fields replaced (undefined removes a field). */
function seed001With(changes: Record<string, unknown>): string {
  const data = JSON.parse(SEED001) as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete data[key];
    else data[key] = value;
  }
  return JSON.stringify(data);
}

/** A scores object for seed 001 2567 with some indicators replaced (undefined removes one). */
function scores2567(changes: Record<string, unknown>): Record<string, unknown> {
  const data = JSON.parse(SEED001) as { scores: Record<string, Record<string, unknown>> };
  const year = { ...data.scores["2567"] };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete year[key];
    else year[key] = value;
  }
  return { ...data.scores, "2567": year };
}

const codesAt = (issues: readonly ValidationIssue[]) => issues.map((i) => [i.code, i.path]);

describe("parseInputJson", () => {
  describe("fixtures", () => {
    it("reads seed 001", () => {
      const { input, issues } = parseInputJson(SEED001);
      expect(issues).toEqual([]);
      expect(input).not.toBeNull();
      expect(input!.organization).toEqual({
        name: "ตัวอย่างหนึ่ง",
        kind: "เทศบาลตำบล",
        district: "เมือง",
        province: "จันทบุรี",
      });
      expect(input!.fiscalYearBE).toBe(2567);
      expect(input!.round).toBe("full-year");
      expect(input!.reportDate).toEqual({ yearBE: 2567, month: 9, day: 30 });
      expect(input!.digitStyle).toBe("thai");
      expect(input!.font).toEqual({ name: "TH SarabunPSK", size: 16 }); // the default
      expect([...input!.scores.keys()]).toEqual([2566, 2567]);
      expect([...input!.scores.get(2566)!]).toEqual([
        [1, 10000],
        [2, 10000],
        [3, 10000],
        [4, 9828],
        [5, 10000],
        [6, 9630],
        [7, 9782],
        [8, 9763],
        [9, 9800],
        [10, 10000],
      ]);
      expect([...input!.scores.get(2567)!]).toEqual([
        [1, 10000],
        [2, 9843],
        [3, 9961],
        [4, 9980],
        [5, 10000],
        [6, 9965],
        [7, 9984],
        [8, 8172],
        [9, 8714],
        [10, 10000],
      ]);
      expect(input!.officialTotals).toEqual(
        new Map([
          [2566, { overall: 9867 }],
          [2567, { overall: 9542 }],
        ]),
      );
      expect(input!.measures).toHaveLength(10);
      expect(input!.measures[7]).toMatchObject({
        indicator: null,
        heading: "มาตรการสร้างความโปร่งใสในการใช้งบประมาณ",
        status: "ดำเนินการแล้ว",
        origin: { kind: "json", index: 7 },
      });
      expect(input!.signatories.map((s) => s.role)).toEqual(["ผู้รายงาน", "ทราบ"]);
    });

    it("reads a signatory's rank for the signature line, trimmed, and none when blank", () => {
      const people = [
        { role: "ผู้ตรวจสอบ", name: "ปนาท ตนารรณ", position: "ปลัด", rank: " ว่าที่ ร.ต. " },
        { role: "ทราบ", name: "นาย ข", position: "นายก", rank: "  " },
      ];
      const { input, issues } = parseInputJson(seed001With({ signatories: people }));
      expect(issues).toEqual([]);
      expect(input!.signatories).toEqual([
        { role: "ผู้ตรวจสอบ", name: "ปนาท ตนารรณ", position: "ปลัด", rank: "ว่าที่ ร.ต." },
        { role: "ทราบ", name: "นาย ข", position: "นายก" },
      ]);
    });

    it("reads seed 002", () => {
      const { input, issues } = parseInputJson(SEED002);
      expect(issues).toEqual([]);
      expect(input!.organization.kind).toBe("องค์การบริหารส่วนตำบล");
      expect(input!.fiscalYearBE).toBe(2563);
      expect(input!.digitStyle).toBe("arabic");
      expect(input!.reportDate).toEqual({ yearBE: 2563, month: 2, day: 14 }); // "2020-02-14"
      expect(input!.memo.number).toBe("นศ 78901/");
      // Indicator 9's score is not in the seed (only the OIT it belongs to): never made up.
      expect([...input!.scores.get(2562)!.values()]).toEqual([
        9415, 8543, 8752, 8258, 8764, 6705, 7046, 6137, 9375,
      ]);
      expect(input!.officialTotals.get(2562)).toEqual({
        overall: 7605,
        IIT: 8746,
        EIT: 6629,
        OIT: 7480,
      });
      expect(input!.signatories.map((s) => s.role)).toEqual(["ผู้รายงาน", "ผู้ตรวจสอบ", "ทราบ"]);
      expect(input!.measures).toHaveLength(6);
    });

    it.each<[string, string, number, string, Record<string, number>]>([
      ["seed 001", SEED001, 2566, "ผ่านดีเยี่ยม", { overall: 9867 }],
      ["seed 001", SEED001, 2567, "ผ่านดี", { overall: 9542, IIT: 9957, EIT: 9374, OIT: 9357 }],
      ["seed 002", SEED002, 2562, "B", { overall: 7605, IIT: 8746, EIT: 6629, OIT: 7480 }],
    ])(
      "%s ITA %d computes to the published figures (%s)",
      (_seed, text, year, level, published) => {
        const { input } = parseInputJson(text);
        const result = yearResultFrom(
          frameworkFor(year)!,
          input!.scores.get(year)!,
          input!.officialTotals.get(year) ?? {},
        )!;
        const computed: Record<string, number> = { overall: result.overall };
        for (const i of result.instruments) computed[i.code] = i.score;
        for (const [key, value] of Object.entries(published))
          expect([key, computed[key]]).toEqual([key, value]);
        expect(result.level).toBe(level);
        for (const [key, value] of Object.entries(input!.officialTotals.get(year) ?? {}))
          expect([key, computed[key]]).toEqual([key, value]);
      },
    );
  });

  describe("text that is not an input object", () => {
    it.each([
      ["{", "malformed JSON"],
      ["", "empty text"],
      ["[]", "an array"],
      ["null", "null"],
      ['"text"', "a string"],
      ["42", "a number"],
    ])("%j (%s) → no input, json-invalid at $", (text) => {
      const { input, issues } = parseInputJson(text);
      expect(input).toBeNull();
      expect(codesAt(issues)).toEqual([["json-invalid", "$"]]);
      expect(issues[0]!.severity).toBe("error");
      expect(issues[0]!.message).toContain("JSON");
    });
  });

  describe("fields", () => {
    it.each<[string, Record<string, unknown>, [string, string][]]>([
      // organization
      [
        "no organization",
        { organization: undefined },
        [
          ["required-empty", "organization"],
          ["required-empty", "organization.name"],
          ["required-empty", "organization.kind"],
          ["required-empty", "organization.district"],
          ["required-empty", "organization.province"],
        ],
      ],
      [
        "organization as text",
        { organization: "เทศบาลตำบลตัวอย่าง" },
        [
          ["required-empty", "organization"],
          ["required-empty", "organization.name"],
          ["required-empty", "organization.kind"],
          ["required-empty", "organization.district"],
          ["required-empty", "organization.province"],
        ],
      ],
      [
        "blank name",
        { organization: { name: "  ", kind: "เทศบาลตำบล", district: "เมือง", province: "จันทบุรี" } },
        [["required-empty", "organization.name"]],
      ],
      [
        "name as a number",
        { organization: { name: 5, kind: "เทศบาลตำบล", district: "เมือง", province: "จันทบุรี" } },
        [["type-invalid", "organization.name"]],
      ],
      [
        "province null",
        { organization: { name: "ก", kind: "เทศบาลตำบล", district: "เมือง", province: null } },
        [["required-empty", "organization.province"]],
      ],
      // fiscal year
      ["Gregorian fiscal year", { fiscalYearBE: 2024 }, [["year-gregorian", "fiscalYearBE"]]],
      ["fiscal year out of range", { fiscalYearBE: 2600 }, [["year-out-of-range", "fiscalYearBE"]]],
      ["no fiscal year", { fiscalYearBE: undefined }, [["year-empty", "fiscalYearBE"]]],
      ["fiscal year as a boolean", { fiscalYearBE: true }, [["year-empty", "fiscalYearBE"]]],
      ["fiscal year 67", { fiscalYearBE: "67" }, [["year-not-a-year", "fiscalYearBE"]]],
      // choices
      ["unknown round", { round: "quarter" }, [["choice-invalid", "round"]]],
      ["round in Thai", { round: "รอบ 12 เดือน" }, [["choice-invalid", "round"]]],
      ["unknown digit style", { digitStyle: "roman" }, [["choice-invalid", "digitStyle"]]],
      // report date
      ["slashed report date", { reportDate: "30/09/2024" }, [["date-invalid", "reportDate"]]],
      ["impossible report date", { reportDate: "2024-02-30" }, [["date-invalid", "reportDate"]]],
      // scores
      // No scores is allowed when reading; the reports that need them say so (buildReport's unmetNeeds).
      ["no scores", { scores: undefined }, []],
      ["scores null", { scores: null }, []],
      ["scores as an array", { scores: [] }, [["type-invalid", "scores"]]],
      ["Gregorian score year", { scores: { "2024": {} } }, [["year-gregorian", "scores.2024"]]],
      [
        "year without a framework",
        { scores: { "2561": {} } },
        [["year-no-framework", "scores.2561"]],
      ],
      ["year that is not a year", { scores: { abc: {} } }, [["year-not-a-year", "scores.abc"]]],
      [
        "a year's scores as a number",
        { scores: { "2567": 95.42 } },
        [["type-invalid", "scores.2567"]],
      ],
      [
        "decimal comma",
        { scores: scores2567({ "8": "81,72" }) },
        [["score-decimal-comma", "scores.2567.8"]],
      ],
      [
        "three decimals",
        { scores: scores2567({ "2": 98.431 }) },
        [["score-too-many-decimals", "scores.2567.2"]],
      ],
      [
        "over 100",
        { scores: scores2567({ "1": 100.01 }) },
        [["score-out-of-range", "scores.2567.1"]],
      ],
      ["negative", { scores: scores2567({ "5": -1 }) }, [["score-out-of-range", "scores.2567.5"]]],
      [
        "text score",
        { scores: scores2567({ "9": "ไม่มี" }) },
        [["score-not-a-number", "scores.2567.9"]],
      ],
      [
        "boolean score",
        { scores: scores2567({ "9": true }) },
        [["score-not-a-number", "scores.2567.9"]],
      ],
      // A blank or missing score beside the others is a warning (no published instrument score stands in).
      [
        "indicator 11",
        { scores: scores2567({ "11": 90 }) },
        [["indicator-invalid", "scores.2567.11"]],
      ],
      [
        "indicator 0",
        { scores: scores2567({ "0": 90 }) },
        [["indicator-invalid", "scores.2567.0"]],
      ],
      // official totals
      [
        "official total with a decimal comma",
        { officialTotals: { "2567": { overall: "95,42" } } },
        [["score-decimal-comma", "officialTotals.2567.overall"]],
      ],
      [
        "official total out of range",
        { officialTotals: { "2567": { IIT: 199.57 } } },
        [["score-out-of-range", "officialTotals.2567.IIT"]],
      ],
      [
        "official totals as text",
        { officialTotals: "95.42" },
        [["type-invalid", "officialTotals"]],
      ],
      [
        "official totals of a Gregorian year",
        { officialTotals: { "2024": { overall: 95.42 } } },
        [["year-gregorian", "officialTotals.2024"]],
      ],
      // measures and signatories
      ["measures as an object", { measures: {} }, [["type-invalid", "measures"]]],
      [
        "measure for indicator 11",
        { measures: [{ indicator: 11, title: "ก" }] },
        [["indicator-invalid", "measures[0].indicator"]],
      ],
      [
        "measure with an indicator out of range",
        { measures: [{ indicator: 8 }, { indicator: 11, title: "ข" }] },
        [["indicator-invalid", "measures[1].indicator"]],
      ],
      ["measure that is not an object", { measures: ["ก"] }, [["type-invalid", "measures[0]"]]],
      ["layout that is not an object", { layout: "indicator" }, [["type-invalid", "layout"]]],
      [
        "unknown layout choices",
        {
          layout: {
            numbering: "roman",
            progress: { grouping: "unit", statusColumn: "yes" },
            plan: "list",
          },
        },
        [
          ["choice-invalid", "layout.numbering"],
          ["choice-invalid", "layout.progress.grouping"],
          ["type-invalid", "layout.progress.statusColumn"],
          ["choice-invalid", "layout.plan"],
        ],
      ],
      [
        "unknown measure status",
        { measures: [{ indicator: 8, status: "เสร็จ" }] },
        [["status-invalid", "measures[0].status"]],
      ],
      ["signatories as text", { signatories: "นาย ก" }, [["type-invalid", "signatories"]]],
      // Once skipped without a word (a test asserted it); now each is named at its path.
      [
        "a signatory as text",
        { signatories: ["นาย ก", { role: "ทราบ", name: "นาย ข" }] },
        [["type-invalid", "signatories[0]"]],
      ],
      [
        "a signatory as a number or a list",
        { signatories: [{ role: "ทราบ", name: "นาย ข" }, 5, ["นาย ค"]] },
        [
          ["type-invalid", "signatories[1]"],
          ["type-invalid", "signatories[2]"],
        ],
      ],
      [
        "a signatory's name as a number",
        { signatories: [{ role: "ทราบ", name: 5 }] },
        [["type-invalid", "signatories[0].name"]],
      ],
      [
        "a signatory's rank as a number",
        { signatories: [{ role: "ทราบ", name: "นาย ข", rank: 5 }] },
        [["type-invalid", "signatories[0].rank"]],
      ],
    ])("%s", (_what, changes, expected) => {
      const { input, issues } = parseInputJson(seed001With(changes));
      expect(input).not.toBeNull(); // what can be read still is
      expect(codesAt(issues)).toEqual(expected);
      for (const issue of issues) {
        expect(issue.severity).toBe("error");
        expect(issue.sheet).toBeUndefined();
        expect(issue.message).toContain(`ข้อมูล JSON ที่ ${issue.path}`);
      }
    });

    it.each<[string, Record<string, unknown>, [string, string][]]>([
      [
        "a year after the last record",
        { scores: { "2571": scores2567({})["2567"] } },
        [["year-framework-assumed", "scores.2571"]],
      ],
      [
        "an unknown total",
        { officialTotals: { "2567": { overal: 95.42 } } },
        [["total-unknown", "officialTotals.2567.overal"]],
      ],
    ])("%s is a warning at its path", (_what, change, expected) => {
      const { input, issues } = parseInputJson(seed001With(change));
      expect(input).not.toBeNull();
      expect(codesAt(issues)).toEqual(expected);
      for (const issue of issues) expect(issue.severity).toBe("warning");
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ["blank text score", { scores: scores2567({ "3": " " }) }, ["scores.2567.3"]],
      ["missing indicator", { scores: scores2567({ "10": undefined }) }, ["scores.2567.10"]],
      [
        "missing indicator, its instrument's score published",
        { scores: scores2567({ "10": undefined }), officialTotals: { "2567": { OIT: 93.57 } } },
        [],
      ],
    ])(
      "reads a %s as no score, a warning beside the other scores unless a published score stands in",
      (_what, fields, paths) => {
        const { issues } = parseInputJson(seed001With(fields));
        expect(issues.map((i) => [i.code, i.severity, i.path])).toEqual(
          paths.map((p) => ["score-empty", "warning", p]),
        );
      },
    );

    it("reads a JSON null score as no score, a warning at its path beside the other scores", () => {
      const { input, issues } = parseInputJson(seed001With({ scores: scores2567({ "4": null }) }));
      expect(issues).toEqual([
        expect.objectContaining({
          code: "score-empty",
          severity: "warning",
          path: "scores.2567.4",
        }),
      ]);
      expect(issues[0]!.message).toContain("คะแนนตัวชี้วัดที่ 4: ยังไม่ได้กรอกคะแนน");
      expect(input!.scores.get(2567)!.has(4)).toBe(false);
    });

    it("says nothing of a year with no indicator scores but its published overall score (seed 004)", () => {
      const { input, issues } = parseInputJson(
        seed001With({ scores: {}, officialTotals: { "2565": { overall: 90.93 } } }),
      );
      expect(issues).toEqual([]);
      expect(input!.officialTotals.get(2565)).toEqual({ overall: 9093 });
    });

    it("names the offending value and the indicator in a score message", () => {
      const { issues } = parseInputJson(seed001With({ scores: scores2567({ "8": "81,72" }) }));
      expect(issues[0]!.message).toContain("คะแนนตัวชี้วัดที่ 8");
      expect(issues[0]!.message).toContain("81,72");
      expect(issues[0]!.message).toContain("81.72"); // the suggested fix
    });

    it("suggests the BE year for a Gregorian one", () => {
      const { issues } = parseInputJson(seed001With({ fiscalYearBE: 2024 }));
      expect(issues[0]!.message).toContain("2567");
    });

    it("leaves out what it cannot read and keeps the rest", () => {
      const { input } = parseInputJson(
        seed001With({
          scores: { ...scores2567({ "8": "81,72" }), "2024": {} },
          fiscalYearBE: 2024,
        }),
      );
      expect([...input!.scores.keys()]).toEqual([2566, 2567]);
      expect(input!.scores.get(2567)!.has(8)).toBe(false);
      expect(input!.scores.get(2567)!.size).toBe(9);
      expect(input!.fiscalYearBE).toBe(0); // unreadable year
    });

    it("reports every bad field, not only the first", () => {
      const { issues } = parseInputJson(
        seed001With({
          fiscalYearBE: 2024,
          round: "x",
          scores: scores2567({ "2": "98,43", "8": "81.725" }),
        }),
      );
      expect(codesAt(issues)).toEqual([
        ["year-gregorian", "fiscalYearBE"],
        ["choice-invalid", "round"],
        ["score-decimal-comma", "scores.2567.2"],
        ["score-too-many-decimals", "scores.2567.8"],
      ]);
    });
  });

  describe("values it reads in other forms", () => {
    it.each<
      [string, Record<string, unknown>, (r: ReturnType<typeof parseInputJson>) => unknown, unknown]
    >([
      [
        "score in Thai digits",
        { scores: scores2567({ "2": "๙๘.๔๓" }) },
        (r) => r.input!.scores.get(2567)!.get(2),
        9843,
      ],
      [
        "score as text",
        { scores: scores2567({ "8": " 81.72 " }) },
        (r) => r.input!.scores.get(2567)!.get(8),
        8172,
      ],
      ["fiscal year as Thai text", { fiscalYearBE: "๒๕๖๗" }, (r) => r.input!.fiscalYearBE, 2567],
      ["fiscal year with พ.ศ.", { fiscalYearBE: "พ.ศ. 2567" }, (r) => r.input!.fiscalYearBE, 2567],
      [
        "Thai report date",
        { reportDate: "30 กันยายน 2567" },
        (r) => r.input!.reportDate,
        { yearBE: 2567, month: 9, day: 30 },
      ],
      ["no report date", { reportDate: undefined }, (r) => r.input!.reportDate, null],
      ["default round", { round: undefined }, (r) => r.input!.round, "six-month"],
      ["default digits", { digitStyle: undefined }, (r) => r.input!.digitStyle, "thai"],
      [
        "font given",
        { font: { name: "TH Sarabun New", size: 14 } },
        (r) => r.input!.font,
        { name: "TH Sarabun New", size: 14 },
      ],
      [
        "font without size",
        { font: { name: "TH Sarabun New" } },
        (r) => r.input!.font,
        { name: "TH Sarabun New", size: 16 },
      ],
      [
        "official totals left out",
        { officialTotals: undefined },
        (r) => r.input!.officialTotals.size,
        0,
      ],
      [
        "score years in Thai digits",
        { scores: { "๒๕๖๗": scores2567({})["2567"] } },
        (r) => [...r.input!.scores.keys()],
        [2567],
      ],
      [
        "a measure",
        {
          measures: [
            {
              indicator: 8,
              title: "ปรับปรุงระบบ",
              status: "ดำเนินการแล้ว",
              evidenceUrl: "https://example.org",
            },
          ],
        },
        (r) => r.input!.measures,
        [
          {
            indicator: 8,
            heading: "",
            title: "ปรับปรุงระบบ",
            methods: "",
            unit: "",
            period: "",
            result: "",
            status: "ดำเนินการแล้ว",
            outcome: "",
            suggestions: "",
            remark: "",
            evidenceUrl: "https://example.org",
            weakness: "",
            approach: "",
            tracking: "",
            origin: { kind: "json", index: 0 },
          },
        ],
      ],
      [
        "a measure without an indicator, with its heading and remark (seed 001)",
        { measures: [{ heading: "มาตรการ ก", title: "1. กิจกรรม", remark: "ไม่มี" }] },
        (r) => r.input!.measures.map((m) => [m.indicator, m.heading, m.title, m.remark]),
        [[null, "มาตรการ ก", "1. กิจกรรม", "ไม่มี"]],
      ],
      [
        "the plan's own words of a measure",
        {
          measures: [
            {
              indicator: 5,
              title: "ก",
              weakness: "การส่งเสริมความโปร่งใส",
              approach: "1. คู่มือ",
              tracking: "รายงานทุกไตรมาส",
            },
          ],
        },
        (r) => r.input!.measures.map((m) => [m.weakness, m.approach, m.tracking]),
        [["การส่งเสริมความโปร่งใส", "1. คู่มือ", "รายงานทุกไตรมาส"]],
      ],
      [
        "the layout, each part defaulted where left out",
        {
          layout: {
            numbering: "auto",
            progress: { grouping: "none", statusColumn: true },
            plan: "measures-table",
          },
        },
        (r) => r.input!.layout,
        {
          numbering: "auto",
          progress: {
            grouping: "none",
            statusColumn: true,
            cover: false,
            signatures: true,
            problems: true,
          },
          yearEnd: { grouping: "heading", statusColumn: false, cover: false, signatures: true },
          plan: "measures-table",
          memo: { notes: true },
        },
      ],
      ["no layout: the default", { layout: undefined }, (r) => r.input!.layout, DEFAULT_LAYOUT],
    ])("%s", (_what, changes, pick, expected) => {
      const result = parseInputJson(seed001With(changes));
      expect(result.issues).toEqual([]);
      expect(pick(result)).toEqual(expected);
    });
  });
});
