import { plain, withParams } from "./issueEntry";

/** An indicator the plan lists without a measure, as the weak-indicator check describes it. */
interface WeakIndicator {
  readonly indicator: number;
  readonly name: string;
  readonly score: string;
  readonly yearBE: number;
  /** The bar it falls under, as printed: "ต่ำกว่าเกณฑ์ 85" or "ต่ำกว่าเกณฑ์จุดแข็ง 90". */
  readonly bar: string;
  /** What the plan prints in its measure cell; null when the plan lists no indicators. */
  readonly plan: string | null;
}

const weakText = (p: WeakIndicator) =>
  `ตัวชี้วัดที่ ${p.indicator} ${p.name} ได้ ${p.score} คะแนนในปี ${p.yearBE} ${p.bar}`;

/** Messages of the checks over read values: text, measures against the round, totals. */
export const RULE_MESSAGES = {
  "text-too-long": withParams<{ readonly length: number; readonly max: number }>(
    "text longer than Excel keeps in one cell",
    (p) =>
      `ข้อความยาว ${p.length.toLocaleString("en-US")} ตัวอักษร เกินที่ Excel เก็บได้ในหนึ่งเซลล์ (${p.max.toLocaleString("en-US")}) กรุณาตัดให้สั้นลงหรือแบ่งเป็นหลายแถว`,
  ),
  "text-xml-invalid": withParams<{
    readonly codePoint: string;
    readonly position: number;
    readonly before: string;
  }>(
    "a character an .xlsx cannot carry (a control character, U+FFFE, U+FFFF, half of a surrogate pair): a report holding it would not open",
    (p) =>
      `มีอักขระที่ไฟล์ Excel เก็บไม่ได้ (รหัส "${p.codePoint}") ที่ตัวอักษรที่ ${p.position.toLocaleString("en-US")}${p.before ? ` ต่อจาก "${p.before}"` : ""} รายงานที่มีอักขระนี้จะเปิดไม่ได้ กรุณาลบอักขระนี้ออก (มักติดมากับข้อความที่คัดลอกจากโปรแกรมอื่น)`,
  ),
  "non-thai-script": withParams<{
    readonly script: string;
    readonly letter: string;
    readonly context: string;
  }>(
    "letters of another script inside Thai text (warning)",
    (p) =>
      `พบอักษร${p.script} "${p.letter}" ปนในข้อความ ("…${p.context}…") อาจพิมพ์ผิดหรือคัดลอกมาจากไฟล์สแกน`,
  ),
  "mixed-digits": withParams<{ readonly number: string }>(
    "one number written with Thai and Arabic digits (warning)",
    (p) => `ตัวเลข "${p.number}" ใช้เลขไทยปนเลขอารบิก กรุณาใช้แบบเดียวกันทั้งตัวเลข`,
  ),
  "status-empty": withParams<{ readonly measure: string }>(
    "a measure without a status (warning)",
    (p) => `ยังไม่ได้เลือกสถานะของมาตรการ ${p.measure}`,
  ),
  "result-missing": withParams<{ readonly measure: string }>(
    "a measure marked done without a result (warning)",
    (p) => `มาตรการ ${p.measure} มีสถานะดำเนินการแล้ว แต่ยังไม่ได้กรอกผลการดำเนินการ`,
  ),
  "result-generic": withParams<{ readonly result: string }>(
    "a result that says nothing checkable (warning)",
    (p) => `ผลการดำเนินการ "${p.result}" ไม่ได้บอกสิ่งที่ทำ ควรระบุกิจกรรม วันที่ จำนวน หรือหลักฐาน`,
  ),
  "result-duplicate": withParams<{ readonly indicator: number }>(
    "the same result under different indicators (warning)",
    (p) => `ผลการดำเนินการซ้ำกับของตัวชี้วัดที่ ${p.indicator} ทุกตัวอักษร ควรเขียนผลที่เฉพาะกับตัวชี้วัดนี้`,
  ),
  "measure-duplicate": plain(
    "the same measure twice (warning)",
    "มาตรการนี้ซ้ำกับแถวก่อนหน้า (ตัวชี้วัด ชื่อ และวิธีการเหมือนกัน)",
  ),
  "date-outside-year": withParams<{
    readonly date: string;
    readonly fiscalYearBE: number;
    readonly from: string;
    readonly to: string;
  }>(
    "a date in a result outside the fiscal year (warning)",
    (p) => `วันที่ "${p.date}" อยู่นอกปีงบประมาณ ${p.fiscalYearBE} (${p.from} – ${p.to})`,
  ),
  "date-outside-round": withParams<{
    readonly date: string;
    readonly round: string;
    readonly from: string;
    readonly to: string;
  }>(
    "a date in a result outside the reporting round (warning)",
    (p) => `วันที่ "${p.date}" อยู่นอก${p.round} (${p.from} – ${p.to})`,
  ),
  "year-stale": withParams<{ readonly year: number; readonly fiscalYearBE: number }>(
    "text naming a year other than the fiscal year or the one before (warning)",
    (p) =>
      `ข้อความกล่าวถึงปี พ.ศ. ${p.year} ซึ่งไม่ใช่ปีงบประมาณ ${p.fiscalYearBE} หรือปีก่อนหน้า อาจคัดลอกมาจากเอกสารเก่า`,
  ),
  "period-outside-year": withParams<{ readonly period: string; readonly fiscalYearBE: number }>(
    "a period beyond the fiscal year (warning)",
    (p) => `ระยะเวลา "${p.period}" เกินปีงบประมาณ ${p.fiscalYearBE}`,
  ),
  "period-outside-round": withParams<{ readonly period: string; readonly round: string }>(
    "a period that starts after the reporting round (warning)",
    (p) => `ระยะเวลา "${p.period}" เริ่มหลัง${p.round}นี้ จึงยังไม่ควรรายงานผลในรอบนี้`,
  ),
  "evidence-url-invalid": withParams<{ readonly url: string }>(
    "an evidence link that is not an http(s) address (warning)",
    (p) => `"${p.url}" ไม่ใช่ลิงก์เว็บที่ถูกต้อง (ต้องขึ้นต้นด้วย https:// หรือ http://)`,
  ),
  "indicator-without-measure": withParams<WeakIndicator>(
    "an indicator the improvement plan lists without a measure: below the strength threshold in the by-instrument plan, below the pass mark in the four-column one (warning, at the indicator's score)",
    (p) =>
      `${weakText(p)} แต่ยังไม่มีมาตรการ` +
      (p.plan === null ? "" : ` แผนพัฒนาจึงพิมพ์ว่า "${p.plan}"`) +
      ` กรุณาเพิ่มมาตรการที่ระบุตัวชี้วัดที่ ${p.indicator}`,
  ),
  "indicator-measure-unnamed": withParams<
    WeakIndicator & {
      /** Measures that name no indicator, which the plan cannot tie to this one. */
      readonly unnamed: number;
    }
  >(
    "as indicator-without-measure, while some measures name no indicator, so the plan cannot tie them to it (warning, at the indicator's score)",
    (p) =>
      `${weakText(p)} แต่ไม่มีมาตรการที่ระบุตัวชี้วัดนี้ มี ${p.unnamed.toLocaleString("en-US")} มาตรการที่ไม่ได้ระบุตัวชี้วัด ` +
      (p.plan === null ? "" : `แผนพัฒนาจึงโยงมาตรการเหล่านั้นกับตัวชี้วัดไม่ได้ และพิมพ์ว่า "${p.plan}" `) +
      `ถ้ามาตรการใดเป็นของตัวชี้วัดนี้ กรุณากรอก ${p.indicator} ในช่อง "ตัวชี้วัดที่" ของมาตรการนั้น`,
  ),
  "heading-missing": withParams<{ readonly measure: string }>(
    "a measure without a heading while its report groups by heading and other rows have one (warning)",
    (p) => `ยังไม่ได้กรอกหัวข้อมาตรการของ ${p.measure} รายงานที่จัดกลุ่มตามหัวข้อจะแสดงมาตรการนี้โดยไม่มีหัวข้อ`,
  ),
  "plan-indicator-missing": withParams<{ readonly measure: string }>(
    "plan text typed for a measure that names no indicator, while the plan is by instrument (warning)",
    (p) =>
      `มาตรการ ${p.measure} มีข้อความของแผนพัฒนา แต่ไม่ได้ระบุตัวชี้วัด แผนพัฒนาที่แยกตามแบบวัดจะแสดงไว้ท้ายตารางในกลุ่ม "มาตรการที่ไม่ได้ระบุตัวชี้วัด"`,
  ),
  "title-numbered-twice": withParams<{ readonly number: string }>(
    "a title that starts with its own number while the product numbers the measures (warning)",
    (p) =>
      `ชื่อมาตรการขึ้นต้นด้วยเลข "${p.number}" และตั้งค่าให้โปรแกรมใส่เลขลำดับด้วย รายงานจะมีเลขสองชุด กรุณาลบเลขออกจากชื่อ หรือเลือก "เลขลำดับมาตรการ" เป็น "ตามที่พิมพ์ไว้ในชื่อมาตรการ"`,
  ),
  "official-total-mismatch": withParams<{
    readonly total: string;
    readonly yearBE: number;
    readonly official: string;
    readonly computed: string;
  }>(
    "a published total more than 0.02 from the computed one (warning)",
    (p) =>
      `${p.total} ปี ${p.yearBE} ที่ประกาศ (${p.official}) ต่างจากที่คำนวณจากคะแนนรายตัวชี้วัด (${p.computed}) เกิน 0.02 กรุณาตรวจสอบคะแนนรายตัวชี้วัด`,
  ),
} as const;
