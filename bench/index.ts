/**
 * `npm run bench`: how the work grows with the number of measures.
 *
 *   npm run bench                      a Markdown table (as in docs/benchmarks.md)
 *   npm run bench -- --json            the same figures as JSON
 *   npm run bench -- --sizes 10,100 --runs 3
 *   npm run bench -- --curve 1000,5000,20000   the build's scale curve (default up to 20,000)
 *   npm run bench -- --only revalidate        re-read and check after one edit (bench/revalidate.ts)
 *
 * For each size: context.sync() calls and the largest request per full build and per validation
 * (through Microsoft's Excel client library against the simulated host, in bytes as the library
 * sends them; batched writer against a naive per-row one), the core's time to validate and to
 * describe every report sheet, and ExcelJS's time to write the .xlsx. Times are medians.
 * Then `ita-report build` end to end against the number of measures (the scale curve), and every
 * parser of user text on 100,000 characters; the bench fails when a parser is over its bound.
 * Last, the row fitter on words of 1,000 to 100,000 letters (`--only long-words`: that alone).
 */
import { cpus, platform, release, totalmem } from "node:os";
import { bundleSizes, type BundleSize } from "./bundleSizes";
import { PARSER_BOUND_MS, timeParsers, type ParserTiming } from "./parsers";
import { LONG_WORD_LENGTHS, timeLongWords, type LongWordTiming } from "./longWords";
import { pdfShare, type PdfShare } from "./pdfShare";
import { revalidateTable } from "./revalidate";
import { scaleCurve, type CurvePoint } from "./scaleCurve";
import type { ReportInput } from "../src/domain/model/reportInput";
import {
  batchedWriter,
  coreBuild,
  coreFitHeights,
  coreValidate,
  inputGrids,
  inputSheetValues,
  inputWithMeasures,
  seedInput,
  naiveWriter,
  officeBuild,
  officeValidation,
  xlsxWrite,
  type OfficeRun,
} from "./scenario";

interface Options {
  readonly json: boolean;
  readonly sizes: readonly number[];
  readonly curve: readonly number[];
  readonly runs: number;
  readonly onlyLongWords: boolean;
  readonly onlyRevalidate: boolean;
}

interface Measured {
  readonly syncs: number;
  /** Requests the client library sent by itself after the batch. */
  readonly cleanupRequests: number;
  readonly maxRequestBytes: number;
  /** Bytes of each sync of one run; left out for the naive writer (one per row). */
  readonly requestBytes?: readonly number[];
  readonly maxResponseBytes: number;
  /** Median wall time through the library and the simulated host (their work, not Excel's). */
  readonly ms: number;
}

interface SizeResult {
  /** "seed 001" for the fixture as it is, else the number of measures. */
  readonly label: string;
  readonly measures: number;
  readonly runs: number;
  readonly naiveRuns: number;
  readonly reportRows: number;
  readonly issues: number;
  readonly build: Measured;
  readonly naiveBuild: Measured;
  readonly validation: Measured;
  readonly naiveValidation: Measured;
  /** buildSpecsMs includes fitting every row's height; fitHeightsMs is that part measured alone. */
  readonly core: {
    readonly validateMs: number;
    readonly buildSpecsMs: number;
    readonly fitHeightsMs: number;
    readonly cells: number;
  };
  readonly xlsx: { readonly writeMs: number; readonly bytes: number };
  /** naive ÷ batched. */
  readonly ratios: {
    readonly buildSyncs: number;
    readonly validationSyncs: number;
    readonly buildMs: number;
    readonly validationMs: number;
  };
}

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value("--sizes") ?? "10,100,1000,5000").split(",").map(Number);
  const curve = (value("--curve") ?? "1000,2500,5000,10000,20000").split(",").map(Number);
  const runs = Number(value("--runs") ?? 5);
  if (
    [...sizes, ...curve].some((n) => !Number.isInteger(n) || n < 1) ||
    !Number.isInteger(runs) ||
    runs < 1
  )
    throw new Error(
      "usage: bench [--json] [--sizes 10,100,1000,5000] [--curve 1000,2500,5000,10000,20000] [--runs 5] [--only long-words|revalidate]",
    );
  return {
    json: argv.includes("--json"),
    sizes,
    curve,
    runs,
    onlyLongWords: value("--only") === "long-words",
    onlyRevalidate: value("--only") === "revalidate",
  };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function repeat<T>(n: number, f: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await f());
  return out;
}

function summarise(runs: readonly OfficeRun[], perSync = true): Measured {
  return {
    syncs: median(runs.map((r) => r.syncs)),
    cleanupRequests: median(runs.map((r) => r.cleanupRequests)),
    maxRequestBytes: Math.max(...runs.map((r) => r.maxRequestBytes)),
    ...(perSync ? { requestBytes: runs[0]!.requestBytes } : {}),
    maxResponseBytes: Math.max(...runs.map((r) => r.maxResponseBytes)),
    ms: median(runs.map((r) => r.ms)),
  };
}

/** Fewer runs where one run takes long, so that the whole bench stays within minutes. */
function runsFor(measures: number, asked: number): { runs: number; naiveRuns: number } {
  if (measures >= 5000) return { runs: Math.min(asked, 3), naiveRuns: 1 };
  if (measures >= 1000) return { runs: asked, naiveRuns: Math.min(asked, 3) };
  return { runs: asked, naiveRuns: asked };
}

async function measure(
  label: string,
  input: ReportInput,
  asked: number,
  log: (s: string) => void,
): Promise<SizeResult> {
  const measures = input.measures.length;
  const { runs, naiveRuns } = runsFor(measures, asked);
  const sheets = inputSheetValues(input);
  const grids = inputGrids(input);

  log(`${label}: core`);
  const validated = await repeat(runs, () => coreValidate(grids));
  const built = await repeat(runs, async () => coreBuild(input));
  const workbook = built[0]!.workbook;
  const fitted = await repeat(runs, async () => coreFitHeights(workbook));
  log(`${label}: ExcelJS`);
  const xlsx = await repeat(runs, () => xlsxWrite(workbook));
  log(`${label}: Office.js through the client library`);
  const build = summarise(await repeat(runs, () => officeBuild(sheets, workbook, batchedWriter)));
  const validationRuns = await repeat(runs, () => officeValidation(sheets, false));
  const validation = summarise(validationRuns);
  log(`${label}: naive per-row writer`);
  const naiveBuild = summarise(
    await repeat(naiveRuns, () => officeBuild(sheets, workbook, naiveWriter, true)),
    false,
  );
  const naiveValidation = summarise(
    await repeat(naiveRuns, () => officeValidation(sheets, true)),
    false,
  );

  return {
    label,
    measures,
    runs,
    naiveRuns,
    reportRows: built[0]!.rows,
    issues: validationRuns[0]!.issues,
    build,
    naiveBuild,
    validation,
    naiveValidation,
    core: {
      validateMs: median(validated.map((v) => v.ms)),
      buildSpecsMs: median(built.map((b) => b.ms)),
      fitHeightsMs: median(fitted.map((f) => f.ms)),
      cells: fitted[0]!.cells,
    },
    xlsx: { writeMs: median(xlsx.map((x) => x.ms)), bytes: xlsx[0]!.bytes },
    ratios: {
      buildSyncs: naiveBuild.syncs / build.syncs,
      validationSyncs: naiveValidation.syncs / validation.syncs,
      buildMs: naiveBuild.ms / build.ms,
      validationMs: naiveValidation.ms / validation.ms,
    },
  };
}

function machine() {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpu: cpu[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : int(n));
const kb = (bytes: number) => (bytes < 10_240 ? (bytes / 1024).toFixed(1) : int(bytes / 1024));
const times = (n: number) => `${n < 10 ? n.toFixed(1) : int(n)}×`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const rule = `|${header.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function curveTable(points: readonly CurvePoint[]): string {
  return table(
    [
      "Measures",
      "Input .xlsx (KB)",
      "Report .xlsx (KB)",
      "ita-report build (ms)",
      "per measure (ms)",
      "Runs",
    ],
    points.map((p) => [
      int(p.measures),
      int(p.inputKB),
      int(p.outputKB),
      int(p.buildMs),
      (p.buildMs / p.measures).toFixed(2),
      String(p.runs),
    ]),
  );
}

function pdfTable(rows: readonly PdfShare[] | null): string {
  if (rows === null) return "LibreOffice not found: no PDF figures.";
  return table(
    [
      "Report",
      "Pages",
      "Build + .xlsx (ms)",
      "Sheets for PDF (ms)",
      "LibreOffice (ms)",
      "Join + numbers (ms)",
      "Ours of the whole",
      "Runs",
    ],
    rows.map((r) => {
      const ours = r.buildMs + r.sheetsMs + r.stampMs;
      return [
        r.label,
        String(r.pages),
        int(r.buildMs),
        int(r.sheetsMs),
        int(r.libreOfficeMs),
        int(r.stampMs),
        `${int(ours)} of ${int(ours + r.libreOfficeMs)} (${Math.round((100 * ours) / (ours + r.libreOfficeMs))} %)`,
        String(r.runs),
      ];
    }),
  );
}

function parserTable(timings: readonly ParserTiming[]): string {
  return table(
    ["Parser", "10,000 chars (ms)", "100,000 chars (ms)", "×", `Bound ${PARSER_BOUND_MS} ms`],
    timings.map((t) => [
      t.parser,
      ms(t.ms10k),
      ms(t.ms100k),
      times(t.ms100k / Math.max(t.ms10k, 0.01)),
      t.withinBound ? "ok" : "OVER",
    ]),
  );
}

function longWordTable(timings: readonly LongWordTiming[]): string {
  return table(
    [
      "Word",
      ...LONG_WORD_LENGTHS.map((n) => `${int(n)} letters (ms)`),
      "µs per letter at 1,000 / 100,000",
      "Largest heap growth (MB)",
    ],
    [...new Set(timings.map((t) => t.kind))].map((kind) => {
      const row = timings.filter((t) => t.kind === kind);
      const perLetter = (t: LongWordTiming | undefined) =>
        t ? ((1000 * t.ms) / t.letters).toFixed(2) : "–";
      return [
        kind,
        ...LONG_WORD_LENGTHS.map((n) => {
          const t = row.find((r) => r.letters === n);
          return t ? `${ms(t.ms)} (${int(t.lines)} lines)` : "–";
        }),
        `${perLetter(row[0])} / ${perLetter(row.at(-1))}`,
        int(Math.max(...row.map((t) => t.heapMB))),
      ];
    }),
  );
}

function report(
  results: readonly SizeResult[],
  curve: readonly CurvePoint[],
  pdf: readonly PdfShare[] | null,
  parsers: readonly ParserTiming[],
  longWords: readonly LongWordTiming[],
  sizes: BundleSize[] | null,
  m: ReturnType<typeof machine>,
): string {
  const roundTrips = table(
    [
      "Measures",
      "Report rows",
      "Build syncs",
      "naive",
      "×",
      "Requests (KB each)",
      "Largest (KB)",
      "naive (KB)",
      "Validation syncs",
      "naive",
      "×",
      "Largest read response (KB)",
      "naive (KB)",
    ],
    results.map((r) => [
      r.label,
      int(r.reportRows),
      int(r.build.syncs),
      int(r.naiveBuild.syncs),
      times(r.ratios.buildSyncs),
      (r.build.requestBytes ?? []).map(kb).join(" + "),
      kb(r.build.maxRequestBytes),
      kb(r.naiveBuild.maxRequestBytes),
      int(r.validation.syncs),
      int(r.naiveValidation.syncs),
      times(r.ratios.validationSyncs),
      kb(r.validation.maxResponseBytes),
      kb(r.naiveValidation.maxResponseBytes),
    ]),
  );
  const timesTable = table(
    [
      "Measures",
      "Validate (core)",
      "Build all specs (core)",
      "of which row heights",
      "Text cells",
      "ExcelJS write",
      ".xlsx (KB)",
      "Build, simulated",
      "naive",
      "×",
      "Validation, simulated",
      "naive",
      "×",
      "Runs",
    ],
    results.map((r) => [
      r.label,
      ms(r.core.validateMs),
      ms(r.core.buildSpecsMs),
      ms(r.core.fitHeightsMs),
      int(r.core.cells),
      ms(r.xlsx.writeMs),
      kb(r.xlsx.bytes),
      ms(r.build.ms),
      ms(r.naiveBuild.ms),
      times(r.ratios.buildMs),
      ms(r.validation.ms),
      ms(r.naiveValidation.ms),
      times(r.ratios.validationMs),
      r.naiveRuns === r.runs ? String(r.runs) : `${r.runs} (naive ${r.naiveRuns})`,
    ]),
  );
  const bundles =
    sizes === null
      ? "Production bundle: dist/ not found: run npm run build first."
      : table(
          ["Bundle (dist/)", "Raw (KB)", "gzip (KB)"],
          sizes.map((b) => [b.file, kb(b.raw), kb(b.gzip)]),
        );
  return [
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.date}`,
    "",
    "Office.js round trips per operation (through Microsoft's client library; bytes as it sends them, UTF-8)",
    "",
    roundTrips,
    "",
    "Median times in milliseconds",
    "",
    timesTable,
    "",
    "Scale curve: `ita-report build` of every report kind from an input workbook on disk (median wall time)",
    "",
    curveTable(curve),
    "",
    "Build with PDF (each document numbered on its own; one LibreOffice run): our share, median of the runs",
    "",
    pdfTable(pdf),
    "",
    "Parsers of user text: slowest of each parser's worst inputs (median of 5 runs)",
    "",
    parserTable(parsers),
    "",
    longWordSection(longWords),
    "",
    bundles,
  ].join("\n");
}

const longWordSection = (timings: readonly LongWordTiming[]): string =>
  [
    "Row fitter on one word longer than any line (column 40 characters wide, 16 pt; median of 5 runs, each a new word)",
    "",
    longWordTable(timings),
  ].join("\n");

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  if (options.onlyRevalidate) {
    log("re-read and check after one edit");
    process.stdout.write(`${await revalidateTable([1_000, 5_000, 20_000], options.runs)}\n`);
    return;
  }
  if (options.onlyLongWords) {
    log("row fitter on long words");
    const longWords = timeLongWords(5);
    process.stdout.write(
      options.json
        ? `${JSON.stringify({ machine: machine(), longWords }, null, 2)}\n`
        : `${longWordSection(longWords)}\n`,
    );
    return;
  }
  log("warming up");
  await measure("warm-up", inputWithMeasures(10), 1, () => undefined);
  const results: SizeResult[] = [await measure("seed 001", seedInput(), options.runs, log)];
  for (const n of options.sizes)
    results.push(await measure(int(n), inputWithMeasures(n), options.runs, log));
  const curve = await scaleCurve(options.curve, Math.min(options.runs, 3), log);
  const pdf = await pdfShare(Math.min(options.runs, 3), log);
  log("parsers of user text");
  const parsers = timeParsers(5);
  log("row fitter on long words");
  const longWords = timeLongWords(5);
  const sizes = bundleSizes();
  const m = machine();
  if (options.json)
    process.stdout.write(
      `${JSON.stringify({ machine: m, results, curve, pdf, parsers, longWords, bundles: sizes }, null, 2)}\n`,
    );
  else process.stdout.write(`${report(results, curve, pdf, parsers, longWords, sizes, m)}\n`);
  const over = parsers.filter((p) => !p.withinBound);
  if (over.length > 0) {
    process.stderr.write(
      `bench: over the ${PARSER_BOUND_MS} ms bound on 100,000 characters: ${over.map((p) => p.parser).join(", ")}\n`,
    );
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
