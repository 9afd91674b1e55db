import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_INPUT } from "../../src/cli/demoInput";
import { main } from "../../src/cli/main";
import { parseInputJson } from "../../src/domain/input/parseInputJson";
import type { ReportInput } from "../../src/domain/model/reportInput";
import { buildReport, REPORT_KINDS, type ReportKind } from "../../src/domain/reports/buildReport";
import { pagesOf } from "../../src/domain/sheet/pagination";
import { pageRowPoints } from "../../src/domain/sheet/printScale";
import { DEFAULT_ROW_HEIGHT } from "../../src/domain/sheet/rowFit";
import type { KeepBlock, SheetSpec } from "../../src/domain/sheet/sheetSpec";
import { toArabicDigits } from "../../src/domain/thai/digits";
import { FIXTURE_DIR } from "../helpers/fixtures";
import { hasTool, pdfPageTexts } from "../helpers/tools";

/** The names of the fonts a PDF uses (pdffonts, one a line after its two header lines). */
const pdfFontNames = (pdf: string) =>
  execFileSync("pdffonts", [pdf], { encoding: "utf8" })
    .split("\n")
    .slice(2)
    .map((l) => l.split(/\s+/)[0]!)
    .filter(Boolean);

/**
 * The printed pages of every report kind, read back from the PDF with pdftotext page by page:
 * each document numbered on its own in its digits, LibreOffice breaking where our paginator
 * said, no page of signatures alone, none left much emptier than full before the document goes on,
 * the score comparison on one page.
 */
const dir = mkdtempSync(join(tmpdir(), "ita-layout-"));
const quiet = { out: () => undefined, err: () => undefined };
const MEMO = "บันทึกข้อความ";
const SCORES = "เปรียบเทียบคะแนน ITA";

interface Case {
  readonly name: string;
  readonly input: ReportInput;
  readonly kinds: readonly ReportKind[];
  readonly pdf: () => Promise<string>;
}

/**
 * Seed 004 publishes its overall score only: every report but the analysis (which needs indicator
 * scores); seeds 000 and 003 (progress reports) have no scores: the reports that need none.
 */
const kindsOf = (name: string): readonly ReportKind[] =>
  name === "seed004"
    ? REPORT_KINDS.filter((k) => k !== "analysis")
    : ["seed000", "seed003"].includes(name)
      ? ["memo", "progress", "year-end"]
      : REPORT_KINDS;

function fixtureCase(
  name: string,
  json: string = readFileSync(join(FIXTURE_DIR, `${name}.json`), "utf8"),
): Case {
  const read = parseInputJson(json);
  const file = join(dir, `${name}.json`);
  writeFileSync(file, json);
  return {
    name,
    input: read.input!,
    kinds: kindsOf(name),
    pdf: async () => {
      const pdf = join(dir, `${name}.pdf`);
      const code = await main(
        [
          "build",
          file,
          "-o",
          join(dir, `${name}.xlsx`),
          "--pdf",
          pdf,
          "--reports",
          kindsOf(name).join(","),
        ],
        quiet,
      );
      expect(code).toBe(0);
      return pdf;
    },
  };
}

/** Seed 001's ten measures six times over in the six-month round: a long input of 60 measures, with scores. */
function longCase(): Case {
  const seed = JSON.parse(readFileSync(join(FIXTURE_DIR, "seed001.json"), "utf8")) as {
    round: string;
    measures: { title: string }[];
  };
  seed.round = "six-month";
  seed.measures = Array.from({ length: 6 }, (_, k) =>
    seed.measures.map((m) => ({ ...m, title: `${m.title} (${k + 1})` })),
  ).flat();
  return fixtureCase("60-measures", JSON.stringify(seed));
}

/**
 * Seed 001's plan with one weakness typed over ten measures of indicator 9 (one merged cell),
 * under six of indicator 8: the heading and the merged cell are taller than what page 1 has left.
 */
function weaknessRunCase(): Case {
  const seed = JSON.parse(readFileSync(join(FIXTURE_DIR, "seed001.json"), "utf8")) as {
    measures: Record<string, unknown>[];
  };
  const weakness = "การเปิดเผยข้อมูลบนเว็บไซต์หลักของหน่วยงานยังไม่ครบถ้วน";
  seed.measures = [
    ...seed.measures.slice(0, 6).map((m) => ({ ...m, indicator: 8, weakness: "" })),
    ...seed.measures.map((m, k) => ({
      ...m,
      indicator: 9,
      weakness,
      title: `${String(m.title)} (${k + 1})`,
    })),
  ];
  return fixtureCase("weakness-run", JSON.stringify(seed));
}

const demoCase: Case = {
  name: "demo",
  input: DEMO_INPUT,
  kinds: REPORT_KINDS.filter((k) => k !== "progress"),
  pdf: async () => {
    expect(await main(["demo", "--out", join(dir, "demo")], quiet)).toBe(0);
    return join(dir, "demo", "demo-report.pdf");
  },
};

/** The page number a page carries, as printed: "หน้า ๒ จาก ๓", "- ๒ -", or none. */
function stampOf(text: string): { page: number; of?: number; digits: string } | null {
  const table = /หน้า ([0-9๐-๙]+) จาก ([0-9๐-๙]+)/.exec(text);
  if (table)
    return {
      page: Number(toArabicDigits(table[1]!)),
      of: Number(toArabicDigits(table[2]!)),
      digits: table[1]! + table[2]!,
    };
  const memo = /(?:^|\n)- ?([0-9๐-๙]+) ?-(?:\n|$)/.exec(text);
  return memo ? { page: Number(toArabicDigits(memo[1]!)), digits: memo[1]! } : null;
}

const pageCount = (spec: SheetSpec) => pagesOf(spec.rows.length, spec.print!.pageBreaks).length;
const filled = (spec: SheetSpec, row: number) =>
  (spec.rows[row - 1] ?? []).some((v) => v !== null && v !== "");
const filledAt = (spec: SheetSpec, row: number, column: number) => {
  const value = spec.rows[row - 1]?.[column - 1];
  return value !== null && value !== undefined && value !== "";
};
/** The blocks the paginator keeps together from this row on: those that start there, and the ones they overlap in turn. */
function keptFrom(spec: SheetSpec, row: number): KeepBlock[] {
  const keep = spec.keep ?? [];
  const out = keep.filter((k) => k.first === row);
  let last = Math.max(row, ...out.map((k) => k.last));
  for (let grew = true; grew;) {
    grew = false;
    for (const k of keep)
      if (!out.includes(k) && k.first >= row && k.first <= last) {
        out.push(k);
        last = Math.max(last, k.last);
        grew = true;
      }
  }
  return out;
}
/** Points of rows first..last as the paginator placed them (rows without a height are Excel's default). */
const rowsHeight = (spec: SheetSpec, first: number, last: number) => {
  let sum = 0;
  for (let r = first; r <= last; r++) sum += spec.rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
  return sum;
};

const withPdf =
  hasTool("soffice") && hasTool("pdftotext") && hasTool("pdffonts") && hasTool("fc-match")
    ? describe
    : describe.skip;

withPdf.each([
  demoCase,
  ...["seed000", "seed001", "seed002", "seed003", "seed004"].map((s) => fixtureCase(s)),
  longCase(),
  weaknessRunCase(),
])("printed pages of $name", (c) => {
  const built = buildReport(c.input, c.kinds);
  const specs = built.workbook.sheets;
  let pages: string[] = [];
  let fonts: string[] = [];

  beforeAll(async () => {
    expect(built.issues.filter((i) => i.severity === "error")).toEqual([]);
    const pdf = await c.pdf();
    pages = pdfPageTexts(pdf);
    fonts = pdfFontNames(pdf);
  }, 120_000);

  it("draws every character in the report font: no glyph taken from a fallback font (the plan's √)", () => {
    expect(fonts.length).toBeGreaterThan(0);
    for (const name of fonts) expect(name.replace(/^[A-Z]{6}\+/, "")).toMatch(/Sarabun/i);
  });

  it("numbers each document on its own, in its digits, where our page breaks put its pages", () => {
    const uncounted = (spec: SheetSpec) =>
      spec.print!.bareFirstPage ? (spec.print!.frontMatterPages ?? 0) : 0;
    const expected = specs.flatMap((spec) =>
      Array.from({ length: pageCount(spec) }, (_, i) =>
        // A cover (seeds 000 and 001) has no footer, so no page number; nor has a bare first page (the memo's, the analysis' foreword).
        // The foreword is front matter, not counted: the analysis' body reads from 1.
        i === 0 && spec.print!.bareFirstPage
          ? null
          : spec.name === MEMO
            ? { page: i + 1 }
            : spec.print!.footer
              ? { page: i + 1 - uncounted(spec), of: pageCount(spec) - uncounted(spec) }
              : null,
      ),
    );
    const printed = pages.map(stampOf);
    expect(
      printed.map((s) => (s ? { page: s.page, ...(s.of ? { of: s.of } : {}) } : null)),
    ).toEqual(expected);
    const digits = c.input.digitStyle === "thai" ? /^[๐-๙]+$/ : /^[0-9]+$/;
    for (const s of printed) if (s) expect(s.digits).toMatch(digits);
  });

  it("puts - ๒ - at the top of the memo's second page, if it has one", () => {
    const memo = specs.find((s) => s.name === MEMO)!;
    if (pageCount(memo) > 1)
      expect(pages[1]).toMatch(c.input.digitStyle === "thai" ? /- ?๒ ?-/ : /- ?2 ?-/);
    expect(stampOf(pages[0]!)).toBeNull();
  });

  it("prints no page that holds signatures alone", () => {
    for (const spec of specs) {
      const signatures = (spec.keep ?? []).filter((k) => k.kind === "signature");
      // Signature lines print on the right half; a person's own comment lines above them (the
      // memo's approvers) start at the left margin, in column A, and are text they sign.
      const signatureLine = (r: number) =>
        signatures.some((k) => r >= k.first && r <= k.last) && !filledAt(spec, r, 1);
      for (const p of pagesOf(spec.rows.length, spec.print!.pageBreaks)) {
        const rows = Array.from({ length: p.last - p.first + 1 }, (_, i) => p.first + i).filter(
          (r) => filled(spec, r),
        );
        const alone = rows.length > 0 && rows.every(signatureLine);
        expect([spec.name, p, alone]).toEqual([spec.name, p, false]);
      }
    }
  });

  it("leaves no heading alone at a page foot: it prints with the row after it", () => {
    for (const spec of specs) {
      const pages = pagesOf(spec.rows.length, spec.print!.pageBreaks);
      const page = (row: number) => pages.findIndex((p) => row >= p.first && row <= p.last);
      for (const k of (spec.keep ?? []).filter((b) => b.kind === "heading"))
        expect([spec.name, k, page(k.first + 1)]).toEqual([spec.name, k, page(k.first)]);
    }
  });

  /**
   * Less than 60 % full is what a block that jumped whole to the next page left: the memo's
   * approval chain (seeds 000, 003 and 004: 45, 46 and 54 %), the plan's group (seed 001: 43 %).
   * A foreword is exempt: it is a page of its own by the document's convention.
   */
  it("leaves no page less than 60 % full before a page that goes on with the document", () => {
    for (const spec of specs) {
      const print = spec.print!;
      const repeat = print.repeatRows;
      const pages = pagesOf(spec.rows.length, print.pageBreaks);
      // The text after a table goes whole with the table's last row (and the heading above that)
      // and the signatures under it: a page may end early before that, since none of them may
      // print alone (the notes kept with the memo's last signature are no such text).
      const signatures = (spec.keep ?? []).filter((k) => k.kind === "signature");
      for (const [i, p] of pages.slice(0, -1).entries()) {
        const closings = keptFrom(spec, pages[i + 1]!.first).filter((k) => k.kind === "closing");
        if (closings.some((c) => signatures.some((k) => k.first >= c.first && k.last <= c.last)))
          continue;
        // The foreword (คำนำ) is front matter: a page of its own however short it is.
        if (spec.rows[p.first - 1]?.[0] === "คำนำ") continue;
        const room =
          pageRowPoints(print, print.scale) -
          (repeat && p.first > repeat.last ? rowsHeight(spec, repeat.first, repeat.last) : 0);
        const full = Math.round((100 * rowsHeight(spec, p.first, p.last)) / room);
        expect([spec.name, p, full >= 60]).toEqual([spec.name, p, true]);
      }
    }
  });

  it("prints the score comparison, levels included, on one page", () => {
    const at = specs.findIndex((s) => s.name === SCORES);
    if (!c.kinds.includes("score-comparison")) return expect(at).toBe(-1);
    expect(at).toBeGreaterThanOrEqual(0);
    const first = specs.slice(0, at).reduce((n, s) => n + pageCount(s), 0);
    expect(stampOf(pages[first]!)).toMatchObject({ page: 1, of: 1 });
    expect(pages[first]).toContain("ระดับผลการประเมิน");
  });
});
