import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { WorkbookSpec } from "../domain/sheet/sheetSpec";
import { withoutHeaderFooter } from "../domain/sheet/pageStamps";
import { XlsxReportWriter } from "../xlsx/xlsxReportWriter";
import { CliError } from "./cliError";
import type { PrintedDocument } from "./pdfPageNumbers";
import { readTrueTypeFont } from "./trueTypeFont";
import { KEEP_XLSX, libreOfficeFailure, PDF_FAILED } from "./libreOfficeFailure";
import { writeVerified } from "./verifiedWrite";
import { pdfOpens } from "./writtenFileChecks";

const run = promisify(execFile);

/** The LibreOffice binary on PATH, or null when it is not installed. */
export async function findLibreOffice(): Promise<string | null> {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      const { stdout } = await run("sh", ["-c", `command -v ${name}`], { env: process.env });
      if (stdout.trim()) return stdout.trim();
    } catch {
      // not found: try the next name
    }
  }
  return null;
}

/** How long LibreOffice may take: 2 minutes, or ITA_REPORT_PDF_TIMEOUT seconds (README). */
function timeoutMs(): number {
  const seconds = Number(process.env.ITA_REPORT_PDF_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 120_000;
}

/**
 * The PDF of the report sheets, each document numbered on its own: every sheet is written to
 * its own .xlsx without header and footer, one LibreOffice run converts them all (in a private
 * profile so that parallel conversions never share state), and the PDFs are joined with each
 * page's header and footer stamped in the sheet's digits (pdfPageNumbers.ts). Every failure is
 * a CliError with exit 3 (libreOfficeFailure); the PDF takes its name only once it opens.
 */
export async function reportPdf(
  workbook: WorkbookSpec,
  pdfPath: string,
  timing?: PdfTiming,
): Promise<void> {
  const clock = stopwatch(timing);
  const soffice = await findLibreOffice();
  if (!soffice)
    throw new CliError(
      "สร้าง PDF ไม่ได้: ไม่พบ LibreOffice บนเครื่องนี้ (ติดตั้งด้วย apt-get install libreoffice-calc-nogui) ไฟล์ .xlsx ยังสร้างได้ตามปกติ",
      3,
    );
  const sheets = workbook.sheets.filter((s) => s.role === "report" && !s.hidden);
  const work = await mkdtemp(join(tmpdir(), "ita-pdf-"));
  try {
    const sources = sheets.map((_, i) => join(work, `${i + 1}.xlsx`));
    for (const [i, sheet] of sheets.entries()) {
      const writer = new XlsxReportWriter();
      await writer.write({ sheets: [withoutHeaderFooter(sheet)] });
      await writeFile(sources[i]!, await writer.toBuffer());
    }
    clock("sheets");
    // fontconfig is asked while LibreOffice works; a failure is told after it (caught here, thrown below).
    const fontFile = reportFontFile(sheets[0]?.defaultFont.name ?? "TH SarabunPSK");
    fontFile.catch(() => undefined);
    const limit = timeoutMs();
    await run(
      soffice,
      [
        "--headless",
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        ...sources,
      ],
      // The environment as this process holds it (PATH included), also under a test runner.
      { timeout: limit, env: process.env },
    ).catch((error: unknown) => {
      throw libreOfficeFailure(error, limit);
    });
    clock("libreoffice");
    const documents: PrintedDocument[] = [];
    for (const [i, sheet] of sheets.entries()) {
      const pdf = await readFile(join(work, `${i + 1}.pdf`)).catch(() => {
        throw new CliError(
          `สร้าง PDF ไม่ได้: LibreOffice ทำงานแล้วแต่ไม่ได้ไฟล์ PDF ของชีต "${sheet.name}" ${KEEP_XLSX}`,
          PDF_FAILED,
        );
      });
      const problem = await pdfOpens(pdf);
      if (problem)
        throw new CliError(
          `สร้าง PDF ไม่ได้: ไฟล์ที่เขียนเปิดไม่ได้ (ชีต "${sheet.name}": ${problem}) ${KEEP_XLSX}`,
          PDF_FAILED,
        );
      documents.push({
        sheetName: sheet.name,
        pdf,
        print: sheet.print!,
        stampSize: sheet.defaultFont.size - 2,
      });
    }
    const fontPath = await fontFile;
    const font = await readFile(fontPath)
      .then((bytes) => readTrueTypeFont(bytes))
      .catch(() => {
        throw new CliError(
          `สร้าง PDF ไม่ได้: อ่านแบบอักษร ${fontPath} สำหรับเลขหน้าไม่ได้ ${KEEP_XLSX}`,
          PDF_FAILED,
        );
      });
    // Loaded here, not at start: the PDF library is needed by this step alone.
    const { joinAndNumber } = await import("./pdfPageNumbers");
    // pdf-lib's own message is English and names its internals: not shown (as LibreOffice's is not).
    const joined = await joinAndNumber(documents, font).catch(() => {
      throw new CliError(
        `สร้าง PDF ไม่ได้: รวมไฟล์ PDF ของแต่ละชีตและใส่เลขหน้าไม่สำเร็จ ${KEEP_XLSX}`,
        PDF_FAILED,
      );
    });
    clock("stamp");
    await writeVerified(pdfPath, Buffer.from(joined), pdfOpens, {
      exitCode: PDF_FAILED,
      note: KEEP_XLSX,
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The steps of the PDF step, timed for `npm run bench`: the sheets written one by one, LibreOffice's run, joining and stamping. */
export type PdfPhase = "sheets" | "libreoffice" | "stamp";
export type PdfTiming = (phase: PdfPhase, ms: number) => void;

function stopwatch(timing: PdfTiming | undefined): (phase: PdfPhase) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    timing?.(phase, now - last);
    last = now;
  };
}

/**
 * The file of the report font as fontconfig finds it, the one LibreOffice prints the sheets
 * with (fontconfig comes with LibreOffice): the named family, else a font that has Thai.
 */
async function reportFontFile(family: string): Promise<string> {
  try {
    const { stdout } = await run("fc-match", ["-f", "%{file}", `${family}:lang=th`], {
      env: process.env,
    });
    if (stdout.trim()) return stdout.trim();
  } catch {
    // reported below
  }
  throw new CliError(
    `สร้าง PDF ไม่ได้: หาแบบอักษร "${family}" สำหรับเลขหน้าไม่พบ (ต้องมีโปรแกรม fc-match ของ fontconfig) ${KEEP_XLSX}`,
    PDF_FAILED,
  );
}
