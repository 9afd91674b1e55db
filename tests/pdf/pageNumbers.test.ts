import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { joinAndNumber, withDirectLengths } from "../../src/cli/pdfPageNumbers";
import { readTrueTypeFont } from "../../src/cli/trueTypeFont";
import { a4Print, memoPrint } from "../../src/domain/reports/reportStyle";
import { hasTool } from "../helpers/tools";

const withFont =
  hasTool("fc-match") && hasTool("pdftotext") && hasTool("pdffonts") ? describe : describe.skip;

/** A one-page PDF as LibreOffice writes it: the stream's length an object after the stream. */
function pdfWithIndirectLength(): Uint8Array {
  const content = "BT ET";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.3 841.9] /Contents 4 0 R /Resources << >> >>",
    `<< /Length 5 0 R >>\nstream\n${content}\nendstream`,
    String(content.length),
  ];
  let text = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, "latin1");
}

describe("withDirectLengths", () => {
  it("writes a stream's length in place, padded so that no byte offset moves", () => {
    const pdf = pdfWithIndirectLength();
    const direct = Buffer.from(withDirectLengths(pdf)).toString("latin1");
    expect(direct.length).toBe(pdf.length);
    expect(direct).toContain("<< /Length 5     >>");
    expect(direct.indexOf("4 0 obj")).toBe(Buffer.from(pdf).toString("latin1").indexOf("4 0 obj"));
  });

  it("leaves a length that would not fit, or that is no plain number, as it was", () => {
    const text =
      "1 0 obj\n<< /Length 2 0 R >>\nendobj\n2 0 obj\n123456789\nendobj\n3 0 obj\n<< /Length 4 0 R >>\nendobj\n4 0 obj\n<< >>\nendobj\n";
    expect(Buffer.from(withDirectLengths(Buffer.from(text, "latin1"))).toString("latin1")).toBe(
      text,
    );
  });
});

withFont("page numbers stamped in the report font", () => {
  const file = execFileSync("fc-match", ["-f", "%{file}", "TH SarabunPSK:lang=th"], {
    encoding: "utf8",
  });
  const font = readTrueTypeFont(readFileSync(file));

  it("reads the glyphs and advances of Thai digits and words from the font's own tables", () => {
    for (const ch of "๐๑๒๓๔๕๖๗๘๙0123456789หน้าจาก-")
      expect([ch, font.glyphOf(ch.codePointAt(0)!)]).not.toEqual([ch, 0]);
    expect(font.glyphOf(0xe000)).toBe(0);
    expect(font.advanceOf(font.glyphOf(0x0e51))).toBeGreaterThan(0);
    expect(font.advanceOf(font.glyphOf(0x0e49))).toBe(0); // the tone mark ้ takes no room
    expect(font.postScriptName).toMatch(/^[A-Za-z0-9-]+$/);
  });

  it("joins documents and numbers each on its own: tables at the foot, the memo from page 2 at the top", async () => {
    const page = (print: ReturnType<typeof a4Print>, pages: number) => ({
      ...print,
      scale: 100,
      pageBreaks: Array.from({ length: pages - 1 }, (_, i) => 10 * (i + 1)),
    });
    const blank = async (pages: number) => {
      const doc = await PDFDocument.create();
      for (let i = 0; i < pages; i++) doc.addPage([595.3, 841.9]);
      return doc.save();
    };
    const joined = await joinAndNumber(
      [
        {
          sheetName: "บันทึกข้อความ",
          pdf: await blank(2),
          print: page(memoPrint("thai"), 2),
          stampSize: 14,
        },
        {
          sheetName: "วิเคราะห์",
          pdf: await blank(3),
          print: page(a4Print("portrait", "thai"), 3),
          stampSize: 14,
        },
        // The analysis with a foreword: its page not numbered nor counted, the body from 1.
        {
          sheetName: "วิเคราะห์",
          pdf: await blank(3),
          print: {
            ...page(a4Print("portrait", "thai"), 3),
            bareFirstPage: true,
            frontMatterPages: 1,
          },
          stampSize: 14,
        },
      ],
      font,
    );
    const out = join(tmpdir(), `ita-stamps-${process.pid}.pdf`);
    writeFileSync(out, joined);
    // The font cut down to the stamped glyphs: the whole file would add some 60 KB.
    expect(joined.length).toBeLessThan(20_000);
    const fonts = execFileSync("pdffonts", [out], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter(Boolean);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const texts = execFileSync("pdftotext", ["-raw", out, "-"], { encoding: "utf8" })
      .split("\f")
      .map((t) => t.trim());
    expect(texts.slice(0, 8)).toEqual([
      "",
      "- ๒ -",
      "หน้า ๑ จาก ๓",
      "หน้า ๒ จาก ๓",
      "หน้า ๓ จาก ๓",
      "",
      "หน้า ๑ จาก ๒",
      "หน้า ๒ จาก ๒",
    ]);
    const bbox = execFileSync("pdftotext", ["-bbox", "-f", "2", "-l", "3", out, "-"], {
      encoding: "utf8",
    });
    const ys = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"/g)].map((m) =>
      Number(m[2]),
    );
    expect(ys[0]).toBeLessThan(60); // the memo's number at the top
    expect(ys[ys.length - 1]).toBeGreaterThan(780); // the table's at the foot
  });
});
