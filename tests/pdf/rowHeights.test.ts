import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_INPUT } from "../../src/cli/demoInput";
import { parseInputJson } from "../../src/domain/input/parseInputJson";
import type { ReportInput } from "../../src/domain/model/reportInput";
import {
  buildReport,
  REPORT_KINDS,
  REPORT_SHEET_NAMES,
  type ReportKind,
} from "../../src/domain/reports/buildReport";
import type { SheetSpec } from "../../src/domain/sheet/sheetSpec";
import { XlsxReportWriter } from "../../src/xlsx/xlsxReportWriter";
import { FIXTURE_DIR } from "../helpers/fixtures";
import { hasTool } from "../helpers/tools";

/**
 * Row heights against LibreOffice's own optimal heights (what Excel's autofit does), asked over
 * UNO by tests/pdf/lo-measure.py in one LibreOffice run for every case: per report kind, the
 * median wrapped row within 0.97x to 1.15x of the height its text needs, none above 1.35x, none
 * clipped, no cell merged down several rows taller than its rows; and LibreOffice starting its
 * pages at the rows our paginator breaks at.
 */
const dir = mkdtempSync(join(tmpdir(), "ita-row-heights-"));
/** One hundredth of a millimetre, LibreOffice's unit of length: the rounding of a stored height. */
const ROUNDING = 72 / 2540;

interface RowMeasure {
  readonly row: number;
  readonly stored: number;
  readonly optimal: number | null;
  readonly wrapped: boolean;
  readonly text: string;
}
interface SheetMeasure {
  readonly rows: readonly RowMeasure[];
  readonly mergedDown: readonly { row: number; rows: number; needed: number; height: number }[];
  readonly pageStarts: readonly number[];
}

interface Case {
  readonly name: string;
  readonly input: ReportInput;
  readonly kinds: readonly ReportKind[];
}

/** A seed's measures repeated to `count`, each title numbered by its round: a long input. */
function longCase(seed: string, count: number): Case {
  const json = JSON.parse(readFileSync(join(FIXTURE_DIR, `${seed}.json`), "utf8")) as {
    fiscalYearBE: number;
    scores: object;
    measures: { title: string }[];
  };
  // Seeds 000 and 003 have no scores: the year before takes seed 001's ITA 2567 figures, so the plan and the analysis build.
  const scored = JSON.parse(readFileSync(join(FIXTURE_DIR, "seed001.json"), "utf8")) as {
    scores: Record<string, object>;
  };
  json.scores = { [json.fiscalYearBE - 1]: scored.scores["2567"]! };
  const base = json.measures;
  json.measures = Array.from({ length: count }, (_, i) => ({
    ...base[i % base.length]!,
    title: `${base[i % base.length]!.title} (${Math.floor(i / base.length) + 1})`,
  }));
  const read = parseInputJson(JSON.stringify(json));
  return { name: `${seed} × ${count} measures`, input: read.input!, kinds: REPORT_KINDS };
}

const CASES: readonly Case[] = [
  { name: "demo", input: DEMO_INPUT, kinds: REPORT_KINDS.filter((k) => k !== "progress") },
  // Six-month rounds both: seed 003 in Arabic digits with comments, seed 000 in Thai digits.
  longCase("seed003", 24),
  longCase("seed000", 60),
];

const kindOf = (sheet: string) =>
  (Object.entries(REPORT_SHEET_NAMES).find(([, name]) => name === sheet)?.[0] ??
    sheet) as ReportKind;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const withLibreOffice =
  hasTool("soffice") && hasTool("/usr/bin/python3") ? describe : describe.skip;

withLibreOffice("row heights against LibreOffice's optimal heights", () => {
  const built = CASES.map((c) => ({
    c,
    specs: buildReport(c.input, c.kinds).workbook.sheets.filter((s) => s.role === "report"),
  }));
  let measured: Record<string, Record<string, SheetMeasure>> = {};
  const fileOf = (c: Case) => join(dir, `${CASES.indexOf(c)}.xlsx`);

  beforeAll(async () => {
    for (const { c, specs } of built) {
      const writer = new XlsxReportWriter();
      await writer.write({ sheets: specs });
      writeFileSync(fileOf(c), await writer.toBuffer());
    }
    const out = join(dir, "measured.json");
    execFileSync(
      "/usr/bin/python3",
      [join(__dirname, "lo-measure.py"), out, ...CASES.map(fileOf)],
      { stdio: "ignore", timeout: 170_000 },
    );
    measured = JSON.parse(readFileSync(out, "utf8")) as typeof measured;
  }, 180_000);

  const sheetsOf = (c: Case) => built.find((b) => b.c === c)!.specs;
  const measureOf = (c: Case, spec: SheetSpec) => measured[fileOf(c)]![spec.name]!;

  describe.each(CASES)("$name", (c) => {
    it("fits every kind's wrapped rows to their text: median 0.97x to 1.15x of LibreOffice's height, none above 1.35x, none clipped", () => {
      for (const spec of sheetsOf(c)) {
        const rows = measureOf(c, spec).rows.filter(
          (r) => r.wrapped && r.optimal !== null && r.optimal > 0,
        );
        expect([spec.name, rows.length > 0]).toEqual([spec.name, true]);
        const ratios = rows.map((r) => r.stored / r.optimal!);
        const m = median(ratios);
        expect([kindOf(spec.name), m >= 0.97 && m <= 1.15, m]).toEqual([
          kindOf(spec.name),
          true,
          m,
        ]);
        const tall = rows
          .filter((r) => r.stored / r.optimal! > 1.35)
          .map(
            (r) => `row ${r.row} ${(r.stored / r.optimal!).toFixed(2)}x: ${r.text.slice(0, 60)}`,
          );
        const clipped = rows
          .filter((r) => r.stored + ROUNDING < r.optimal!)
          .map(
            (r) =>
              `row ${r.row} ${r.stored.toFixed(2)} < ${r.optimal!.toFixed(2)} pt: ${r.text.slice(0, 60)}`,
          );
        expect({ sheet: spec.name, tall, clipped }).toEqual({
          sheet: spec.name,
          tall: [],
          clipped: [],
        });
      }
    });

    it("gives a cell merged down several rows (the plan's weak indicator) rows that hold its text", () => {
      for (const spec of sheetsOf(c)) {
        const short = measureOf(c, spec)
          .mergedDown.filter((m) => m.height + ROUNDING < m.needed)
          .map(
            (m) =>
              `rows ${m.row}+${m.rows - 1}: ${m.height.toFixed(2)} < ${m.needed.toFixed(2)} pt`,
          );
        expect({ sheet: spec.name, short }).toEqual({ sheet: spec.name, short: [] });
      }
    });

    it("is paged by LibreOffice where our page breaks say, at the heights the file stores", () => {
      for (const spec of sheetsOf(c)) {
        const ours = spec.print!.pageBreaks.filter((r) => r > 1 && r <= spec.rows.length);
        expect({ sheet: spec.name, starts: measureOf(c, spec).pageStarts }).toEqual({
          sheet: spec.name,
          starts: ours,
        });
      }
    });
  });
});
