import {
  DIGIT_LABELS,
  GROUPING_LABELS,
  NUMBERING_LABELS,
  PLAN_LAYOUT_LABELS,
  ROUND_LABELS,
  SETTING_LABELS,
  YES_NO_LABELS,
  type SettingKey,
} from "./settingsLabels";
import { fromExcelSerial, parseThaiDate } from "../thai/parseThaiDate";
import type { DigitStyle } from "../thai/digits";
import type { Round } from "../thai/fiscalYear";
import type { ThaiDate } from "../thai/thaiDate";
import { cellAddress } from "../sheet/a1";
import { isFontSize, parseFontSize } from "../sheet/fontSize";
import {
  cellAt,
  cellShown,
  cellText,
  isCellError,
  type CellGrid,
  type CellInput,
} from "../sheet/cellInput";
import type { IssueCollector } from "../issues/issueCollector";
import { SETTINGS_SHEET, SIGNATORY_HEADERS } from "./inputLayout";
import { parseYearBE } from "./parseYear";
import { DEFAULT_FONT, type MemoSettings, type ReportFont } from "../model/reportInput";
import { ORGANIZATION_KINDS, type Organization } from "../model/organization";
import { signatoryOfTexts, type Signatory } from "../model/signatory";
import { DEFAULT_LAYOUT, type MeasureListLayout, type ReportLayout } from "../model/reportLayout";
import { reportYearProblem } from "./yearMessages";
import { organizationNameIssues, signatoryNameIssues } from "./nameChecks";
import {
  textsOf,
  type InstrumentTextPart,
  type InstrumentTexts,
  type ReportTexts,
} from "../model/reportTexts";
import { findingOfLabel, instrumentTextOfLabel, titleOfLabel } from "./textsLayout";
import type { IndicatorFindings } from "../model/findings";
import { reportTextProblems } from "../issues/textChecks";
import { formulaWithoutValue, isFilled } from "./formulaCells";
import { INPUT_LIMITS } from "./inputLimits";
import { reportDateYearImplausible } from "./reportDateYear";
import { warnOfUnprintedProblems } from "./problemsSectionCheck";

export interface Settings {
  readonly organization: Organization;
  readonly fiscalYearBE: number | null;
  readonly round: Round;
  readonly reportDate: ThaiDate | null;
  readonly digitStyle: DigitStyle;
  readonly font: ReportFont;
  readonly signatories: readonly Signatory[];
  readonly problems: string;
  readonly remedies: string;
  readonly memo: MemoSettings;
  readonly layout: ReportLayout;
  readonly texts: ReportTexts;
  readonly findings: IndicatorFindings;
}

/** Finds the row (1-based) whose column A holds exactly `label`. */
export function findLabelRow(grid: CellGrid, label: string, fromRow = 1): number | null {
  for (let r = fromRow; r <= grid.length; r++) if (cellText(cellAt(grid, r, 1)) === label) return r;
  return null;
}

/** Reads the Settings sheet: values in column B next to their labels in column A. */
export function readSettings(grid: CellGrid, issues: IssueCollector): Settings {
  const place = (row: number) => ({ sheet: SETTINGS_SHEET, cell: cellAddress(row, 2) });
  const field = (key: SettingKey, optionalRow = false): { cell: CellInput; row: number } | null => {
    const row = findLabelRow(grid, SETTING_LABELS[key]);
    if (row === null) {
      // Rows added after the first release are optional, so older workbooks still read.
      if (optionalRow) return null;
      issues.error("setting-missing", { sheet: SETTINGS_SHEET }, { label: SETTING_LABELS[key] });
      return null;
    }
    const cell = cellAt(grid, row, 2);
    // An uncalculated formula is said once, and the setting is then read as left out.
    if (formulaWithoutValue(cell, place(row), issues, SETTING_LABELS[key])) return null;
    return { cell, row };
  };
  const text = (key: SettingKey, required: boolean, optionalRow = false): string => {
    const f = field(key, optionalRow);
    if (!f) return "";
    if (isCellError(f.cell)) {
      issues.error("cell-error", place(f.row), { error: f.cell.error, label: SETTING_LABELS[key] });
      return "";
    }
    const value = cellText(f.cell);
    reportTextProblems(value, place(f.row), issues);
    if (required && value === "")
      issues.error("required-empty", place(f.row), { fill: SETTING_LABELS[key] });
    return value;
  };

  const kind = text("orgKind", true);
  const kindRow = findLabelRow(grid, SETTING_LABELS.orgKind);
  if (kind !== "" && kindRow !== null && !ORGANIZATION_KINDS.includes(kind))
    issues.warning("org-kind-unknown", place(kindRow), {
      kind,
      kinds: ORGANIZATION_KINDS.join(", "),
    });
  const organization: Organization = {
    kind,
    name: text("orgName", true),
    district: text("district", true),
    province: text("province", true),
  };
  const orgRow = {
    name: "orgName",
    kind: "orgKind",
    district: "district",
    province: "province",
  } as const;
  organizationNameIssues(
    organization,
    (f) => place(findLabelRow(grid, SETTING_LABELS[orgRow[f]]) ?? 0),
    issues,
  );

  let fiscalYearBE: number | null = null;
  const fy = field("fiscalYear");
  if (fy) {
    const parsed = parseYearBE(fy.cell);
    if (parsed.ok) fiscalYearBE = parsed.value;
    else reportYearProblem(issues, parsed.problem, place(fy.row), cellShown(fy.cell));
  }

  const round = choice(field("round"), ROUND_LABELS, "six-month", "round", issues, place);
  const digitStyle = choice(field("digitStyle"), DIGIT_LABELS, "thai", "digitStyle", issues, place);

  let reportDate: ThaiDate | null = null;
  const rd = field("reportDate");
  if (rd && (cellText(rd.cell) !== "" || isCellError(rd.cell))) {
    reportDate =
      typeof rd.cell === "number" ? fromExcelSerial(rd.cell) : parseThaiDate(cellText(rd.cell));
    if (!reportDate) issues.error("date-invalid", place(rd.row), { value: cellShown(rd.cell) });
    else if (reportDateYearImplausible(reportDate, fiscalYearBE, place(rd.row), issues))
      reportDate = null;
  }

  const fontName = text("fontName", false) || DEFAULT_FONT.name;
  let fontSize = DEFAULT_FONT.size;
  const fs = field("fontSize");
  if (fs && (cellText(fs.cell) !== "" || isCellError(fs.cell))) {
    const size = typeof fs.cell === "number" ? fs.cell : parseFontSize(cellText(fs.cell));
    if (size !== null && isFontSize(size)) fontSize = size;
    else issues.error("font-size-invalid", place(fs.row), {});
  }

  // Layout rows came after the first release: a missing row or an empty value is the default.
  const optional = <K extends string>(
    key: SettingKey,
    labels: Record<K, string>,
    fallback: K,
  ): K => {
    const f = field(key, true);
    return f && cellText(f.cell) !== ""
      ? choice(f, labels, fallback, key, issues, place)
      : fallback;
  };
  const yesNo = (key: SettingKey, fallback: boolean) =>
    optional(key, YES_NO_LABELS, fallback ? "yes" : "no") === "yes";
  const list = (
    prefix: "progress" | "yearEnd",
    fallback: MeasureListLayout,
  ): MeasureListLayout => ({
    grouping: optional(`${prefix}Grouping`, GROUPING_LABELS, fallback.grouping),
    statusColumn: yesNo(`${prefix}Status`, fallback.statusColumn),
    cover: yesNo(`${prefix}Cover`, fallback.cover),
    signatures: yesNo(`${prefix}Signatures`, fallback.signatures),
  });
  const layout: ReportLayout = {
    numbering: optional("numbering", NUMBERING_LABELS, DEFAULT_LAYOUT.numbering),
    progress: {
      ...list("progress", DEFAULT_LAYOUT.progress),
      problems: yesNo("progressProblems", DEFAULT_LAYOUT.progress.problems),
    },
    yearEnd: list("yearEnd", DEFAULT_LAYOUT.yearEnd),
    plan: optional("planLayout", PLAN_LAYOUT_LABELS, DEFAULT_LAYOUT.plan),
    memo: { notes: yesNo("memoNotes", DEFAULT_LAYOUT.memo.notes) },
  };

  const signatories = readSignatories(grid, issues);
  const header = findLabelRow(grid, SIGNATORY_HEADERS[0]) ?? 0;
  signatoryNameIssues(
    signatories,
    (i) => ({ sheet: SETTINGS_SHEET, cell: cellAddress(header + 1 + i, 2) }),
    issues,
  );
  const problems = text("problems", false, true);
  const remedies = text("remedies", false, true);
  // Typed but left out by the layout: said at the text's cell (the JSON reader has the same rule).
  warnOfUnprintedProblems(
    layout,
    { problems, remedies },
    { setting: SETTING_LABELS.progressProblems, off: YES_NO_LABELS.no, on: YES_NO_LABELS.yes },
    (key) => place(findLabelRow(grid, SETTING_LABELS[key]) ?? 0),
    issues,
  );
  return {
    organization,
    fiscalYearBE,
    round,
    reportDate,
    digitStyle,
    font: { name: fontName, size: fontSize },
    signatories,
    problems,
    remedies,
    memo: {
      unit: text("memoUnit", false, true),
      number: text("memoNumber", false, true),
      to: text("memoTo", false, true),
    },
    layout,
    texts: textsOf(
      (key) => text(key, false, true),
      readInstrumentTexts(grid, issues, place),
      Object.fromEntries(labelledTexts(grid, issues, place, titleOfLabel)),
    ),
    findings: new Map(labelledTexts(grid, issues, place, findingOfLabel)),
  };
}

/**
 * The instruments' texts: every row whose label names one (ผลแบบวัด <code> (วิเคราะห์ผล),
 * ข้อค้นพบแบบวัด <code> (แผนพัฒนา)), whatever the year's frame; the first row of a label counts.
 */
function readInstrumentTexts(
  grid: CellGrid,
  issues: IssueCollector,
  place: (row: number) => { sheet: string; cell: string },
): InstrumentTexts {
  const texts: Record<InstrumentTextPart, Record<string, string>> = { analysis: {}, plan: {} };
  for (const [at, value] of labelledTexts(grid, issues, place, instrumentTextOfLabel))
    texts[at.part][at.code] = value;
  return texts;
}

/**
 * The filled texts of the rows whose label `match` knows, with what it makes of the label (an
 * instrument's text, an indicator's finding), in row order; the first row that names one counts.
 */
function labelledTexts<T>(
  grid: CellGrid,
  issues: IssueCollector,
  place: (row: number) => { sheet: string; cell: string },
  match: (label: string) => T | null,
): [T, string][] {
  const found: [T, string][] = [];
  const seen = new Set<string>();
  for (let r = 1; r <= grid.length; r++) {
    const label = cellText(cellAt(grid, r, 1));
    const at = match(label);
    // The first row of what a label names counts, however it was typed (๘ or 8, spacing), as in the pane's form.
    const named = JSON.stringify(at);
    if (at === null || seen.has(named)) continue;
    seen.add(named);
    const cell = cellAt(grid, r, 2);
    if (formulaWithoutValue(cell, place(r), issues, label)) continue;
    if (isCellError(cell)) {
      issues.error("cell-error", place(r), { error: cell.error, label });
      continue;
    }
    const value = cellText(cell);
    reportTextProblems(value, place(r), issues);
    if (value !== "") found.push([at, value]);
  }
  return found;
}

function choice<K extends string>(
  f: { cell: CellInput; row: number } | null,
  labels: Readonly<Record<K, string>>,
  fallback: K,
  key: SettingKey,
  issues: IssueCollector,
  place: (row: number) => { sheet: string; cell: string },
): K {
  if (!f) return fallback;
  const value = cellText(f.cell);
  const entries = Object.entries(labels) as [K, string][];
  const found = entries.find(
    ([, label]) => label === value || label.replace(/\s/g, "") === value.replace(/\s/g, ""),
  );
  if (found) return found[0];
  const options = entries.map(([, l]) => `"${l}"`).join(" หรือ ");
  if (value === "")
    issues.error("required-empty", place(f.row), { choose: SETTING_LABELS[key], options });
  else issues.error("choice-invalid", place(f.row), { value, label: SETTING_LABELS[key], options });
  return fallback;
}

/**
 * True when a row under the signatories' header holds a person: anything in its role, name or
 * position, an Excel error or an uncalculated formula included. The block of signatories ends at
 * the first row that holds none; the pane's form reads the same block by this rule.
 */
export function signatoryRowFilled(grid: CellGrid, row: number): boolean {
  return [1, 2, 3].some((c) => isFilled(cellAt(grid, row, c)));
}

/** Reads the signatories under their header row until the first blank row (at most INPUT_LIMITS.signatories). */
function readSignatories(grid: CellGrid, issues: IssueCollector): Signatory[] {
  const header = findLabelRow(grid, SIGNATORY_HEADERS[0]);
  if (header === null) return [];
  const people: Signatory[] = [];
  const filled = (r: number) => signatoryRowFilled(grid, r);
  for (let r = header + 1; r <= grid.length; r++) {
    if (!filled(r)) break;
    if (people.length === INPUT_LIMITS.signatories) {
      let count = people.length;
      while (r + count - people.length <= grid.length && filled(r + count - people.length)) count++;
      issues.error(
        "signatories-too-many",
        { sheet: SETTINGS_SHEET, cell: cellAddress(r, 1) },
        { count, limit: INPUT_LIMITS.signatories },
      );
      break;
    }
    const cells = SIGNATORY_HEADERS.map((_, i) => cellAt(grid, r, i + 1));
    cells.forEach((cell, i) => {
      const place = { sheet: SETTINGS_SHEET, cell: cellAddress(r, i + 1) };
      if (isCellError(cell))
        issues.error("cell-error", place, { error: cell.error, label: SIGNATORY_HEADERS[i]! });
      else formulaWithoutValue(cell, place, issues);
    });
    const texts = cells.map(cellText);
    texts.forEach((text, i) =>
      reportTextProblems(text, { sheet: SETTINGS_SHEET, cell: cellAddress(r, i + 1) }, issues),
    );
    const [role, name, position, comment, rank] = texts as [string, string, string, string, string];
    people.push(signatoryOfTexts({ role, name, position, comment, rank }));
  }
  return people;
}
