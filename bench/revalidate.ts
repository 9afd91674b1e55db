/**
 * Re-reading and checking the input after one edit, as the standalone page does after each
 * change: `loadInput` on in-memory grids of N measures, first on a fresh workbook, then again
 * after one cell of one measure changed. Run with `npm run bench -- --only revalidate`.
 */
import { performance } from "node:perf_hooks";
import { loadInput } from "../src/app/loadInput";
import type { WorkbookReader } from "../src/app/ports";
import type { WorkbookGrids } from "../src/domain/input/readInputWorkbook";
import { MEASURES_SHEET } from "../src/domain/input/measuresLayout";
import { buildInputSheets } from "../src/domain/input/inputSheets";
import { XlsxReportWriter } from "../src/xlsx/xlsxReportWriter";
import { XlsxWorkbookReader } from "../src/xlsx/xlsxWorkbookReader";
import { inputGrids, inputWithMeasures } from "./scenario";

class GridReader implements WorkbookReader {
  constructor(private readonly grids: WorkbookGrids) {}
  async readSheets(names: readonly string[]): Promise<WorkbookGrids> {
    return new Map([...this.grids].filter(([name]) => names.includes(name)));
  }
}

export interface RevalidateRow {
  readonly measures: number;
  readonly firstMs: number;
  readonly afterEditMs: number;
  readonly issues: number;
  /** The same through the ExcelJS reader on the workbook in memory, as the standalone page's worker does. */
  readonly xlsxFirstMs: number;
  readonly xlsxAfterEditMs: number;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One size: the first check, then the median of `runs` checks each after a one-cell edit. */
export async function revalidate(count: number, runs: number): Promise<RevalidateRow> {
  const grids = inputGrids(inputWithMeasures(count));
  const t0 = performance.now();
  const first = await loadInput(new GridReader(grids));
  const firstMs = performance.now() - t0;
  const sheet = grids.get(MEASURES_SHEET)!;
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    // A copy of the grids with one text cell edited, as a re-read after the edit returns them.
    const row = 3 + ((k * 7919) % count);
    const edited = sheet.map((r, i) =>
      i === row ? r.map((c, j) => (j === 2 ? `${String(c)} แก้ ${k}` : c)) : [...r],
    );
    const next = new Map(grids).set(MEASURES_SHEET, edited);
    const t = performance.now();
    await loadInput(new GridReader(next));
    times.push(performance.now() - t);
  }
  const { xlsxFirstMs, xlsxAfterEditMs } = await revalidateXlsx(count, runs);
  return {
    measures: count,
    firstMs,
    afterEditMs: median(times),
    issues: first.issues.length,
    xlsxFirstMs,
    xlsxAfterEditMs,
  };
}

/** The workbook of `count` measures opened from .xlsx bytes, checked, then checked after each of `runs` edits of one cell. */
async function revalidateXlsx(
  count: number,
  runs: number,
): Promise<{ xlsxFirstMs: number; xlsxAfterEditMs: number }> {
  const writer = new XlsxReportWriter();
  await writer.write({ sheets: buildInputSheets(inputWithMeasures(count)) });
  const reader = await XlsxWorkbookReader.fromBuffer(await writer.toBuffer());
  const t0 = performance.now();
  await loadInput(reader);
  const xlsxFirstMs = performance.now() - t0;
  const sheet = reader.workbook.getWorksheet(MEASURES_SHEET)!;
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const cell = sheet.getCell(4 + ((k * 7919) % count), 3);
    cell.value = `${String(cell.value)} แก้ ${k}`;
    const t = performance.now();
    await loadInput(reader);
    times.push(performance.now() - t);
  }
  return { xlsxFirstMs, xlsxAfterEditMs: median(times) };
}

/** The Markdown table of `revalidate` at each size. */
export async function revalidateTable(sizes: readonly number[], runs: number): Promise<string> {
  const rows: RevalidateRow[] = [];
  for (const n of sizes) rows.push(await revalidate(n, runs));
  const ms = (x: number) => x.toFixed(0);
  return [
    "Re-read and check after one edit (loadInput on in-memory grids, median of the runs)",
    "",
    "| Measures | First check (ms) | After one edit (ms) | Through ExcelJS: first (ms) | after one edit (ms) | Issues | Runs |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.measures.toLocaleString("en-US")} | ${ms(r.firstMs)} | ${ms(r.afterEditMs)} | ${ms(r.xlsxFirstMs)} | ${ms(r.xlsxAfterEditMs)} | ${r.issues} | ${runs} |`,
    ),
  ].join("\n");
}
