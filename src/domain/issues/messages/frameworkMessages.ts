import { withParams } from "./issueEntry";

/**
 * Messages of the framework reader: a year's record (docs/framework.schema.json) from the
 * framework sheet, a --framework file or the input JSON. Scores inside a record (pass mark,
 * bands, weights) use the score messages, as any other score.
 */
export const FRAMEWORK_MESSAGES = {
  "framework-required": withParams<{ readonly what: string; readonly list?: "empty" | "missing" }>(
    "a field of a framework record is missing or empty",
    (p) =>
      p.list === "empty"
        ? `${p.what}ต้องมีอย่างน้อยหนึ่งรายการ`
        : p.list === "missing"
          ? `ยังไม่มี${p.what}`
          : `ยังไม่ได้กรอก${p.what}`,
  ),
  "framework-type-invalid": withParams<{ readonly what: string; readonly expected: string }>(
    "a field of a framework record of the wrong type",
    (p) => `${p.what}ต้องเป็น${p.expected}`,
  ),
  "framework-value-invalid": withParams<{
    readonly what: string;
    readonly value: string;
    readonly expected: string;
  }>(
    "a value of a framework record that is not allowed (a year, a status, a code, a number)",
    (p) => `${p.what} "${p.value}" ${p.expected}`,
  ),
  "framework-duplicate": withParams<{ readonly what: string; readonly value: string }>(
    "an instrument code, indicator number or name, or level given twice in a framework record",
    (p) => `${p.what} "${p.value}" ซ้ำกับรายการก่อนหน้า`,
  ),
  "framework-inconsistent": withParams<
    | { readonly weights: string }
    | { readonly instrument: string; readonly known: string }
    | { readonly emptyInstrument: string }
    | {
        readonly level: string;
        readonly value: string;
        readonly above: string;
        readonly aboveValue: string;
      }
    | { readonly unreachable: string; readonly above: string }
    | { readonly bottom: string }
    | { readonly strength: string; readonly pass: string }
  >(
    "parts of a framework record that do not fit together (weights, instruments, level bands, bars)",
    (p) => {
      if ("weights" in p) return `น้ำหนักของแบบวัดรวมกันได้ร้อยละ ${p.weights} ต้องรวมได้ร้อยละ 100`;
      if ("known" in p) return `ไม่มีแบบวัด "${p.instrument}" ในเกณฑ์นี้ (มี ${p.known})`;
      if ("emptyInstrument" in p) return `แบบวัด ${p.emptyInstrument} ยังไม่มีตัวชี้วัด`;
      if ("aboveValue" in p)
        return `ระดับต้องเรียงจากสูงไปต่ำ: ระดับ ${p.level} (${p.value}) สูงกว่าระดับ ${p.above} ที่อยู่ก่อนหน้า (${p.aboveValue})`;
      if ("unreachable" in p)
        return `ไม่มีคะแนนใดได้ระดับ ${p.unreachable} เพราะเกณฑ์ไม่ต่ำกว่าระดับ ${p.above} ที่อยู่ก่อนหน้า`;
      if ("bottom" in p)
        return `ระดับสุดท้าย (${p.bottom}) ต้องเริ่มที่คะแนนรวม 0 และไม่มีเงื่อนไขรายแบบวัด เพื่อให้ทุกคะแนนมีระดับ`;
      return `เกณฑ์จุดแข็ง (${p.strength}) ต้องไม่ต่ำกว่าเกณฑ์ผ่าน (${p.pass})`;
    },
  ),
  "framework-field-unknown": withParams<{ readonly field: string; readonly fields: string }>(
    "a field a framework record does not have, so it is not used (warning)",
    (p) => `ไม่รู้จักช่อง "${p.field}" ของเกณฑ์ ITA จึงไม่ได้ใช้ (ช่องที่มีได้: ${p.fields})`,
  ),
} as const;
