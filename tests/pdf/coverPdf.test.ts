import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { FIXTURE_DIR } from "../helpers/fixtures";
import { hasTool, pdfPageSizes, pdfPageTexts } from "../helpers/tools";

const dir = mkdtempSync(join(tmpdir(), "ita-cover-pdf-"));
const quiet = { out: () => undefined, err: () => undefined };
const withPdf = hasTool("soffice") && hasTool("pdftotext") ? describe : describe.skip;

/** A seed with the cover setting of one report turned on, built to a PDF. */
async function pdfWithCover(
  fixture: string,
  report: "progress" | "yearEnd",
  kind: string,
): Promise<string> {
  const data = JSON.parse(readFileSync(join(FIXTURE_DIR, `${fixture}.json`), "utf8")) as {
    layout?: Record<string, unknown>;
  };
  const layout = data.layout ?? {};
  data.layout = { ...layout, [report]: { ...(layout[report] as object | undefined), cover: true } };
  const input = join(dir, `${fixture}-cover.json`);
  writeFileSync(input, JSON.stringify(data));
  const pdf = join(dir, `${fixture}-cover.pdf`);
  expect(
    await main(
      ["build", input, "-o", join(dir, `${fixture}-cover.xlsx`), "--pdf", pdf, "--reports", kind],
      quiet,
    ),
  ).toBe(0);
  return pdf;
}

withPdf("the cover page in the PDF (LibreOffice, checked with poppler)", () => {
  it.each<[string, "progress" | "yearEnd", string, string]>([
    ["seed000", "progress", "progress", "องค์การบริหารส่วนตำบลหนองบัวงาม"],
    ["seed001", "yearEnd", "year-end", "เทศบาลตำบลตัวอย่างหนึ่ง"],
  ])(
    "%s: page 1 is the portrait cover alone, unnumbered; the report starts on page 2",
    async (fixture, report, kind, organisation) => {
      const pdf = await pdfWithCover(fixture, report, kind);
      const pages = pdfPageTexts(pdf);
      const sizes = pdfPageSizes(pdf);
      expect(sizes[0]!.height).toBeGreaterThan(sizes[0]!.width); // portrait
      expect(pages[0]).toContain(organisation);
      expect(pages[0]).toContain("ประจำปีงบประมาณ พ.ศ.");
      expect(pages[0]).not.toContain("หน้า"); // no page number on the cover
      expect(pages[0]).not.toContain("รับผิดชอบ"); // the report's table is not on it
      expect(pages[1]).toContain("รับผิดชอบ"); // the table's header
      expect(sizes[1]!.width).toBeGreaterThan(sizes[1]!.height); // the report itself, landscape
    },
    180_000,
  );
});
