import fc from "fast-check";
import type { IndicatorNumber } from "../framework/indicators";
import { parseInputJson } from "../input/parseInputJson";
import type { ReportInput } from "../model/reportInput";
import { summarizeScores } from "../scoring/scoreSummary";
import { outcomeNarrative } from "./outcomeNarrative";
// JSON imports, not node:fs, which the lint boundary keeps out of domain/ (tests included).
import seed001 from "../../../tests/fixtures/seed001.json";
import { reportInputWith, scoresOf } from "../testing/builders";

function inputOf(years: Record<number, readonly number[]>): ReportInput {
  return reportInputWith({ fiscalYearBE: 2567, digitStyle: "thai", scores: scoresOf(years) });
}

const narrativeOf = (years: Record<number, readonly number[]>) => {
  const input = inputOf(years);
  return outcomeNarrative(input, summarizeScores(input));
};

const ten = (score: number) => Array.from({ length: 10 }, () => score);
const withIndicator = (score: number, n: IndicatorNumber, value: number) =>
  ten(score).map((s, i) => (i + 1 === n ? value : s));

const ALL_PASSED = "ทุกตัวชี้วัดทั้ง 10 ตัวชี้วัดได้คะแนนผ่านเกณฑ์ 85 คะแนน";

describe("outcomeNarrative", () => {
  it.each<[string, Record<number, readonly number[]>]>([
    ["no scores", {}],
    ["only an incomplete year", { 2567: ten(9000).slice(0, 9) }],
  ])("is null with %s", (_what, years) => {
    expect(narrativeOf(years)).toBeNull();
  });

  it("tells seed 001's year as it was: indicator 8 did not pass", () => {
    const { input } = parseInputJson(JSON.stringify(seed001));
    const text = outcomeNarrative(input!, summarizeScores(input!));
    expect(text).toBe(
      "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของเทศบาลตำบลตัวอย่างหนึ่ง ประจำปีงบประมาณ พ.ศ. 2567 " +
        "ได้คะแนนรวม 95.42 คะแนน จากคะแนนเต็ม 100 คะแนน อยู่ในระดับ “ผ่านดี” " +
        "ลดลง 3.25 คะแนน จากปีงบประมาณ พ.ศ. 2566 (98.67 คะแนน) ระดับเปลี่ยนจาก “ผ่านดีเยี่ยม” เป็น “ผ่านดี” " +
        "ผ่านเกณฑ์ 85 คะแนน 9 จาก 10 ตัวชี้วัด ตัวชี้วัดที่ยังต่ำกว่าเกณฑ์ ได้แก่ ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (81.72 คะแนน) " +
        "ซึ่งต้องกำหนดมาตรการปรับปรุงในปีถัดไป รายละเอียดตามตารางเปรียบเทียบคะแนน",
    );
    expect(text).not.toContain("ทุกตัวชี้วัด");
  });

  describe("the pass mark", () => {
    it.each<[string, number[], string]>([
      ["every indicator at 85 or more", ten(9000), ALL_PASSED],
      ["85.00 exactly passes", withIndicator(9000, 8, 8500), ALL_PASSED],
      [
        "84.99 does not",
        withIndicator(9000, 8, 8499),
        "ผ่านเกณฑ์ 85 คะแนน 9 จาก 10 ตัวชี้วัด ตัวชี้วัดที่ยังต่ำกว่าเกณฑ์ ได้แก่ ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (84.99 คะแนน)",
      ],
      [
        "three below, joined with และ, in indicator order",
        [9000, 9000, 9000, 9000, 9000, 9000, 9000, 9000, 7000, 8000].map((s, i) =>
          i === 1 ? 8400 : s,
        ),
        "ผ่านเกณฑ์ 85 คะแนน 7 จาก 10 ตัวชี้วัด ตัวชี้วัดที่ยังต่ำกว่าเกณฑ์ ได้แก่ ตัวชี้วัดที่ 2 การใช้งบประมาณ (84.00 คะแนน) และ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (70.00 คะแนน) และ ตัวชี้วัดที่ 10 การป้องกันการทุจริต (80.00 คะแนน)",
      ],
      ["none passed", ten(5000), "ผ่านเกณฑ์ 85 คะแนน 0 จาก 10 ตัวชี้วัด"],
    ])("%s", (_what, scores, wording) => {
      const text = narrativeOf({ 2567: scores })!;
      expect(text).toContain(wording);
      expect(text.includes(ALL_PASSED)).toBe(wording === ALL_PASSED);
    });
  });

  describe("the change from the year before", () => {
    it("says that the previous year is missing with a single year", () => {
      const text = narrativeOf({ 2567: ten(9000) })!;
      expect(text).toContain("(ยังไม่มีผลคะแนนปีงบประมาณ พ.ศ. 2566 ให้เปรียบเทียบ)");
      expect(text).not.toContain("จากปีงบประมาณ");
      expect(text).not.toContain("ระดับคงเดิม");
      expect(text).not.toContain("ระดับเปลี่ยน");
    });

    it.each<[string, number, number, string]>([
      [
        "up, same level",
        9000,
        9100,
        "เพิ่มขึ้น 1.00 คะแนน จากปีงบประมาณ พ.ศ. 2566 (90.00 คะแนน) ระดับคงเดิม",
      ],
      [
        "down, same level",
        9000,
        8875,
        "ลดลง 1.25 คะแนน จากปีงบประมาณ พ.ศ. 2566 (90.00 คะแนน) ระดับคงเดิม",
      ],
      ["the same", 9000, 9000, "เท่ากับปีงบประมาณ พ.ศ. 2566 (90.00 คะแนน) ระดับคงเดิม"],
      [
        "up a level",
        9000,
        9600,
        "เพิ่มขึ้น 6.00 คะแนน จากปีงบประมาณ พ.ศ. 2566 (90.00 คะแนน) ระดับเปลี่ยนจาก “ผ่านดี” เป็น “ผ่านดีเยี่ยม”",
      ],
      [
        "down a level",
        9000,
        8000,
        "ลดลง 10.00 คะแนน จากปีงบประมาณ พ.ศ. 2566 (90.00 คะแนน) ระดับเปลี่ยนจาก “ผ่านดี” เป็น “ต้องปรับปรุง”",
      ],
    ])("%s", (_what, before, after, wording) => {
      expect(narrativeOf({ 2566: ten(before), 2567: ten(after) })).toContain(wording);
    });

    it("compares across the change of level scheme (AA–F to pass levels)", () => {
      expect(narrativeOf({ 2565: ten(9600), 2566: ten(9600) })).toContain(
        "เท่ากับปีงบประมาณ พ.ศ. 2565 (96.00 คะแนน) ระดับเปลี่ยนจาก “AA” เป็น “ผ่านดีเยี่ยม”",
      );
    });
  });

  it("names the organisation, the latest year and its level", () => {
    const text = narrativeOf({ 2566: ten(8000), 2567: ten(9000) })!;
    expect(
      text.startsWith(
        "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของเทศบาลตำบลตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567 ",
      ),
    ).toBe(true);
    expect(text).toContain("ได้คะแนนรวม 90.00 คะแนน จากคะแนนเต็ม 100 คะแนน อยู่ในระดับ “ผ่านดี”");
    expect(text.endsWith(" รายละเอียดตามตารางเปรียบเทียบคะแนน")).toBe(true);
  });

  it("writes Arabic digits; the sheet converts them", () => {
    expect(narrativeOf({ 2566: ten(8000), 2567: withIndicator(9000, 3, 8000) })).not.toMatch(
      /[๐-๙]/,
    );
  });

  it("never says every indicator passed when one is below 85, and always does otherwise", () => {
    const score = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(8499, 8500, 8501));
    const year = fc.array(score, { minLength: 10, maxLength: 10 });
    fc.assert(
      fc.property(year, fc.option(year, { nil: undefined }), (current, previous) => {
        const text = narrativeOf(previous ? { 2566: previous, 2567: current } : { 2567: current })!;
        const below = current.filter((s) => s < 8500).length;
        expect(text.includes("ทุกตัวชี้วัด")).toBe(below === 0);
        if (below > 0) {
          expect(text).toContain(`ผ่านเกณฑ์ 85 คะแนน ${10 - below} จาก 10 ตัวชี้วัด`);
          expect(text.split(" และ ตัวชี้วัดที่ ").length).toBe(below);
        }
        expect(text.includes("จากปีงบประมาณ") || text.includes("เท่ากับปีงบประมาณ")).toBe(
          previous !== undefined,
        );
      }),
      { numRuns: 300 },
    );
  });
});
