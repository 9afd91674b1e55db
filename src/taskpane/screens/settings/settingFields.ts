import { SETTING_ORDER } from "../../../domain/input/inputLayout";
import { parseYearBE } from "../../../domain/input/parseYear";
import { ORGANIZATION_KINDS } from "../../../domain/model/organization";
import { yearProblemText } from "../../../domain/input/yearMessages";
import { DIGIT_LABELS, ROUND_LABELS, type SettingKey } from "../../../domain/input/settingsLabels";
import { parseThaiDate } from "../../../domain/thai/parseThaiDate";

/** How a setting is edited: free text, a longer text, or one of a few choices. */
export type FieldKind =
  | { readonly kind: "text"; readonly hint?: string; readonly inputMode?: "numeric" }
  | { readonly kind: "textarea"; readonly hint?: string }
  | { readonly kind: "select"; readonly options: readonly string[] }
  | { readonly kind: "radio"; readonly options: readonly string[] };

export interface FieldGroup {
  readonly title: string;
  readonly keys: readonly SettingKey[];
}

const FIELD_KINDS: Partial<Record<SettingKey, FieldKind>> = {
  orgKind: { kind: "select", options: ORGANIZATION_KINDS },
  orgName: { kind: "text", hint: "ชื่อโดยไม่มีคำนำหน้า เช่น เกวียนหัก" },
  district: { kind: "text", hint: "ไม่ต้องพิมพ์คำว่า อำเภอ" },
  province: { kind: "text", hint: "ไม่ต้องพิมพ์คำว่า จังหวัด" },
  fiscalYear: { kind: "text", hint: "พ.ศ. เช่น 2567", inputMode: "numeric" },
  round: { kind: "radio", options: Object.values(ROUND_LABELS) },
  reportDate: { kind: "text", hint: "เช่น 30 กันยายน 2567" },
  digitStyle: { kind: "radio", options: Object.values(DIGIT_LABELS) },
  fontName: { kind: "text", hint: "ค่าเริ่มต้น TH SarabunPSK" },
  fontSize: { kind: "text", hint: "8–36 ค่าเริ่มต้น 16", inputMode: "numeric" },
  problems: { kind: "textarea", hint: "สำหรับรายงานผลรอบ 6 เดือน (เว้นว่างได้)" },
  remedies: { kind: "textarea", hint: "สำหรับรายงานผลรอบ 6 เดือน (เว้นว่างได้)" },
};

/** How to edit a setting; settings added later default to free text. */
export function fieldKind(key: SettingKey): FieldKind {
  return FIELD_KINDS[key] ?? { kind: "text" };
}

const GROUPS: readonly FieldGroup[] = [
  { title: "หน่วยงาน", keys: ["orgKind", "orgName", "district", "province"] },
  { title: "ปีและรอบการรายงาน", keys: ["fiscalYear", "round", "reportDate"] },
  { title: "รูปแบบรายงาน", keys: ["digitStyle", "fontName", "fontSize"] },
  { title: "ปัญหาและข้อเสนอแนะ", keys: ["problems", "remedies"] },
];

/** The settings in groups for the form; any setting not named here goes into the last group. */
export function settingGroups(): FieldGroup[] {
  const named = new Set(GROUPS.flatMap((g) => g.keys));
  const others = SETTING_ORDER.filter((k) => !named.has(k));
  const known = GROUPS.map((g) => ({ ...g, keys: g.keys.filter((k) => SETTING_ORDER.includes(k)) }));
  return others.length > 0 ? [...known, { title: "บันทึกข้อความและอื่น ๆ", keys: others }] : known;
}

/** What is wrong with a typed value, in Thai; null when it can be saved. Blanks are the checker's job. */
export function settingProblem(key: SettingKey, value: string): string | null {
  const text = value.trim();
  if (text === "") return null;
  if (key === "fiscalYear") {
    const year = parseYearBE(text);
    return year.ok ? null : yearProblemText(year.problem, text);
  }
  if (key === "fontSize") {
    const size = Number(text);
    return Number.isFinite(size) && size >= 8 && size <= 36 ? null : "ขนาดอักษรต้องเป็นตัวเลข 8–36";
  }
  if (key === "reportDate") return parseThaiDate(text) ? null : "อ่านวันที่ไม่ได้ กรุณากรอกเช่น 30 กันยายน 2567";
  return null;
}
