/**
 * One benchmark size: the input with N measures, and the operations measured on it.
 * Every Office.js figure is measured on the wire: the adapter runs through Microsoft's Excel
 * client library (tests/fakes/excel), whose requests the simulated host counts in UTF-8 bytes as
 * the library serializes them, with its responses.
 */
import { performance } from "node:perf_hooks";
import { loadInput } from "../src/app/loadInput";
import type { ReportWriter, WorkbookReader } from "../src/app/ports";
import type { CellInput } from "../src/domain/sheet/cellInput";
import { buildInputSheets } from "../src/domain/input/inputSheets";
import { parseInputJson } from "../src/domain/input/parseInputJson";
import type { WorkbookGrids } from "../src/domain/input/readInputWorkbook";
import type { Measure } from "../src/domain/model/measure";
import type { ReportInput } from "../src/domain/model/reportInput";
import type { ValidationIssue } from "../src/domain/issues/validationIssue";
import { buildReport, REPORT_KINDS } from "../src/domain/reports/buildReport";
import { fitRowHeights } from "../src/domain/sheet/rowFit";
import type { CellValue, WorkbookSpec } from "../src/domain/sheet/sheetSpec";
import { toExcelSerial } from "../src/domain/thai/parseThaiDate";
import { fromIsoDate } from "../src/domain/thai/thaiDate";
import { OfficeReportWriter, type ExcelRun } from "../src/excel/officeReportWriter";
import { markIssueCells } from "../src/excel/officeValidationMarks";
import { OfficeWorkbookReader } from "../src/excel/officeWorkbookReader";
import { XlsxReportWriter } from "../src/xlsx/xlsxReportWriter";
import { excelHost } from "../tests/fakes/excel/nodeLibrary";
import type { ExcelHost, InitialValue } from "../tests/fakes/excel/excelHost";
import seed001 from "../tests/fixtures/seed001.json";
import { NaivePerRowReader, NaivePerRowWriter, naiveMarkIssueCells } from "./naiveOffice";

/** Seed 001 as the fixture has it. */
export function seedInput(): ReportInput {
  const read = parseInputJson(JSON.stringify(seed001));
  if (!read.input) throw new Error("seed001 does not parse");
  return read.input;
}

/** seed 001 with its measures repeated to `count`, each with its own title. */
export function inputWithMeasures(count: number): ReportInput {
  const read = parseInputJson(JSON.stringify(seed001));
  if (!read.input) throw new Error("seed001 does not parse");
  const base = read.input.measures;
  // Five-digit numbers: never read as a Buddhist-era year (25xx) by the text checks.
  const measures: Measure[] = Array.from({ length: count }, (_, i) => ({
    ...base[i % base.length]!,
    title: `${base[i % base.length]!.title} ชุดที่ ${10_001 + i}`,
  }));
  return { ...read.input, measures };
}

/** The input sheets' values as a user's workbook holds them (typed text stays text). */
export function inputSheetValues(input: ReportInput): Record<string, InitialValue[][]> {
  const cell = (v: CellValue): InitialValue => {
    if (v === null || typeof v !== "object") return v;
    const date = fromIsoDate(v.date);
    return date ? toExcelSerial(date) : v.date;
  };
  return Object.fromEntries(
    buildInputSheets(input).map((s) => [s.name, s.rows.map((row) => row.map(cell))]),
  );
}

/** The grids a reader would return, for timing the pure core alone. */
export function inputGrids(input: ReportInput): WorkbookGrids {
  const values = inputSheetValues(input);
  return new Map(
    Object.entries(values).map(([name, rows]) => [
      name,
      rows.map((r) => r.map((v): CellInput => v)),
    ]),
  );
}

class MemoryReader implements WorkbookReader {
  constructor(private readonly grids: WorkbookGrids) {}
  async readSheets(names: readonly string[]): Promise<WorkbookGrids> {
    return new Map([...this.grids].filter(([name]) => names.includes(name)));
  }
}

/** Round trips and request sizes of one Office.js operation, as sent through the client library. */
export interface OfficeRun {
  /** context.sync() calls that sent a request. */
  readonly syncs: number;
  /** Requests the library sent by itself after a batch (releasing the ranges it kept). */
  readonly cleanupRequests: number;
  /** Largest request body, in bytes. */
  readonly maxRequestBytes: number;
  /** The body of every sync, in order, in bytes. */
  readonly requestBytes: readonly number[];
  /** Largest response body, in bytes. */
  readonly maxResponseBytes: number;
  readonly ms: number;
}

function syncStats(host: ExcelHost, ms: number): OfficeRun {
  const syncs = host.requests.filter((r) => !r.cleanup);
  const requestBytes = syncs.map((r) => r.bytes);
  return {
    syncs: syncs.length,
    cleanupRequests: host.requests.length - syncs.length,
    maxRequestBytes: Math.max(0, ...requestBytes),
    requestBytes,
    maxResponseBytes: Math.max(0, ...host.requests.map((r) => r.responseBytes)),
    ms,
  };
}

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t0 };
}

/**
 * A full build: every report sheet written into a workbook that holds the input sheets. The
 * host refuses requests over Excel on the web's 5 MB unless `unlimited` (the naive writer's last
 * request passes it at 5,000 measures; the bench still reports its size).
 */
export async function officeBuild(
  sheets: Record<string, InitialValue[][]>,
  workbook: WorkbookSpec,
  makeWriter: (run: ExcelRun) => ReportWriter,
  unlimited = false,
): Promise<OfficeRun> {
  const host = excelHost({
    sheets,
    ...(unlimited ? { payloadLimitBytes: Number.POSITIVE_INFINITY } : {}),
  });
  const { ms } = await timed(() => makeWriter(host.run).write(workbook));
  return syncStats(host, ms);
}

/** A validation: read the input sheets, run every check, colour the cells with issues. */
export async function officeValidation(
  sheets: Record<string, InitialValue[][]>,
  naive: boolean,
): Promise<OfficeRun & { issues: number }> {
  const host = excelHost({ sheets });
  const { value: issues, ms } = await timed(async () => {
    const read = await loadInput(
      naive ? new NaivePerRowReader(host.run) : new OfficeWorkbookReader(host.run),
    );
    const mark = naive ? naiveMarkIssueCells : markIssueCells;
    await mark(host.run, read.issues);
    return read.issues;
  });
  return { ...syncStats(host, ms), issues: issues.length };
}

/** Pure core: read the grids and run every check. */
export async function coreValidate(
  grids: WorkbookGrids,
): Promise<{ ms: number; issues: readonly ValidationIssue[] }> {
  const { value, ms } = await timed(() => loadInput(new MemoryReader(grids)));
  return { ms, issues: value.issues };
}

/** Pure core: describe every report sheet. */
export function coreBuild(input: ReportInput): {
  ms: number;
  workbook: WorkbookSpec;
  rows: number;
} {
  const t0 = performance.now();
  const built = buildReport(input, REPORT_KINDS);
  const ms = performance.now() - t0;
  if (built.issues.length > 0)
    throw new Error(`buildReport: ${built.issues.map((i) => i.message).join("; ")}`);
  return {
    ms,
    workbook: built.workbook,
    rows: built.workbook.sheets.reduce((n, s) => n + s.rows.length, 0),
  };
}

/**
 * The text measuring alone, as every build does it: each report row's height from its cells'
 * text, fonts and widths (line breaks at Thai words), on sheets already described.
 */
export function coreFitHeights(workbook: WorkbookSpec): { ms: number; cells: number } {
  const t0 = performance.now();
  let cells = 0;
  for (const s of workbook.sheets) {
    fitRowHeights({
      rows: s.rows,
      columns: s.columns,
      styles: s.styles,
      merges: s.merges,
      defaultFontSize: s.defaultFont.size,
      minimums: {},
    });
    cells += s.rows.reduce((n, r) => n + r.filter((v) => v !== null && v !== "").length, 0);
  }
  return { ms: performance.now() - t0, cells };
}

/** ExcelJS: write the report sheets and serialise the .xlsx. */
export async function xlsxWrite(workbook: WorkbookSpec): Promise<{ ms: number; bytes: number }> {
  const { value, ms } = await timed(async () => {
    const writer = new XlsxReportWriter();
    await writer.write(workbook);
    return writer.toBuffer();
  });
  return { ms, bytes: value.length };
}

export const batchedWriter = (run: ExcelRun): ReportWriter => new OfficeReportWriter(run);
export const naiveWriter = (run: ExcelRun): ReportWriter => new NaivePerRowWriter(run);
