import { IssueCollector, type IssuePlace } from "../issues/issueCollector";
import type { ValidationIssue } from "../issues/validationIssue";
import type { Measure, MeasureField } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import { REPORT_TEXT_KEYS } from "../model/reportTexts";
import { MAX_CELL_TEXT_LENGTH } from "../sheet/sheetLimits";
import { toArabicDigits } from "../thai/digits";
import { SIGNATORY_FIELDS, type InputPlaces } from "../input/inputPlaces";
import type { SettingKey } from "../input/settingsLabels";
import { measurePlace } from "../validation/measurePlace";
import { buildReportSheet, type ReportKind } from "./buildReport";

/** Words a report adds around the input's texts in a cell (a number, a heading): far more than any does. */
const REPORT_WORDS = 1_000;

const FIELDS = [
  "heading",
  "title",
  "methods",
  "unit",
  "period",
  "result",
  "outcome",
  "suggestions",
  "remark",
  "evidenceUrl",
  "weakness",
  "approach",
  "tracking",
] as const satisfies readonly MeasureField[];

/** The settings' texts a report prints. */
const SETTING_TEXTS: readonly {
  readonly key: SettingKey;
  readonly of: (input: ReportInput) => string;
}[] = [
  { key: "orgKind", of: (i) => i.organization.kind },
  { key: "orgName", of: (i) => i.organization.name },
  { key: "district", of: (i) => i.organization.district },
  { key: "province", of: (i) => i.organization.province },
  { key: "problems", of: (i) => i.problems },
  { key: "remedies", of: (i) => i.remedies },
  { key: "memoUnit", of: (i) => i.memo.unit },
  { key: "memoNumber", of: (i) => i.memo.number },
  { key: "memoTo", of: (i) => i.memo.to },
  ...REPORT_TEXT_KEYS.map((key) => ({ key, of: (i: ReportInput) => i.texts[key] })),
];

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
export function fieldsOverReportLimit(
  input: ReportInput,
  kinds: readonly ReportKind[],
  places: Pick<InputPlaces, "setting" | "signatory">,
): ValidationIssue[] {
  const settings = SETTING_TEXTS.map((s) => ({ key: s.key, text: s.of(input) })).filter(
    (s) => s.text !== "",
  );
  const people = input.signatories
    .flatMap((p, i) => SIGNATORY_FIELDS.map((f) => ({ i, f, text: p[f] ?? "" })))
    .filter((p) => p.text !== "");
  const shared = [...settings, ...people].reduce((sum, x) => sum + x.text.length, 0) + REPORT_WORDS;
  const suspects = input.measures.filter((m) => measureLength(m) + shared > MAX_CELL_TEXT_LENGTH);
  if (suspects.length === 0 && shared <= MAX_CELL_TEXT_LENGTH) return [];
  const texts: { place: IssuePlace; text: string }[] = [
    ...suspects.flatMap((m) =>
      FIELDS.filter((f) => m[f] !== "").map((f) => ({ place: measurePlace(m, f), text: m[f] })),
    ),
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
