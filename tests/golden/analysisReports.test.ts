import { buildReport } from "../../src/domain/reports/buildReport";
import { renderWorkbookAsText } from "../../src/domain/sheet/renderSpecAsText";
import { a1Range } from "../../src/domain/testing/builders";
import { expectGolden } from "../helpers/golden";
import { loadFixture } from "../helpers/fixtures";
import { EMPTY_TEXTS } from "../../src/domain/model/reportTexts";

/** The text rendering of one sheet of a rendered workbook. */
const built = (text: string, sheet: string) =>
  text.slice(text.indexOf(`== ${sheet} `)).split("\n== ")[0]!;

/** Seed 004 quotes only the overall score and findings per instrument: no analysis of indicators. */
const KINDS = { seed002: ["memo", "analysis", "plan"], seed004: ["memo", "plan"] } as const;
const build = (fixture: keyof typeof KINDS) => buildReport(loadFixture(fixture), KINDS[fixture]);

describe.each(["seed002", "seed004"] as const)(
  "%s: memo, analysis (where its scores allow) and improvement plan",
  (fixture) => {
    const built = build(fixture);

    it("builds the sheets in the order asked", () => {
      expect(built.issues).toEqual([]);
      const names = { memo: "บันทึกข้อความ", analysis: "วิเคราะห์ผล ITA", plan: "แผนพัฒนาจากผล ITA" };
      expect(built.workbook.sheets.map((s) => s.name)).toEqual(KINDS[fixture].map((k) => names[k]));
    });

    it("matches the golden text rendering", () => {
      expectGolden(`analysis-${fixture}.txt`, renderWorkbookAsText(built.workbook));
    });

    it("prints the memo portrait with a 3 cm left and 2 cm right margin, title 29 pt and labels 20 pt", () => {
      const memo = built.workbook.sheets[0]!;
      expect(memo.print).toMatchObject({ orientation: "portrait", margins: { left: 3, right: 2 } });
      expect(memo.styles).toContainEqual({
        range: a1Range("A1:D1"),
        style: expect.objectContaining({ font: { bold: true, size: 29 } }),
      });
      expect(memo.styles).toContainEqual({
        range: a1Range("A2"),
        style: expect.objectContaining({ font: { bold: true, size: 20 } }),
      });
    });
  },
);

describe("the analysis narrative agrees with the numbers (seed 002, ITA 2562; indicator 9 not published, its OIT is)", () => {
  const text = renderWorkbookAsText(build("seed002").workbook);

  it.each([
    ["the overall score and level", "รวม 76.05 คะแนน อยู่ในระดับ “B”"],
    [
      "the pass count, over the nine scored indicators",
      "ผ่านเกณฑ์ 85 คะแนน 5 จาก 9 ตัวชี้วัดที่มีคะแนน (ไม่มีคะแนนตัวชี้วัดที่ 9 การเปิดเผยข้อมูล) ต่ำกว่าเกณฑ์ 4 ตัวชี้วัด",
    ],
    [
      "two strengths",
      "จุดแข็ง (คะแนนตั้งแต่ 90 ขึ้นไป) จำนวน 2 ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (94.15) ตัวชี้วัดที่ 10 การป้องกันการทุจริต (93.75)",
    ],
    ["seven points to develop, as the seed listed", "จุดที่ต้องพัฒนา (คะแนนต่ำกว่า 90) จำนวน 7 ตัวชี้วัด"],
    [
      "the lowest scored indicator",
      "ตัวชี้วัดที่ได้คะแนนต่ำที่สุดในตัวชี้วัดที่มีคะแนน คือ ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้ 61.37 คะแนน",
    ],
    ["IIT against 85", "(IIT) ได้ 87.46 คะแนน ผ่านเกณฑ์ 85 คะแนน"],
    ["EIT against 85", "(EIT) ได้ 66.29 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน"],
    [
      "OIT, published, against 85",
      "(OIT) ได้ 74.80 คะแนน (คะแนนที่ ป.ป.ช. ประกาศ) ต่ำกว่าเกณฑ์ 85 คะแนน ไม่มีคะแนนตัวชี้วัดที่ 9 การเปิดเผยข้อมูล",
    ],
    [
      "the note on the published figures",
      "ปี 2562 ไม่มีคะแนนตัวชี้วัดที่ 9 คะแนนรวม ITA และ คะแนนแบบวัด OIT จึงเป็นคะแนนที่ ป.ป.ช. ประกาศ ไม่ได้คำนวณจากคะแนนรายตัวชี้วัด",
    ],
  ])("states %s", (_what, sentence) => {
    expect(text).toContain(sentence);
  });

  it("never makes up indicator 9's score (2 × 74.80 − 93.75 = 55.85 is arithmetic, not a published figure)", () => {
    expect(text).not.toContain("55.85");
    expect(text).not.toMatch(/\| ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล \| OIT \|/);
  });

  it("lists the seven scored indicators below 90 in descending score order", () => {
    const line = text.split("\n").find((l) => l.includes("จุดที่ต้องพัฒนา (คะแนนต่ำกว่า 90)"))!;
    const numbers = [...line.matchAll(/ตัวชี้วัดที่ (\d+)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([5, 3, 2, 4, 7, 6, 8]);
  });

  it("offers the plan as seed 002's four columns, every measure in row order, numbered by the product", () => {
    const plan = built(text, "แผนพัฒนาจากผล ITA");
    expect(plan).toContain("มาตรการ | ขั้นตอนหรือวิธีการ | ผู้รับผิดชอบ | การกำกับติดตาม");
    const numbered = plan.split("\n").filter((l) => /^\s+\d+ \| \d\. /.test(l));
    expect(numbered).toHaveLength(loadFixture("seed002").measures.length);
    expect(numbered[0]).toContain("| 1. ผู้บริหารแสดงเจตจำนงต่อต้านการทุจริต | ");
    expect(numbered[0]).toContain("| รายงานความก้าวหน้าและสรุปผล ณ สิ้นปีงบประมาณ");
  });
});

describe("seed 002 without its published overall score (IIT and EIT computed, OIT 74.80 as published)", () => {
  const seed = loadFixture("seed002");
  const totals = new Map([[2562, { OIT: seed.officialTotals.get(2562)!.OIT! }]]);
  const text = renderWorkbookAsText(
    buildReport({ ...seed, officialTotals: totals }, ["analysis"]).workbook,
  );

  it("weights the overall score from the instruments: 76.05, level B, as the NACC published it", () => {
    expect(text).toContain("รวม 76.05 คะแนน อยู่ในระดับ “B”");
  });

  it("says so in the notes", () => {
    expect(text).toContain(
      "ปี 2562 ไม่มีคะแนนตัวชี้วัดที่ 9 คะแนนแบบวัด OIT จึงเป็นคะแนนที่ ป.ป.ช. ประกาศ ไม่ได้คำนวณจากคะแนนรายตัวชี้วัด คะแนนรวม ITA คำนวณจากคะแนนแบบวัดตามน้ำหนักของเกณฑ์",
    );
  });
});

describe("the memo and plan of seed 004 (ITA 2565: only the overall 90.93, level A, and findings per instrument)", () => {
  const text = renderWorkbookAsText(build("seed004").workbook);

  it("prints the plan's weakness, approach and tracking as typed, each measure under its instrument with no indicator banner (the year has no indicator score), no score made up", () => {
    const plan = built(text, "แผนพัฒนาจากผล ITA");
    // Seed 004's tables list the measures under each instrument; a banner per indicator could only say it has no score.
    expect(plan).not.toMatch(/\| ตัวชี้วัดที่ [๐-๙]+ [^\n]*: ไม่มีคะแนนรายตัวชี้วัด/);
    expect(plan).toMatch(/\n\s+\d+ \| แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน \(IIT\)\n/); // no score on the banner
    expect(plan).not.toMatch(/คะแนน \((จุดแข็ง|จุดที่ต้องพัฒนา)\)/);
    expect(plan).toContain(
      "| การส่งเสริมความโปร่งใส | ๑. จัดทำคู่มือการจัดการเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่\\n",
    );
    expect(plan).toContain(
      "| รายงานความก้าวหน้าในการประชุมหัวหน้าส่วนราชการ และสรุปผลเมื่อสิ้นปีงบประมาณ |  | √",
    );
    for (const m of loadFixture("seed004").measures)
      expect(plan).toContain(
        `| ${m.title.replace(/\d/g, (c) => String.fromCharCode(0x0e50 + Number(c)))} |`,
      );
  });

  it("says in the notes of the plan, and of the memo where its layout keeps the note, that 90.93 is the published overall score and no instrument score is known", () => {
    const note =
      "ปี ๒๕๖๕ ไม่มีคะแนนรายตัวชี้วัด คะแนนรวม ITA จึงเป็นคะแนนที่ ป.ป.ช. ประกาศ ไม่ได้คำนวณจากคะแนนรายตัวชี้วัด และไม่มีคะแนนแบบวัด IIT EIT และ OIT";
    expect(built(text, "แผนพัฒนาจากผล ITA")).toContain(note);
    // Seed 004's memo ends with its approval chain (layout.memo.notes false); the default keeps the note.
    expect(built(text, "บันทึกข้อความ")).not.toContain(note);
    const seed = loadFixture("seed004");
    const withNote = renderWorkbookAsText(
      buildReport({ ...seed, layout: { ...seed.layout, memo: { notes: true } } }, ["memo"])
        .workbook,
    );
    expect(withNote).toContain(note);
  });

  it("drafted, builds from the overall score alone: level A, numbered facts, no instrument figure made up", () => {
    const text = renderWorkbookAsText(
      buildReport({ ...loadFixture("seed004"), texts: EMPTY_TEXTS }, ["memo"]).workbook,
    );
    expect(text).toContain("ได้คะแนนรวม ๙๐.๙๓ คะแนน อยู่ในระดับ “A”");
    expect(text).toContain("๒. ผลการดำเนินการตามมาตรการรอบ ๖ เดือน");
    expect(text).not.toMatch(/\(IIT\) ได้|\(OIT\) ได้/);
  });

  it("runs the approval chain from the settings, ending with ทราบ", () => {
    const lines = text.split("\n");
    const at = (t: string) => lines.findIndex((l) => l.includes(t));
    expect(at("เรียน ปลัดเทศบาลตำบลตัวอย่างสี่")).toBeLessThan(at("(นางวรรณา ดวงแก้ว)"));
    expect(at("เรียน นายกเทศมนตรีตำบลตัวอย่างสี่")).toBeLessThan(at("(เกษม ศรีวงศ์)"));
    expect(at("- ทราบ")).toBeLessThan(at("(นายชาตรี มั่นคง)"));
    expect(at("(นางสาวภัทรา คำดี)")).toBeLessThan(at("เรียน ปลัดเทศบาลตำบลตัวอย่างสี่"));
  });
});

describe("seed 002's findings per indicator, in section 3 of its analysis", () => {
  const analysis = (findings: ReadonlyMap<number, string>) =>
    buildReport({ ...loadFixture("seed002"), findings }, ["analysis"]).workbook.sheets[0]!.rows.map(
      (r) => String(r[0] ?? "").trim(),
    );

  it("prints the fixture's four findings under IIT, EIT and OIT", () => {
    const rows = analysis(loadFixture("seed002").findings!);
    const at = (start: string) => rows.findIndex((r) => r.startsWith(start));
    expect(at("(1) ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (94.15 คะแนน) บุคลากร")).toBe(at("3.1 ") + 1);
    expect(at("(1) ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน (67.05 คะแนน)")).toBe(at("3.2 ") + 1);
    expect(at("(2) ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (61.37 คะแนน)")).toBe(at("3.2 ") + 3); // after indicator 6's second paragraph
    expect(at("(1) ตัวชี้วัดที่ 10 การป้องกันการทุจริต (93.75 คะแนน)")).toBe(at("3.3 ") + 1);
  });

  it("prints a finding about indicator 9, which has no score, after the scored ones of OIT and without a score", () => {
    const rows = analysis(
      new Map([
        [9, "ยังไม่ได้รับคะแนน"],
        [10, "ครบ"],
      ]),
    );
    const oit = rows.findIndex((r) => r.startsWith("3.3 "));
    expect(rows.slice(oit + 1, oit + 3)).toEqual([
      "(1) ตัวชี้วัดที่ 10 การป้องกันการทุจริต (93.75 คะแนน) ครบ",
      "(2) ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ยังไม่ได้รับคะแนน",
    ]);
  });
});
