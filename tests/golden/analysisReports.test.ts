import { buildReport } from "../../src/domain/reports/buildReport";
import { renderWorkbookAsText } from "../../src/domain/sheet/renderSpecAsText";
import { expectGolden } from "../helpers/golden";
import { loadFixture } from "../helpers/fixtures";
import { EMPTY_TEXTS } from "../../src/domain/model/reportTexts";

/** The text rendering of one sheet of a rendered workbook. */
const built = (text: string, sheet: string) => text.slice(text.indexOf(`== ${sheet} `)).split("\n== ")[0]!;

const build = (fixture: string) => buildReport(loadFixture(fixture), ["memo", "analysis", "plan"]);

describe.each(["seed002", "seed004"])("%s: memo, analysis and improvement plan", (fixture) => {
  const built = build(fixture);

  it("builds the three sheets in the order asked", () => {
    expect(built.issues).toEqual([]);
    expect(built.workbook.sheets.map((s) => s.name)).toEqual(["บันทึกข้อความ", "วิเคราะห์ผล ITA", "แผนพัฒนาจากผล ITA"]);
  });

  it("matches the golden text rendering", () => {
    expectGolden(`analysis-${fixture}.txt`, renderWorkbookAsText(built.workbook));
  });

  it("prints the memo portrait with a 3 cm left and 2 cm right margin, title 29 pt and labels 20 pt", () => {
    const memo = built.workbook.sheets[0]!;
    expect(memo.print).toMatchObject({ orientation: "portrait", margins: { left: 3, right: 2 } });
    expect(memo.styles).toContainEqual({ range: "A1:D1", style: expect.objectContaining({ font: { bold: true, size: 29 } }) });
    expect(memo.styles).toContainEqual({ range: "A2", style: expect.objectContaining({ font: { bold: true, size: 20 } }) });
  });
});

describe("the analysis narrative agrees with the numbers (seed 002, ITA 2562)", () => {
  const text = renderWorkbookAsText(build("seed002").workbook);

  it.each([
    ["the overall score and level", 'รวม 76.05 คะแนน อยู่ในระดับ “B”'],
    ["the pass count", "ผ่านเกณฑ์ 85 คะแนน 5 จาก 10 ตัวชี้วัด ต่ำกว่าเกณฑ์ 5 ตัวชี้วัด"],
    ["two strengths", "จุดแข็ง (คะแนนตั้งแต่ 90 ขึ้นไป) จำนวน 2 ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (94.15) ตัวชี้วัดที่ 10 การป้องกันการทุจริต (93.75)"],
    ["eight points to develop, indicator 9 among them (the seed listed 7)", "จุดที่ต้องพัฒนา (คะแนนต่ำกว่า 90) จำนวน 8 ตัวชี้วัด"],
    ["the lowest indicator", "ตัวชี้วัดที่ได้คะแนนต่ำที่สุด คือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 55.85 คะแนน"],
    ["IIT against 85", "(IIT) ได้ 87.46 คะแนน ผ่านเกณฑ์ 85 คะแนน"],
    ["EIT against 85", "(EIT) ได้ 66.29 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน"],
    ["OIT against 85", "(OIT) ได้ 74.80 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน"],
  ])("states %s", (_what, sentence) => {
    expect(text).toContain(sentence);
  });

  it("lists the eight indicators below 90 in descending score order", () => {
    const line = text.split("\n").find((l) => l.includes("จุดที่ต้องพัฒนา (คะแนนต่ำกว่า 90)"))!;
    const numbers = [...line.matchAll(/ตัวชี้วัดที่ (\d+)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([5, 3, 2, 4, 7, 6, 8, 9]);
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

describe("the memo of seed 004 (ITA 2565: 90.93, level A, OIT below 85)", () => {
  const text = renderWorkbookAsText(build("seed004").workbook);

  it("prints the plan's weakness, approach and tracking as typed, the IIT measure on a strong indicator included", () => {
    const plan = built(text, "แผนพัฒนาจากผล ITA");
    expect(plan).toContain("ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต: ๙๘.๐๐ คะแนน (จุดแข็ง)");
    expect(plan).toContain("| การส่งเสริมความโปร่งใส | ๑. จัดทำคู่มือการจัดการเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่\\n");
    expect(plan).toContain("| รายงานความก้าวหน้าในการประชุมหัวหน้าส่วนราชการ และสรุปผลเมื่อสิ้นปีงบประมาณ |  | ✓");
    for (const m of loadFixture("seed004").measures) expect(plan).toContain(`| ${m.title.replace(/\d/g, (c) => String.fromCharCode(0x0e50 + Number(c)))} |`);
  });

  it("shows a weak indicator without a measure as such in the plan", () => {
    expect(text).toMatch(/ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต: ๘๙\.๐๐ คะแนน \(จุดที่ต้องพัฒนา\)\n\s+\d+ \| การป้องกันการทุจริต \| ยังไม่กำหนดมาตรการ/);
  });

  it("drafted, numbers its facts itself and names OIT as below the target", () => {
    const text = renderWorkbookAsText(buildReport({ ...loadFixture("seed004"), texts: EMPTY_TEXTS }, ["memo"]).workbook);
    // Fiscal year 2566: the 2566 record's O43 first, its digits Thai as the document's.
    expect(text).toContain("๑. ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ O๔๓ “การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน” ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖");
    expect(text).toMatch(/๒\. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน \(IIT\) ได้ ๙๗\.๕๐/);
    expect(text).toMatch(/๔\. แบบตรวจการเปิดเผยข้อมูลสาธารณะ \(OIT\) ได้ ๘๒\.๒๐ คะแนน ต่ำกว่าเกณฑ์ ๘๕ คะแนน/);
    expect(text).toContain("๖. ผลการดำเนินการตามมาตรการรอบ ๖ เดือน");
    expect(text).toContain('ได้คะแนนรวม ๙๐.๙๓ คะแนน อยู่ในระดับ “A”');
  });

  it("runs the approval chain from the settings, ending with ทราบ", () => {
    const lines = text.split("\n");
    const at = (t: string) => lines.findIndex((l) => l.includes(t));
    expect(at("เรียน ปลัดเทศบาลตำบลตัวอย่างสี่")).toBeLessThan(at("(นางวรรณา ดวงแก้ว)"));
    expect(at("เรียน นายกเทศมนตรีตำบลตัวอย่างสี่")).toBeLessThan(at("(นายเกษม ศรีวงศ์)"));
    expect(at("- ทราบ")).toBeLessThan(at("(นายชาตรี มั่นคง)"));
    expect(at("(นางสาวภัทรา คำดี)")).toBeLessThan(at("เรียน ปลัดเทศบาลตำบลตัวอย่างสี่"));
  });
});
