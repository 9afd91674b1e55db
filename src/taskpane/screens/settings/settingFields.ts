import { type FormKey } from "../../../app/settingsForm";
import {
  LONG_SETTINGS,
  NUMERIC_SETTINGS,
  SETTING_CHOICES,
  SETTING_HINTS,
  SETTING_ORDER,
} from "../../../domain/input/inputLayout";
import type { SettingKey } from "../../../domain/input/settingsLabels";
import {
  findingHint,
  findingOfKey,
  instrumentTextHint,
  instrumentTextOfKey,
  MEMO_DATA_TEXT_KEYS,
  TITLE_HINT,
  titleOfKey,
} from "../../../domain/input/textsLayout";
import { REPORT_TEXT_KEYS, type ReportTexts } from "../../../domain/model/reportTexts";

/** How a setting is edited: free text, a longer text, or one of a few choices. */
export type FieldKind =
  | { readonly kind: "text"; readonly hint?: string; readonly inputMode?: "numeric" }
  | { readonly kind: "textarea"; readonly hint?: string }
  | { readonly kind: "select"; readonly options: readonly string[]; readonly hint?: string }
  | { readonly kind: "radio"; readonly options: readonly string[]; readonly hint?: string };

export interface FieldGroup {
  readonly title: string;
  readonly keys: readonly FormKey[];
}

/** A choice of this many options or fewer shows as radio buttons, more as a dropdown. */
const RADIO_MAX = 3;

/**
 * How to edit a setting, from the settings layout data (the sheet's dropdown lists, its long and
 * numeric settings, its hints); a setting added to the layout later appears without pane changes.
 * An instrument's text is paragraphs.
 */
export function fieldKind(key: FormKey): FieldKind {
  const text = instrumentTextOfKey(key);
  if (text) return { kind: "textarea", hint: instrumentTextHint(text.part, text.code) };
  const finding = findingOfKey(key);
  if (finding !== null) return { kind: "textarea", hint: findingHint(finding, "") };
  // A title keeps the user's line breaks (reportTitle), so its field takes them, as its cell does.
  if (titleOfKey(key) !== null) return { kind: "textarea", hint: TITLE_HINT };
  const setting = key as SettingKey;
  const hint = SETTING_HINTS[setting] as string | undefined;
  const withHint = hint ? { hint } : {};
  const options = SETTING_CHOICES[setting];
  if (options)
    return { kind: options.length <= RADIO_MAX ? "radio" : "select", options, ...withHint };
  if (LONG_SETTINGS.has(setting)) return { kind: "textarea", ...withHint };
  return {
    kind: "text",
    ...withHint,
    ...(NUMERIC_SETTINGS.has(setting) ? { inputMode: "numeric" as const } : {}),
  };
}

const GROUPS: readonly FieldGroup[] = [
  { title: "หน่วยงาน", keys: ["orgKind", "orgName", "district", "province"] },
  { title: "ปีและรอบการรายงาน", keys: ["fiscalYear", "round", "reportDate"] },
  { title: "รูปแบบรายงาน", keys: ["digitStyle", "fontName", "fontSize"] },
  { title: "ปัญหาและข้อเสนอแนะ", keys: ["problems", "remedies"] },
];

/** The title of the last group: the texts that replace a drafted paragraph. */
export const TEXTS_GROUP_TITLE = "ข้อความในรายงาน (เว้นว่างไว้เพื่อใช้ข้อความที่ร่างให้)";

/** The texts that replace a drafted paragraph of a report (the pane shows the draft under each empty one). */
const DRAFTED_TEXTS: ReadonlySet<FormKey> = new Set(
  REPORT_TEXT_KEYS.filter((k) => !MEMO_DATA_TEXT_KEYS.includes(k)),
);

/** True for a report text of the texts group: one that replaces a drafted paragraph when filled, an instrument's text or an indicator's finding. */
export const isDraftedText = (key: FormKey): boolean =>
  DRAFTED_TEXTS.has(key) ||
  instrumentTextOfKey(key) !== null ||
  findingOfKey(key) !== null ||
  titleOfKey(key) !== null;

/** What the report prints for a text while it is empty ("" where nothing is drafted). */
export function draftOf(drafts: ReportTexts, key: FormKey): string {
  const text = instrumentTextOfKey(key);
  if (text) return drafts.instruments[text.part][text.code] ?? "";
  const title = titleOfKey(key);
  if (title !== null) return drafts.titles[title] ?? "";
  return (REPORT_TEXT_KEYS as readonly string[]).includes(key)
    ? drafts[key as keyof Omit<ReportTexts, "instruments" | "titles">]
    : "";
}

/**
 * True for a report text, drafted or the memo's own data, or an instrument's text: the pane shows
 * the domain's draft under it while it is empty, where there is one (the OIT item the year's
 * framework record names).
 */
export const isReportText = (key: FormKey): boolean =>
  (REPORT_TEXT_KEYS as readonly string[]).includes(key) ||
  instrumentTextOfKey(key) !== null ||
  titleOfKey(key) !== null;

/**
 * The settings in groups for the form (`keys`, in the sheet's order: the layout's settings and
 * the instruments' texts the sheet has rows for); any setting not named here goes into the
 * group before the last, and the report texts that replace drafts form the last group.
 */
export function settingGroups(keys: readonly FormKey[] = SETTING_ORDER): FieldGroup[] {
  const named = new Set(GROUPS.flatMap((g) => g.keys));
  const others = keys.filter((k) => !named.has(k) && !isDraftedText(k));
  const texts = keys.filter(isDraftedText);
  const known = GROUPS.map((g) => ({ ...g, keys: g.keys.filter((k) => keys.includes(k)) }));
  return [
    ...known,
    ...(others.length > 0 ? [{ title: "บันทึกข้อความและอื่น ๆ", keys: others }] : []),
    ...(texts.length > 0 ? [{ title: TEXTS_GROUP_TITLE, keys: texts }] : []),
  ];
}
