import type { IssuePlace } from "../issues/issueCollector";
import { REPORT_TEXT_KEYS } from "../model/reportTexts";
import type { OfficialTotals } from "../model/scores";
import type { Signatory } from "../model/signatory";
import { cellAddress } from "../sheet/a1";
import { cellAt, cellText, type CellGrid } from "../sheet/cellInput";
import {
  officialRowLabel,
  SCORE_COLUMNS,
  SCORES_SHEET,
  SETTINGS_SHEET,
  SIGNATORY_HEADERS,
} from "./inputLayout";
import { MEASURES_SHEET } from "./measuresLayout";
import { parseYearBE } from "./parseYear";
import { findLabelRow } from "./readSettings";
import { SETTING_LABELS, type SettingKey } from "./settingsLabels";
import { titleOfLabel } from "./textsLayout";

/** A signatory's texts, in the order of their columns under SIGNATORY_HEADERS. */
export const SIGNATORY_FIELDS = [
  "role",
  "name",
  "position",
  "comment",
  "rank",
] as const satisfies readonly (keyof Signatory)[];
export type SignatoryField = (typeof SIGNATORY_FIELDS)[number];

/**
 * Where the input's values were typed, as its reader found them: cells of the input workbook, or
 * paths of the JSON input. The checks after reading name these places, so they need no
 * knowledge of either format.
 */
export interface InputPlaces {
  /** A published total of a year (the overall score or an instrument's). */
  officialTotal(yearBE: number, key: keyof OfficialTotals): IssuePlace;
  /** A setting's value. */
  setting(key: SettingKey): IssuePlace;
  /** One text of the index-th signatory. */
  signatory(index: number, field: SignatoryField): IssuePlace;
  /** A report's own title (texts.titles.<kind>). */
  title(kind: string): IssuePlace;
  /** The scores as a whole. */
  readonly scores: IssuePlace;
  /** The measures as a whole. */
  readonly measures: IssuePlace;
}

/** The JSON paths of the settings that have one (docs/input-format.md); the rest are named by key. */
const SETTING_PATHS: Partial<Record<SettingKey, string>> = {
  orgKind: "organization.kind",
  orgName: "organization.name",
  district: "organization.district",
  province: "organization.province",
  problems: "problems",
  remedies: "remedies",
  memoUnit: "memo.unit",
  memoNumber: "memo.number",
  memoTo: "memo.to",
};

/** The places of a JSON input (docs/input-format.md). */
export const JSON_PLACES: InputPlaces = {
  officialTotal: (yearBE, key) => ({ path: `officialTotals.${yearBE}.${key}` }),
  setting: (key) => ({
    path:
      SETTING_PATHS[key] ??
      ((REPORT_TEXT_KEYS as readonly string[]).includes(key) ? `texts.${key}` : key),
  }),
  signatory: (index, field) => ({ path: `signatories[${index}].${field}` }),
  title: (kind) => ({ path: `texts.titles.${kind}` }),
  scores: { path: "scores" },
  measures: { path: "measures" },
};

/**
 * The places of an input workbook: a published total's cell in its year's column of the Scores
 * sheet, column B of each setting's labelled row, the signatories under their header.
 */
export function workbookPlaces(settings: CellGrid, scores: CellGrid): InputPlaces {
  const signatoryHeader = findLabelRow(settings, SIGNATORY_HEADERS[0]);
  const scoresHeader = findLabelRow(scores, "ตัวชี้วัดที่") ?? 2;
  return {
    officialTotal: (yearBE, key) => {
      const column =
        SCORE_COLUMNS.find((c) => {
          const y = parseYearBE(cellAt(scores, scoresHeader - 1, c));
          return y.ok && y.value === yearBE;
        }) ?? SCORE_COLUMNS[1];
      const row = findLabelRow(scores, officialRowLabel(key), scoresHeader + 1);
      return row === null
        ? { sheet: SCORES_SHEET }
        : { sheet: SCORES_SHEET, cell: cellAddress(row, column) };
    },
    setting: (key) => labelledPlace(settings, (label) => label === SETTING_LABELS[key]),
    signatory: (index, field) =>
      signatoryHeader === null
        ? { sheet: SETTINGS_SHEET }
        : {
            sheet: SETTINGS_SHEET,
            cell: cellAddress(signatoryHeader + 1 + index, SIGNATORY_FIELDS.indexOf(field) + 1),
          },
    // The first row labelled with the title's kind (ชื่อเรื่อง [kind] …).
    title: (kind) => labelledPlace(settings, (label) => titleOfLabel(label) === kind),
    scores: { sheet: SCORES_SHEET },
    measures: { sheet: MEASURES_SHEET },
  };
}

/**
 * Column B of the first Settings row whose label in column A `names` (a setting, an
 * instrument's text, a finding, a title), as the readers take it; the sheet where none does.
 */
export function labelledPlace(settings: CellGrid, names: (label: string) => boolean): IssuePlace {
  for (let row = 1; row <= settings.length; row++)
    if (names(cellText(cellAt(settings, row, 1))))
      return { sheet: SETTINGS_SHEET, cell: cellAddress(row, 2) };
  return { sheet: SETTINGS_SHEET };
}
