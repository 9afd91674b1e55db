import { frameworkFor } from "../framework/frameworkSet";
import { indicatorNumbersText, missingIndicatorsText } from "../framework/frameworkText";
import { SHEETS_TO_READ } from "../input/readInputWorkbook";
import { LISTS_SHEET } from "../input/measuresLayout";
import { IssueCollector, issueWithoutPlace, type IssuePlace } from "../issues/issueCollector";
import { hasErrors, type ValidationIssue } from "../issues/validationIssue";
import type { ReportInput } from "../model/reportInput";
import { freeYearPlace, placeText, scorePlace } from "../model/scorePlace";
import { frameworksOf, measuresFramework } from "../scoring/inputFrameworks";
import {
  scoredYears,
  summarizeScores,
  type ScoreSummary,
  type YearSummary,
} from "../scoring/scoreSummary";
import { sheetSpecProblems } from "../sheet/sheetLimits";
import type { SheetSpec, WorkbookSpec } from "../sheet/sheetSpec";
import { buildCoverSheet, coverSheetName } from "./coverPage";
import { REPORT_TAB_COLOR } from "./reportStyle";
import type { ReportNeed } from "./reportDefinition";
import { REPORT_KINDS, reportOf, type ReportKind } from "./reportRegistry";

// The registry's names, where callers have always found them.
export type { ReportNeed } from "./reportDefinition";
export {
  REPORT_KINDS,
  REPORT_SHEET_NAMES,
  REPORT_SHEETS,
  REPORT_TITLES,
  type ReportKind,
} from "./reportRegistry";

/** Where the input keeps what a need asks for: the Scores sheet or `scores`, the Measures sheet or `measures`. */
export type NeedPlaces = Readonly<Partial<Record<ReportNeed, IssuePlace>>>;

/** The places of some scores of a year, as a message quotes them: "E4:E13", "E12, E14" or JSON paths. */
function placesText(places: readonly IssuePlace[]): string {
  const cells = places.map(placeText);
  const at = cells.map((c) => /^([A-Z]+)(\d+)$/.exec(c));
  const column = at[0]?.[1];
  const contiguous = at.every(
    (m, i) => m && m[1] === column && Number(m[2]) === Number(at[0]![2]) + i,
  );
  return contiguous && cells.length > 2 ? `${cells[0]}:${cells.at(-1)}` : cells.join(", ");
}

/**
 * What the input lacks for the scores need, in the words of each year's framework, naming the
 * cell (or JSON path) of every missing score where the input says where its scores were read;
 * `first` is the first such place, for the issue itself. A year with incomplete indicator
 * scores is usable with its published overall score (and, from ITA 2566, the instruments'
 * where the level needs them), so those are named as the other way.
 */
function missingScores(
  input: ReportInput,
  summary: ScoreSummary,
): { text: string; first: IssuePlace | null } {
  const set = frameworksOf(input);
  const origin = input.scoresOrigin;
  let first: IssuePlace | null = null;
  const usable = new Set(summary.years.map((y) => y.fiscalYearBE));
  const partial = scoredYears(input).flatMap((yearBE) => {
    const framework = frameworkFor(yearBE, set);
    if (!framework || usable.has(yearBE)) return [];
    const scores = input.scores.get(yearBE) ?? new Map();
    const totals = input.officialTotals.get(yearBE) ?? {};
    const absent = framework.indicators.map((i) => i.number).filter((n) => !scores.has(n));
    const places = absent.flatMap((n) => scorePlace(origin, yearBE, n) ?? []);
    const cells = (list: readonly IssuePlace[]) => (list.length ? ` (${placesText(list)})` : "");
    // Without the overall score, that is what to give; with it, the instruments the level needs.
    const totalKeys =
      totals.overall === undefined
        ? ["overall"]
        : framework.instruments.map((i) => i.code).filter((c) => totals[c] === undefined);
    const totalPlaces = totalKeys.flatMap((k) => scorePlace(origin, yearBE, k) ?? []);
    first ??= places[0] ?? totalPlaces[0] ?? null;
    const other =
      totals.overall === undefined ? "คะแนนรวม ITA" : `คะแนนแบบวัด ${totalKeys.join(", ")}`;
    return [
      `ปี ${yearBE} ยังขาดคะแนนตัวชี้วัดที่ ${missingIndicatorsText(framework, (n) => scores.has(n))}${cells(places)} หรือ${other} ที่ ป.ป.ช. ประกาศ${cells(totalPlaces)}`,
    ];
  });
  if (partial.length > 0) return { text: partial.join(" "), first };
  const framework = measuresFramework(input);
  const yearPlace = freeYearPlace(origin);
  const cells = yearPlace
    ? framework.indicators.flatMap(
        (i) => scorePlace(origin, input.fiscalYearBE - 1, i.number) ?? [],
      )
    : [];
  const where =
    origin?.kind === "json"
      ? ` ที่ scores.<ปี พ.ศ.>.<ตัวชี้วัด>${input.fiscalYearBE > 0 ? ` เช่น scores.${input.fiscalYearBE - 1}.1` : ""}`
      : yearPlace
        ? ` (ปีที่เซลล์ ${placeText(yearPlace)} คะแนนที่เซลล์ ${placesText(cells)})`
        : "";
  return {
    text: `ยังไม่มีคะแนน กรุณากรอกปี พ.ศ. ที่ประเมินและคะแนนตัวชี้วัดที่ ${indicatorNumbersText(framework)} อย่างน้อยหนึ่งปี${where}`,
    first: yearPlace,
  };
}

/** What the latest usable year lacks for the indicator-scores need: any indicator's score. */
function missingIndicatorScores(
  input: ReportInput,
  year: YearSummary,
): { text: string; first: IssuePlace | null } {
  const places = year.missing.flatMap(
    (n) => scorePlace(input.scoresOrigin, year.fiscalYearBE, n) ?? [],
  );
  return {
    text: `ปี ${year.fiscalYearBE} มีเพียงคะแนนรวมที่ ป.ป.ช. ประกาศ ยังไม่มีคะแนนรายตัวชี้วัดที่ ${indicatorNumbersText(year.framework)}${places.length ? ` (${placesText(places)})` : ""} ให้วิเคราะห์`,
    first: places[0] ?? null,
  };
}

/**
 * The needs of the given reports that the input does not meet: one error per report and need,
 * saying what is missing, at the sheet or JSON path that holds it where given. Validation asks
 * this of the default reports, so an input that validates clean builds them.
 */
export function unmetNeeds(
  input: ReportInput,
  kinds: readonly ReportKind[],
  places: NeedPlaces = {},
  summary: ScoreSummary = summarizeScores(input),
): ValidationIssue[] {
  const collector = new IssueCollector();
  const add = (
    code: "report-needs-scores" | "report-needs-measures",
    place: IssuePlace | undefined,
    params: { sheet: string; missing: string },
  ) => {
    if (place) collector.error(code, place, params);
    else collector.issues.push(issueWithoutPlace("error", code, params));
  };
  for (const kind of new Set(kinds)) {
    const report = reportOf(kind);
    if (!report) continue;
    const sheet = report.sheet;
    for (const need of report.needs(input)) {
      const latest = summary.years.at(-1);
      const missing =
        need === "measures" || (latest && (need === "scores" || latest.indicators.length > 0))
          ? null
          : latest
            ? missingIndicatorScores(input, latest)
            : missingScores(input, summary);
      if (missing)
        add("report-needs-scores", missing.first ?? places.scores, {
          sheet,
          missing: missing.text,
        });
      if (need === "measures" && input.measures.length === 0)
        add("report-needs-measures", places.measures, { sheet, missing: "" });
    }
  }
  return collector.issues;
}

/**
 * The reports that suit the input when none are chosen: the progress report in the 6-month
 * round or the year-end report in the full-year round (with measures), and the score
 * comparison where a year is scored. An input with neither gets the score comparison, whose
 * unmet need then says what to fill in.
 */
export function defaultReportKinds(
  input: ReportInput,
  summary: ScoreSummary = summarizeScores(input),
): ReportKind[] {
  const measures: ReportKind[] =
    input.measures.length > 0 ? [input.round === "six-month" ? "progress" : "year-end"] : [];
  return [
    ...measures,
    ...(summary.years.length > 0 || measures.length === 0 ? (["score-comparison"] as const) : []),
  ];
}

/**
 * One report sheet as its builder describes it, whatever Excel's limits (for checks that look
 * into its cells, see reportTextLimits); null when the input does not meet the report's needs.
 */
export function buildReportSheet(
  input: ReportInput,
  kind: ReportKind,
  summary: ScoreSummary = summarizeScores(input),
): SheetSpec | null {
  if (unmetNeeds(input, [kind], {}, summary).length > 0) return null;
  return reportOf(kind)?.build(input, summary) ?? null;
}

export interface BuiltReport {
  readonly workbook: WorkbookSpec;
  readonly summary: ScoreSummary;
  /** Problems that kept a sheet from being built. */
  readonly issues: readonly ValidationIssue[];
}

/** Sheets of the user's that a build never retires, whatever a report's name: the input and list sheets. */
const NEVER_RETIRED: readonly string[] = [...SHEETS_TO_READ, LISTS_SHEET];

/**
 * Describes every requested report sheet from the input, in the order asked. Pure: writing them
 * is an adapter's job. A sheet whose needs the input does not meet (see unmetNeeds) is an error
 * issue, and then nothing is written. A report built without the cover it may have (the setting
 * หน้าปก off) retires the cover sheet an earlier build wrote, so that no stale cover stays.
 */
export function buildReport(input: ReportInput, kinds?: readonly ReportKind[]): BuiltReport {
  const summary = summarizeScores(input);
  const issues: ValidationIssue[] = [];
  const sheets: SheetSpec[] = [];
  const retired: string[] = [];
  for (const kind of new Set(kinds ?? defaultReportKinds(input, summary))) {
    // A kind from an untyped caller may be unknown: report it as an issue rather than crash.
    const report = reportOf(kind);
    if (!report) {
      issues.push(
        issueWithoutPlace("error", "report-cannot-build", {
          unknown: String(kind),
          kinds: REPORT_KINDS.join(", "),
        }),
      );
      continue;
    }
    const unmet = unmetNeeds(input, [kind], {}, summary);
    if (unmet.length > 0) {
      issues.push(...unmet);
      continue;
    }
    const sheet = report.build(input, summary);
    if (!sheet) {
      // A builder that needs more than its declared needs: said, never a silent gap.
      issues.push(
        issueWithoutPlace("error", "report-cannot-build", {
          sheet: report.sheet,
          reason: "ข้อมูลยังไม่พอสำหรับรายงานนี้",
        }),
      );
      continue;
    }
    const cover = report.cover?.(input);
    if (report.cover && !cover) retired.push(coverSheetName(report.sheet));
    for (const built of cover ? [buildCoverSheet(input, cover), sheet] : [sheet]) {
      for (const problem of sheetSpecProblems(built))
        issues.push(issueWithoutPlace("error", "sheet-limit", { problem }, built.name));
      sheets.push(built);
    }
  }
  if (hasErrors(issues)) return { workbook: { sheets: [] }, summary, issues };
  const retire = retired.filter((name) => !NEVER_RETIRED.includes(name));
  return {
    workbook: {
      sheets,
      ...(retire.length > 0 ? { retired: retire, retiredTabColor: REPORT_TAB_COLOR } : {}),
    },
    summary,
    issues,
  };
}
