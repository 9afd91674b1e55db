import { withParams } from "./issueEntry";

/** Messages of the report builders: a sheet that cannot be built, or breaks Excel's limits. */
export const REPORT_MESSAGES = {
  "report-cannot-build": withParams<
    | { readonly unknown: string; readonly kinds: string }
    | { readonly sheet: string; readonly reason: string }
  >("a report that cannot be built from the input, or an unknown report kind", (p) =>
    "unknown" in p
      ? `ไม่รู้จักรายงาน "${p.unknown}" เลือกได้จาก ${p.kinds}`
      : `สร้างชีต "${p.sheet}" ไม่ได้: ${p.reason}`,
  ),
  "report-needs-scores": withParams<{ readonly sheet: string; readonly missing: string }>(
    "a report asked for (or built by default) needs a year's overall score and level (from every indicator's score or the published totals), or that year's indicator scores, and the input lacks them",
    (p) => `สร้างชีต "${p.sheet}" ไม่ได้ เพราะยังไม่มีคะแนน ITA ที่รายงานนี้ต้องใช้: ${p.missing}`,
  ),
  "report-needs-measures": withParams<{ readonly sheet: string; readonly missing: string }>(
    "a report asked for (or built by default) lists the measures, and the input has none",
    (p) =>
      `สร้างชีต "${p.sheet}" ไม่ได้ เพราะยังไม่มีมาตรการ กรุณากรอกมาตรการอย่างน้อยหนึ่งมาตรการ${p.missing}`,
  ),
  "text-too-long-for-report": withParams<{
    readonly length: number;
    readonly sheet: string;
    readonly cellLength: number;
    readonly max: number;
  }>(
    "an input text that fits its own cell but makes a report cell longer than Excel keeps (joined with other text there, e.g. a measure's title and methods in the year-end report)",
    (p) =>
      `ข้อความนี้ยาว ${p.length.toLocaleString("en-US")} ตัวอักษร เมื่อพิมพ์ลงชีต "${p.sheet}" รวมกับข้อความอื่นในเซลล์เดียวกันจะยาว ${p.cellLength.toLocaleString("en-US")} ตัวอักษร เกินที่ Excel เก็บได้ในหนึ่งเซลล์ (${p.max.toLocaleString("en-US")}) กรุณาตัดให้สั้นลง`,
  ),
  "sheet-limit": withParams<{ readonly problem: string }>(
    "a report sheet over one of Excel's limits",
    (p) => p.problem,
  ),
} as const;
