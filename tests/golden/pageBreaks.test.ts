import type { ReportInput } from "../../src/domain/model/reportInput";
import {
  buildReport,
  REPORT_KINDS,
  REPORT_SHEET_NAMES,
  REPORT_SHEETS,
  type ReportKind,
} from "../../src/domain/reports/buildReport";
import { pagesOf } from "../../src/domain/sheet/pagination";
import { pageRowPoints } from "../../src/domain/sheet/printScale";
import type { SheetSpec } from "../../src/domain/sheet/sheetSpec";
import { loadFixture } from "../helpers/fixtures";

const SEEDS = ["seed000", "seed001", "seed002", "seed003", "seed004"];

/** Seed 001's measures six times over, in the six-month round: a long progress report (with scores for the plan and comparison). */
function long(): ReportInput {
  const input = loadFixture("seed001");
  return {
    ...input,
    round: "six-month",
    measures: Array.from({ length: 6 }, (_, k) =>
      input.measures.map((m) => ({ ...m, title: `${m.title} (${k + 1})` })),
    ).flat(),
  };
}

/**
 * Every report an input's scores allow: seed 004 has only its published overall score, no
 * indicator scores to analyse; seeds 000 and 003 (progress reports) have no scores at all.
 */
const NO_SCORES: readonly ReportKind[] = ["memo", "progress", "year-end"];
const kindsOf = (name: string): readonly ReportKind[] =>
  name === "seed004"
    ? REPORT_KINDS.filter((k) => k !== "analysis")
    : ["seed000", "seed003"].includes(name)
      ? NO_SCORES
      : REPORT_KINDS;

function sheets(input: ReportInput, kinds: readonly ReportKind[]): readonly SheetSpec[] {
  const built = buildReport(input, kinds);
  expect(built.issues).toEqual([]);
  return built.workbook.sheets;
}

const height = (spec: SheetSpec, first: number, last: number) => {
  let sum = 0;
  for (let r = first; r <= last; r++) sum += spec.rowHeights[r] ?? 15;
  return sum;
};
/** Points of rows a page after the first holds. */
const room = (spec: SheetSpec) => {
  const repeat = spec.print!.repeatRows;
  return (
    pageRowPoints(spec.print!, spec.print!.scale) -
    (repeat ? height(spec, repeat.first, repeat.last) : 0)
  );
};
const page = (spec: SheetSpec, row: number) =>
  pagesOf(spec.rows.length, spec.print!.pageBreaks).findIndex(
    (p) => row >= p.first && row <= p.last,
  );

describe.each([
  ...SEEDS.map((s) => [s, () => loadFixture(s)] as const),
  ["60 measures", long] as const,
])("page breaks of every report of %s", (name, input) => {
  const specs = sheets(input(), kindsOf(name));

  it("every report prints at a scale of its own and keeps each signature and each table row on one page", () => {
    // One sheet per report, and the covers the seed asks for (000 and 001), each a report sheet.
    expect(specs.filter((s) => Object.values(REPORT_SHEET_NAMES).includes(s.name))).toHaveLength(
      kindsOf(name).length,
    );
    expect(specs.map((s) => s.name).filter((n) => !REPORT_SHEETS.includes(n))).toEqual([]);
    for (const spec of specs) {
      expect(spec.print!.scale).toBeGreaterThanOrEqual(70);
      expect(spec.print!.scale).toBeLessThanOrEqual(100);
      // A block taller than a page cannot keep together (the plan's weakness over six long measures).
      const blocks = (spec.keep ?? []).filter(
        (k) =>
          (k.kind === "signature" || k.kind === "row") &&
          height(spec, k.first, k.last) <= room(spec),
      );
      for (const b of blocks)
        expect([spec.name, b, page(spec, b.first)]).toEqual([spec.name, b, page(spec, b.last)]);
    }
  });

  it("never starts a page with a signature: the text it signs goes with it", () => {
    for (const spec of specs)
      for (const b of (spec.keep ?? []).filter((k) => k.kind === "with-previous"))
        expect([spec.name, b, page(spec, b.first)]).toEqual([spec.name, b, page(spec, b.last)]);
  });

  it("prints the score comparison, from its title to the levels, on its first page", () => {
    const spec = specs.find((s) => s.name === "เปรียบเทียบคะแนน ITA");
    if (!kindsOf(name).includes("score-comparison")) return expect(spec).toBeUndefined();
    if (!spec) throw new Error("no score comparison");
    const levels = spec.rows.findIndex((r) => r[0] === "ระดับผลการประเมิน") + 1;
    expect(levels).toBeGreaterThan(0);
    expect(page(spec, levels)).toBe(0);
  });

  it("leaves no page after a measures table without a table row under its repeated header", () => {
    for (const spec of specs.filter((s) => s.print?.repeatRows)) {
      const header = spec.print!.repeatRows!.last;
      // Table rows have a cell in the second column; closing text is one merged banner or signature lines.
      const closing = (spec.keep ?? []).find((k) => k.kind === "closing");
      const tableEnd = closing ? closing.first : spec.rows.length;
      for (const p of pagesOf(spec.rows.length, spec.print!.pageBreaks).slice(1))
        expect([spec.name, p, p.first <= tableEnd]).toEqual([spec.name, p, true]);
      expect(header).toBeGreaterThan(0);
    }
  });
});
