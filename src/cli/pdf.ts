import { execFile } from "node:child_process";
import { access, copyFile, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { CliError } from "./cliError";
import { fileSystemReason } from "./outputFile";

const run = promisify(execFile);

/** The LibreOffice binary on PATH, or null when it is not installed. */
export async function findLibreOffice(): Promise<string | null> {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      const { stdout } = await run("sh", ["-c", `command -v ${name}`]);
      if (stdout.trim()) return stdout.trim();
    } catch {
      // not found: try the next name
    }
  }
  return null;
}

/**
 * Converts .xlsx bytes to a PDF with headless LibreOffice, in a private profile so that
 * parallel conversions never share state. Row heights come from the file.
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
    await run(
      soffice,
      ["--headless", `-env:UserInstallation=file://${join(work, "profile")}`, "--convert-to", "pdf", "--outdir", work, source],
      { timeout: 120_000 },
    );
    const produced = join(work, "report.pdf");
    await access(produced).catch(() => {
      throw new CliError("LibreOffice ทำงานแล้วแต่ไม่ได้ไฟล์ PDF กรุณาลองเปิดไฟล์ .xlsx ด้วยตนเอง", 3);
    });
    const target = resolve(pdfPath);
    // rename fails across file systems; copy then.
    await rename(produced, target)
      .catch(() => copyFile(produced, target))
      .catch((error: unknown) => {
        throw new CliError(`เขียนไฟล์ PDF "${pdfPath}" ไม่ได้: ${fileSystemReason(error)}`, 2);
      });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
