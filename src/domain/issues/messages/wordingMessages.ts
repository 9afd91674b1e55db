import { withParams } from "./issueEntry";

/** Messages about the user's own words: names as typed, and the texts that replace the drafts. */
export const WORDING_MESSAGES = {
  "text-key-unknown": withParams<{ readonly key: string; readonly keys: string }>(
    "a key under texts that no report reads (warning)",
    (p) => `ไม่รู้จักข้อความ "${p.key}" ข้อความนี้จึงไม่ถูกพิมพ์ในรายงาน ชื่อที่ใช้ได้: ${p.keys}`,
  ),
  "text-instrument-unknown": withParams<{
    readonly code: string;
    readonly year: number;
    readonly codes: string;
  }>(
    "an instrument's text (analysis or plan) for an instrument the year's frame does not have: not printed (warning)",
    (p) =>
      `เกณฑ์ปี ${p.year} ไม่มีแบบวัด ${p.code} (มีแบบวัด ${p.codes}) ข้อความนี้จึงไม่ถูกพิมพ์ในรายงาน ลบออก หรือย้ายไปไว้ในช่องของแบบวัดที่มี`,
  ),
  "title-kind-unknown": withParams<{ readonly kind: string; readonly kinds: string }>(
    "a report title (texts.titles, ชื่อเรื่อง [kind]) for a kind no report has: not printed (warning)",
    (p) => `ไม่มีรายงานชนิด "${p.kind}" ชื่อเรื่องนี้จึงไม่ถูกพิมพ์ ชนิดที่ใช้ได้: ${p.kinds}`,
  ),
  "problems-section-off": withParams<{
    readonly setting: string;
    readonly off: string;
    readonly on: string;
  }>(
    "a problems or remedies text (ปัญหาและอุปสรรค, ข้อเสนอแนะ/แนวทางแก้ไข) typed while the progress report leaves that section out (layout.progress.problems ไม่มี): not printed (warning)",
    (p) =>
      `ตั้ง "${p.setting}" เป็น ${p.off} ข้อความนี้จึงไม่ถูกพิมพ์ในรายงานผลตามมาตรการ ลบออก หรือตั้งเป็น ${p.on}`,
  ),
  "name-repeats-kind": withParams<{
    readonly name: string;
    readonly kind: string;
    readonly suggested: string;
  }>(
    "an organisation name that starts with its kind (warning; printed once)",
    (p) =>
      `ชื่อหน่วยงาน "${p.name}" ขึ้นต้นด้วยประเภท "${p.kind}" อยู่แล้ว รายงานจะพิมพ์ "${p.kind}${p.suggested}" ควรแก้ชื่อเป็น "${p.suggested}"`,
  ),
  "place-has-prefix": withParams<{
    readonly value: string;
    readonly word: string;
    readonly suggested: string;
  }>(
    "a district or province typed with อำเภอ/อ./จังหวัด/จ. (warning; printed once)",
    (p) =>
      `"${p.value}" มีคำว่า "${p.word}" อยู่แล้ว รายงานจะพิมพ์ "${p.word}${p.suggested}" ควรแก้เป็น "${p.suggested}"`,
  ),
  "signatory-name-parenthesized": withParams<{ readonly name: string; readonly suggested: string }>(
    "a signatory's name typed inside parentheses (warning; printed once)",
    (p) =>
      `ชื่อผู้ลงนาม "${p.name}" มีวงเล็บอยู่แล้ว รายงานใส่วงเล็บให้เอง จะพิมพ์ "(${p.suggested})" ควรแก้เป็น "${p.suggested}"`,
  ),
  "finding-indicator-unknown": withParams<{
    readonly indicator: number;
    readonly year: number;
    readonly numbers: string;
  }>(
    "a finding for an indicator the year's frame does not have: not printed (warning)",
    (p) =>
      `เกณฑ์ปี ${p.year} ไม่มีตัวชี้วัดที่ ${p.indicator} (มีตัวชี้วัดที่ ${p.numbers}) ข้อค้นพบนี้จึงไม่ถูกพิมพ์ในรายงาน ลบออก หรือย้ายไปไว้ในช่องของตัวชี้วัดที่มี`,
  ),
} as const;
