/**
 * Our share of a build with PDF: building and writing the report .xlsx, writing each sheet again
 * for LibreOffice, and joining and numbering the PDF, against LibreOffice's one run. Measured
 * in-process on the demo and on seed 001 (every report kind), only where LibreOffice is installed.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DEMO_INPUT } from "../src/cli/demoInput";
import { findLibreOffice, reportPdf, type PdfPhase } from "../src/cli/pdf";
import type { ReportInput } from "../src/domain/model/reportInput";
import { buildReport, REPORT_KINDS, type ReportKind } from "../src/domain/reports/buildReport";
import { XlsxReportWriter } from "../src/xlsx/xlsxReportWriter";
import { seedInput } from "./scenario";

export interface PdfShare {
  readonly label: string;
  readonly pages: number;
  /** Medians in milliseconds. */
  readonly buildMs: number;
  readonly sheetsMs: number;
  readonly libreOfficeMs: number;
  readonly stampMs: number;
  readonly runs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function once(
  input: ReportInput,
  kinds: readonly ReportKind[],
  pdf: string,
): Promise<Record<PdfPhase | "build", number>> {
  const t0 = performance.now();
  const built = buildReport(input, kinds);
  const writer = new XlsxReportWriter();
  await writer.write(built.workbook);
  await writer.toBuffer();
  const phases = { build: performance.now() - t0, sheets: 0, libreoffice: 0, stamp: 0 };
  await reportPdf(built.workbook, pdf, (phase, ms) => (phases[phase] += ms));
  return phases;
}

/** Null when LibreOffice is not installed. */
export async function pdfShare(runs: number, log: (s: string) => void): Promise<PdfShare[] | null> {
  if (!(await findLibreOffice())) return null;
  const dir = mkdtempSync(join(tmpdir(), "ita-bench-pdf-"));
  const cases = [
    { label: "demo", input: DEMO_INPUT, kinds: REPORT_KINDS.filter((k) => k !== "progress") },
    { label: "seed 001", input: seedInput(), kinds: REPORT_KINDS },
  ];
  try {
    const out: PdfShare[] = [];
    for (const c of cases) {
      log(`${c.label}: build with PDF`);
      const pdf = join(dir, "report.pdf");
      const all: Record<PdfPhase | "build", number>[] = [];
      for (let i = 0; i < runs; i++) all.push(await once(c.input, c.kinds, pdf));
      const pages = Number(
        /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0,
      );
      const pick = (k: PdfPhase | "build") => median(all.map((a) => a[k]));
      out.push({
        label: c.label,
        pages,
        buildMs: pick("build"),
        sheetsMs: pick("sheets"),
        libreOfficeMs: pick("libreoffice"),
        stampMs: pick("stamp"),
        runs,
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
