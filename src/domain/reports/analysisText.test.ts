import fc from "fast-check";
import type { InstrumentCode } from "../framework/indicators";
import { parseInputJson } from "../input/parseInputJson";
import { summarizeScores, type ScoreSummary } from "../scoring/scoreSummary";
import type { Thresholds } from "../scoring/standing";
import { frameworkFor } from "../framework/frameworkSet";
import { instrumentLabel } from "../framework/frameworkText";
import { analyse, analysisSentences, type Analysis } from "./analysisText";
// JSON imports, not node:fs, which the lint boundary keeps out of domain/ (tests included).
import seed001 from "../../../tests/fixtures/seed001.json";
import { reportInputWith, scoresOf } from "../testing/builders";

const ORG = "เทศบาลตำบลตัวอย่าง";

/** The summary of some years' ten indicator scores (in hundredths, indicator 1 first). */
function summaryOf(years: Record<number, readonly number[]>): ScoreSummary {
  return summarizeScores(reportInputWith({ scores: scoresOf(years) }));
}

const ten = (score: number) => Array.from({ length: 10 }, () => score);

function analysisOf(years: Record<number, readonly number[]>, thresholds?: Thresholds): Analysis {
  const a = thresholds ? analyse(summaryOf(years), thresholds) : analyse(summaryOf(years));
  if (!a) throw new Error("no complete year");
  return a;
}

const numbers = (list: readonly { number: number }[]) => list.map((i) => i.number);
const mentioned = (sentence: string) =>
  [...sentence.matchAll(/ตัวชี้วัดที่ (\d+)/g)].map((m) => Number(m[1]));

const SEED001 = (() => {
  const { input } = parseInputJson(JSON.stringify(seed001));
  return summarizeScores(input!);
})();

describe("analyse", () => {
  it.each<[string, Record<number, readonly number[]>]>([
    ["no years", {}],
    ["a year with a score missing", { 2567: ten(9000).slice(0, 9) }],
    ["a year without an ITA framework", { 2561: ten(9000) }],
  ])("is null with %s", (_what, years) => {
    expect(analyse(summaryOf(years))).toBeNull();
  });

  it("analyses seed 001's latest year against the one before", () => {
    const a = analyse(SEED001)!;
    expect(a.year.fiscalYearBE).toBe(2567);
    expect(a.previous!.fiscalYearBE).toBe(2566);
    expect(numbers(a.strengths)).toEqual([1, 5, 10, 7, 4, 6, 3, 2]);
    expect(numbers(a.toDevelop)).toEqual([9, 8]);
    expect(numbers(a.belowPass)).toEqual([8]);
    expect(a.lowest).toMatchObject({ number: 8, score: 8172, rank: 10, standing: "below-pass" });
    expect(a.ranked.map((r) => [r.number, r.rank])).toEqual([
      [1, 1],
      [5, 1],
      [10, 1], // three at 100.00 share the top rank
      [7, 4],
      [4, 5],
      [6, 6],
      [3, 7],
      [2, 8],
      [9, 9],
      [8, 10],
    ]);
  });

  it("has no previous year with one year of scores", () => {
    expect(analysisOf({ 2567: ten(9000) }).previous).toBeNull();
  });

  it("takes the last two complete years, skipping an incomplete one", () => {
    const a = analysisOf({ 2565: ten(8000), 2566: ten(9000).slice(0, 5), 2567: ten(9500) });
    expect([a.previous!.fiscalYearBE, a.year.fiscalYearBE]).toEqual([2565, 2567]);
  });

  describe("ranks", () => {
    it.each<[string, number[], [number, number][]]>([
      [
        "all equal: everyone first, in indicator order",
        ten(9000),
        [
          [1, 1],
          [2, 1],
          [3, 1],
          [4, 1],
          [5, 1],
          [6, 1],
          [7, 1],
          [8, 1],
          [9, 1],
          [10, 1],
        ],
      ],
      [
        "ties share a rank and the next rank skips",
        [9000, 9500, 9500, 8000, 9500, 8000, 7000, 9900, 8000, 7000],
        [
          [8, 1],
          [2, 2],
          [3, 2],
          [5, 2],
          [1, 5],
          [4, 6],
          [6, 6],
          [9, 6],
          [7, 9],
          [10, 9],
        ],
      ],
      [
        "all different",
        [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000],
        [
          [10, 1],
          [9, 2],
          [8, 3],
          [7, 4],
          [6, 5],
          [5, 6],
          [4, 7],
          [3, 8],
          [2, 9],
          [1, 10],
        ],
      ],
      [
        "hundredths apart are not tied",
        [9001, 9000, 9000, 9000, 9000, 9000, 9000, 9000, 9000, 8999],
        [
          [1, 1],
          [2, 2],
          [3, 2],
          [4, 2],
          [5, 2],
          [6, 2],
          [7, 2],
          [8, 2],
          [9, 2],
          [10, 10],
        ],
      ],
    ])("%s", (_what, scores, expected) => {
      expect(analysisOf({ 2567: scores }).ranked.map((r) => [r.number, r.rank])).toEqual(expected);
    });

    it("takes the last of the tied lowest as the lowest", () => {
      const a = analysisOf({ 2567: [7000, 9000, 9000, 9000, 9000, 9000, 9000, 9000, 9000, 7000] });
      expect(a.lowest).toMatchObject({ number: 10, score: 7000, rank: 9 });
    });
  });

  describe("standings at the default bars (90 strength, 85 pass)", () => {
    it.each<[number, "strength" | "to-develop" | "below-pass"]>([
      [10_000, "strength"],
      [9000, "strength"], // the strength bar itself
      [8999, "to-develop"],
      [8500, "to-develop"], // the pass mark itself passes
      [8499, "below-pass"],
      [0, "below-pass"],
    ])("indicator 8 at %d → %s", (score, standing) => {
      const scores = ten(9500);
      scores[7] = score;
      const a = analysisOf({ 2567: scores });
      expect(a.ranked.find((r) => r.number === 8)!.standing).toBe(standing);
      expect(numbers(a.strengths).includes(8)).toBe(standing === "strength");
      expect(numbers(a.toDevelop).includes(8)).toBe(standing !== "strength");
      expect(numbers(a.belowPass).includes(8)).toBe(standing === "below-pass");
    });
  });

  it("uses the thresholds it is given", () => {
    const thresholds: Thresholds = { strength: 9500, pass: 9000 };
    const a = analysisOf(
      { 2567: [9500, 9499, 9000, 8999, 9600, 9600, 9600, 9600, 9600, 9600] },
      thresholds,
    );
    expect(a.thresholds).toBe(thresholds);
    expect(numbers(a.strengths)).toEqual([5, 6, 7, 8, 9, 10, 1]);
    expect(numbers(a.toDevelop)).toEqual([2, 3, 4]);
    expect(numbers(a.belowPass)).toEqual([4]);
  });
});

describe("analysisSentences", () => {
  it("writes seed 001 2567 from its figures", () => {
    const s = analysisSentences(analyse(SEED001)!, ORG);
    expect(s.overall).toBe(
      `${ORG}ได้คะแนนผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 รวม 95.42 คะแนน อยู่ในระดับ “ผ่านดี” ` +
        `เทียบกับปี 2566 ที่ได้ 98.67 คะแนน (ระดับ “ผ่านดีเยี่ยม”) คะแนนลดลง 3.25 คะแนน`,
    );
    expect(s.passCount).toBe(
      "ผ่านเกณฑ์ 85 คะแนน 9 จาก 10 ตัวชี้วัด ต่ำกว่าเกณฑ์ 1 ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (81.72)",
    );
    expect(s.toDevelop).toBe(
      "จุดที่ต้องพัฒนา (คะแนนต่ำกว่า 90) จำนวน 2 ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (87.14) ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (81.72)",
    );
    expect(
      s.strengths.startsWith(
        "จุดแข็ง (คะแนนตั้งแต่ 90 ขึ้นไป) จำนวน 8 ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (100.00) ",
      ),
    ).toBe(true);
    expect(mentioned(s.strengths)).toEqual([1, 5, 10, 7, 4, 6, 3, 2]);
    expect(s.lowest).toBe("ตัวชี้วัดที่ได้คะแนนต่ำที่สุด คือ ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้ 81.72 คะแนน");
    const INSTRUMENT_NAMES = Object.fromEntries(
      ["IIT", "EIT", "OIT"].map((c) => [c, instrumentLabel(frameworkFor(2567)!, c)]),
    );
    expect(s.instruments).toEqual({
      IIT: `${INSTRUMENT_NAMES.IIT} ได้ 99.57 คะแนน ผ่านเกณฑ์ 85 คะแนน ทุกตัวชี้วัดของแบบวัดนี้เป็นจุดแข็ง`,
      EIT: `${INSTRUMENT_NAMES.EIT} ได้ 93.74 คะแนน ผ่านเกณฑ์ 85 คะแนน จุดที่ต้องพัฒนา 1 ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (81.72)`,
      OIT: `${INSTRUMENT_NAMES.OIT} ได้ 93.57 คะแนน ผ่านเกณฑ์ 85 คะแนน จุดที่ต้องพัฒนา 1 ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (87.14)`,
    });
  });

  describe("the overall sentence", () => {
    it("has no comparison with a single year", () => {
      const s = analysisSentences(analysisOf({ 2567: ten(9000) }), ORG);
      expect(s.overall).toBe(
        `${ORG}ได้คะแนนผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 รวม 90.00 คะแนน อยู่ในระดับ “ผ่านดี”`,
      );
      expect(s.overall).not.toContain("เทียบกับปี");
    });

    it.each<[string, number, number, string]>([
      ["up", 8000, 9000, "คะแนนเพิ่มขึ้น 10.00 คะแนน"],
      ["down", 9000, 8975, "คะแนนลดลง 0.25 คะแนน"],
      ["the same", 9000, 9000, "คะแนนเท่าเดิม"],
    ])("words a change %s", (_what, before, after, wording) => {
      const s = analysisSentences(analysisOf({ 2566: ten(before), 2567: ten(after) }), ORG);
      expect(s.overall).toContain(`เทียบกับปี 2566 ที่ได้ `);
      expect(s.overall.endsWith(wording)).toBe(true);
    });

    it("names both years' levels", () => {
      const s = analysisSentences(analysisOf({ 2565: ten(9600), 2566: ten(8000) }), ORG);
      expect(s.overall).toContain("อยู่ในระดับ “ต้องปรับปรุง” เทียบกับปี 2565 ที่ได้ 96.00 คะแนน (ระดับ “AA”)");
    });
  });

  describe("when every indicator is at least 90", () => {
    const s = analysisSentences(
      analysisOf({ 2567: [9000, 9100, 9200, 9300, 9400, 9500, 9600, 9700, 9800, 9900] }),
      ORG,
    );

    it.each<[keyof typeof s, string]>([
      ["toDevelop", "ไม่มีตัวชี้วัดที่ได้คะแนนต่ำกว่า 90"],
      ["passCount", "ผ่านเกณฑ์ 85 คะแนน 10 จาก 10 ตัวชี้วัด"],
    ])("%s says %j", (key, text) => {
      expect(s[key]).toBe(text);
    });

    it("counts ten strengths", () => {
      expect(s.strengths).toContain("จำนวน 10 ตัวชี้วัด");
      expect(mentioned(s.strengths)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    });

    it.each<InstrumentCode>(["IIT", "EIT", "OIT"])(
      "calls every %s indicator a strength",
      (code) => {
        expect(s.instruments[code]!.endsWith("ทุกตัวชี้วัดของแบบวัดนี้เป็นจุดแข็ง")).toBe(true);
      },
    );
  });

  describe("when no indicator reaches 90", () => {
    const s = analysisSentences(
      analysisOf({ 2567: [8900, 8800, 8700, 8600, 8500, 8400, 8300, 8200, 8100, 8000] }),
      ORG,
    );

    it("says there is no strength yet", () => {
      expect(s.strengths).toBe("ยังไม่มีตัวชี้วัดที่ได้คะแนนตั้งแต่ 90 ขึ้นไป");
    });

    it("lists all ten to develop, highest first", () => {
      expect(s.toDevelop).toContain("จำนวน 10 ตัวชี้วัด");
      expect(mentioned(s.toDevelop)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it("counts those below 85", () => {
      expect(s.passCount).toBe(
        "ผ่านเกณฑ์ 85 คะแนน 5 จาก 10 ตัวชี้วัด ต่ำกว่าเกณฑ์ 5 ตัวชี้วัด ได้แก่ " +
          "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน (84.00) ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (83.00) " +
          "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (82.00) ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (81.00) ตัวชี้วัดที่ 10 การป้องกันการทุจริต (80.00)",
      );
    });

    it("says which instrument is below 85", () => {
      expect(s.instruments.IIT).toContain("ได้ 87.00 คะแนน ผ่านเกณฑ์ 85 คะแนน");
      expect(s.instruments.EIT).toContain("ได้ 83.00 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน");
      expect(s.instruments.OIT).toContain("ได้ 80.50 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน");
    });
  });

  it("writes the bars it was given", () => {
    const a = analysisOf({ 2567: ten(9200) }, { strength: 9500, pass: 9050 });
    const s = analysisSentences(a, ORG);
    expect(s.strengths).toBe("ยังไม่มีตัวชี้วัดที่ได้คะแนนตั้งแต่ 95 ขึ้นไป");
    expect(s.toDevelop.startsWith("จุดที่ต้องพัฒนา (คะแนนต่ำกว่า 95) จำนวน 10 ตัวชี้วัด")).toBe(true);
    expect(s.passCount).toBe("ผ่านเกณฑ์ 90.50 คะแนน 10 จาก 10 ตัวชี้วัด");
  });

  it("uses Arabic digits whatever the report's digit style", () => {
    const s = analysisSentences(analysisOf({ 2567: ten(9000) }), ORG);
    for (const sentence of [
      s.overall,
      s.passCount,
      s.strengths,
      s.toDevelop,
      s.lowest,
      ...Object.values(s.instruments),
    ])
      expect(sentence).not.toMatch(/[๐-๙]/);
  });

  describe("properties", () => {
    const score = fc.integer({ min: 0, max: 10_000 });
    const year = fc.array(score, { minLength: 10, maxLength: 10 });
    // Scores bunched near the bars, so that ties and boundary values come up often.
    const nearBars = fc.array(fc.constantFrom(8499, 8500, 8501, 8999, 9000, 9001, 10_000, 0), {
      minLength: 10,
      maxLength: 10,
    });
    const years = fc.oneof(
      year.map((y) => ({ 2567: y })),
      fc.tuple(year, year).map(([a, b]) => ({ 2566: a, 2567: b })),
      nearBars.map((y) => ({ 2567: y })),
      fc.tuple(nearBars, nearBars).map(([a, b]) => ({ 2566: a, 2567: b })),
    );

    it("ranks: highest first, rank = 1 + how many score higher", () => {
      fc.assert(
        fc.property(years, (ys) => {
          const a = analysisOf(ys);
          const scores = a.ranked.map((r) => r.score);
          expect([...scores].sort((x, y) => y - x)).toEqual(scores);
          for (const r of a.ranked)
            expect(r.rank).toBe(1 + scores.filter((s) => s > r.score).length);
          expect(a.lowest!.score).toBe(Math.min(...scores));
        }),
      );
    });

    it("the groups split the ten indicators", () => {
      fc.assert(
        fc.property(years, (ys) => {
          const a = analysisOf(ys);
          expect(a.strengths.length + a.toDevelop.length).toBe(10);
          for (const b of a.belowPass) expect(numbers(a.toDevelop)).toContain(b.number);
          expect(a.strengths.every((r) => r.score >= 9000)).toBe(true);
          expect(a.toDevelop.every((r) => r.score < 9000)).toBe(true);
          expect(a.belowPass).toHaveLength(a.ranked.filter((r) => r.score < 8500).length);
        }),
      );
    });

    it("every count in a sentence equals the length of the list it names", () => {
      fc.assert(
        fc.property(years, (ys) => {
          const a = analysisOf(ys);
          const s = analysisSentences(a, ORG);

          if (a.strengths.length === 0) expect(s.strengths.startsWith("ยังไม่มี")).toBe(true);
          else expect(s.strengths).toContain(`จำนวน ${a.strengths.length} ตัวชี้วัด`);
          expect(mentioned(s.strengths)).toEqual(numbers(a.strengths));

          if (a.toDevelop.length === 0) expect(s.toDevelop.startsWith("ไม่มีตัวชี้วัด")).toBe(true);
          else expect(s.toDevelop).toContain(`จำนวน ${a.toDevelop.length} ตัวชี้วัด`);
          expect(mentioned(s.toDevelop)).toEqual(numbers(a.toDevelop));

          expect(s.passCount).toContain(`ผ่านเกณฑ์ 85 คะแนน ${10 - a.belowPass.length} จาก 10 ตัวชี้วัด`);
          expect(s.passCount.includes("ต่ำกว่าเกณฑ์")).toBe(a.belowPass.length > 0);
          if (a.belowPass.length)
            expect(s.passCount).toContain(`ต่ำกว่าเกณฑ์ ${a.belowPass.length} ตัวชี้วัด`);
          expect(mentioned(s.passCount)).toEqual(numbers(a.belowPass));

          let weak = 0;
          for (const inst of a.year.instruments) {
            const own = a.toDevelop.filter((r) => r.instrument === inst.code);
            const sentence = s.instruments[inst.code]!;
            expect(mentioned(sentence)).toEqual(numbers(own));
            if (own.length) expect(sentence).toContain(`จุดที่ต้องพัฒนา ${own.length} ตัวชี้วัด`);
            else expect(sentence.endsWith("ทุกตัวชี้วัดของแบบวัดนี้เป็นจุดแข็ง")).toBe(true);
            expect(sentence).toContain(
              inst.score >= 8500 ? "ผ่านเกณฑ์ 85 คะแนน" : "ต่ำกว่าเกณฑ์ 85 คะแนน",
            );
            weak += own.length;
          }
          expect(weak).toBe(a.toDevelop.length);

          expect(mentioned(s.lowest)).toEqual([a.lowest!.number]);
          expect(s.overall.includes("เทียบกับปี")).toBe(a.previous !== null);
        }),
        { numRuns: 300 },
      );
    });
  });
});
