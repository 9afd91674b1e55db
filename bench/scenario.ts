/**
 * One benchmark size: the input with N measures, and the operations measured on it.
 * Every Office.js figure comes from the recording fake (tests/fakes/fakeExcel.ts): its sync count
 * and its payload estimate per sync (the JSON length of the queued operations).
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
import { createFakeExcel, type FakeExcel, type FakeInitialValue } from "../tests/fakes/fakeExcel";
import seed001 from "../tests/fixtures/seed001.json";
import { NaivePerRowReader, NaivePerRowWriter, naiveMarkIssueCells } from "./naiveOffice";

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
export function inputSheetValues(input: ReportInput): Record<string, FakeInitialValue[][]> {
  const cell = (v: CellValue): FakeInitialValue => {
    if (v === null || typeof v !== "object") return v;
    const date = fromIsoDate(v.date);
    return date ? toExcelSerial(date) : v.date;
  };
  return Object.fromEntries(buildInputSheets(input).map((s) => [s.name, s.rows.map((row) => row.map(cell))]));
}

/** The grids a reader would return, for timing the pure core alone. */
export function inputGrids(input: ReportInput): WorkbookGrids {
  const values = inputSheetValues(input);
  return new Map(Object.entries(values).map(([name, rows]) => [name, rows.map((r) => r.map((v): CellInput => v))]));
}

/**
 * The size of what a validation reads back (values and valueTypes as JSON), which the fake does
 * not count: `batched` is every input sheet in one response, `perRow` the largest single row.
 */
export function readResponseBytes(sheets: Record<string, FakeInitialValue[][]>): { batched: number; perRow: number } {
  const type = (v: FakeInitialValue) => (v === null || v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String");
  const rowBytes = (row: FakeInitialValue[], width: number) => {
    const cells = Array.from({ length: width }, (_, c) => row[c] ?? "");
    return JSON.stringify(cells).length + JSON.stringify(cells.map(type)).length;
  };
  let batched = 0;
  let perRow = 0;
  for (const rows of Object.values(sheets)) {
    const width = Math.max(1, ...rows.map((r) => r.length));
    for (const row of rows) {
      const bytes = rowBytes(row, width);
      batched += bytes;
      perRow = Math.max(perRow, bytes);
    }
  }
  return { batched, perRow };
}

class MemoryReader implements WorkbookReader {
  constructor(private readonly grids: WorkbookGrids) {}
  async readSheets(names: readonly string[]): Promise<WorkbookGrids> {
    return new Map([...this.grids].filter(([name]) => names.includes(name)));
  }
}

/** Round trips and request sizes of one Office.js operation on the fake. */
export interface OfficeRun {
  readonly syncs: number;
  /** Largest payload estimate of one sync, in bytes. */
  readonly maxRequestBytes: number;
  /** The payload estimate of every sync, in order. */
  readonly requestBytes: readonly number[];
  readonly ms: number;
}

function syncStats(fake: FakeExcel, from: number, ms: number): OfficeRun {
  const requestBytes = fake.syncs.slice(from).map((s) => s.payloadBytes);
  return { syncs: requestBytes.length, maxRequestBytes: Math.max(0, ...requestBytes), requestBytes, ms };
}

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t0 };
}

/** A full build: every report sheet written into a workbook that holds the input sheets. */
export async function officeBuild(
  sheets: Record<string, FakeInitialValue[][]>,
  workbook: WorkbookSpec,
  makeWriter: (run: ExcelRun) => ReportWriter,
): Promise<OfficeRun> {
  const fake = createFakeExcel({ sheets });
  const { ms } = await timed(() => makeWriter(fake.run).write(workbook));
  return syncStats(fake, 0, ms);
}

/** A validation: read the input sheets, run every check, colour the cells with issues. */
export async function officeValidation(
  sheets: Record<string, FakeInitialValue[][]>,
  naive: boolean,
): Promise<OfficeRun & { issues: number }> {
  const fake = createFakeExcel({ sheets });
  const { value: issues, ms } = await timed(async () => {
    const read = await loadInput(naive ? new NaivePerRowReader(fake.run) : new OfficeWorkbookReader(fake.run));
    const mark = naive ? naiveMarkIssueCells : markIssueCells;
    await mark(fake.run, read.issues);
    return read.issues;
  });
  return { ...syncStats(fake, 0, ms), issues: issues.length };
}

/** Pure core: read the grids and run every check. */
export async function coreValidate(grids: WorkbookGrids): Promise<{ ms: number; issues: readonly ValidationIssue[] }> {
  const { value, ms } = await timed(() => loadInput(new MemoryReader(grids)));
  return { ms, issues: value.issues };
}

/** Pure core: describe every report sheet. */
export function coreBuild(input: ReportInput): { ms: number; workbook: WorkbookSpec; rows: number } {
  const t0 = performance.now();
  const built = buildReport(input, REPORT_KINDS);
  const ms = performance.now() - t0;
  if (built.issues.length > 0) throw new Error(`buildReport: ${built.issues.map((i) => i.message).join("; ")}`);
  return { ms, workbook: built.workbook, rows: built.workbook.sheets.reduce((n, s) => n + s.rows.length, 0) };
}

/**
 * The text measuring alone, as every build does it: each report row's height from its cells'
 * text, fonts and widths (line breaks at Thai words), on sheets already described.
 */
export function coreFitHeights(workbook: WorkbookSpec): { ms: number; cells: number } {
  const t0 = performance.now();
  let cells = 0;
  for (const s of workbook.sheets) {
    fitRowHeights({ rows: s.rows, columns: s.columns, styles: s.styles, merges: s.merges, defaultFontSize: s.defaultFont.size, minimums: {} });
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
