import fc from "fast-check";
import { frameworkFor } from "../framework/frameworkSet";
import type { IndicatorNumber } from "../framework/indicators";
import { parseInputJson } from "../input/parseInputJson";
import { BLANK_MEASURE, MEASURE_STATUSES, type Measure } from "../model/measure";
import { type ReportInput } from "../model/reportInput";
import { EMPTY_TEXTS, type ReportTexts } from "../model/reportTexts";
import { summarizeScores } from "../scoring/scoreSummary";
import { memoText } from "./memoText";
import { reportTextDrafts } from "./textDrafts";
// JSON imports, not node:fs, which the lint boundary keeps out of domain/ (tests included).
import seed001 from "../../../tests/fixtures/seed001.json";
import seed004 from "../../../tests/fixtures/seed004.json";
import { reportInputWith } from "../testing/builders";

const ten = (score: number) =>
  new Map(Array.from({ length: 10 }, (_, i) => [(i + 1) as IndicatorNumber, score]));

function measure(status: Measure["status"], indicator: IndicatorNumber = 1): Measure {
  return {
    ...BLANK_MEASURE,
    indicator,
    title: "ก",
    methods: "ข",
    unit: "ค",
    period: "ไตรมาส 1",
    result: "ง",
    status,
  };
}

function input(changes: Partial<ReportInput> = {}): ReportInput {
  return reportInputWith({
    organization: { name: "ตัวอย่าง", kind: "องค์การบริหารส่วนตำบล", district: "เมือง", province: "แพร่" },
    round: "six-month",
    digitStyle: "thai",
    scores: new Map([[2567, ten(9000)]]),
    measures: [measure("ดำเนินการแล้ว"), measure("อยู่ระหว่างดำเนินการ")],
    ...changes,
  });
}

const memoOf = (i: ReportInput) => memoText(i, summarizeScores(i));
const fromJson = (data: unknown) => parseInputJson(JSON.stringify(data)).input!;

const MEASURES_FACT = "ผลการดำเนินการตามมาตรการ";
// Fiscal year 2568 (the builders' default): the 2569 record's O26 covers it.
const O26 = "ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ O26 ";

describe("memoText", () => {
  describe("subject", () => {
    it.each<[ReportInput["round"], string]>([
      [
        "six-month",
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน",
      ],
      [
        "full-year",
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
      ],
    ])("%s → %s", (round, subject) => {
      expect(memoOf(input({ round })).subject).toBe(subject);
    });
  });

  describe("background", () => {
    it("cites the latest score and level, and counts the measures", () => {
      expect(memoOf(input()).background).toEqual([
        "ตามที่สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567 " +
          "องค์การบริหารส่วนตำบลตัวอย่างได้คะแนนรวม 90.00 คะแนน อยู่ในระดับ “ผ่านดี” และได้" +
          "นำผลการประเมินมาวิเคราะห์และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568 จำนวน 2 มาตรการ นั้น",
      ]);
    });

    it("leaves out the score without a complete year", () => {
      expect(memoOf(input({ scores: new Map() })).background).toEqual([
        "ตามที่องค์การบริหารส่วนตำบลตัวอย่างได้นำผลการประเมินมาวิเคราะห์และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน " +
          "ประจำปีงบประมาณ พ.ศ. 2568 จำนวน 2 มาตรการ นั้น",
      ]);
    });

    it("leaves out the count without measures", () => {
      const [background] = memoOf(input({ measures: [] })).background;
      expect(background).not.toContain("จำนวน");
      expect(background!.endsWith("ประจำปีงบประมาณ พ.ศ. 2568 นั้น")).toBe(true);
    });
  });

  describe("facts", () => {
    it.each<[string, Partial<ReportInput>, string[]]>([
      [
        "scores and measures: the OIT item, three instruments, the pass count, the measures",
        {},
        [O26, "(IIT)", "(EIT)", "(OIT)", "ผ่านเกณฑ์ 85 คะแนน", MEASURES_FACT],
      ],
      [
        "no measures: no measures fact",
        { measures: [] },
        [O26, "(IIT)", "(EIT)", "(OIT)", "ผ่านเกณฑ์ 85 คะแนน"],
      ],
      [
        "no complete year: the OIT item and the measures",
        { scores: new Map([[2567, new Map([[1 as IndicatorNumber, 9000]])]]) },
        [O26, MEASURES_FACT],
      ],
      ["neither: the OIT item alone", { scores: new Map(), measures: [] }, [O26]],
      [
        "a year no known record names an item for (2567): no OIT fact",
        { fiscalYearBE: 2567, scores: new Map([[2566, ten(9000)]]) },
        ["(IIT)", "(EIT)", "(OIT)", "ผ่านเกณฑ์ 85 คะแนน", MEASURES_FACT],
      ],
    ])("%s", (_what, changes, contents) => {
      const { facts } = memoOf(input(changes));
      expect(facts).toHaveLength(contents.length);
      contents.forEach((text, i) => {
        expect(facts[i]!.startsWith(`${i + 1}. `)).toBe(true);
        expect(facts[i]).toContain(text);
      });
      expect(
        facts.some((f) => /^\d+\. /.exec(f) && f.replace(/^\d+\. /, "").startsWith(MEASURES_FACT)),
      ).toBe(contents.includes(MEASURES_FACT));
    });

    it.each<[string, Measure["status"][], [number, number, number]]>([
      ["all done", ["ดำเนินการแล้ว", "ดำเนินการแล้ว"], [2, 0, 0]],
      ["one of each", ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"], [1, 1, 1]],
      ["none started", ["ยังไม่ดำเนินการ"], [0, 0, 1]],
      ["a status left blank is counted as not given", ["", "ดำเนินการแล้ว"], [1, 0, 0]],
    ])("counts the measures by status: %s", (_what, statuses, [done, ongoing, notStarted]) => {
      const { facts } = memoOf(input({ measures: statuses.map((s) => measure(s)) }));
      const blank = statuses.filter((s) => s === "").length;
      expect(facts.at(-1)).toBe(
        `6. ${MEASURES_FACT}รอบ 6 เดือน (1 ตุลาคม 2567 – 31 มีนาคม 2568) ดำเนินการแล้ว ${done} มาตรการ ` +
          `อยู่ระหว่างดำเนินการ ${ongoing} มาตรการ ยังไม่ดำเนินการ ${notStarted} มาตรการ` +
          (blank ? ` ยังไม่ระบุสถานะ ${blank} มาตรการ` : "") +
          " รายละเอียดตามรายงานที่แนบ",
      );
    });

    it("names the full-year round in the measures fact", () => {
      expect(memoOf(input({ round: "full-year" })).facts.at(-1)).toContain(
        "ตามมาตรการรอบ 12 เดือน (1 ตุลาคม 2567 – 30 กันยายน 2568)",
      );
    });

    it.each<[string, unknown, number]>([
      ["seed 001", seed001, 5],
      // Fiscal year 2566: O43 of ITA 2566 first; ITA 2565 is only its published overall score,
      // so no instrument or pass-count facts are drafted (the user's findings say them).
      ["seed 004", seed004, 2],
    ])("numbers %s's drafted facts 1 to %d", (_seed, data, count) => {
      const { facts } = memoOf(fromJson({ ...(data as object), texts: {} }));
      expect(facts.map((f) => /^(\d+)\. /.exec(f)?.[1])).toEqual(
        Array.from({ length: count }, (_, i) => String(i + 1)),
      );
    });

    it("numbers the facts 1..n, each once, whatever the input holds", () => {
      const status = fc.constantFrom<Measure["status"]>(...MEASURE_STATUSES, "");
      fc.assert(
        fc.property(
          fc.array(status, { maxLength: 12 }),
          fc.boolean(),
          fc.boolean(),
          (statuses, withScores, twoYears) => {
            const years: [number, ReturnType<typeof ten>][] = twoYears
              ? [
                  [2566, ten(8000)],
                  [2567, ten(9000)],
                ]
              : [[2567, ten(9000)]];
            const scores = new Map(withScores ? years : []);
            const { facts } = memoOf(input({ scores, measures: statuses.map((s) => measure(s)) }));
            expect(facts).toHaveLength(1 + (withScores ? 4 : 0) + (statuses.length ? 1 : 0));
            facts.forEach((f, i) => {
              expect(f.startsWith(`${i + 1}. `)).toBe(true);
              expect(f.slice(`${i + 1}. `.length)).not.toMatch(/^\d+\. /); // not numbered twice
            });
            const last = facts.at(-1);
            if (statuses.length) {
              const count = (s: Measure["status"]) => statuses.filter((x) => x === s).length;
              expect(last).toContain(`ดำเนินการแล้ว ${count("ดำเนินการแล้ว")} มาตรการ`);
              expect(last).toContain(`อยู่ระหว่างดำเนินการ ${count("อยู่ระหว่างดำเนินการ")} มาตรการ`);
              expect(last).toContain(`ยังไม่ดำเนินการ ${count("ยังไม่ดำเนินการ")} มาตรการ`);
            }
          },
        ),
      );
    });
  });

  describe("the OIT item the framework names", () => {
    it("cites 2569's O26 with its title for fiscal year 2568", () => {
      expect(memoOf(input()).facts[0]).toBe(
        "1. ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ O26 “รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน” " +
          "ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 หน่วยงานต้องเผยแพร่ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน " +
          "ประจำปีงบประมาณ พ.ศ. 2568 บนเว็บไซต์หลักของหน่วยงาน",
      );
    });

    it.each<[number, string | null]>([
      [
        2563,
        "ข้อ O43 “การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน” ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2563",
      ],
      [
        2566,
        "ข้อ O43 “การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน” ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566",
      ],
      [2567, null], // no known record names the item
      [2569, null], // 2570's record is not known yet
      [2571, null], // assumed
    ])("fiscal year %d → %s", (fiscalYearBE, cited) => {
      const facts = memoOf(
        input({ fiscalYearBE, scores: new Map([[fiscalYearBE - 1, ten(9000)]]) }),
      ).facts;
      const oit = facts.filter((f) => f.includes("ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ"));
      expect(oit).toHaveLength(cited ? 1 : 0);
      if (cited) expect(oit[0]).toContain(cited);
    });

    it("names the item's instrument as the record names it, for a cited and for a typed item", () => {
      const base = frameworkFor(2569)!;
      const renamed = "แบบตรวจข้อมูลสาธารณะที่เผยแพร่ทางออนไลน์";
      const own = {
        ...base,
        origin: "supplied" as const,
        instruments: base.instruments.map((i) => (i.code === "OIT" ? { ...i, name: renamed } : i)),
      };
      const cited = memoOf(input({ frameworks: [own] })).facts[0]!;
      expect(cited).toMatch(new RegExp(`^1\\. ตาม${renamed} \\(OIT\\) ข้อ O26 “`));
      const typed = memoOf(
        input({
          frameworks: [own],
          fiscalYearBE: 2569,
          texts: { ...EMPTY_TEXTS, memoOitItem: "O42" },
        }),
      ).facts[0]!;
      expect(typed).toMatch(new RegExp(`^1\\. ตาม${renamed} \\(OIT\\) ข้อ O42 `));
      expect(memoOf(input()).facts[0]).not.toContain(renamed);
    });

    it("a supplied record without items cites none", () => {
      const own = { ...frameworkFor(2569)!, origin: "supplied" as const, oitItems: null };
      expect(memoOf(input({ frameworks: [own] })).facts.join(" ")).not.toContain("ข้อ O26");
    });
  });

  describe("proposal follows the statuses, never asking to follow up what is done", () => {
    const PUBLISH = "เห็นควรเผยแพร่รายงานนี้บนเว็บไซต์หลักของหน่วยงานเพื่อเป็นหลักฐานประกอบการประเมิน ITA";
    const END = " จึงเรียนมาเพื่อโปรดทราบและพิจารณา";
    it.each<[string, Measure["status"][], ReportInput["round"], string]>([
      ["all done", ["ดำเนินการแล้ว", "ดำเนินการแล้ว", "ดำเนินการแล้ว"], "six-month", ""],
      [
        "some done",
        ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"],
        "six-month",
        " และกำกับติดตามมาตรการที่ยังไม่แล้วเสร็จ 2 มาตรการให้ดำเนินการภายในปีงบประมาณ",
      ],
      [
        "none done",
        ["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ"],
        "six-month",
        " และเร่งรัดให้ดำเนินการตามมาตรการทั้ง 2 มาตรการให้แล้วเสร็จภายในปีงบประมาณ",
      ],
      [
        "a blank status is not done",
        ["ดำเนินการแล้ว", ""],
        "six-month",
        " และกำกับติดตามมาตรการที่ยังไม่แล้วเสร็จ 1 มาตรการให้ดำเนินการภายในปีงบประมาณ",
      ],
      [
        "year end, some open: carried into the next year",
        ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ"],
        "full-year",
        " และนำมาตรการที่ยังไม่แล้วเสร็จ 1 มาตรการไปดำเนินการต่อในปีงบประมาณ พ.ศ. 2569",
      ],
      ["year end, all done", ["ดำเนินการแล้ว"], "full-year", ""],
      ["no measures", [], "six-month", ""],
    ])("%s", (_what, statuses, round, followUp) => {
      expect(memoOf(input({ round, measures: statuses.map((s) => measure(s)) })).proposal).toEqual([
        `${PUBLISH}${followUp}${END}`,
      ]);
    });

    it("names the web address the user gave", () => {
      const [proposal] = memoOf(
        input({ texts: { ...EMPTY_TEXTS, website: "https://www.example.go.th/" } }),
      ).proposal;
      expect(proposal).toContain(
        "เห็นควรเผยแพร่รายงานนี้ทางเว็บไซต์ https://www.example.go.th/เพื่อเป็นหลักฐาน",
      );
    });
  });

  describe("the user's own words", () => {
    const own: ReportTexts = {
      ...EMPTY_TEXTS,
      memoSubject: "ผลการประเมิน ITA ประจำปี 2567",
      memoBackground: "ตามที่งานนิติการได้มีบันทึกข้อความ ที่ ตย 1/1 ความละเอียดแจ้งแล้วนั้น",
      memoFacts:
        "ตามแบบตรวจ OIT ข้อ O42 มีองค์ประกอบ ดังนี้\n- แสดงการวิเคราะห์ผลการประเมิน\n\n- มีมาตรการที่สอดคล้องกับผลการวิเคราะห์",
      memoProposal: "จึงเรียนมาเพื่อโปรดทราบ และเห็นควรแจ้งทุกกองทราบ",
    };

    it("replace every drafted part, one paragraph a line, blank lines dropped, nothing numbered on top", () => {
      const memo = memoOf(input({ texts: own }));
      expect(memo.subject).toBe("ผลการประเมิน ITA ประจำปี 2567");
      expect(memo.background).toEqual(["ตามที่งานนิติการได้มีบันทึกข้อความ ที่ ตย 1/1 ความละเอียดแจ้งแล้วนั้น"]);
      expect(memo.facts).toEqual([
        "ตามแบบตรวจ OIT ข้อ O42 มีองค์ประกอบ ดังนี้",
        "- แสดงการวิเคราะห์ผลการประเมิน",
        "- มีมาตรการที่สอดคล้องกับผลการวิเคราะห์",
      ]);
      expect(memo.proposal).toEqual(["จึงเรียนมาเพื่อโปรดทราบ และเห็นควรแจ้งทุกกองทราบ"]);
    });

    it("replace one part and leave the others drafted", () => {
      const memo = memoOf(input({ texts: { ...EMPTY_TEXTS, memoProposal: own.memoProposal } }));
      expect(memo.proposal).toEqual([own.memoProposal]);
      expect(memo.facts).toEqual(memoOf(input()).facts);
      expect(memo.subject).toBe(memoOf(input()).subject);
    });

    it("a text of spaces only is empty: the draft prints", () => {
      expect(memoOf(input({ texts: { ...EMPTY_TEXTS, memoFacts: "  \n " } })).facts).toEqual(
        memoOf(input()).facts,
      );
    });

    it("the reference and OIT item go into the drafted background and facts", () => {
      const texts = {
        ...EMPTY_TEXTS,
        memoReference: "ที่ ตย 72001/101 ลงวันที่ 9 กุมภาพันธ์ 2567",
        memoOitItem: "O42",
      };
      const memo = memoOf(input({ texts }));
      expect(memo.background[0]).toMatch(
        /จำนวน 2 มาตรการ ตามบันทึกข้อความ ที่ ตย 72001\/101 ลงวันที่ 9 กุมภาพันธ์ 2567 นั้น$/,
      );
      expect(memo.facts[0]).toMatch(/^1\. ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ \(OIT\) ข้อ O42 /);
      // The typed item takes the place of the one the framework names (O26 for 2568).
      expect(memo.facts).toHaveLength(memoOf(input()).facts.length);
      expect(memo.facts.join(" ")).not.toContain("O26");
    });

    it.each(["O26", "ข้อ O26", "o26", "O๒๖"])(
      "the OIT item's draft is the one the framework names; typing it (%j) keeps the drafted fact with its title",
      (typed) => {
        const base = input();
        expect(reportTextDrafts(base, summarizeScores(base)).memoOitItem).toBe("O26");
        expect(memoOf(input({ texts: { ...EMPTY_TEXTS, memoOitItem: typed } })).facts).toEqual(
          memoOf(base).facts,
        );
        expect(memoOf(base).facts[0]).toContain("ข้อ O26 “");
      },
    );
  });

  it("writes Arabic digits; the memo sheet converts them", () => {
    const memo = memoOf(input({ digitStyle: "thai" }));
    for (const text of [memo.subject, ...memo.background, ...memo.facts, ...memo.proposal])
      expect(text).not.toMatch(/[๐-๙]/);
  });
});
