import { SETTING_LABELS, type SettingKey } from "../domain/input/settingsLabels";
import { SETTING_ORDER, SETTINGS_SHEET, SIGNATORY_HEADERS } from "../domain/input/inputLayout";
import { findLabelRow, readSettings, signatoryRowFilled } from "../domain/input/readSettings";
import { IssueCollector } from "../domain/issues/issueCollector";
import { issueLocation } from "../domain/issues/validationIssue";
import { cellAddress, parseRange } from "../domain/sheet/a1";
import {
  cellAt,
  cellShown,
  cellText,
  type CellGrid,
  type CellInput,
} from "../domain/sheet/cellInput";
import { signatoryOfTexts, type Signatory } from "../domain/model/signatory";
import { fromExcelSerial } from "../domain/thai/parseThaiDate";
import { formatThaiDate } from "../domain/thai/thaiDate";
import {
  findingKey,
  findingLabel,
  findingOfKey,
  findingOfLabel,
  instrumentTextKey,
  instrumentTextKeys,
  instrumentTextLabel,
  instrumentTextOfKey,
  instrumentTextOfLabel,
  isInstrumentTextKey,
  titleKey,
  titleLabel,
  titleOfKey,
  titleOfLabel,
  type FindingKey,
  type InstrumentTextKey,
  type TitleKey,
  warnOfForeignFindings,
  warnOfForeignInstrumentTexts,
} from "../domain/input/textsLayout";
import { FRAME_SHEETS, workbookFramework } from "../domain/input/readInputWorkbook";
import type { ItaFramework } from "../domain/framework/itaFramework";
import type { WorkbookReader } from "./ports";
import { SIGNATORY_FIELDS } from "../domain/input/inputPlaces";
import { TITLED_REPORTS } from "../domain/reports/reportRegistry";
import { unknownTitleKinds } from "../domain/reports/titleChecks";

/**
 * A field of the form: a setting of the settings layout, the text of one instrument
 * ("analysis:IIT"), which has a row per instrument of the year's frame on the sheet, or the
 * finding about one indicator ("finding:8"), a row per indicator, or the title of one report
 * ("title:plan"), a row per report of the registry that has a title line.
 */
export type FormKey = SettingKey | InstrumentTextKey | FindingKey | TitleKey;

/** A field that has a row per instrument, indicator or report, found by its label's pattern. */
type RowKey = InstrumentTextKey | FindingKey | TitleKey;

const isRowKey = (key: string): key is RowKey =>
  isInstrumentTextKey(key) || findingOfKey(key) !== null || titleOfKey(key) !== null;

/** The report a title's kind names: the registry's, else one named by its kind. */
const titledReport = (kind: string) =>
  TITLED_REPORTS.find((r) => r.kind === kind) ?? { kind, name: kind };

/** The label of a field as column A of the Settings sheet has it. */
export function formLabel(key: FormKey): string {
  const text = instrumentTextOfKey(key);
  const finding = findingOfKey(key);
  const title = titleOfKey(key);
  if (title !== null) return titleLabel(titledReport(title));
  return text
    ? instrumentTextLabel(text.part, text.code)
    : finding !== null
      ? findingLabel(finding)
      : SETTING_LABELS[key as SettingKey];
}

/**
 * The form's fields in the sheet's order: the settings of the layout, then the instruments'
 * texts (one per instrument of the year's frame, and any other the sheet has a row for) and the
 * findings found on the sheet.
 */
export function formKeys(form: Pick<SettingsForm, "values">): FormKey[] {
  const rowFields = Object.keys(form.values).filter(isRowKey);
  return [...SETTING_ORDER, ...rowFields];
}

/** What a field of the form holds ("" for an instrument's text the form has no row for). */
export function formValue(form: Pick<SettingsForm, "values">, key: FormKey): string {
  return form.values[key] ?? "";
}

/** The Settings sheet (ข้อมูลรายงาน) as a form: every labelled value as the text it shows. */
export interface SettingsForm {
  readonly values: Readonly<Record<SettingKey, string>> & Readonly<Partial<Record<RowKey, string>>>;
  /** Settings whose labelled row is not on the sheet; such a field cannot be saved. */
  readonly missing: readonly SettingKey[];
  /** The signatories in order, ผู้รายงาน first. */
  readonly signatories: readonly Signatory[];
  /** Where the form's values are on the sheet, to show a cell's issue at its field. */
  readonly rows: SettingsRows;
  /**
   * The frame the instruments' texts follow (that of the workbook's measures): a text field per
   * instrument, a row added on save where the sheet has none. Absent: the sheet's rows only.
   */
  readonly framework?: ItaFramework;
}

/** The sheet row of each setting found, and of the signatories' header. */
export interface SettingsRows {
  readonly settings: Readonly<Partial<Record<FormKey, number>>>;
  readonly signatoryHeader: number | null;
}

/** The form's field at a cell of the Settings sheet: a setting's value or a signatory's part. */
export type SettingsFieldAt =
  | { readonly kind: "setting"; readonly key: FormKey }
  | { readonly kind: "signatory"; readonly index: number; readonly part: keyof Signatory };

/** Which field of the form a cell of the Settings sheet is; null for a cell the form has no field for. */
export function settingsFieldAt(rows: SettingsRows, cell: string): SettingsFieldAt | null {
  const place = parseRange(cell);
  if (!place) return null;
  const { firstRow: row, firstColumn: column } = place;
  const key = (Object.keys(rows.settings) as FormKey[]).find((k) => rows.settings[k] === row);
  if (key && column <= 2) return { kind: "setting", key };
  const header = rows.signatoryHeader;
  // The signatory columns in their order under the header: role, name, position, comment, rank.
  const part = SIGNATORY_FIELDS[column - 1];
  if (header !== null && row > header && part)
    return { kind: "signatory", index: row - header - 1, part };
  return null;
}

/**
 * Reads the Settings sheet into a form; null when the workbook has no Settings sheet. Rows are
 * found by their labels in column A, as the input reader finds them; the instruments' texts
 * follow the frame the input uses (Scores and framework sheets). Never changes the sheet.
 */
export async function readSettingsForm(reader: WorkbookReader): Promise<SettingsForm | null> {
  const grids = await reader.readSheets(FRAME_SHEETS);
  const grid = grids.get(SETTINGS_SHEET);
  return grid ? settingsFormOf(grid, workbookFramework(grids)) : null;
}

/** The form of a Settings sheet grid; with a frame, a text field for each of its instruments. */
export function settingsFormOf(grid: CellGrid, framework?: ItaFramework): SettingsForm {
  const values = {} as Record<FormKey, string>;
  const missing: SettingKey[] = [];
  const settings: Partial<Record<FormKey, number>> = {};
  for (const key of SETTING_ORDER) {
    const row = findLabelRow(grid, SETTING_LABELS[key]);
    if (row === null) missing.push(key);
    else settings[key] = row;
    values[key] = row === null ? "" : shownText(key, cellAt(grid, row, 2));
  }
  // The instruments' texts and the indicators' findings: a row each, labelled with the
  // instrument's code or the indicator's number (the first row of a label counts).
  const found = new Map<RowKey, string>();
  for (let row = 1; row <= grid.length; row++) {
    const key = rowFieldOfLabel(cellText(cellAt(grid, row, 1)));
    if (!key || settings[key] !== undefined) continue;
    settings[key] = row;
    found.set(key, cellShown(cellAt(grid, row, 2)));
  }
  // With a frame: a field per instrument of it (every analysis, then every plan), then any other row the sheet has.
  // Last, a title field per titled report of the registry, whether or not the sheet has its row yet (a row added on save), then any other title row.
  const framed: RowKey[] = framework
    ? instrumentTextKeys(framework.instruments.map((i) => i.code))
    : [];
  const titles: RowKey[] = TITLED_REPORTS.map((r) => titleKey(r.kind));
  const rest = [...found.keys()].filter((k) => !framed.includes(k) && !titles.includes(k));
  const keys = [
    ...framed,
    ...rest.filter((k) => titleOfKey(k) === null),
    ...titles,
    ...rest.filter((k) => titleOfKey(k) !== null),
  ];
  for (const key of keys) values[key] = found.get(key) ?? "";
  const { header, people } = signatoryRows(grid);
  return {
    values,
    missing,
    signatories: people,
    rows: { settings, signatoryHeader: header },
    ...(framework ? { framework } : {}),
  };
}

/**
 * The field of a row labelled with an instrument's code or an indicator's number, its label read
 * as the input reader reads it (an indicator's number in Thai or Arabic digits), or with a
 * report's kind; null for any other row.
 */
function rowFieldOfLabel(label: string): RowKey | null {
  const text = instrumentTextOfLabel(label);
  const finding = findingOfLabel(label);
  const title = titleOfLabel(label);
  if (title !== null) return titleKey(title);
  return text
    ? instrumentTextKey(text.part, text.code)
    : finding !== null
      ? findingKey(finding)
      : null;
}

/**
 * The row of a field on the Settings sheet, found as settingsFormOf and the input reader find it:
 * a setting by its label, an instrument's text or a finding at the first row whose label names it
 * (so "ข้อค้นพบตัวชี้วัดที่ ๘ (วิเคราะห์ผล)" is indicator 8's row); null when the sheet has none.
 */
export function formRow(grid: CellGrid, key: FormKey): number | null {
  if (!isRowKey(key)) return findLabelRow(grid, formLabel(key));
  for (let row = 1; row <= grid.length; row++)
    if (rowFieldOfLabel(cellText(cellAt(grid, row, 1))) === key) return row;
  return null;
}

/** A date typed into Excel arrives as a serial number; the form shows it as a Thai date. */
function shownText(key: FormKey, cell: CellInput): string {
  if (key === "reportDate" && typeof cell === "number") {
    const date = fromExcelSerial(cell);
    if (date) return formatThaiDate(date, "full", "arabic");
  }
  return cellShown(cell);
}

/** The signatory rows under their header, down to the first blank row. */
export function signatoryRows(grid: CellGrid): { header: number | null; people: Signatory[] } {
  const header = findLabelRow(grid, SIGNATORY_HEADERS[0]);
  if (header === null) return { header, people: [] };
  const people: Signatory[] = [];
  // The block the sheet's reader reads: a formula not yet calculated or an Excel error does not end it.
  for (let r = header + 1; signatoryRowFilled(grid, r); r++) {
    const [role, name, position, comment, rank] = SIGNATORY_HEADERS.map((_, i) =>
      cellText(cellAt(grid, r, i + 1)),
    ) as [string, string, string, string, string];
    // The memo comment (column D) and the rank (E) travel with their person, so moving a person moves them too.
    people.push(signatoryOfTexts({ role, name, position, comment, rank }));
  }
  return { header, people };
}

/** True when two settings forms hold the same values and signatories. */
export function sameSettings(a: SettingsForm, b: SettingsForm): boolean {
  return (
    formKeys(a).length === formKeys(b).length &&
    formKeys(a).every((k) => formValue(a, k) === formValue(b, k)) &&
    JSON.stringify(withoutBlankSignatories(a.signatories)) ===
      JSON.stringify(withoutBlankSignatories(b.signatories))
  );
}

/** Signatories with surrounding spaces trimmed and wholly blank entries dropped. */
export function withoutBlankSignatories(people: readonly Signatory[]): Signatory[] {
  return people
    .map((p) =>
      signatoryOfTexts({
        role: p.role.trim(),
        name: p.name.trim(),
        position: p.position.trim(),
        comment: p.comment ?? "",
        rank: p.rank ?? "",
      }),
    )
    .filter((p) => p.role || p.name || p.position);
}

/** What the sheet's reader says about one setting of the form. */
export interface SettingProblem {
  readonly severity: "error" | "warning";
  readonly text: string;
}

/**
 * What the Settings sheet's own reader would say about the form's values, by setting: the form
 * is laid out as the sheet is and read by readSettings, so the pane and the sheet never
 * disagree. Blanks are left to the checker (a new workbook is all blanks).
 */
export function settingsFormProblems(form: SettingsForm): Partial<Record<FormKey, SettingProblem>> {
  const rows: CellInput[][] = [["ข้อมูลรายงาน ITA"], ["รายการ", "ข้อมูล"]];
  const rowOf = new Map<number, FormKey>();
  for (const key of formKeys(form)) {
    rowOf.set(rows.length + 1, key);
    rows.push([formLabel(key), formValue(form, key)]);
  }
  const collector = new IssueCollector();
  const read = readSettings(rows, collector);
  // A text or finding the year's frame has no place for is never printed: warned of at its
  // field by the readers' own rules, as the check screen says it.
  if (form.framework) {
    const rowOfKey = new Map([...rowOf].map(([row, key]) => [key, row]));
    const at = (key: FormKey) => ({
      sheet: SETTINGS_SHEET,
      cell: cellAddress(rowOfKey.get(key) ?? 1, 2),
    });
    warnOfForeignInstrumentTexts(
      form.framework,
      read.texts,
      (part, code) => at(instrumentTextKey(part, code)),
      collector,
    );
    warnOfForeignFindings(form.framework, read.findings, (n) => at(findingKey(n)), collector);
  }
  // A title of a kind no report has is never printed: said at its field, as the check screen says it.
  const titleRow = (kind: string) => [...rowOf].find(([, key]) => key === titleKey(kind))?.[0] ?? 1;
  collector.issues.push(
    ...unknownTitleKinds(read.texts.titles, (kind) => ({
      sheet: SETTINGS_SHEET,
      cell: cellAddress(titleRow(kind), 2),
    })),
  );
  const out: Partial<Record<FormKey, SettingProblem>> = {};
  for (const issue of collector.issues) {
    const place = issue.cell ? parseRange(issue.cell) : null;
    const key = place && place.firstColumn === 2 ? rowOf.get(place.firstRow) : undefined;
    if (!key || out[key] || formValue(form, key).trim() === "") continue;
    out[key] = {
      severity: issue.severity,
      text: issue.message.replace(`${issueLocation(issue)}: `, ""),
    };
  }
  return out;
}
