import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { FIXTURE_DIR } from "../helpers/fixtures";
import { hasTool, pdfPageSizes, pdfPageTexts } from "../helpers/tools";

const dir = mkdtempSync(join(tmpdir(), "ita-pdf-"));
const quiet = { out: () => undefined, err: () => undefined };
const A4 = { short: 595.3, long: 841.9 };

async function pdfOf(fixture: string, reports: string): Promise<string> {
  const pdf = join(dir, `${fixture}-${reports.replace(/,/g, "_")}.pdf`);
  const code = await main(
    [
      "build",
      join(FIXTURE_DIR, `${fixture}.json`),
      "-o",
      join(dir, `${fixture}.xlsx`),
      "--pdf",
      pdf,
      "--reports",
      reports,
    ],
    quiet,
  );
  expect(code).toBe(0);
  return pdf;
}

const orientation = (p: { width: number; height: number }) => {
  expect(Math.min(p.width, p.height)).toBeCloseTo(A4.short, 0);
  expect(Math.max(p.width, p.height)).toBeCloseTo(A4.long, 0);
  return p.width > p.height ? "landscape" : "portrait";
};

const withPdf = hasTool("soffice") && hasTool("pdftotext") ? describe : describe.skip;

withPdf("report PDFs (LibreOffice, checked with poppler)", () => {
  it("prints the memo portrait and the plan landscape, in the order chosen, with Thai text whole", async () => {
    // Seed 004 as written: only its published overall score and findings per instrument.
    const pdf = await pdfOf("seed004", "memo,plan");
    const sizes = pdfPageSizes(pdf);
    const pages = pdfPageTexts(pdf);
    expect(pages).toHaveLength(sizes.length);
    const first = (needle: string) => pages.findIndex((p) => p.includes(needle));
    const memo = first("บันทึกข้อความ");
    const plan = first("การนำผลการประเมินไปดำเนินการปรับปรุงและพัฒนา"); // the plan's title as seed 004 words it (texts.titles.plan)
    expect(memo).toBe(0);
    expect(plan).toBeGreaterThan(memo);
    expect(orientation(sizes[memo]!)).toBe("portrait");
    for (let p = plan; p < pages.length; p++) {
      expect(orientation(sizes[p]!)).toBe("landscape");
      expect(pages[p]).toContain("ประเด็นที่เป็นข้อบกพร่อง"); // the header row repeats
    }
    const text = pages.join("\n");
    for (const phrase of [
      "ส่วนราชการ",
      "เรื่องเดิม",
      "ข้อเท็จจริง",
      "ข้อเสนอ",
      "๙๐.๙๓",
      "ไม่มีคะแนนรายตัวชี้วัด",
      "ทราบ",
    ])
      expect(text).toContain(phrase);
  }, 120_000);

  it("prints seed 000's cover portrait without a page number, then repeats the six-column header on every page of its progress report", async () => {
    const pdf = await pdfOf("seed000", "progress");
    const [cover, ...pages] = pdfPageTexts(pdf);
    expect(cover).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖");
    expect(cover).not.toMatch(/หน้า [๐-๙]+/);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page).toContain("วิธีการดำเนินการ");
      expect(page).toMatch(/หน้า [๐-๙]+ จาก [๐-๙]+/); // seed 000 writes Thai digits
    }
    const [coverSize, ...sizes] = pdfPageSizes(pdf);
    expect(orientation(coverSize!)).toBe("portrait");
    for (const size of sizes) expect(orientation(size)).toBe("landscape");
    expect(pages.join("\n")).toContain("ปัญหาและอุปสรรค");
  }, 120_000);
});
