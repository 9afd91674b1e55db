import { barText, instrumentLabel } from "../framework/frameworkText";
import { organizationFullName } from "../model/organization";
import { type ReportInput } from "../model/reportInput";
import { instrumentText, paragraphsOf, userOrDraft } from "../model/reportTexts";
import { cellRange } from "../sheet/cellRange";
import { integerFormat, scoreFormat } from "../sheet/numberFormats";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { SheetSpec } from "../sheet/sheetSpec";
import type { ScoreSummary } from "../scoring/scoreSummary";
import type { Standing } from "../scoring/standing";
import { formatHundredths, type Hundredths } from "../numbers/hundredths";
import { analyse, analysisSentences } from "./analysisText";
import { digitsOf } from "./reportText";
import { addReportHeading } from "./reportHeading";
import { formulaNotes, statusNotes } from "./frameworkNotes";
import { appendNotes } from "./reportNotes";
import { rightHalfLine } from "./signatureBlock";
import { a4Print, REPORT_TAB_COLOR, reportLook } from "./reportStyle";
import type { ReportDefinition } from "./reportDefinition";

export const ANALYSIS_SHEET = "วิเคราะห์ผล ITA";

const standingText = (standing: Standing, pass: number): string =>
  ({ strength: "จุดแข็ง", "to-develop": "ต้องพัฒนา", "below-pass": `ต่ำกว่าเกณฑ์ ${barText(pass)}` })[
    standing
  ];
const INDENT = "\u00a0".repeat(8);

/**
 * The analysis of the latest ITA results (seeds 002 and 004): overall score and level against
 * the previous year, the instruments against the pass mark, the indicators ranked with their standing,
 * strengths, points to develop and the lowest indicator, and each instrument's weak points;
 * every paragraph is the user's own where they wrote one, drafted from the scores elsewhere.
 * The user's foreword and rationale, where written, open it (nothing is drafted for them).
 */
export function buildAnalysisSheet(input: ReportInput, summary: ScoreSummary): SheetSpec | null {
  const a = analyse(summary);
  if (!a) return null;
  const d = digitsOf(input);
  const look = reportLook(input.font);
  const text = analysisSentences(a, organizationFullName(input.organization));
  const columns = [{ width: 8 }, { width: 36 }, { width: 10 }, { width: 12 }, { width: 20 }];
  const b = new SheetBuilder({
    name: ANALYSIS_SHEET,
    role: "report",
    defaultFont: input.font,
    columns,
    tabColor: REPORT_TAB_COLOR,
  });
  const paragraph = (t: string, indent = true) =>
    b.addBanner(d(indent ? INDENT + t : t), { wrap: true, vertical: "top" });
  // The user's own paragraphs replace each drafted one.
  const paragraphs = (own: string, draft: string) =>
    userOrDraft(own, [draft]).forEach((p) => paragraph(p));
  const own = input.texts;
  // A heading goes with the paragraph after it (and that with the table head and first row, where one follows).
  const heading = (t: string) =>
    b.keepTogether(b.nextRow, b.nextRow + 1, "heading").addBanner(d(t), { font: { bold: true } });

  // The user's foreword (seed 002's คำนำ), where written: a page of its own before the report.
  // Its author and date lines sit on the right half, as seed 002 prints them; its pages are front
  // matter, so they carry no page number (in the PDF; Excel numbers all but the first).
  const foreword = forewordParts(own.analysisForeword);
  // The row the body starts on, after a foreword (front matter: unnumbered, however many pages).
  let bodyStart: number | null = null;
  if (foreword.paragraphs.length > 0) {
    b.keepTogether(b.nextRow, b.nextRow + 1, "heading").addBanner("คำนำ", look.title);
    foreword.paragraphs.forEach((p) => paragraph(p));
    if (foreword.closing.length > 0) {
      b.addRow();
      const first = b.nextRow;
      foreword.closing.forEach((line) => rightHalfLine(b, d(line), false, true));
      b.keepTogether(first - 2, b.nextRow - 1, "signature");
    }
    bodyStart = b.nextRow;
    b.pageBreakBefore(bodyStart);
  }
  addReportHeading(b, input, look, {
    kind: ANALYSIS_KIND,
    product: analysisHeading(a.year.fiscalYearBE),
  });

  // The user's rationale (seed 002's หลักการและเหตุผล), where written, before the results; never drafted.
  const rationale = paragraphsOf(own.analysisRationale);
  if (rationale.length > 0) {
    heading("หลักการและเหตุผล");
    rationale.forEach((p) => paragraph(p));
    b.addRow();
  }

  heading("1. ผลการประเมินภาพรวม");
  paragraphs(own.analysisOverall, text.overall);
  const pass = a.thresholds.pass;
  const verdict = (score: number) => (score >= pass ? "ผ่าน" : "ต่ำกว่าเกณฑ์");
  const head = b.addRow(["", "แบบวัด", "", "คะแนน", d(`เทียบเกณฑ์ ${barText(pass)}`)]);
  b.merge(cellRange(head, 1, head, 3)).style(b.wholeRow(head), look.tableHeader);
  b.keepTogether(head - 1, head + a.year.framework.instruments.length + 1, "table");
  const firstInst = b.nextRow;
  for (const { code } of a.year.framework.instruments) {
    // An instrument without a computed or published score shows a dash (see the notes).
    const inst = a.year.instruments.find((i) => i.code === code);
    const row = b.addRow([
      instrumentLabel(a.year.framework, code),
      null,
      null,
      inst ? inst.score / 100 : "-",
      inst ? verdict(inst.score) : "-",
    ]);
    b.merge(cellRange(row, 1, row, 3));
  }
  const totalRow = b.addRow([
    d(`คะแนนรวม ITA (ระดับ “${a.year.level}”)`),
    null,
    null,
    a.year.overall / 100,
    verdict(a.year.overall),
  ]);
  b.merge(cellRange(totalRow, 1, totalRow, 3));
  b.style(b.rowsRange(firstInst, totalRow), look.body).style(b.wholeRow(totalRow), look.totalRow);
  b.style(cellRange(firstInst, 4, totalRow, 5), { horizontal: "center" }).style(
    cellRange(firstInst, 4, totalRow, 4),
    { numberFormat: scoreFormat(input.digitStyle) },
  );

  b.addRow();
  heading("2. คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย");
  paragraphs(own.analysisPassCount, text.passCount);
  const rankHead = b.addRow(["ลำดับ", "ตัวชี้วัด", "แบบวัด", "คะแนน", "ผลการวิเคราะห์"]);
  b.keepTogether(rankHead - 1, rankHead + a.ranked.length, "table");
  b.style(b.wholeRow(rankHead), look.tableHeader);
  const firstRank = b.nextRow;
  for (const r of a.ranked) {
    const row = b.addRow([
      r.rank,
      d(`ตัวชี้วัดที่ ${r.number} ${r.name}`),
      r.instrument,
      r.score / 100,
      d(standingText(r.standing, pass)),
    ]);
    if (r.standing === "below-pass")
      b.style(cellRange(row, 4, row, 5), { font: { color: "#C00000", bold: true } });
  }
  const lastRank = b.nextRow - 1;
  b.style(b.rowsRange(firstRank, lastRank), look.body);
  b.style(cellRange(firstRank, 1, lastRank, 1), {
    horizontal: "center",
    numberFormat: integerFormat(input.digitStyle),
  });
  b.style(cellRange(firstRank, 3, lastRank, 5), { horizontal: "center" });
  b.style(cellRange(firstRank, 4, lastRank, 4), { numberFormat: scoreFormat(input.digitStyle) });
  paragraphs(own.analysisStrengths, text.strengths);
  paragraphs(own.analysisToDevelop, text.toDevelop);
  paragraphs(own.analysisLowest, text.lowest);

  b.addRow();
  heading("3. จุดที่ต้องพัฒนาแยกตามแบบวัด");
  Object.entries(text.instruments).forEach(([code, sentence], i) => {
    paragraphs(instrumentText(own, "analysis", code), `3.${i + 1} ${sentence}`);
    // The findings sit one indent deeper, under their instrument.
    findingsOf(input, a, code).forEach((p) => paragraph(INDENT + p));
  });
  const shown = a.previous ? [a.previous, a.year] : [a.year];
  appendNotes(b, [...formulaNotes(shown), ...statusNotes(shown)], d, input.font.size);

  const spec = b.build({
    print: {
      ...a4Print("portrait", input.digitStyle),
      ...(bodyStart !== null ? { bareFirstPage: true } : {}),
    },
  });
  return bodyStart === null
    ? spec
    : {
        ...spec,
        print: {
          ...spec.print!,
          frontMatterPages: frontMatterPages(spec.print!.pageBreaks, bodyStart),
        },
      };
}

/**
 * How many pages a foreword fills before the report's body, which starts a page at `bodyStart`:
 * one, and one more for each page break the rows put inside the foreword (a long one).
 */
export function frontMatterPages(pageBreaks: readonly number[], bodyStart: number): number {
  return 1 + pageBreaks.filter((row) => row < bodyStart).length;
}

/**
 * The user's findings about the indicators of one instrument (seed 002's section 3), as the lines
 * they print: "(1) ตัวชี้วัดที่ 8 … (61.37 คะแนน)" and the user's first paragraph, the others after
 * it; scored indicators first, highest score first, then any without a score.
 */
function findingsOf(
  input: ReportInput,
  a: NonNullable<ReturnType<typeof analyse>>,
  code: string,
): string[] {
  const findings = input.findings;
  if (!findings || findings.size === 0) return [];
  const ranked = a.ranked.filter((r) => r.instrument === code);
  const unscored = a.year.framework.indicators.filter(
    (i) => i.instrument === code && !ranked.some((r) => r.number === i.number),
  );
  const order = [
    ...ranked.map((r) => ({ number: r.number, name: r.name, score: r.score as Hundredths | null })),
    ...unscored.map((i) => ({ number: i.number, name: i.name, score: null })),
  ];
  return order
    .filter((i) => paragraphsOf(findings.get(i.number) ?? "").length > 0)
    .flatMap((i, k) => {
      const [first, ...rest] = paragraphsOf(findings.get(i.number)!);
      const score = i.score === null ? "" : ` (${formatHundredths(i.score, "arabic")} คะแนน)`;
      return [`(${k + 1}) ตัวชี้วัดที่ ${i.number} ${i.name}${score} ${first}`, ...rest];
    });
}

const ANALYSIS_KIND = "analysis";

/** The analysis' title as the product words it, naming the analysed year. */
const analysisHeading = (yearBE: number): string =>
  `รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${yearBE}`;

/** The analysis report, for the registry (reportRegistry.ts). */
export const ANALYSIS_REPORT = {
  kind: ANALYSIS_KIND,
  sheet: ANALYSIS_SHEET,
  title: "รายงานการวิเคราะห์ผลการประเมิน ITA",
  needs: () => ["indicator-scores"],
  build: buildAnalysisSheet,
  heading: (_input, summary) => {
    const a = analyse(summary);
    return a ? analysisHeading(a.year.fiscalYearBE) : "";
  },
} as const satisfies ReportDefinition;

/** The longest a foreword's closing line may be (its author or date), in characters. */
const CLOSING_LINE_MAX = 80;

/**
 * A foreword split into its paragraphs and its closing lines (who wrote it, and when): the
 * lines after its last empty line, when there are at most three, each short, and paragraphs
 * before them. Otherwise every line is a paragraph.
 *
 * @example
 * forewordParts("รายงานฉบับนี้...\n\nสำนักปลัด\nกุมภาพันธ์ 2563")
 * //=> { paragraphs: ["รายงานฉบับนี้..."], closing: ["สำนักปลัด", "กุมภาพันธ์ 2563"] }
 */
export function forewordParts(text: string): { paragraphs: string[]; closing: string[] } {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  const blank = lines.lastIndexOf("");
  const closing = blank < 0 ? [] : lines.slice(blank + 1);
  const paragraphs = paragraphsOf(lines.slice(0, blank < 0 ? lines.length : blank).join("\n"));
  const isClosing =
    paragraphs.length > 0 &&
    closing.length > 0 &&
    closing.length <= 3 &&
    closing.every((line) => [...line].length <= CLOSING_LINE_MAX);
  return isClosing ? { paragraphs, closing } : { paragraphs: paragraphsOf(text), closing: [] };
}
