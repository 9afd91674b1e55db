/** The organisation a report is about. */
export interface Organization {
  /** The name without its kind, e.g. "เกวียนหัก". */
  readonly name: string;
  /** e.g. "เทศบาลตำบล", "องค์การบริหารส่วนตำบล". */
  readonly kind: string;
  readonly district: string;
  readonly province: string;
}

export const ORGANIZATION_KINDS: readonly string[] = [
  "องค์การบริหารส่วนตำบล",
  "เทศบาลตำบล",
  "เทศบาลเมือง",
  "เทศบาลนคร",
  "องค์การบริหารส่วนจังหวัด",
];

/** The kind and the short forms people type in front of a name. */
const KIND_FORMS: Readonly<Record<string, readonly string[]>> = {
  องค์การบริหารส่วนตำบล: ["อบต."],
  เทศบาลตำบล: ["ทต."],
  เทศบาลเมือง: ["ทม."],
  เทศบาลนคร: ["ทน."],
  องค์การบริหารส่วนจังหวัด: ["อบจ."],
};
const DISTRICT_WORDS = ["อำเภอ", "อ."] as const;
const PROVINCE_WORDS = ["จังหวัด", "จ."] as const;

/** A word typed in front of a value that the report adds itself, and the value without it. */
export interface RepeatedWord {
  readonly word: string;
  readonly rest: string;
}

function leadingWord(value: string, words: readonly string[]): RepeatedWord | null {
  const v = value.trim();
  const word = words.find((w) => w !== "" && v.startsWith(w) && v.length > w.length);
  return word ? { word, rest: v.slice(word.length).trim() } : null;
}

/** The kind (or its short form) typed in front of the name, e.g. "เทศบาลตำบลเกวียนหัก". */
export function nameRepeatsKind(org: Organization): RepeatedWord | null {
  if (org.kind.trim() === "") return null;
  return leadingWord(org.name, [org.kind.trim(), ...(KIND_FORMS[org.kind.trim()] ?? [])]);
}

/** "อำเภอ"/"อ." typed in front of the district. */
export function districtRepeatsWord(org: Organization): RepeatedWord | null {
  return leadingWord(org.district, DISTRICT_WORDS);
}

/** "จังหวัด"/"จ." typed in front of the province. */
export function provinceRepeatsWord(org: Organization): RepeatedWord | null {
  return leadingWord(org.province, PROVINCE_WORDS);
}

/**
 * The organisation's full name, e.g. "เทศบาลตำบลเกวียนหัก". A kind typed into the name as
 * well is printed once (the reader warns about it with the suggested name).
 */
export function organizationFullName(org: Organization): string {
  return `${org.kind}${nameRepeatsKind(org)?.rest ?? org.name}`;
}

/** "อำเภอขลุง จังหวัดจันทบุรี", each word once however the user typed it (the reader warns). */
export function organizationPlace(org: Organization): string {
  return `อำเภอ${districtRepeatsWord(org)?.rest ?? org.district} จังหวัด${provinceRepeatsWord(org)?.rest ?? org.province}`;
}
