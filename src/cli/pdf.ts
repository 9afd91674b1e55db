import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CliError } from "./cliError";
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
 * Converts .xlsx bytes to a PDF with headless LibreOffice, in a private profile so that
 * parallel conversions never share state. Row heights come from the file. Every failure is a
 * CliError with exit 3 (libreOfficeFailure); the PDF takes its name only once it opens.
 */
export async function xlsxToPdf(xlsx: Buffer, pdfPath: string): Promise<void> {
  const soffice = await findLibreOffice();
  if (!soffice)
    throw new CliError(
      "สร้าง PDF ไม่ได้: ไม่พบ LibreOffice บนเครื่องนี้ (ติดตั้งด้วย apt-get install libreoffice-calc-nogui) ไฟล์ .xlsx ยังสร้างได้ตามปกติ",
      3,
    );
  const work = await mkdtemp(join(tmpdir(), "ita-pdf-"));
  try {
    const source = join(work, "report.xlsx");
    await writeFile(source, xlsx);
    const limit = timeoutMs();
    await run(
      soffice,
      ["--headless", `-env:UserInstallation=file://${join(work, "profile")}`, "--convert-to", "pdf", "--outdir", work, source],
      // The environment as this process holds it (PATH included), also under a test runner.
      { timeout: limit, env: process.env },
    ).catch((error: unknown) => {
      throw libreOfficeFailure(error, limit);
    });
    const produced = await readFile(join(work, "report.pdf")).catch(() => {
      throw new CliError(`สร้าง PDF ไม่ได้: LibreOffice ทำงานแล้วแต่ไม่ได้ไฟล์ PDF ${KEEP_XLSX}`, PDF_FAILED);
    });
    await writeVerified(pdfPath, produced, pdfOpens, { exitCode: PDF_FAILED, note: KEEP_XLSX });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
