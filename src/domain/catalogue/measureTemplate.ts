import type { IndicatorNumber } from "../framework/indicators";

/**
 * One ready-made measure (มาตรการ) that a user can pick and adapt when writing the
 * integrity-and-transparency measures for an indicator. Text fields are Thai and use Arabic
 * digits; the report layer converts digits to the report's style.
 */
export interface MeasureTemplate {
  /** "M" and two digits, e.g. "M01"; stable, so saved choices can refer to it. */
  readonly id: string;
  /** The indicator the measure mainly addresses, numbered as in CATALOGUE_FRAMEWORK. */
  readonly indicator: IndicatorNumber;
  /** Short Thai title of the measure. */
  readonly title: string;
  /** Typical steps, 1–3 Thai sentences. */
  readonly methods: string;
  /** Usual responsible unit in an อบต./เทศบาล, e.g. "กองคลัง (งานพัสดุ)". */
  readonly unit: string;
  /** Usual period within the fiscal year, e.g. "ไตรมาส 1–4". */
  readonly period: string;
  /** A measurable result that shows the measure was carried out. */
  readonly successIndicator: string;
  /** OIT item code where it is the same for ITA 2563–2566, e.g. "O42"; omitted otherwise. */
  readonly oitItem?: string;
}

/** The text fields every template must fill. */
export const TEMPLATE_TEXT_FIELDS = [
  "title",
  "methods",
  "unit",
  "period",
  "successIndicator",
] as const;

export type TemplateTextField = (typeof TEMPLATE_TEXT_FIELDS)[number];

/** Longest text any one field may hold, so a template fits a report cell. */
export const MAX_TEMPLATE_FIELD_LENGTH = 400;

const ID_PATTERN = /^M\d{2}$/;
const OIT_ITEM_PATTERN = /^O\d{1,2}$/;
const THAI_DIGIT = /[\u0e50-\u0e59]/;

/** True when `id` has the template-id shape: "M" and two digits. */
export function isMeasureTemplateId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * Lists what is wrong with one template (English, for developers); empty when it is valid.
 *
 * @example
 * measureTemplateProblems({ ...t, id: "M1" }) //=> ['id "M1" is not "M" and two digits']
 */
export function measureTemplateProblems(t: MeasureTemplate): string[] {
  const problems: string[] = [];
  if (!isMeasureTemplateId(t.id)) problems.push(`id "${t.id}" is not "M" and two digits`);
  const fields: [string, string | undefined][] = [
    ...TEMPLATE_TEXT_FIELDS.map((f): [string, string] => [f, t[f]]),
    ["oitItem", t.oitItem],
  ];
  for (const [name, value] of fields) {
    if (value === undefined) continue;
    if (value.trim() === "") problems.push(`${name} is empty`);
    if (value !== value.trim()) problems.push(`${name} has leading or trailing spaces`);
    if (value.length > MAX_TEMPLATE_FIELD_LENGTH) {
      problems.push(
        `${name} has ${value.length} characters, more than ${MAX_TEMPLATE_FIELD_LENGTH}`,
      );
    }
    if (THAI_DIGIT.test(value))
      problems.push(`${name} uses Thai digits; templates keep Arabic digits`);
  }
  if (t.oitItem !== undefined && !OIT_ITEM_PATTERN.test(t.oitItem)) {
    problems.push(`oitItem "${t.oitItem}" is not "O" and a number`);
  }
  return problems;
}
