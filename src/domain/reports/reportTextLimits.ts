import { IssueCollector, type IssuePlace } from "../issues/issueCollector";
import type { ValidationIssue } from "../issues/validationIssue";
import type { Measure, MeasureField } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import { REPORT_TEXT_KEYS } from "../model/reportTexts";
import type { Signatory } from "../model/signatory";
import { MAX_CELL_TEXT_LENGTH } from "../sheet/sheetLimits";
import { cellAddress } from "../sheet/a1";
import type { CellGrid } from "../sheet/cellInput";
import { toArabicDigits } from "../thai/digits";
import { SETTINGS_SHEET, SIGNATORY_HEADERS } from "../input/inputLayout";
import { findLabelRow } from "../input/readSettings";
import { SETTING_LABELS, type SettingKey } from "../input/settingsLabels";
import { measurePlace } from "../validation/measurePlace";
import { buildReportSheet, type ReportKind } from "./buildReport";

/** Words a report adds around the input's texts in a cell (a number, a heading): far more than any does. */
const REPORT_WORDS = 1_000;

const FIELDS = ["heading", "title", "methods", "unit", "period", "result", "outcome", "suggestions", "remark", "evidenceUrl", "weakness", "approach", "tracking"] as const satisfies readonly MeasureField[];

const SIGNATORY_FIELDS = ["role", "name", "position", "comment"] as const satisfies readonly (keyof Signatory)[];
type SignatoryField = (typeof SIGNATORY_FIELDS)[number];

/** Where the input's own texts outside the measures were typed: cells of the Settings sheet, or JSON paths. */
export interface TextPlaces {
  setting(key: SettingKey): IssuePlace;
  signatory(index: number, field: SignatoryField): IssuePlace;
}

/** The settings' texts a report prints, with their JSON paths (docs/input-format.md). */
const SETTING_TEXTS: readonly { readonly key: SettingKey; readonly path: string; readonly of: (input: ReportInput) => string }[] = [
  { key: "orgKind", path: "organization.kind", of: (i) => i.organization.kind },
  { key: "orgName", path: "organization.name", of: (i) => i.organization.name },
  { key: "district", path: "organization.district", of: (i) => i.organization.district },
  { key: "province", path: "organization.province", of: (i) => i.organization.province },
  { key: "problems", path: "problems", of: (i) => i.problems },
  { key: "remedies", path: "remedies", of: (i) => i.remedies },
  { key: "memoUnit", path: "memo.unit", of: (i) => i.memo.unit },
  { key: "memoNumber", path: "memo.number", of: (i) => i.memo.number },
  { key: "memoTo", path: "memo.to", of: (i) => i.memo.to },
  ...REPORT_TEXT_KEYS.map((key) => ({ key, path: `texts.${key}`, of: (i: ReportInput) => i.texts[key] })),
];

/** The places of a JSON input. */
export const JSON_TEXT_PLACES: TextPlaces = {
  setting: (key) => ({ path: SETTING_TEXTS.find((s) => s.key === key)?.path ?? key }),
  signatory: (index, field) => ({ path: `signatories[${index}].${field}` }),
};

/** The places of an input workbook: column B of each setting's labelled row, the signatories under their header. */
export function workbookTextPlaces(settings: CellGrid): TextPlaces {
  const header = findLabelRow(settings, SIGNATORY_HEADERS[0]);
  return {
    setting: (key) => {
      const row = findLabelRow(settings, SETTING_LABELS[key]);
      return row === null ? { sheet: SETTINGS_SHEET } : { sheet: SETTINGS_SHEET, cell: cellAddress(row, 2) };
    },
    signatory: (index, field) =>
      header === null ? { sheet: SETTINGS_SHEET } : { sheet: SETTINGS_SHEET, cell: cellAddress(header + 1 + index, SIGNATORY_FIELDS.indexOf(field) + 1) },
  };
}

const measureLength = (m: Measure) => FIELDS.reduce((sum, f) => sum + m[f].length, 0);

/**
 * Input texts that fit their own cell but would make a cell of a report longer than Excel keeps
 * (a measure's title and methods share one cell of the year-end report; an organisation's kind,
 * name, district and province one title): named at the input field, so `validate` says it
 * where the build would only name the report's cell. Every text the input gives a report is
 * traced: the measures', the settings' (names, memo, report texts) and the signatories'. A
 * cell holds at most one measure's texts besides the settings' and signatories', so only when
 * those together with some measure's come near the limit can one overflow: for every real input
 * the reports are not built here; when they can, the reports are built and each over-long cell
 * is traced to the longest of the input's texts that it holds.
 */
export function fieldsOverReportLimit(input: ReportInput, kinds: readonly ReportKind[], places: TextPlaces): ValidationIssue[] {
  const settings = SETTING_TEXTS.map((s) => ({ key: s.key, text: s.of(input) })).filter((s) => s.text !== "");
  const people = input.signatories.flatMap((p, i) => SIGNATORY_FIELDS.map((f) => ({ i, f, text: p[f] ?? "" }))).filter((p) => p.text !== "");
  const shared = [...settings, ...people].reduce((sum, x) => sum + x.text.length, 0) + REPORT_WORDS;
  const suspects = input.measures.filter((m) => measureLength(m) + shared > MAX_CELL_TEXT_LENGTH);
  if (suspects.length === 0 && shared <= MAX_CELL_TEXT_LENGTH) return [];
  const texts: { place: IssuePlace; text: string }[] = [
    ...suspects.flatMap((m) => FIELDS.filter((f) => m[f] !== "").map((f) => ({ place: measurePlace(m, f), text: m[f] }))),
    ...settings.map((s) => ({ place: places.setting(s.key), text: s.text })),
    ...people.map((p) => ({ place: places.signatory(p.i, p.f), text: p.text })),
  ]
    .map((x) => ({ ...x, text: toArabicDigits(x.text) }))
    // The longest first: a cell is traced to the longest text it holds.
    .sort((a, b) => b.text.length - a.text.length);
  const issues = new IssueCollector();
  for (const kind of new Set(kinds)) {
    const sheet = buildReportSheet(input, kind);
    if (!sheet) continue;
    const said = new Set<(typeof texts)[number]>(); // once a sheet for each text (a name heads every page's title)
    for (const row of sheet.rows)
      for (const value of row) {
        if (typeof value !== "string" || value.length <= MAX_CELL_TEXT_LENGTH) continue;
        const cell = toArabicDigits(value);
        const longest = texts.find((x) => cell.includes(x.text));
        if (!longest || said.has(longest)) continue;
        said.add(longest);
        issues.error("text-too-long-for-report", longest.place, {
          length: longest.text.length,
          sheet: sheet.name,
          cellLength: value.length,
          max: MAX_CELL_TEXT_LENGTH,
        });
      }
  }
  return issues.issues;
}
