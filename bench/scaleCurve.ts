/**
 * The build's time against the number of measures, end to end as `ita-report build` runs it: an
 * input workbook of N measures on disk, read, checked, every report described, written as .xlsx
 * and checked to open again. Linear growth shows as a flat time per measure.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { main } from "../src/cli/main";
import { buildInputSheets } from "../src/domain/input/inputSheets";
import { REPORT_KINDS } from "../src/domain/reports/buildReport";
import { XlsxReportWriter } from "../src/xlsx/xlsxReportWriter";
import { inputWithMeasures } from "./scenario";

export interface CurvePoint {
  readonly measures: number;
  readonly inputKB: number;
  readonly outputKB: number;
  /** Median wall time of `ita-report build` with every report kind. */
  readonly buildMs: number;
  readonly runs: number;
}

export async function scaleCurve(
  sizes: readonly number[],
  asked: number,
  log: (s: string) => void,
): Promise<CurvePoint[]> {
  const dir = mkdtempSync(join(tmpdir(), "ita-bench-curve-"));
  const quiet = { out: () => undefined, err: () => undefined };
  const points: CurvePoint[] = [];
  try {
    for (const measures of sizes) {
      log(`${measures} measures: ita-report build`);
      const writer = new XlsxReportWriter();
      await writer.write({ sheets: buildInputSheets(inputWithMeasures(measures)) });
      const input = join(dir, `input-${measures}.xlsx`);
      const bytes = await writer.toBuffer();
      writeFileSync(input, bytes);
      const output = join(dir, `report-${measures}.xlsx`);
      const runs = measures >= 10_000 ? 1 : measures >= 5_000 ? Math.min(asked, 2) : asked;
      const times: number[] = [];
      let outputBytes = 0;
      for (let i = 0; i < runs; i++) {
        rmSync(output, { force: true });
        const t0 = performance.now();
        const code = await main(
          ["build", input, "-o", output, "--reports", REPORT_KINDS.join(",")],
          quiet,
        );
        times.push(performance.now() - t0);
        if (code !== 0) throw new Error(`build of ${measures} measures exited ${code}`);
        outputBytes = statSync(output).size;
      }
      times.sort((a, b) => a - b);
      points.push({
        measures,
        inputKB: bytes.length / 1024,
        outputKB: outputBytes / 1024,
        buildMs: times[Math.floor(times.length / 2)]!,
        runs,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return points;
}
