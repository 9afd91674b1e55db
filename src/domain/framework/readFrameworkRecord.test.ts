import { IssueCollector } from "../issues/issueCollector";
import records from "./itaFrameworks.json";
import { readFrameworkRecord } from "./readFrameworkRecord";

/** A record of another shape: twelve indicators in four instruments, 25/25/30/20, other bands. */
export const TWELVE = {
  fiscalYearBE: 2570,
  status: "verified",
  source: "คู่มือการประเมิน ITA ปี 2570",
  instruments: [
    { code: "IIT", name: "แบบวัดภายใน", weightPercent: 25 },
    { code: "EIT", name: "แบบวัดภายนอก", weightPercent: 25 },
    { code: "OIT", name: "แบบตรวจข้อมูลสาธารณะ", weightPercent: 30 },
    { code: "CIT", name: "แบบวัดการมีส่วนร่วม", weightPercent: 20 },
  ],
  indicators: Array.from({ length: 12 }, (_, i) => ({
    number: i + 1,
    name: `ตัวชี้วัดทดลอง ${i + 1}`,
    instrument: i < 4 ? "IIT" : i < 7 ? "EIT" : i < 10 ? "OIT" : "CIT",
  })),
  levels: [
    { level: "ดีเยี่ยม", minOverall: 92, minEachInstrument: 88 },
    { level: "ดี", minOverall: 80 },
    { level: "พอใช้", minOverall: 60 },
    { level: "ปรับปรุง", minOverall: 0 },
  ],
  passMark: 80,
  strengthThreshold: 92.5,
  oitItems: [
    { role: "implementation", code: "O30", title: "รายงานผลการดำเนินการ", coversFiscalYearBE: 2569 },
  ],
};

function read(value: unknown) {
  const issues = new IssueCollector();
  const framework = readFrameworkRecord(value, {
    at: (path) => ({ path: path ? `framework.${path}` : "framework" }),
    issues,
    origin: "supplied",
    minYearBE: 2562,
  });
  return { framework, issues: issues.issues };
}

const withChange = (change: Record<string, unknown>) => ({ ...TWELVE, ...change });

describe("readFrameworkRecord", () => {
  it("reads a record of another shape exactly", () => {
    const { framework, issues } = read(TWELVE);
    expect(issues).toEqual([]);
    expect(framework).toMatchObject({
      fiscalYearBE: 2570,
      status: "verified",
      origin: "supplied",
      basedOn: null,
      source: "คู่มือการประเมิน ITA ปี 2570",
      overallFormula: "weighted-instrument-means",
      passMark: 8000,
      strengthThreshold: 9250,
    });
    expect(framework!.instruments.map((i) => [i.code, i.weightPercent])).toEqual([
      ["IIT", 25],
      ["EIT", 25],
      ["OIT", 30],
      ["CIT", 20],
    ]);
    expect(framework!.indicators).toHaveLength(12);
    expect(framework!.levelScheme.bands).toEqual([
      { level: "ดีเยี่ยม", minOverall: 9200, minEachInstrument: 8800, aliases: [] },
      { level: "ดี", minOverall: 8000, aliases: [] },
      { level: "พอใช้", minOverall: 6000, aliases: [] },
      { level: "ปรับปรุง", minOverall: 0, aliases: [] },
    ]);
    expect(framework!.oitItems).toEqual([
      {
        role: "implementation",
        code: "O30",
        title: "รายงานผลการดำเนินการ",
        coversFiscalYearBE: 2569,
      },
    ]);
  });

  it("reads every shipped record without an issue", () => {
    for (const record of records) {
      const issues = new IssueCollector();
      expect(
        readFrameworkRecord(record, { at: (path) => ({ path }), issues, origin: "built-in" }),
      ).not.toBeNull();
      expect(issues.issues).toEqual([]);
    }
  });

  it.each<
    [
      string,
      Record<string, unknown>,
      Partial<{ status: string; overallFormula: string; oitItems: null; source: string }>,
    ]
  >([
    ["status", { status: undefined }, { status: "provisional" }],
    ["formula", { overallFormula: undefined }, { overallFormula: "weighted-instrument-means" }],
    ["OIT items", { oitItems: undefined }, { oitItems: null }], // not known
    ["source", { source: undefined }, { source: "" }],
  ])("a missing %s has its default", (_what, change, expected) => {
    const { framework, issues } = read(withChange(change));
    expect(issues).toEqual([]);
    expect(framework).toMatchObject(expected);
  });

  it("reads numbers written as text, Thai digits and a leading พ.ศ.", () => {
    const { framework, issues } = read(
      withChange({ fiscalYearBE: "พ.ศ. ๒๕๗๐", passMark: "๘๐", strengthThreshold: "92.50" }),
    );
    expect(issues).toEqual([]);
    expect(framework).toMatchObject({
      fiscalYearBE: 2570,
      passMark: 8000,
      strengthThreshold: 9250,
    });
  });

  it("a plain mean of the indicators needs no weights that sum to 100", () => {
    const instruments = TWELVE.instruments.map((i) => ({ ...i, weightPercent: 10 }));
    const { framework, issues } = read(
      withChange({ overallFormula: "mean-of-indicators", instruments }),
    );
    expect(issues).toEqual([]);
    expect(framework!.overallFormula).toBe("mean-of-indicators");
  });

  it.each<[string, unknown, string, string, RegExp]>([
    ["not an object", [], "framework", "framework-type-invalid", /ต้องเป็นออบเจ็กต์/],
    [
      "no year",
      withChange({ fiscalYearBE: undefined }),
      "framework.fiscalYearBE",
      "framework-required",
      /ยังไม่ได้กรอกปีที่ประเมิน/,
    ],
    [
      "a Gregorian year",
      withChange({ fiscalYearBE: 2027 }),
      "framework.fiscalYearBE",
      "framework-value-invalid",
      /"2027" ไม่ใช่ปี พ.ศ./,
    ],
    [
      "a year before the design",
      withChange({ fiscalYearBE: 2561 }),
      "framework.fiscalYearBE",
      "framework-value-invalid",
      /"2561" อยู่ก่อนปี 2562 ที่เริ่มใช้การประเมินแบบตัวชี้วัด/,
    ],
    [
      "an unknown status",
      withChange({ status: "assumed" }),
      "framework.status",
      "framework-value-invalid",
      /"verified" หรือ "provisional"/,
    ],
    [
      "an unknown formula",
      withChange({ overallFormula: "median" }),
      "framework.overallFormula",
      "framework-value-invalid",
      /สูตรคะแนนรวม "median"/,
    ],
    [
      "no instruments",
      withChange({ instruments: [] }),
      "framework.instruments",
      "framework-required",
      /แบบวัดต้องมีอย่างน้อยหนึ่งรายการ/,
    ],
    [
      "instruments not a list",
      withChange({ instruments: {} }),
      "framework.instruments",
      "framework-type-invalid",
      /รายการ/,
    ],
    [
      "weights that do not sum to 100",
      withChange({
        instruments: TWELVE.instruments.map((i, k) => ({
          ...i,
          weightPercent: k === 0 ? 30 : i.weightPercent,
        })),
      }),
      "framework.instruments",
      "framework-inconsistent",
      /รวมกันได้ร้อยละ 105 ต้องรวมได้ร้อยละ 100/,
    ],
    [
      "a weight with three decimals",
      withChange({
        instruments: [
          { ...TWELVE.instruments[0], weightPercent: 25.001 },
          ...TWELVE.instruments.slice(1),
        ],
      }),
      "framework.instruments[0].weightPercent",
      "score-too-many-decimals",
      /น้ำหนักของแบบวัด IIT \(ร้อยละ\): "25.001" มีทศนิยมเกิน 2 ตำแหน่ง/,
    ],
    [
      "a duplicate code",
      withChange({
        instruments: [...TWELVE.instruments, { code: "iit", name: "ซ้ำ", weightPercent: 0 }],
      }),
      "framework.instruments[4].code",
      "framework-duplicate",
      /"iit" ซ้ำ/,
    ],
    [
      "a reserved code",
      withChange({
        instruments: [{ ...TWELVE.instruments[0], code: "ITA" }, ...TWELVE.instruments.slice(1)],
      }),
      "framework.instruments[0].code",
      "framework-value-invalid",
      /คะแนนรวม/,
    ],
    [
      "a code in Thai",
      withChange({
        instruments: [{ ...TWELVE.instruments[0], code: "ภายใน" }, ...TWELVE.instruments.slice(1)],
      }),
      "framework.instruments[0].code",
      "framework-value-invalid",
      /อักษรอังกฤษ/,
    ],
    [
      "an instrument without indicators",
      withChange({
        instruments: [
          ...TWELVE.instruments.slice(0, 3),
          { ...TWELVE.instruments[3], weightPercent: 10 },
          { code: "NEW", name: "ใหม่", weightPercent: 10 },
        ],
      }),
      "framework.instruments[4].code",
      "framework-inconsistent",
      /แบบวัด NEW ยังไม่มีตัวชี้วัด/,
    ],
    [
      "an indicator of an unknown instrument",
      withChange({
        indicators: [...TWELVE.indicators, { number: 13, name: "ใหม่", instrument: "XIT" }],
      }),
      "framework.indicators[12].instrument",
      "framework-inconsistent",
      /ไม่มีแบบวัด "XIT"/,
    ],
    [
      "a duplicate indicator number",
      withChange({
        indicators: [...TWELVE.indicators, { number: 3, name: "ใหม่", instrument: "IIT" }],
      }),
      "framework.indicators[12].number",
      "framework-duplicate",
      /เลขตัวชี้วัด "3" ซ้ำ/,
    ],
    [
      "a duplicate indicator name",
      withChange({
        indicators: [
          ...TWELVE.indicators,
          { number: 13, name: "ตัวชี้วัดทดลอง  1", instrument: "IIT" },
        ],
      }),
      "framework.indicators[12].name",
      "framework-duplicate",
      /ชื่อตัวชี้วัด "ตัวชี้วัดทดลอง {2}1" ซ้ำ/,
    ],
    [
      "an indicator number 0",
      withChange({
        indicators: [{ number: 0, name: "ศูนย์", instrument: "IIT" }, ...TWELVE.indicators],
      }),
      "framework.indicators[0].number",
      "framework-value-invalid",
      /เลขตัวชี้วัด "0" ต้องเป็นจำนวนเต็ม 1–999/,
    ],
    [
      "an indicator without a name",
      withChange({ indicators: [{ number: 13, instrument: "IIT" }, ...TWELVE.indicators] }),
      "framework.indicators[0].name",
      "framework-required",
      /ยังไม่ได้กรอกชื่อตัวชี้วัดที่ 13/,
    ],
    [
      "no levels",
      withChange({ levels: undefined }),
      "framework.levels",
      "framework-required",
      /ยังไม่มีระดับผลการประเมิน/,
    ],
    [
      "levels out of order",
      withChange({
        levels: [
          { level: "ต่ำ", minOverall: 50 },
          { level: "สูง", minOverall: 90 },
          { level: "ล่าง", minOverall: 0 },
        ],
      }),
      "framework.levels[1].minOverall",
      "framework-inconsistent",
      /เรียงจากสูงไปต่ำ/,
    ],
    [
      "an unreachable level",
      withChange({
        levels: [
          { level: "ก", minOverall: 80 },
          { level: "ข", minOverall: 80 },
          { level: "ค", minOverall: 0 },
        ],
      }),
      "framework.levels[1].minOverall",
      "framework-inconsistent",
      /ไม่มีคะแนนใดได้ระดับ ข/,
    ],
    [
      "a bottom level above 0",
      withChange({
        levels: [
          { level: "ผ่าน", minOverall: 80 },
          { level: "ไม่ผ่าน", minOverall: 10 },
        ],
      }),
      "framework.levels[1]",
      "framework-inconsistent",
      /ต้องเริ่มที่คะแนนรวม 0/,
    ],
    [
      "a duplicate level",
      withChange({
        levels: [
          { level: "ดี", minOverall: 80 },
          { level: "ดี", minOverall: 0 },
        ],
      }),
      "framework.levels[1].level",
      "framework-duplicate",
      /"ดี" ซ้ำ/,
    ],
    [
      "a level of 101",
      withChange({
        levels: [
          { level: "ดี", minOverall: 101 },
          { level: "พอ", minOverall: 0 },
        ],
      }),
      "framework.levels[0].minOverall",
      "score-out-of-range",
      /นอกช่วง 0–100/,
    ],
    [
      "no pass mark",
      withChange({ passMark: undefined }),
      "framework.passMark",
      "score-empty",
      /เกณฑ์ผ่าน \(passMark\): ยังไม่ได้กรอกคะแนน/,
    ],
    [
      "a pass mark with a comma",
      withChange({ passMark: "85,5" }),
      "framework.passMark",
      "score-decimal-comma",
      /จุลภาค/,
    ],
    [
      "a strength bar below the pass mark",
      withChange({ strengthThreshold: 70 }),
      "framework.strengthThreshold",
      "framework-inconsistent",
      /ต้องไม่ต่ำกว่าเกณฑ์ผ่าน/,
    ],
    [
      "an OIT item with an unknown role",
      withChange({
        oitItems: [{ role: "plan", code: "O1", title: "แผน", coversFiscalYearBE: 2570 }],
      }),
      "framework.oitItems[0].role",
      "framework-value-invalid",
      /"measures" หรือ "implementation"/,
    ],
    [
      "an OIT item covering a later year",
      withChange({
        oitItems: [{ role: "measures", code: "O1", title: "แผน", coversFiscalYearBE: 2571 }],
      }),
      "framework.oitItems[0].coversFiscalYearBE",
      "framework-value-invalid",
      /ต้องอยู่ระหว่าง 2568–2570/,
    ],
  ])("%s is an error at its path", (_what, value, path, code, message) => {
    const { framework, issues } = read(value);
    expect(framework).toBeNull();
    const found = issues.find((i) => i.severity === "error" && i.path === path);
    expect(found).toMatchObject({ code });
    expect(found!.message).toMatch(message);
    expect(found!.message.startsWith(`ข้อมูล JSON ที่ ${path}: `)).toBe(true);
  });

  it("warns about a field it does not know, and still reads the record", () => {
    const { framework, issues } = read(withChange({ passmark: 85 }));
    expect(framework).not.toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({
        code: "framework-field-unknown",
        severity: "warning",
        path: "framework.passmark",
      }),
    ]);
  });

  it("warns about foreign letters in a name, as in any other Thai text", () => {
    const { framework, issues } = read(
      withChange({
        instruments: [
          { ...TWELVE.instruments[0], name: "แบบวัดภาयใน" },
          ...TWELVE.instruments.slice(1),
        ],
      }),
    );
    expect(framework).not.toBeNull();
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["non-thai-script", "framework.instruments[0].name"],
    ]);
  });
});
