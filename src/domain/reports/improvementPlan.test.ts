import type { IndicatorNumber } from "../framework/indicators";
import type { Measure } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import { DEFAULT_LAYOUT } from "../model/reportLayout";
import { rangeA1 } from "../sheet/a1";
import type { CellValue } from "../sheet/sheetSpec";
import { sheetSpecProblems } from "../sheet/sheetLimits";
import { summarizeScores } from "../scoring/scoreSummary";
import { measureWith, reportInputWith, scoresOf } from "../testing/builders";
import {
  buildImprovementPlanSheet,
  NO_MEASURE,
  NO_NAMED_MEASURE,
  PLAN_SHEET,
  TRACKING_DRAFT,
  UNLINKED_HEADING,
} from "./improvementPlan";

// ITA 2565: indicator 4 (IIT) 84.20 below 85, 8 (EIT) 88.00 below 90, 9 (OIT) 75.40; the rest 95 and up.
const SCORES = scoresOf({ 2565: [9800, 9700, 9600, 8420, 9680, 9700, 9600, 8800, 7540, 9500] });

function input(measures: readonly Measure[], changes: Partial<ReportInput> = {}): ReportInput {
  return reportInputWith({
    fiscalYearBE: 2566,
    round: "six-month",
    scores: SCORES,
    measures,
    ...changes,
  });
}

const m = (indicator: IndicatorNumber | null, title: string, changes: Partial<Measure> = {}) =>
  measureWith({ indicator, title, methods: `วิธีการ ${title}`, unit: "สำนักปลัด", ...changes });

function plan(i: ReportInput): readonly (readonly CellValue[])[] {
  const sheet = buildImprovementPlanSheet(i, summarizeScores(i))!;
  expect(sheet.name).toBe(PLAN_SHEET);
  expect(sheetSpecProblems(sheet)).toEqual([]);
  return sheet.rows;
}

/** The first cell of every row after the header, banners and measure rows alike. */
const firsts = (rows: readonly (readonly CellValue[])[]) => rows.slice(3).map((r) => r[0] ?? null);

describe("the improvement plan by instrument (seed 004)", () => {
  it("puts every measure under its instrument: weak indicators first with their score, the others after", () => {
    const rows = plan(
      input([
        m(5, "ป้องกันผลประโยชน์ทับซ้อน"),
        m(4, "คู่มือการยืมทรัพย์สิน"),
        m(9, "ปรับปรุงเว็บไซต์"),
        m(1, "คู่มือการปฏิบัติงาน"),
      ]),
    );
    expect(firsts(rows).filter((c) => typeof c === "string" && /^(แบบ|ตัวชี้วัดที่)/.test(c))).toEqual([
      "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT): 94.40 คะแนน",
      "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ: 84.20 คะแนน (ต่ำกว่าเกณฑ์ 85)",
      "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่: 98.00 คะแนน (จุดแข็ง)",
      "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต: 96.80 คะแนน (จุดแข็ง)",
      "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT): 93.67 คะแนน",
      "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน: 88.00 คะแนน (จุดที่ต้องพัฒนา)",
      "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT): 85.20 คะแนน",
      "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล: 75.40 คะแนน (ต่ำกว่าเกณฑ์ 85)",
    ]);
    const titles = rows.map((r) => r[2]);
    for (const t of ["ป้องกันผลประโยชน์ทับซ้อน", "คู่มือการยืมทรัพย์สิน", "ปรับปรุงเว็บไซต์", "คู่มือการปฏิบัติงาน"])
      expect(titles.filter((c) => c === t)).toHaveLength(1);
  });

  it("shows a weak indicator without a measure as such, never leaves it out", () => {
    const rows = plan(input([m(9, "ปรับปรุงเว็บไซต์")]));
    const i = firsts(rows).indexOf("ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน: 88.00 คะแนน (จุดที่ต้องพัฒนา)");
    expect(rows[i + 4]!.slice(0, 2)).toEqual(["การปรับปรุงระบบการทำงาน", NO_MEASURE]);
  });

  it("says no measure names the indicator, never that none is planned, where some measures name no indicator", () => {
    const rows = plan(input([m(9, "ปรับปรุงเว็บไซต์"), m(null, "อบรมคุณธรรม")]));
    const i = firsts(rows).indexOf("ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน: 88.00 คะแนน (จุดที่ต้องพัฒนา)");
    expect(rows[i + 4]!.slice(0, 2)).toEqual(["การปรับปรุงระบบการทำงาน", NO_NAMED_MEASURE]);
    expect(rows.flat()).not.toContain(NO_MEASURE);
  });

  it.each<[string, Measure[], string]>([
    [
      "every measure names its indicator",
      [m(1, "คู่มือการปฏิบัติงาน")],
      "ไม่มีคะแนนรายตัวชี้วัดและยังไม่กำหนดมาตรการในแบบวัดนี้",
    ],
    [
      "a measure names none",
      [m(null, "อบรมคุณธรรม")],
      "ไม่มีคะแนนรายตัวชี้วัดและไม่มีมาตรการที่ระบุตัวชี้วัดของแบบวัดนี้",
    ],
  ])(
    "says an instrument without indicator scores has no measure only as far as the data shows: %s",
    (_what, measures, banner) => {
      // OIT (indicators 9 and 10) published as a total only.
      const scores = new Map([[2565, new Map([...SCORES.get(2565)!].filter(([n]) => n < 9))]]);
      const rows = plan(
        input(measures, {
          scores,
          officialTotals: new Map([[2565, { overall: 9000, OIT: 8520 }]]),
        }),
      );
      const oit = firsts(rows).findIndex((c) => typeof c === "string" && c.includes("(OIT)"));
      expect(oit).toBeGreaterThan(0);
      expect(firsts(rows)[oit + 1]).toBe(banner);
    },
  );

  it("prints the no-measure row in the body's black, never in a warning colour or bold", () => {
    const sheet = buildImprovementPlanSheet(
      input([m(9, "ปรับปรุงเว็บไซต์")]),
      summarizeScores(input([m(9, "ปรับปรุงเว็บไซต์")])),
    )!;
    const row = sheet.rows.findIndex((r) => r[1] === NO_MEASURE) + 1;
    expect(row).toBeGreaterThan(0);
    const loud = sheet.styles.filter((s) => {
      return (
        s.range.firstRow <= row &&
        row <= s.range.lastRow &&
        (s.style.font?.color !== undefined || s.style.font?.bold === true)
      );
    });
    expect(loud.map((s) => `${rangeA1(s.range)} ${JSON.stringify(s.style.font)}`)).toEqual([]);
  });

  it("prints weakness, approach and tracking as typed, and drafts them only where empty", () => {
    const typed = m(5, "ป้องกันผลประโยชน์ทับซ้อน", {
      weakness: "การส่งเสริมความโปร่งใส",
      approach: "1. จัดทำคู่มือเรื่องร้องเรียน\n2. กำหนดผู้รับผิดชอบ",
      tracking: "รายงานในการประชุมหัวหน้าส่วนราชการ",
    });
    const rows = plan(input([typed, m(4, "คู่มือการยืมทรัพย์สิน")]));
    const row = (title: string) => rows.find((r) => r[2] === title)!.slice(0, 5);
    expect(row("ป้องกันผลประโยชน์ทับซ้อน")).toEqual([
      "การส่งเสริมความโปร่งใส",
      "1. จัดทำคู่มือเรื่องร้องเรียน\n2. กำหนดผู้รับผิดชอบ",
      "ป้องกันผลประโยชน์ทับซ้อน",
      "สำนักปลัด",
      "รายงานในการประชุมหัวหน้าส่วนราชการ",
    ]);
    expect(row("คู่มือการยืมทรัพย์สิน")).toEqual([
      "การใช้ทรัพย์สินของราชการ",
      "วิธีการ คู่มือการยืมทรัพย์สิน",
      "คู่มือการยืมทรัพย์สิน",
      "สำนักปลัด",
      TRACKING_DRAFT,
    ]);
  });

  it("leaves a weakness or approach cell blank where the user typed a dash alone, as a tracking cell, sharing no blank weakness", () => {
    const rows = plan(
      input([
        m(5, "ก", { weakness: "-", approach: " — " }),
        m(5, "ข", { weakness: "–" }),
        m(5, "ค", { approach: "-" }),
      ]),
    );
    const row = (title: string) => rows.find((r) => r[2] === title)!.slice(0, 2);
    expect(row("ก")).toEqual(["", ""]);
    expect(row("ข")).toEqual(["", "วิธีการ ข"]); // its own blank cell, not merged under ก's
    // Only the dashed cell is blank: ค's weakness is still the indicator's name.
    expect(row("ค")[1]).toBe("");
    expect(row("ค")[0]).toMatch(/\S/);
  });

  it("writes a weakness once over the measures that share it", () => {
    const shared = { weakness: "การเปิดเผยข้อมูลบนเว็บไซต์หลัก" };
    const i = input([m(9, "ก", shared), m(9, "ข", shared), m(9, "ค")]);
    const sheet = buildImprovementPlanSheet(i, summarizeScores(i))!;
    const first = sheet.rows.findIndex((r) => r[2] === "ก") + 1;
    expect(sheet.rows[first]![0]).toBeNull();
    expect(sheet.merges.map(rangeA1)).toContain(`A${first}:A${first + 1}`);
    expect(sheet.rows[first + 1]![0]).toBe("การเปิดเผยข้อมูล");
  });

  it("gives measures without an indicator or weakness a row each, so their group may break between them (seed 001)", () => {
    const i = input([m(null, "ก"), m(null, "ข"), m(null, "ค")]);
    const sheet = buildImprovementPlanSheet(i, summarizeScores(i))!;
    const first = sheet.rows.findIndex((r) => r[2] === "ก") + 1;
    expect(sheet.merges.map(rangeA1).filter((a1) => a1.startsWith(`A${first}:`))).toEqual([]);
    const heading = first - 1;
    expect(sheet.rows[heading - 1]![0]).toBe(UNLINKED_HEADING);
    // The heading goes with its first measure only: no block holds the measures after it.
    expect((sheet.keep ?? []).filter((k) => k.last > first)).toEqual([]);
    expect(sheet.keep).toContainEqual({ first: heading, last: first, kind: "heading" });
  });

  it("ticks each status in its own column, อยู่ระหว่างดำเนินการ included", () => {
    const rows = plan(
      input([
        m(9, "ก", { status: "ดำเนินการแล้ว" }),
        m(9, "ข", { status: "อยู่ระหว่างดำเนินการ" }),
        m(9, "ค", { status: "ยังไม่ดำเนินการ" }),
        m(9, "ง"),
      ]),
    );
    expect(rows[2]!.slice(5)).toEqual(["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"]);
    const ticks = (title: string) => rows.find((r) => r[2] === title)!.slice(5);
    expect(ticks("ก")).toEqual(["√", null, null]);
    expect(ticks("ข")).toEqual([null, "√", null]);
    expect(ticks("ค")).toEqual([null, null, "√"]);
    expect(ticks("ง")).toEqual([null, null, null]);
  });

  it("lists measures without an indicator last, under their own heading", () => {
    const rows = plan(
      input([m(null, "ไม่มีตัวชี้วัด", { weakness: "จุดอ่อนที่พิมพ์เอง" }), m(9, "ปรับปรุงเว็บไซต์")]),
    );
    const cells = firsts(rows);
    expect(cells.indexOf(UNLINKED_HEADING)).toBeGreaterThan(
      cells.indexOf("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล: 75.40 คะแนน (ต่ำกว่าเกณฑ์ 85)"),
    );
    expect(rows.at(-1)!.slice(0, 3)).toEqual(["จุดอ่อนที่พิมพ์เอง", "วิธีการ ไม่มีตัวชี้วัด", "ไม่มีตัวชี้วัด"]);
  });

  it("numbers the measures in print order only when the product numbers them", () => {
    const layout = { ...DEFAULT_LAYOUT, numbering: "auto" as const };
    const rows = plan(input([m(9, "ก"), m(4, "ข")], { layout }));
    expect(rows.map((r) => r[2]).filter((c) => typeof c === "string" && /^\d\. /.test(c))).toEqual([
      "1. ข",
      "2. ก",
    ]);
  });

  it("is null without a complete year of scores", () => {
    const i = input([m(9, "ก")], { scores: new Map() });
    expect(buildImprovementPlanSheet(i, summarizeScores(i))).toBeNull();
  });
});

describe("the four-column plan (seed 002)", () => {
  const layout = { ...DEFAULT_LAYOUT, plan: "measures-table" as const };

  it("lists every measure in row order: มาตรการ | ขั้นตอนหรือวิธีการ | ผู้รับผิดชอบ | การกำกับติดตาม, without needing scores", () => {
    const i = input(
      [
        m(10, "ผู้บริหารต่อต้านการทุจริต", { tracking: "รายงานความก้าวหน้ารายไตรมาส" }),
        m(null, "แต่งตั้งผู้ตรวจสอบภายใน"),
        m(4, "คู่มือการยืมทรัพย์สิน"),
      ],
      {
        layout,
        scores: new Map(),
      },
    );
    const rows = plan(i);
    expect(rows[2]).toEqual(["มาตรการ", "ขั้นตอนหรือวิธีการ", "ผู้รับผิดชอบ", "การกำกับติดตาม"]);
    expect(rows.slice(3)).toEqual([
      ["ผู้บริหารต่อต้านการทุจริต", "วิธีการ ผู้บริหารต่อต้านการทุจริต", "สำนักปลัด", "รายงานความก้าวหน้ารายไตรมาส"],
      ["แต่งตั้งผู้ตรวจสอบภายใน", "วิธีการ แต่งตั้งผู้ตรวจสอบภายใน", "สำนักปลัด", TRACKING_DRAFT],
      ["คู่มือการยืมทรัพย์สิน", "วิธีการ คู่มือการยืมทรัพย์สิน", "สำนักปลัด", TRACKING_DRAFT],
    ]);
  });

  it("leaves a tracking cell blank where the user typed a dash alone (seed 002's rows 2–5), drafting only an empty one", () => {
    const i = input(
      [
        m(10, "ผู้บริหารต่อต้านการทุจริต", { tracking: "-" }),
        m(4, "คู่มือการยืมทรัพย์สิน", { tracking: " – " }),
        m(4, "ประกาศเจตจำนง"),
      ],
      { layout, scores: new Map() },
    );
    expect(
      plan(i)
        .slice(3)
        .map((r) => r[3] ?? null),
    ).toEqual(["", "", TRACKING_DRAFT]);
  });

  it("is null without measures", () => {
    const i = input([], { layout });
    expect(buildImprovementPlanSheet(i, summarizeScores(i))).toBeNull();
  });
});
