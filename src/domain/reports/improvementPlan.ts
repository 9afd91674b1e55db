import { draftsAwaitYear } from "./draftYear";
import { barText, instrumentLabel } from "../framework/frameworkText";
import { indicatorOf } from "../framework/itaFramework";
import type { IndicatorNumber } from "../framework/indicators";
import type { Measure } from "../model/measure";
import { NO_MEASURE, noMeasureText } from "../model/planWording";
import type { ReportInput } from "../model/reportInput";
import { instrumentText, paragraphsOf, userCellOrDraft } from "../model/reportTexts";
import { cellRange } from "../sheet/cellRange";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { SheetSpec } from "../sheet/sheetSpec";
import { formatHundredths } from "../numbers/hundredths";
import type { ScoreSummary } from "../scoring/scoreSummary";
import type { RankedIndicator, Standing } from "../scoring/standing";
import { analyse } from "./analysisText";
import { printedTitle } from "./measureGroups";
import { digitsOf } from "./reportText";
import { addReportHeading } from "./reportHeading";
import { statusNotes } from "./frameworkNotes";
import { appendNotes } from "./reportNotes";
import { a4Print, REPORT_TAB_COLOR, reportLook } from "./reportStyle";
import type { ReportDefinition } from "./reportDefinition";

export const PLAN_SHEET = "แผนพัฒนาจากผล ITA";

const BY_INSTRUMENT = [
  { header: "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน", width: 24 },
  { header: "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ", width: 34 },
  { header: "มาตรการ", width: 28 },
  { header: "ผู้รับผิดชอบ", width: 16 },
  { header: "การกำกับติดตาม", width: 24 },
  { header: "ดำเนินการแล้ว", width: 10 },
  { header: "อยู่ระหว่างดำเนินการ", width: 10 },
  { header: "ยังไม่ดำเนินการ", width: 10 },
] as const;
/** The tick columns, in the order of BY_INSTRUMENT's last three. */
const TICKS: readonly Measure["status"][] = ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"];
/**
 * The tick of the status columns: √ (U+221A), which the report font draws. TH SarabunPSK and the
 * stand-in made from Laksaman (TLWG's derivative of it) have no ✓ (U+2713), which LibreOffice and
 * Excel then take from another font (DejaVu Sans, Segoe UI Symbol), a glyph of another weight
 * and size in a Thai table.
 */
const CHECK = "\u221a";

const MEASURES_TABLE = [
  { header: "มาตรการ", width: 40 },
  { header: "ขั้นตอนหรือวิธีการ", width: 56 },
  { header: "ผู้รับผิดชอบ", width: 22 },
  { header: "การกำกับติดตาม", width: 34 },
] as const;

/** The tracking cell where the user wrote none. */
export const TRACKING_DRAFT = "ติดตามความก้าวหน้ารอบ 6 เดือน และสรุปผลเมื่อสิ้นปีงบประมาณ";
export { NO_MEASURE, NO_NAMED_MEASURE } from "../model/planWording";

/** A measure's tracking cell: as typed, blank where the user typed a dash alone (seed 002's rows 2–5), drafted where empty. */
const trackingText = (m: Measure): string => userCellOrDraft(m.tracking, TRACKING_DRAFT);
export const UNLINKED_HEADING = "มาตรการที่ไม่ได้ระบุตัวชี้วัด";

const standingText = (standing: Standing, pass: number): string =>
  ({ strength: "จุดแข็ง", "to-develop": "จุดที่ต้องพัฒนา", "below-pass": `ต่ำกว่าเกณฑ์ ${barText(pass)}` })[
    standing
  ];

const PLAN_KIND = "plan";

/**
 * The plan's title as the product words it, in the layout the user chose; the by-instrument
 * plan names the analysed year ("" without one: that plan is not built).
 */
function planHeading(input: ReportInput, summary: ScoreSummary | null): string {
  if (input.layout.plan === "measures-table")
    return `มาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${input.fiscalYearBE}`;
  const a = summary ? analyse(summary) : null;
  return a
    ? `แผนการนำผลการวิเคราะห์การประเมิน ITA ปี ${a.year.fiscalYearBE} ไปสู่การปฏิบัติ ประจำปีงบประมาณ พ.ศ. ${input.fiscalYearBE}`
    : "";
}

/** The improvement plan in the layout the user chose. */
export function buildImprovementPlanSheet(
  input: ReportInput,
  summary: ScoreSummary,
): SheetSpec | null {
  return input.layout.plan === "measures-table"
    ? buildMeasuresTable(input)
    : buildByInstrument(input, summary);
}

/**
 * The plan of seed 004, split by instrument. Under each instrument come its weak indicators
 * (below the strength bar) with their score, then its other indicators that have measures;
 * under each indicator its measures in the order of their rows. Weakness, approach and
 * tracking print as the user typed them, drafted from the indicator, the methods and a
 * standard tracking line only where empty. Measures without an indicator come last, so no
 * measure is ever left out; a weak indicator without a measure is shown as such.
 */
function buildByInstrument(input: ReportInput, summary: ScoreSummary): SheetSpec | null {
  const a = analyse(summary);
  if (!a) return null;
  const d = digitsOf(input);
  const look = reportLook(input.font);
  const framework = a.year.framework;
  const b = new SheetBuilder({
    name: PLAN_SHEET,
    role: "report",
    defaultFont: input.font,
    columns: BY_INSTRUMENT.map((c) => ({ width: c.width })),
    tabColor: REPORT_TAB_COLOR,
  });
  addReportHeading(b, input, look, { kind: PLAN_KIND, product: planHeading(input, summary) });
  const header = b.addRow(BY_INSTRUMENT.map((c) => c.header));
  b.style(b.wholeRow(header), look.tableHeader);

  let next = 1;
  const numbered = (m: Measure) => ({
    measure: m,
    number: input.layout.numbering === "auto" ? next++ : null,
  });
  const banner = (text: string, fill: string) =>
    b.addBanner(d(text), { font: { bold: true }, fill });
  /** One row per measure; consecutive rows with the same weakness share one merged cell. */
  const rows = (measures: readonly Measure[], draftWeakness: (m: Measure) => string) => {
    let run = { text: "", first: 0 };
    const closeRun = () => {
      const last = b.nextRow - 1;
      if (run.first && last > run.first) {
        b.merge(cellRange(run.first, 1, last, 1));
        // A weakness merged beside its measures is one table row on paper: never split.
        b.keepTogether(run.first, last, "row");
      }
    };
    for (const m of measures) {
      // A dash alone leaves the weakness or approach blank, as it does the tracking (printsNothing).
      const weakness = userCellOrDraft(m.weakness, draftWeakness(m));
      // An empty weakness (measures without an indicator) is no shared cell: each measure is a
      // table row of its own, so the group may break between them after its heading's first row.
      const same = run.first > 0 && weakness !== "" && weakness === run.text;
      if (!same) {
        closeRun();
        run = { text: weakness, first: b.nextRow };
      }
      b.addRow([
        same ? null : d(weakness),
        d(userCellOrDraft(m.approach, m.methods)),
        d(printedTitle(numbered(m))),
        d(m.unit),
        d(trackingText(m)),
        ...TICKS.map((s) => (m.status === s ? CHECK : null)),
      ]);
    }
    closeRun();
  };

  const byIndicator = (n: IndicatorNumber) => input.measures.filter((m) => m.indicator === n);
  // "ยังไม่กำหนดมาตรการ" only where every measure names its indicator; else "none names it".
  const noMeasure = noMeasureText(input.measures);
  b.keepTogether(header, header + 1, "heading");
  for (const { code } of framework.instruments) {
    const inst = a.year.instruments.find((i) => i.code === code);
    // An instrument's banner and findings go with its first indicator's banner and first row.
    b.keepTogether(
      b.nextRow,
      b.nextRow + paragraphsOf(instrumentText(input.texts, "plan", code)).length + 2,
      "heading",
    );
    // Without a computed or published score the banner names the instrument alone (see the notes).
    banner(
      inst
        ? `${instrumentLabel(framework, code)}: ${formatHundredths(inst.score, "arabic")} คะแนน`
        : instrumentLabel(framework, code),
      "#D9D9D9",
    );
    // The user's findings for the instrument, as typed (seed 004); nothing is drafted here.
    for (const p of paragraphsOf(instrumentText(input.texts, "plan", code)))
      b.addBanner(d(`\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0${p}`), {
        wrap: true,
        vertical: "top",
      });
    const ofInstrument = a.ranked.filter((i) => i.instrument === code);
    const weak = ofInstrument.filter((i) => i.standing !== "strength");
    const others = ofInstrument.filter(
      (i) => i.standing === "strength" && byIndicator(i.number).length > 0,
    );
    // Indicators without a published score: with their measures, never with a made-up score.
    const unscored = a.year.missing.filter((n) => indicatorOf(framework, n).instrument === code);
    const unscoredWithMeasures = unscored.filter((n) => byIndicator(n).length > 0);
    // A year with no indicator score at all (seed 004's ITA 2565, only the overall): the
    // instrument's measures in the order of their rows, with no banner per indicator that could
    // only say it has no score; the notes say the year has none.
    if (a.ranked.length === 0 && unscoredWithMeasures.length > 0) {
      const ofCode = input.measures.filter(
        (m) => m.indicator !== null && unscoredWithMeasures.includes(m.indicator),
      );
      rows(ofCode, (m) => indicatorOf(framework, m.indicator!).name);
      continue;
    }
    if (weak.length + others.length + unscoredWithMeasures.length === 0) {
      const none =
        noMeasure === NO_MEASURE ? "ยังไม่กำหนดมาตรการในแบบวัดนี้" : "ไม่มีมาตรการที่ระบุตัวชี้วัดของแบบวัดนี้";
      b.addBanner(unscored.length ? `ไม่มีคะแนนรายตัวชี้วัดและ${none}` : "ไม่มีตัวชี้วัดที่ต้องพัฒนาในแบบวัดนี้", {});
      continue;
    }
    const shown = [
      ...[...weak.sort(byNumber), ...others.sort(byNumber)].map((i) => ({
        number: i.number,
        title: `${formatHundredths(i.score, "arabic")} คะแนน (${standingText(i.standing, a.thresholds.pass)})`,
      })),
      ...unscoredWithMeasures.map((n) => ({ number: n, title: "ไม่มีคะแนนรายตัวชี้วัด" })),
    ];
    for (const indicator of shown) {
      const name = indicatorOf(framework, indicator.number).name;
      b.keepTogether(b.nextRow, b.nextRow + 1, "heading");
      banner(`ตัวชี้วัดที่ ${indicator.number} ${name}: ${indicator.title}`, "#F2F2F2");
      const measures = byIndicator(indicator.number);
      if (measures.length > 0) rows(measures, () => indicatorOf(framework, indicator.number).name);
      // Printed in the body's black like every other cell: a sign-ready page carries no warning
      // colour; validation warns at the indicator's score (indicator-without-measure, or
      // indicator-measure-unnamed where measures name no indicator).
      else b.addRow([d(name), noMeasure, "-", "-", "-", null, null, null]);
    }
  }
  const unlinked = input.measures.filter((m) => m.indicator === null);
  if (unlinked.length > 0) {
    b.keepTogether(banner(UNLINKED_HEADING, "#D9D9D9"), b.nextRow, "heading");
    rows(unlinked, () => "");
  }
  const last = b.nextRow - 1;
  b.style(b.rowsRange(header + 1, last), look.body);
  b.style(cellRange(header + 1, 6, last, 8), { horizontal: "center" });
  appendNotes(b, statusNotes([a.year]), d, input.font.size);
  return b.build({
    freeze: { rows: header, columns: 0 },
    print: a4Print("landscape", input.digitStyle, { first: header, last: header }),
  });
}

/**
 * The four-column plan of seed 002: มาตรการ | ขั้นตอนหรือวิธีการ | ผู้รับผิดชอบ | การกำกับติดตาม,
 * every measure in the order of its row. It needs no scores.
 */
function buildMeasuresTable(input: ReportInput): SheetSpec | null {
  if (input.measures.length === 0) return null;
  const d = digitsOf(input);
  const look = reportLook(input.font);
  const b = new SheetBuilder({
    name: PLAN_SHEET,
    role: "report",
    defaultFont: input.font,
    columns: MEASURES_TABLE.map((c) => ({ width: c.width })),
    tabColor: REPORT_TAB_COLOR,
  });
  addReportHeading(b, input, look, { kind: PLAN_KIND, product: planHeading(input, null) });
  const header = b.addRow(MEASURES_TABLE.map((c) => c.header));
  b.style(b.wholeRow(header), look.tableHeader);
  b.keepTogether(header, header + 1, "heading");
  input.measures.forEach((measure, i) => {
    const title = printedTitle({
      measure,
      number: input.layout.numbering === "auto" ? i + 1 : null,
    });
    b.addRow([title, measure.methods, measure.unit, trackingText(measure)].map((t) => d(t)));
  });
  b.style(b.rowsRange(header + 1, b.nextRow - 1), look.body);
  return b.build({
    freeze: { rows: header, columns: 0 },
    print: a4Print("landscape", input.digitStyle, { first: header, last: header }),
  });
}

function byNumber(x: RankedIndicator, y: RankedIndicator): number {
  return x.number - y.number;
}

/** The plan report, for the registry (reportRegistry.ts). */
export const PLAN_REPORT = {
  kind: PLAN_KIND,
  sheet: PLAN_SHEET,
  title: "แผนนำผลการวิเคราะห์ไปสู่การปฏิบัติ",
  // Scores only in the by-instrument layout; the measures table lists what was planned.
  needs: (input) => (input.layout.plan === "measures-table" ? ["measures"] : ["scores"]),
  build: buildImprovementPlanSheet,
  // The draft of the user's title: none while the year it names is unknown.
  heading: (input, summary) => (draftsAwaitYear(input) ? "" : planHeading(input, summary)),
} as const satisfies ReportDefinition;
