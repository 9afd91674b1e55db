import { frameworkFor } from "../framework/frameworkSet";
import type { Indicator } from "../framework/indicators";
import type { ItaFramework } from "../framework/itaFramework";
import { frameworksOf, measuresFramework } from "../scoring/inputFrameworks";
import { scoredYears } from "../scoring/scoreSummary";
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
import { cellRange } from "../sheet/cellRange";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { CellValue, SheetSpec } from "../sheet/sheetSpec";
import { TEXT_FORMAT } from "../sheet/numberFormats";
import { formatThaiDate } from "../thai/thaiDate";
import {
  OFFICIAL_HEADING,
  officialRows,
  SCORES_HEADERS,
  SCORES_SHEET,
  SETTING_CHOICES,
  SETTING_HINTS,
  SETTING_ORDER,
  SETTINGS_SHEET,
  SIGNATORY_HEADERS,
  SIGNATORY_HEADING,
  YEAR_ROW_LABEL,
} from "./inputLayout";
import { DEFAULT_FONT, type ReportInput } from "../model/reportInput";
import { NO_FINDINGS } from "../model/findings";
import { DEFAULT_LAYOUT, type ReportLayout } from "../model/reportLayout";
import {
  EMPTY_TEXTS,
  REPORT_TEXT_KEYS,
  type ReportTextKey,
  type ReportTexts,
} from "../model/reportTexts";
import {
  findingHint,
  findingIndicators,
  findingLabel,
  instrumentTextCodes,
  instrumentTextHint,
  instrumentTextKeys,
  instrumentTextLabel,
  instrumentTextOfKey,
  TITLE_HINT,
  titledReports,
  titleLabel,
  type TitledReport,
} from "./textsLayout";
import { buildListsSheet, buildMeasuresSheet } from "./measuresSheets";

const INPUT_FONT = { name: DEFAULT_FONT.name, size: 16 };
const LABEL_FILL = "#F2F2F2";
const INPUT_FILL = "#FFF2CC";
const HEADER = {
  font: { bold: true },
  fill: "#DDEBF7",
  border: { line: "thin", where: "grid" },
  wrap: true,
} as const;
const SIGNATORY_ROWS = 6;

const yesNo = (value: boolean) => (value ? YES_NO_LABELS.yes : YES_NO_LABELS.no);

/** The layout settings as the sheet shows them. */
function layoutValues(layout: ReportLayout): Pick<Record<SettingKey, CellValue>, LayoutKey> {
  return {
    numbering: NUMBERING_LABELS[layout.numbering],
    progressGrouping: GROUPING_LABELS[layout.progress.grouping],
    progressStatus: yesNo(layout.progress.statusColumn),
    progressCover: yesNo(layout.progress.cover),
    progressProblems: yesNo(layout.progress.problems),
    progressSignatures: yesNo(layout.progress.signatures),
    yearEndGrouping: GROUPING_LABELS[layout.yearEnd.grouping],
    yearEndStatus: yesNo(layout.yearEnd.statusColumn),
    yearEndCover: yesNo(layout.yearEnd.cover),
    yearEndSignatures: yesNo(layout.yearEnd.signatures),
    planLayout: PLAN_LAYOUT_LABELS[layout.plan],
    memoNotes: yesNo(layout.memo.notes),
  };
}
type LayoutKey =
  | "numbering"
  | "progressGrouping"
  | "progressStatus"
  | "progressCover"
  | "progressProblems"
  | "progressSignatures"
  | "yearEndGrouping"
  | "yearEndStatus"
  | "yearEndCover"
  | "yearEndSignatures"
  | "planLayout"
  | "memoNotes";

/**
 * The input sheets people fill in: Settings (ข้อมูลรายงาน), Scores (คะแนน ITA) and Measures
 * (มาตรการ), blank or filled from an existing input, plus the hidden lists for the dropdowns.
 * `titled`: the reports whose title the user may replace (TITLED_REPORTS of the registry, which
 * this layer cannot see), a title row each on the Settings sheet.
 */
export function buildInputSheets(
  input?: ReportInput,
  titled: readonly TitledReport[] = [],
): SheetSpec[] {
  const framework = measuresFramework(input ?? { scores: new Map(), fiscalYearBE: 0 });
  return [
    buildSettingsSheet(framework, titled, input),
    buildScoresSheet(framework, input),
    buildMeasuresSheet(framework, input?.measures ?? []),
    buildListsSheet(framework),
  ];
}

function settingValue(key: SettingKey, input?: ReportInput): CellValue {
  if (!input) {
    const defaults: Partial<Record<SettingKey, CellValue>> = {
      round: ROUND_LABELS["six-month"],
      digitStyle: DIGIT_LABELS.thai,
      fontName: DEFAULT_FONT.name,
      fontSize: DEFAULT_FONT.size,
      ...layoutValues(DEFAULT_LAYOUT),
    };
    return defaults[key] ?? null;
  }
  const o = input.organization;
  const values: Record<SettingKey, CellValue> = {
    orgKind: o.kind,
    orgName: o.name,
    district: o.district,
    province: o.province,
    fiscalYear: input.fiscalYearBE || null,
    round: ROUND_LABELS[input.round],
    reportDate: input.reportDate ? formatThaiDate(input.reportDate, "full", "arabic") : null,
    digitStyle: DIGIT_LABELS[input.digitStyle],
    fontName: input.font.name,
    fontSize: input.font.size,
    problems: input.problems || null,
    remedies: input.remedies || null,
    memoUnit: input.memo.unit || null,
    memoNumber: input.memo.number || null,
    memoTo: input.memo.to || null,
    ...layoutValues(input.layout),
    ...textValues(input.texts),
  };
  return values[key];
}

/** The user's texts as the sheet shows them (blank where the draft prints). */
function textValues(texts: ReportTexts): Record<ReportTextKey, CellValue> {
  return Object.fromEntries(REPORT_TEXT_KEYS.map((k) => [k, texts[k] || null])) as Record<
    ReportTextKey,
    CellValue
  >;
}

/**
 * The Settings sheet: every setting of SETTING_ORDER, then a text row per instrument of the
 * frame the measures answer (and of any other instrument the texts hold), a finding row per
 * indicator of that frame (and of any other the findings hold), a title row per titled report,
 * then the signatories.
 */
function buildSettingsSheet(
  framework: ItaFramework,
  titled: readonly TitledReport[],
  input?: ReportInput,
): SheetSpec {
  const b = new SheetBuilder({
    name: SETTINGS_SHEET,
    role: "input",
    defaultFont: INPUT_FONT,
    columns: [{ width: 28 }, { width: 40 }, { width: 44 }, { width: 40 }, { width: 24 }],
  });
  b.addBanner("ข้อมูลรายงาน ITA", { font: { bold: true, size: 20 } }, 34);
  const header = b.addRow(["รายการ", "ข้อมูล", "คำอธิบาย"]);
  b.style(b.wholeRow(header), HEADER);
  const rowOf: Partial<Record<SettingKey, number>> = {};
  for (const key of SETTING_ORDER) {
    rowOf[key] = b.addRow([SETTING_LABELS[key], settingValue(key, input), SETTING_HINTS[key]]);
  }
  const texts = input?.texts ?? EMPTY_TEXTS;
  for (const key of instrumentTextKeys(instrumentTextCodes(framework, texts))) {
    const { part, code } = instrumentTextOfKey(key)!;
    b.addRow([
      instrumentTextLabel(part, code),
      texts.instruments[part][code] || null,
      instrumentTextHint(part, code),
    ]);
  }
  // A finding row per indicator of the frame (and any other the findings hold).
  const findings = input?.findings ?? NO_FINDINGS;
  for (const n of findingIndicators(framework, findings)) {
    const name = framework.indicators.find((i) => i.number === n)?.name ?? "";
    b.addRow([findingLabel(n), findings.get(n) || null, findingHint(n, name)]);
  }
  for (const report of titledReports(titled, texts))
    b.addRow([titleLabel(report), texts.titles[report.kind] || null, TITLE_HINT]);
  const first = header + 1;
  const last = b.nextRow - 1;
  b.style(cellRange(first, 1, last, 1), { fill: LABEL_FILL, font: { bold: true } });
  b.style(cellRange(first, 2, last, 2), {
    fill: INPUT_FILL,
    numberFormat: TEXT_FORMAT,
    horizontal: "left",
  });
  b.style(cellRange(first, 3, last, 3), {
    font: { italic: true, color: "#595959", size: 14 },
    wrap: true,
  });
  b.style(b.rowsRange(first, last), {
    border: { line: "thin", where: "grid" },
    vertical: "middle",
  });
  // Paragraphs wrap in their cell (a line break is a new paragraph).
  const firstText = rowOf[REPORT_TEXT_KEYS[0]!]!;
  b.style(cellRange(firstText, 2, last, 2), { wrap: true, vertical: "top" });
  const list = (key: SettingKey, items: readonly string[]) =>
    b.addValidation({
      range: cellRange(rowOf[key]!, 2),
      source: { items },
      allowBlank: false,
      errorMessage: `กรุณาเลือก ${SETTING_LABELS[key]} จากรายการ`,
    });
  for (const key of SETTING_ORDER) {
    const items = SETTING_CHOICES[key];
    if (items) list(key, items);
  }

  b.addRow();
  b.addBanner(SIGNATORY_HEADING, { font: { bold: true } });
  const sigHeader = b.addRow([...SIGNATORY_HEADERS]);
  b.style(b.wholeRow(sigHeader), HEADER);
  const people = input?.signatories ?? [];
  const count = Math.max(SIGNATORY_ROWS, people.length);
  for (let i = 0; i < count; i++) {
    const p = people[i];
    b.addRow(p ? [p.role, p.name, p.position, p.comment || null, p.rank || null] : []);
  }
  b.style(b.rowsRange(sigHeader + 1, b.nextRow - 1), {
    fill: INPUT_FILL,
    border: { line: "thin", where: "grid" },
    numberFormat: TEXT_FORMAT,
  });
  return b.build({ freeze: { rows: header, columns: 0 } });
}

/**
 * The Scores sheet: one row per indicator of the years shown (the current year's frame, plus any
 * indicator only the previous year had), then the published overall and instrument totals.
 */
function buildScoresSheet(fallback: ItaFramework, input?: ReportInput): SheetSpec {
  const b = new SheetBuilder({
    name: SCORES_SHEET,
    role: "input",
    defaultFont: INPUT_FONT,
    columns: [{ width: 12 }, { width: 40 }, { width: 10 }, { width: 16 }, { width: 16 }],
  });
  // A year may have only published totals (seed 004: the overall score alone): it has a column too.
  const years = input ? scoredYears(input).slice(-2) : [];
  const [prevYear, curYear] = years.length === 2 ? years : [null, years[0] ?? null];
  const set = frameworksOf(input ?? {});
  const frameOf = (year: number | null) => (year === null ? null : frameworkFor(year, set));
  const framework = frameOf(curYear ?? null) ?? fallback;
  const previous = frameOf(prevYear ?? null);
  const rows: Indicator[] = [...framework.indicators];
  for (const ind of previous?.indicators ?? [])
    if (!rows.some((r) => r.number === ind.number)) rows.push(ind);
  rows.sort((a, b) => a.number - b.number);

  b.addBanner("คะแนน ITA รายตัวชี้วัด (ตามที่ ป.ป.ช. ประกาศ)", { font: { bold: true, size: 20 } }, 34);
  const yearRow = b.addRow([YEAR_ROW_LABEL, null, null, prevYear ?? null, curYear ?? null]);
  b.merge(cellRange(yearRow, 1, yearRow, 3)).style(b.wholeRow(yearRow), {
    font: { bold: true },
    horizontal: "right",
  });
  const header = b.addRow([...SCORES_HEADERS]);
  b.style(b.wholeRow(header), { ...HEADER, horizontal: "center" });
  for (const ind of rows) {
    const score = (year: number | null) => {
      const h = year === null ? undefined : input?.scores.get(year)?.get(ind.number);
      return h === undefined ? null : h / 100;
    };
    b.addRow([
      ind.number,
      ind.name,
      ind.instrument,
      score(prevYear ?? null),
      score(curYear ?? null),
    ]);
  }
  const last = b.nextRow - 1;
  b.style(b.rowsRange(header + 1, last), { border: { line: "thin", where: "grid" } });
  b.style(cellRange(header + 1, 1, last, 1), { horizontal: "center" });
  b.style(cellRange(header + 1, 3, last, 3), { horizontal: "center" });
  b.style(cellRange(yearRow, 4, last, 5), { fill: INPUT_FILL, horizontal: "center" });
  b.style(cellRange(header + 1, 4, last, 5), { numberFormat: "0.00" });

  b.addRow();
  b.addBanner(OFFICIAL_HEADING, { font: { bold: true }, wrap: true });
  const firstTotal = b.nextRow;
  for (const { key, label, name } of officialRows(framework)) {
    const total = (year: number | null) => {
      const h = year === null ? undefined : input?.officialTotals.get(year)?.[key];
      return h === undefined ? null : h / 100;
    };
    b.addRow([label, name, null, total(prevYear ?? null), total(curYear ?? null)]);
  }
  const lastTotal = b.nextRow - 1;
  b.style(b.rowsRange(firstTotal, lastTotal), { border: { line: "thin", where: "grid" } });
  b.style(cellRange(firstTotal, 4, lastTotal, 5), {
    fill: INPUT_FILL,
    numberFormat: "0.00",
    horizontal: "center",
  });
  return b.build({ freeze: { rows: header, columns: 0 } });
}
