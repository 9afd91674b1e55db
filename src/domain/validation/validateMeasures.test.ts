import { frameworkFor } from "../framework/frameworkSet";
import type { IndicatorNumber } from "../framework/indicators";
import type { IssuePlace } from "../issues/issueCollector";
import { BLANK_MEASURE, type Measure, type MeasureField } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import type { ValidationIssue } from "../issues/validationIssue";
import type { IndicatorScores } from "../model/scores";
import { validateMeasures } from "./validateMeasures";
import { reportInputWith } from "../testing/builders";
import { DEFAULT_LAYOUT } from "../model/reportLayout";

const INDICATOR_NUMBERS: readonly IndicatorNumber[] = frameworkFor(2567)!.indicators.map(
  (i) => i.number,
);

/**
 * Measures as the Measures sheet (มาตรการ) would give them, columns in the default order:
 * A indicator, B title, C methods, D unit, E period, F result, G status, H outcome,
 * I suggestions, J evidenceUrl.
 */
const COLUMNS: Record<MeasureField, number> = {
  indicator: 1,
  title: 2,
  methods: 3,
  unit: 4,
  period: 5,
  result: 6,
  status: 7,
  outcome: 8,
  suggestions: 9,
  evidenceUrl: 10,
  heading: 11,
  remark: 12,
  weakness: 13,
  approach: 14,
  tracking: 15,
};

const ROW = 5;

/** A complete, clean measure of fiscal year 2567 on row `row` of the Measures sheet. */
function measure(changes: Partial<Measure> = {}, row = ROW): Measure {
  return {
    ...BLANK_MEASURE,
    indicator: 1,
    title: "เผยแพร่คู่มือการปฏิบัติงาน",
    methods: "จัดทำคู่มือและเผยแพร่บนเว็บไซต์",
    unit: "สำนักปลัด",
    period: "ต.ค. 2566 – ก.ย. 2567",
    result: "เผยแพร่คู่มือบนเว็บไซต์เมื่อวันที่ 15 ม.ค. 2567",
    status: "ดำเนินการแล้ว",
    outcome: "",
    suggestions: "",
    evidenceUrl: "",
    origin: { kind: "sheet", sheet: "มาตรการ", row, columns: COLUMNS },
    ...changes,
  };
}

/** Ten indicator scores, all `score` unless replaced. */
function scores(
  score: number,
  changes: Partial<Record<IndicatorNumber, number>> = {},
): IndicatorScores {
  return new Map(INDICATOR_NUMBERS.map((n) => [n, changes[n] ?? score]));
}

function input(measures: readonly Measure[], changes: Partial<ReportInput> = {}): ReportInput {
  return reportInputWith({
    fiscalYearBE: 2567,
    scores: new Map([
      [2566, scores(9000)],
      [2567, scores(9000)],
    ]),
    measures,
    ...changes,
  });
}

const SIX_MONTH: Partial<ReportInput> = { round: "six-month" };

/** [code, severity, where] of each issue; where is the cell, else the path, else the sheet. */
const found = (issues: readonly ValidationIssue[]) =>
  issues.map((i) => [i.code, i.severity, i.cell ?? i.path ?? i.sheet]);

describe("validateMeasures", () => {
  it.each<[string, Partial<ReportInput>]>([
    ["full year", {}],
    ["six months", SIX_MONTH],
  ])("finds nothing wrong with a complete measure (%s)", (_round, changes) => {
    expect(validateMeasures(input([measure()], changes))).toEqual([]);
  });

  it("finds nothing without measures when every score passes", () => {
    expect(validateMeasures(input([]))).toEqual([]);
  });

  describe("one measure", () => {
    it.each<[string, Partial<Measure>, Partial<ReportInput>, [string, string, string][]]>([
      // required fields
      ["no title", { title: "" }, {}, [["required-empty", "error", "B5"]]],
      ["no methods", { methods: "" }, {}, [["required-empty", "warning", "C5"]]],
      ["no unit", { unit: "" }, {}, [["required-empty", "warning", "D5"]]],
      ["no period", { period: "" }, {}, [["required-empty", "warning", "E5"]]],
      [
        "nothing but the indicator",
        { title: "", methods: "", unit: "", period: "", result: "", status: "" },
        {},
        [
          ["required-empty", "error", "B5"],
          ["required-empty", "warning", "C5"],
          ["required-empty", "warning", "D5"],
          ["required-empty", "warning", "E5"],
          ["status-empty", "warning", "G5"],
        ],
      ],
      [
        "blank outcome, suggestions and link are fine",
        { outcome: "", suggestions: "", evidenceUrl: "" },
        {},
        [],
      ],
      // what the layout needs
      [
        "no indicator in a full-year round (the year-end report groups by heading)",
        { indicator: null },
        {},
        [],
      ],
      [
        "no indicator while the six-month report groups by indicator",
        { indicator: null },
        SIX_MONTH,
        [["indicator-missing", "warning", "A5"]],
      ],
      [
        "no indicator while the six-month report is a plain list",
        { indicator: null },
        {
          ...SIX_MONTH,
          layout: {
            ...DEFAULT_LAYOUT,
            progress: {
              ...DEFAULT_LAYOUT.progress,
              grouping: "none",
              statusColumn: true,
              cover: false,
            },
          },
        },
        [],
      ],
      [
        "plan text without an indicator",
        { indicator: null, weakness: "การส่งเสริมความโปร่งใส" },
        {},
        [["plan-indicator-missing", "warning", "A5"]],
      ],
      [
        "plan text without an indicator, the plan being four columns",
        { indicator: null, tracking: "รายงานทุกไตรมาส" },
        { layout: { ...DEFAULT_LAYOUT, plan: "measures-table" } },
        [],
      ],
      ["a title with its own number, the user numbering", { title: "1) เผยแพร่คู่มือ" }, {}, []],
      [
        "a title with its own number, the product numbering too",
        { title: "๑.๒ เผยแพร่คู่มือ" },
        { layout: { ...DEFAULT_LAYOUT, numbering: "auto" } },
        [["title-numbered-twice", "warning", "B5"]],
      ],
      [
        "a year at the start of a title is no number",
        { title: "2567 ปีแห่งความโปร่งใส" },
        { layout: { ...DEFAULT_LAYOUT, numbering: "auto" } },
        [],
      ],
      // status and result
      ["no status", { status: "" }, {}, [["status-empty", "warning", "G5"]]],
      ["done without a result", { result: "" }, {}, [["result-missing", "warning", "F5"]]],
      ["under way without a result", { status: "อยู่ระหว่างดำเนินการ", result: "" }, {}, []],
      ["not started without a result", { status: "ยังไม่ดำเนินการ", result: "" }, {}, []],
      [
        "no status and no result",
        { status: "", result: "" },
        {},
        [["status-empty", "warning", "G5"]],
      ],
      [
        "generic result ดำเนินการแล้ว",
        { result: "ดำเนินการแล้ว" },
        {},
        [["result-generic", "warning", "F5"]],
      ],
      [
        "generic result ดำเนินการแล้วเสร็จ",
        { result: "ดำเนินการแล้วเสร็จ" },
        {},
        [["result-generic", "warning", "F5"]],
      ],
      [
        "generic result ดำเนินการเรียบร้อย",
        { result: "ดำเนินการเรียบร้อย" },
        {},
        [["result-generic", "warning", "F5"]],
      ],
      [
        "generic result ดำเนินการเรียบร้อยแล้ว",
        { result: "ดำเนินการเรียบร้อยแล้ว" },
        {},
        [["result-generic", "warning", "F5"]],
      ],
      ["generic result เรียบร้อย", { result: "เรียบร้อย" }, {}, [["result-generic", "warning", "F5"]]],
      ["generic result เสร็จสิ้น", { result: "เสร็จสิ้น" }, {}, [["result-generic", "warning", "F5"]]],
      ["generic result แล้วเสร็จ", { result: "แล้วเสร็จ" }, {}, [["result-generic", "warning", "F5"]]],
      [
        "generic result with spaces around",
        { result: "  เสร็จสิ้น \n" },
        {},
        [["result-generic", "warning", "F5"]],
      ],
      ["a result that says what was done", { result: "ดำเนินการแล้ว 3 ครั้ง มีผู้เข้าร่วม 45 คน" }, {}, []],
      [
        "generic words under way",
        { status: "อยู่ระหว่างดำเนินการ", result: "เรียบร้อย" },
        {},
        [["result-generic", "warning", "F5"]],
      ],
      // dates written in the result
      [
        "a date after the fiscal year",
        { result: "จัดประชุมเมื่อวันที่ 5 ต.ค. 2567" },
        {},
        [["date-outside-year", "warning", "F5"]],
      ],
      [
        "a date before the fiscal year",
        { result: "จัดประชุมเมื่อวันที่ 15 ก.ย. 2566" },
        {},
        [["date-outside-year", "warning", "F5"]],
      ],
      [
        "a date in Thai digits before the year",
        { result: "จัดประชุมเมื่อวันที่ ๑๕ กันยายน ๒๕๖๖" },
        {},
        [["date-outside-year", "warning", "F5"]],
      ],
      ["the first day of the fiscal year", { result: "เริ่มเมื่อ 1 ต.ค. 2566" }, {}, []],
      ["the last day of the fiscal year", { result: "เสร็จเมื่อ 30 ก.ย. 2567" }, {}, []],
      ["a date in April in the full-year round", { result: "อบรมเมื่อวันที่ 10 เม.ย. 2567" }, {}, []],
      [
        "a date in April in the six-month round",
        { result: "อบรมเมื่อวันที่ 10 เม.ย. 2567" },
        SIX_MONTH,
        [["date-outside-round", "warning", "F5"]],
      ],
      [
        "the day after the six-month round",
        { result: "อบรมเมื่อวันที่ 1 เม.ย. 2567" },
        SIX_MONTH,
        [["date-outside-round", "warning", "F5"]],
      ],
      ["the last day of the six-month round", { result: "อบรมเมื่อวันที่ 31 มี.ค. 2567" }, SIX_MONTH, []],
      [
        "a date outside the year in the six-month round",
        { result: "อบรมเมื่อวันที่ 5 ต.ค. 2567" },
        SIX_MONTH,
        [["date-outside-year", "warning", "F5"]],
      ],
      [
        "one issue for each date that is out",
        { result: "ประชุม 5 ต.ค. 2565, 18 ม.ค. 2567 และ 10 เม.ย. 2567 และ 1 ต.ค. 2567" },
        SIX_MONTH,
        [
          ["date-outside-year", "warning", "F5"],
          ["date-outside-round", "warning", "F5"],
          ["date-outside-year", "warning", "F5"],
        ],
      ],
      ["dates in the methods are not checked", { methods: "ประชุมวันที่ 5 ต.ค. 2567" }, {}, []],
      // periods
      [
        "a period of the previous fiscal year",
        { period: "ต.ค. 2565 – ก.ย. 2566" },
        {},
        [["period-outside-year", "warning", "E5"]],
      ],
      [
        "the previous fiscal year by name",
        { period: "ปีงบประมาณ 2566" },
        {},
        [["period-outside-year", "warning", "E5"]],
      ],
      [
        "a period running past the fiscal year",
        { period: "1 ต.ค. 2566 – 31 ต.ค. 2567" },
        {},
        [["period-outside-year", "warning", "E5"]],
      ],
      ["the whole fiscal year", { period: "ตลอดปีงบประมาณ" }, {}, []],
      ["the fiscal year by name", { period: "ปีงบประมาณ พ.ศ. 2567" }, {}, []],
      ["four quarters", { period: "ไตรมาส 1-4" }, {}, []],
      ["a period it cannot read", { period: "ตามความเหมาะสม" }, {}, []],
      [
        "a period starting after the six-month round",
        { period: "เม.ย. 2567 – มิ.ย. 2567" },
        SIX_MONTH,
        [["period-outside-round", "warning", "E5"]],
      ],
      [
        "quarter 3 in the six-month round",
        { period: "ไตรมาส 3" },
        SIX_MONTH,
        [["period-outside-round", "warning", "E5"]],
      ],
      ["quarter 2 in the six-month round", { period: "ไตรมาส 2" }, SIX_MONTH, []],
      [
        "a period starting inside the round and ending after it",
        { period: "มี.ค. 2567 – มิ.ย. 2567" },
        SIX_MONTH,
        [],
      ],
      ["quarter 3 in the full-year round", { period: "ไตรมาส 3" }, {}, []],
      [
        "a period outside the year in the six-month round",
        { period: "ปีงบประมาณ 2568" },
        SIX_MONTH,
        [["period-outside-year", "warning", "E5"]],
      ],
      // years written in text
      [
        "an old year in the result",
        { result: "ดำเนินการตามแผนปี 2560 ครบทุกข้อ" },
        {},
        [["year-stale", "warning", "F5"]],
      ],
      [
        "an old year in the methods",
        { methods: "ทบทวนแผนปี 2563" },
        {},
        [["year-stale", "warning", "C5"]],
      ],
      [
        "a future year in the title",
        { title: "โครงการปี 2570" },
        {},
        [["year-stale", "warning", "B5"]],
      ],
      ["the next year", { result: "วางแผนสำหรับปี 2568 แล้ว" }, {}, [["year-stale", "warning", "F5"]]],
      [
        "an old year in Thai digits",
        { result: "ใช้แผนปี ๒๕๖๐ ต่อเนื่อง" },
        {},
        [["year-stale", "warning", "F5"]],
      ],
      ["the fiscal year itself", { result: "สรุปผลปี 2567 แล้ว" }, {}, []],
      ["the year before, whose scores are used", { result: "นำผล ITA 2566 มาวิเคราะห์" }, {}, []],
      ["an old year in the outcome is not checked", { outcome: "ดีกว่าปี 2560" }, {}, []],
      ["an old year in the unit is not checked", { unit: "คณะทำงานปี 2560" }, {}, []],
      [
        "two old years in one field",
        { result: "ใช้แผนปี 2560 และปี 2561" },
        {},
        [
          ["year-stale", "warning", "F5"],
          ["year-stale", "warning", "F5"],
        ],
      ],
      // evidence links
      [
        "an ftp link",
        { evidenceUrl: "ftp://example.org/x" },
        {},
        [["evidence-url-invalid", "warning", "J5"]],
      ],
      [
        "a link without a scheme",
        { evidenceUrl: "www.example.org" },
        {},
        [["evidence-url-invalid", "warning", "J5"]],
      ],
      [
        "not a link at all",
        { evidenceUrl: "not a link" },
        {},
        [["evidence-url-invalid", "warning", "J5"]],
      ],
      [
        "a bare scheme",
        { evidenceUrl: "https://" },
        {},
        [["evidence-url-invalid", "warning", "J5"]],
      ],
      [
        "a host without a dot",
        { evidenceUrl: "https://localhost/ita" },
        {},
        [["evidence-url-invalid", "warning", "J5"]],
      ],
      [
        "a file path",
        { evidenceUrl: "C:\\ITA\\หลักฐาน.pdf" },
        {},
        [["evidence-url-invalid", "warning", "J5"]],
      ],
      ["an https link", { evidenceUrl: "https://www.example.go.th/ita/2567" }, {}, []],
      ["an http link with a query", { evidenceUrl: "http://example.org/a?b=1" }, {}, []],
      ["a link with spaces around", { evidenceUrl: " https://example.org " }, {}, []],
      ["a Thai domain", { evidenceUrl: "https://ตัวอย่าง.ไทย/ita" }, {}, []],
      // text checks, field by field
      ["Devanagari in the unit", { unit: "นายจिरายู" }, {}, [["non-thai-script", "warning", "D5"]]],
      [
        "Lao in the suggestions",
        { suggestions: "ควรทำต่อ ສ" },
        {},
        [["non-thai-script", "warning", "I5"]],
      ],
      [
        "mixed digits in the period",
        { period: "ต.ค. ๒๕๖6 – ก.ย. 2567" },
        {},
        [["mixed-digits", "warning", "E5"]],
      ],
      [
        "over-long outcome",
        { outcome: "ก".repeat(32_768) },
        {},
        [["text-too-long", "error", "H5"]],
      ],
      ["the link is not checked as text", { evidenceUrl: "https://example.org/中文" }, {}, []],
    ])("%s", (_what, changes, inputChanges, expected) => {
      expect(found(validateMeasures(input([measure(changes)], inputChanges)))).toEqual(expected);
    });

    it("reports in a fixed order: text, required fields, status, result, dates, years, period, link", () => {
      const m = measure({
        title: "",
        methods: "นายจिरายู",
        status: "",
        result: "เสร็จสิ้น",
        period: "ต.ค. 2565 – ก.ย. 2566",
        evidenceUrl: "www.example.org",
      });
      expect(found(validateMeasures(input([m])))).toEqual([
        ["non-thai-script", "warning", "C5"],
        ["required-empty", "error", "B5"],
        ["status-empty", "warning", "G5"],
        ["result-generic", "warning", "F5"],
        ["period-outside-year", "warning", "E5"],
        ["evidence-url-invalid", "warning", "J5"],
      ]);
    });

    it.each<[string, Partial<Measure>, string]>([
      ["names the indicator and title", { result: "" }, 'ตัวชี้วัดที่ 1 "เผยแพร่คู่มือการปฏิบัติงาน"'],
      ["says when the title is missing", { title: "" }, 'ตัวชี้วัดที่ 1 "ไม่มีชื่อ"'],
      ["names the missing field", { unit: "" }, "ยังไม่ได้กรอกผู้รับผิดชอบ"],
      ["quotes the generic result", { result: "เรียบร้อย" }, 'ผลการดำเนินการ "เรียบร้อย"'],
      [
        "quotes the date and the year's span",
        { result: "ประชุม 5 ต.ค. 2567" },
        'วันที่ "5 ต.ค. 2567" อยู่นอกปีงบประมาณ 2567 (1 ต.ค. 2566 – 30 ก.ย. 2567)',
      ],
      ["names the stale year", { methods: "ทบทวนแผนปี 2563" }, "ปี พ.ศ. 2563"],
      [
        "quotes the period",
        { period: "ปีงบประมาณ 2566" },
        'ระยะเวลา "ปีงบประมาณ 2566" เกินปีงบประมาณ 2567',
      ],
      ["quotes the link", { evidenceUrl: "www.example.org" }, '"www.example.org" ไม่ใช่ลิงก์เว็บ'],
    ])("%s", (_what, changes, text) => {
      const issues = validateMeasures(input([measure(changes)]));
      expect(issues).toHaveLength(1);
      expect(issues[0]!.message).toContain(text);
      expect(issues[0]!.message.startsWith(`ชีต "มาตรการ" เซลล์ ${issues[0]!.cell}: `)).toBe(true);
    });

    it("names the six-month round in a round warning", () => {
      const [issue] = validateMeasures(
        input([measure({ result: "อบรม 10 เม.ย. 2567" })], SIX_MONTH),
      );
      expect(issue!.message).toContain("อยู่นอกรอบ 6 เดือน (1 ต.ค. 2566 – 31 มี.ค. 2567)");
    });
  });

  describe("measures against each other", () => {
    const SAME_RESULT = "จัดอบรมบุคลากรเรื่องผลประโยชน์ทับซ้อน 2 ครั้ง มีผู้เข้าร่วม 45 คน";

    it.each<[string, Partial<Measure>[], [string, string, string][]]>([
      [
        "the same long result under another indicator",
        [
          { indicator: 1, result: SAME_RESULT },
          { indicator: 2, title: "ประกาศเจตนารมณ์", result: SAME_RESULT },
        ],
        [["result-duplicate", "warning", "F6"]],
      ],
      [
        "the same long result where either names no indicator",
        [
          { indicator: null, result: SAME_RESULT },
          { indicator: 2, title: "ประกาศเจตนารมณ์", result: SAME_RESULT },
        ],
        [],
      ],
      [
        "a row without a heading among rows with headings, the year-end report grouping by heading",
        [{ heading: "มาตรการ ก" }, { heading: "", title: "ประกาศเจตนารมณ์" }],
        [["heading-missing", "warning", "K6"]],
      ],
      ["no row with a heading", [{}, { title: "ประกาศเจตนารมณ์" }], []],
      [
        "the same title and methods under two headings",
        [{ heading: "มาตรการ ก" }, { heading: "มาตรการ ข" }],
        [],
      ],
      [
        "the same long result under the same indicator",
        [
          { indicator: 1, result: SAME_RESULT },
          { indicator: 1, title: "ประกาศเจตนารมณ์", result: SAME_RESULT },
        ],
        [],
      ],
      [
        "the same result spaced differently",
        [
          { indicator: 1, result: "จัดอบรมบุคลากร  2 ครั้ง\nมีผู้เข้าร่วม 45 คน" },
          { indicator: 2, result: " จัดอบรมบุคลากร 2 ครั้ง มีผู้เข้าร่วม 45 คน " },
        ],
        [["result-duplicate", "warning", "F6"]],
      ],
      [
        "a short result repeated (under 20 characters)",
        [
          { indicator: 1, result: "ก".repeat(19) },
          { indicator: 2, result: "ก".repeat(19) },
        ],
        [],
      ],
      [
        "a result of exactly 20 characters repeated",
        [
          { indicator: 1, result: "ก".repeat(20) },
          { indicator: 2, result: "ก".repeat(20) },
        ],
        [["result-duplicate", "warning", "F6"]],
      ],
      [
        "a result repeated under the first indicator, then another",
        [
          { indicator: 1, result: SAME_RESULT },
          { indicator: 1, title: "ข", result: SAME_RESULT },
          { indicator: 2, result: SAME_RESULT },
        ],
        [["result-duplicate", "warning", "F7"]],
      ],
      [
        "a result repeated under three indicators",
        [
          { indicator: 1, result: SAME_RESULT },
          { indicator: 2, result: SAME_RESULT },
          { indicator: 3, result: SAME_RESULT },
        ],
        [
          ["result-duplicate", "warning", "F6"],
          ["result-duplicate", "warning", "F7"],
        ],
      ],
      ["two identical rows", [{}, {}], [["measure-duplicate", "warning", "B6"]]],
      [
        "the same measure spaced differently",
        [{}, { title: " เผยแพร่คู่มือการปฏิบัติงาน ", methods: "จัดทำคู่มือและเผยแพร่บนเว็บไซต์\n" }],
        [["measure-duplicate", "warning", "B6"]],
      ],
      [
        "the same measure under another indicator",
        [{ indicator: 1 }, { indicator: 2, result: "ประชุมชี้แจงบุคลากร 30 คน" }],
        [],
      ],
      [
        "the same measure and result under another indicator",
        [{ indicator: 1 }, { indicator: 2 }],
        [["result-duplicate", "warning", "F6"]],
      ],
      ["the same title with other methods", [{}, { methods: "ประชุมชี้แจงบุคลากร" }], []],
      ["the same methods under another title", [{}, { title: "ทบทวนคู่มือ" }], []],
      [
        "three identical rows",
        [{}, {}, {}],
        [
          ["measure-duplicate", "warning", "B6"],
          ["measure-duplicate", "warning", "B7"],
        ],
      ],
      [
        "a duplicate that also repeats the result elsewhere",
        [
          { indicator: 1, result: SAME_RESULT },
          { indicator: 2, result: SAME_RESULT },
          { indicator: 2, result: SAME_RESULT },
        ],
        [
          ["result-duplicate", "warning", "F6"],
          ["result-duplicate", "warning", "F7"],
          ["measure-duplicate", "warning", "B7"],
        ],
      ],
    ])("%s", (_what, rows, expected) => {
      const measures = rows.map((changes, i) => measure(changes, ROW + i));
      expect(found(validateMeasures(input(measures)))).toEqual(expected);
    });

    it("names the indicator whose result was repeated", () => {
      const measures = [
        measure({ indicator: 3, result: SAME_RESULT }),
        measure({ indicator: 7, result: SAME_RESULT }, 6),
      ];
      expect(validateMeasures(input(measures))[0]!.message).toContain("ซ้ำกับของตัวชี้วัดที่ 3");
    });
  });

  describe("indicators the plan lists without a measure (ITA 2567: pass mark 85, strength 90)", () => {
    const below = (n: IndicatorNumber, score: number): Partial<ReportInput> => ({
      scores: new Map([
        [2566, scores(9000)],
        [2567, scores(9000, { [n]: score })],
      ]),
    });
    const W = (code = "indicator-without-measure"): [string, string, string] => [
      code,
      "warning",
      "มาตรการ",
    ];
    const TABLE = { layout: { ...DEFAULT_LAYOUT, plan: "measures-table" } } as const;

    it.each<[string, Measure[], Partial<ReportInput>, [string, string, string][]]>([
      ["84.99 and no measure for it", [measure()], below(8, 8499), [W()]],
      ["exactly 85, under the strength threshold", [measure()], below(8, 8500), [W()]],
      ["89.99", [measure()], below(8, 8999), [W()]],
      ["exactly 90 is a strength and needs none", [measure()], below(8, 9000), []],
      [
        "a measure for it",
        [measure(), measure({ indicator: 8, result: "ลดขั้นตอนงานบริการเหลือ 3 ขั้นตอน" }, 6)],
        below(8, 8499),
        [],
      ],
      ["no measures at all", [], below(8, 0), [W()]],
      [
        "every indicator below",
        [],
        { scores: new Map([[2567, scores(5000)]]) },
        INDICATOR_NUMBERS.map(() => W()),
      ],
      [
        "below only in an earlier year",
        [measure()],
        {
          scores: new Map([
            [2566, scores(9000, { 8: 7000 })],
            [2567, scores(9000)],
          ]),
        },
        [],
      ],
      ["no scores", [measure()], { scores: new Map() }, []],
      [
        "a latest year without an ITA framework",
        [measure()],
        { scores: new Map([[2561, scores(5000)]]) },
        [],
      ],
      [
        "a measure naming no indicator",
        [measure({ indicator: null })],
        below(8, 8499),
        [W("indicator-measure-unnamed")],
      ],
      [
        "the four-column plan: below the pass mark",
        [measure()],
        { ...below(8, 8499), ...TABLE },
        [W()],
      ],
      [
        "the four-column plan lists no indicators: 85 needs none",
        [measure()],
        { ...below(8, 8500), ...TABLE },
        [],
      ],
    ])("%s", (_what, measures, changes, expected) => {
      expect(found(validateMeasures(input(measures, changes)))).toEqual(expected);
    });

    it("takes both bars from the year's framework record, never 85 and 90", () => {
      // A user's record for 2567 with a pass mark of 80 and a strength threshold of 95.
      const frameworks = [{ ...frameworkFor(2567)!, passMark: 8000, strengthThreshold: 9500 }];
      const scored = {
        scores: new Map([[2567, scores(9600, { 2: 8499, 8: 7999, 9: 9499 })]]),
        frameworks,
      };
      const issues = validateMeasures(input([measure()], scored));
      expect(
        issues.map((i) => /ได้ [\d.]+ คะแนนในปี 2567 ต่ำกว่าเกณฑ์[^ ]* \d+/.exec(i.message)![0]),
      ).toEqual([
        "ได้ 84.99 คะแนนในปี 2567 ต่ำกว่าเกณฑ์จุดแข็ง 95",
        "ได้ 79.99 คะแนนในปี 2567 ต่ำกว่าเกณฑ์ 80",
        "ได้ 94.99 คะแนนในปี 2567 ต่ำกว่าเกณฑ์จุดแข็ง 95",
      ]);
    });

    it("lists the indicators in number order with name, score, year, the bar, what the plan prints and what to do", () => {
      const issues = validateMeasures(
        input([measure()], { scores: new Map([[2567, scores(9000, { 9: 7850, 2: 8712 })]]) }),
      );
      expect(issues.map((i) => i.message)).toEqual([
        'ชีต "มาตรการ": ตัวชี้วัดที่ 2 การใช้งบประมาณ ได้ 87.12 คะแนนในปี 2567 ต่ำกว่าเกณฑ์จุดแข็ง 90 แต่ยังไม่มีมาตรการ แผนพัฒนาจึงพิมพ์ว่า "ยังไม่กำหนดมาตรการ" กรุณาเพิ่มมาตรการที่ระบุตัวชี้วัดที่ 2',
        'ชีต "มาตรการ": ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 78.50 คะแนนในปี 2567 ต่ำกว่าเกณฑ์ 85 แต่ยังไม่มีมาตรการ แผนพัฒนาจึงพิมพ์ว่า "ยังไม่กำหนดมาตรการ" กรุณาเพิ่มมาตรการที่ระบุตัวชี้วัดที่ 9',
      ]);
    });

    it("says what the plan prints when measures name no indicator, and how to tie one", () => {
      const [issue] = validateMeasures(
        input(
          [measure({ indicator: null }), measure({ indicator: null, title: "ข" }, 6)],
          below(8, 8172),
        ),
      );
      expect(issue!.message).toBe(
        'ชีต "มาตรการ": ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้ 81.72 คะแนนในปี 2567 ต่ำกว่าเกณฑ์ 85 แต่ไม่มีมาตรการที่ระบุตัวชี้วัดนี้ ' +
          'มี 2 มาตรการที่ไม่ได้ระบุตัวชี้วัด แผนพัฒนาจึงโยงมาตรการเหล่านั้นกับตัวชี้วัดไม่ได้ และพิมพ์ว่า "ไม่มีมาตรการที่ระบุตัวชี้วัดนี้" ' +
          'ถ้ามาตรการใดเป็นของตัวชี้วัดนี้ กรุณากรอก 8 ในช่อง "ตัวชี้วัดที่" ของมาตรการนั้น',
      );
    });

    it("says nothing of the plan's wording in the four-column plan", () => {
      const [issue] = validateMeasures(input([measure()], { ...below(8, 8000), ...TABLE }));
      expect(issue!.message).toBe(
        'ชีต "มาตรการ": ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้ 80.00 คะแนนในปี 2567 ต่ำกว่าเกณฑ์ 85 แต่ยังไม่มีมาตรการ กรุณาเพิ่มมาตรการที่ระบุตัวชี้วัดที่ 8',
      );
    });

    it.each<[string, NonNullable<ReportInput["scoresOrigin"]>, Partial<ValidationIssue>]>([
      [
        "the Scores sheet's cell",
        {
          kind: "sheet",
          sheet: "คะแนน ITA",
          yearRow: 3,
          yearColumns: new Map([
            [2566, 3],
            [2567, 4],
          ]),
          freeColumn: 5,
          rows: new Map([["8", 11]]),
        },
        { sheet: "คะแนน ITA", cell: "D11" },
      ],
      ["the JSON path", { kind: "json" }, { path: "scores.2567.8" }],
    ])("points at the indicator's score: %s", (_what, scoresOrigin, expected) => {
      const [issue] = validateMeasures(input([], { ...below(8, 8000), scoresOrigin }), {
        sheet: "มาตรการ",
      });
      expect(issue).toMatchObject({ code: "indicator-without-measure", ...expected });
    });

    it.each<[IssuePlace, Partial<ValidationIssue>]>([
      [{ path: "measures" }, { path: "measures" }],
      [{ sheet: "มาตรการ (2)" }, { sheet: "มาตรการ (2)" }],
      [
        { sheet: "มาตรการ", cell: "A3" },
        { sheet: "มาตรการ", cell: "A3" },
      ],
    ])(
      "points at the place it is given when the input does not say where its scores are: %j",
      (place, expected) => {
        const [issue] = validateMeasures(input([], below(8, 8000)), place);
        expect(issue).toMatchObject({ code: "indicator-without-measure", ...expected });
      },
    );

    it("comes after the issues of the measures", () => {
      const issues = validateMeasures(input([measure({ unit: "" })], below(8, 8000)));
      expect(issues.map((i) => i.code)).toEqual(["required-empty", "indicator-without-measure"]);
    });
  });

  describe("where issues point", () => {
    it.each<[Partial<Measure>, string]>([
      [{ title: "" }, "measures[2].title"],
      [{ result: "" }, "measures[2].result"],
      [{ status: "" }, "measures[2].status"],
      [{ period: "ไตรมาส 3" }, "measures[2].period"],
      [{ evidenceUrl: "not a link" }, "measures[2].evidenceUrl"],
      [{ suggestions: "中文" }, "measures[2].suggestions"],
    ])("a JSON measure %j → %s", (changes, path) => {
      const m = measure({ ...changes, origin: { kind: "json", index: 2 } });
      const issues = validateMeasures(input([m], SIX_MONTH));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ path });
      expect(issues[0]!.sheet).toBeUndefined();
      expect(issues[0]!.cell).toBeUndefined();
      expect(issues[0]!.message.startsWith(`ข้อมูล JSON ที่ ${path}: `)).toBe(true);
    });

    it("follows the columns the sheet actually has", () => {
      const moved: Record<MeasureField, number> = { ...COLUMNS, result: 12, evidenceUrl: 28 };
      const m = measure({
        result: "",
        evidenceUrl: "www.x",
        origin: { kind: "sheet", sheet: "มาตรการ", row: 41, columns: moved },
      });
      expect(found(validateMeasures(input([m])))).toEqual([
        ["result-missing", "warning", "L41"],
        ["evidence-url-invalid", "warning", "AB41"],
      ]);
    });

    it("points at the Measures sheet when a measure has no origin", () => {
      const bare: Measure = { ...measure({ title: "" }) };
      delete (bare as { origin?: unknown }).origin;
      const issues = validateMeasures(input([bare]));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: "required-empty", sheet: "มาตรการ" });
      expect(issues[0]!.cell).toBeUndefined();
    });

    it("names a cell on the Measures sheet for every issue of a sheet measure", () => {
      const messy = [
        measure(
          {
            title: "",
            methods: "",
            unit: "ກ",
            period: "ไตรมาส 3",
            result: "เสร็จสิ้น 10 เม.ย. 2567 ปี 2560",
            status: "",
            evidenceUrl: "x",
          },
          3,
        ),
        measure({ indicator: 4, result: "เสร็จสิ้น 10 เม.ย. 2567 ปี 2560" }, 4),
        measure({ indicator: 4, result: "เสร็จสิ้น 10 เม.ย. 2567 ปี 2560" }, 5),
      ];
      const issues = validateMeasures(input(messy, SIX_MONTH));
      expect(issues.length).toBeGreaterThan(10);
      for (const issue of issues) {
        expect(issue.sheet).toBe("มาตรการ");
        expect(issue.cell).toMatch(/^[A-J][3-5]$/);
        expect(issue.message).toContain(`เซลล์ ${issue.cell}: `);
      }
    });
  });

  it("never changes its input", () => {
    const measures = [
      measure({ title: "", result: "เรียบร้อย" }),
      measure({ indicator: 2, evidenceUrl: "x" }, 6),
    ];
    const before = JSON.stringify(measures);
    const data = input(measures, { scores: new Map([[2567, scores(8000)]]) });
    validateMeasures(data);
    expect(JSON.stringify(measures)).toBe(before);
    expect([...data.scores.get(2567)!.values()]).toEqual(INDICATOR_NUMBERS.map(() => 8000));
  });

  it("gives the same answer twice", () => {
    const data = input([measure({ result: "" }), measure({}, 6)], SIX_MONTH);
    expect(validateMeasures(data)).toEqual(validateMeasures(data));
  });
});
