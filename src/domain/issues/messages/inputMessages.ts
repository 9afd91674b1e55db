import { FONT_SIZES } from "../../sheet/fontSize";
import { plain, withParams } from "./issueEntry";

export type ScoreProblemCode =
  | "score-empty"
  | "score-not-a-number"
  | "score-decimal-comma"
  | "score-too-many-decimals"
  | "score-out-of-range"
  | "score-cell-error"
  | "score-formula-no-value";

/** What a score message says about the value; `subject` names the score ("คะแนนตัวชี้วัดที่ 8 ปี 2567"). */
type ScoreParams = { readonly subject: string; readonly value: string };
const score = (doc: string, why: (value: string) => string) =>
  withParams<ScoreParams>(doc, (p) => `${p.subject}: ${why(p.value)}`);

type YearParams = { readonly value: string; readonly min: number; readonly max: number };

/** What to do about a formula stored without its value. */
const RECALCULATE = "กรุณาเปิดไฟล์ใน Excel แล้วบันทึกอีกครั้ง (Excel จะคำนวณสูตรให้)";

/** Messages of the readers: cells and JSON fields that cannot be read as they stand. */
export const INPUT_MESSAGES = {
  "sheet-missing": withParams<{ readonly optional?: string }>(
    "an input sheet is missing (error), or the Measures sheet is (warning: score reports only)",
    (p) =>
      p.optional
        ? `ไม่พบชีตนี้ จึงสร้างได้เฉพาะรายงานคะแนน ถ้าเปลี่ยนชื่อชีตไว้ กรุณาเปลี่ยนกลับเป็น "${p.optional}"`
        : `ไม่พบชีตชื่อนี้ในสมุดงาน ถ้าเปลี่ยนชื่อชีตไว้ กรุณาเปลี่ยนกลับให้ตรงทุกตัวอักษร (รวมช่องว่าง) ถ้ายังไม่มี กรุณาสร้างด้วย "เริ่มสมุดงาน ITA" หรือ ita-report init`,
  ),
  "setting-missing": withParams<{ readonly label: string }>(
    "a label row of the Settings sheet is missing",
    (p) => `ไม่พบแถว "${p.label}" ในคอลัมน์ A กรุณาเพิ่มแถวนี้กลับเข้าไป`,
  ),
  "formula-no-value": withParams<{ readonly formula: string; readonly label?: string }>(
    "a cell (not a score) holding a formula with no computed value",
    (p) =>
      `เซลล์${p.label ? ` "${p.label}" ` : ""}มีสูตร "${p.formula}" ที่ยังไม่มีค่าที่คำนวณไว้ ${RECALCULATE} หรือพิมพ์ค่าแทนสูตร`,
  ),
  "cell-error": withParams<{ readonly error: string; readonly label?: string }>(
    "a cell holds an Excel error value such as #N/A",
    (p) => `เซลล์${p.label ? ` "${p.label}" ` : ""}มีค่าผิดพลาด ${p.error} กรุณาแก้เป็นข้อความ`,
  ),
  "required-empty": withParams<
    | { readonly fill: string }
    | { readonly choose: string; readonly options: string }
    | { readonly json: "text" | "organization" }
    | { readonly measureTitle: string }
    | { readonly measureField: string; readonly measure: string }
    | { readonly measureIndicator: string }
  >("a required value is empty (error; a warning for a measure's methods, unit or period)", (p) => {
    if ("fill" in p) return `กรุณากรอก "${p.fill}"`;
    if ("choose" in p) return `กรุณาเลือก "${p.choose}" (${p.options})`;
    if ("json" in p)
      return p.json === "text" ? "ต้องมีข้อความ" : "ต้องมีข้อมูลหน่วยงาน (name, kind, district, province)";
    if ("measureTitle" in p) return `กรุณากรอกชื่อมาตรการ/แนวทางของแถวนี้ (${p.measureTitle})`;
    if ("measureField" in p) return `ยังไม่ได้กรอก${p.measureField}ของมาตรการ ${p.measure}`;
    return `กรุณาเลือกตัวชี้วัดที่ ${p.measureIndicator} ของมาตรการนี้`;
  }),
  "choice-invalid": withParams<
    | { readonly value: string; readonly label: string; readonly options: string }
    | { readonly jsonOptions: string }
  >("a value that is not one of the choices", (p) =>
    "jsonOptions" in p
      ? `ต้องเป็น ${p.jsonOptions}`
      : `"${p.value}" ไม่ใช่ตัวเลือกของ "${p.label}" กรุณาเลือก ${p.options}`,
  ),
  "org-kind-unknown": withParams<{ readonly kind: string; readonly kinds: string }>(
    "the organisation kind is not a known kind (warning)",
    (p) => `"${p.kind}" ไม่อยู่ในรายการประเภทหน่วยงาน (${p.kinds})`,
  ),
  "date-invalid": withParams<{ readonly value: string; readonly json?: boolean }>(
    "a date that cannot be read",
    (p) =>
      `อ่านวันที่ "${p.value}" ไม่ได้ ${p.json ? "(ใช้รูปแบบ 2024-09-30)" : "กรุณากรอกเช่น 30 กันยายน 2567"}`,
  ),
  "date-year-implausible": withParams<{
    readonly yearBE: number;
    readonly cause: "gregorian-calendar" | "iso-be" | "gregorian-year" | "far";
    /** The date as the user meant it, in Thai text: "30 กันยายน 2568". */
    readonly asText: string;
    readonly fiscalYearBE?: number;
    readonly min: number;
    readonly max: number;
    readonly around: number;
  }>(
    "a date whose BE year cannot be meant (e.g. 30/9/2568 typed in an Excel set to the Gregorian calendar reads as BE 3111)",
    (p) => {
      const typed = p.yearBE - 543;
      if (p.cause === "gregorian-calendar")
        return `วันที่นี้อ่านได้เป็นปี พ.ศ. ${p.yearBE} น่าจะพิมพ์ปี ${typed} ใน Excel ที่ตั้งปฏิทินเป็น ค.ศ. Excel จึงนับ ${typed} เป็นปี ค.ศ. กรุณาพิมพ์วันที่เป็นข้อความ "${p.asText}" หรือกรอกปี ค.ศ. ${typed - 543}`;
      if (p.cause === "iso-be")
        return `วันที่นี้อ่านได้เป็นปี พ.ศ. ${p.yearBE} วันที่รูปแบบ 2024-09-30 ต้องใช้ปี ค.ศ. กรุณากรอก ${typed - 543} แทน ${typed}`;
      if (p.cause === "gregorian-year")
        return `ปี ${p.yearBE} ของวันที่นี้เป็นปี ค.ศ. กรุณากรอกเป็นปี พ.ศ. (${p.yearBE + 543})`;
      return p.fiscalYearBE !== undefined && p.yearBE >= p.min && p.yearBE <= p.max
        ? `ปี พ.ศ. ${p.yearBE} ของวันที่นี้ห่างจากปีงบประมาณ ${p.fiscalYearBE} เกิน ${p.around} ปี กรุณาตรวจปีของวันที่`
        : `ปี พ.ศ. ${p.yearBE} ของวันที่นี้อยู่นอกช่วงที่เป็นไปได้ (${p.min}–${p.max}) กรุณาตรวจปีของวันที่`;
    },
  ),
  "font-size-invalid": plain(
    `the font size is not a number from ${FONT_SIZES.min} to ${FONT_SIZES.max}`,
    `ขนาดอักษรต้องเป็นตัวเลข ${FONT_SIZES.min}–${FONT_SIZES.max}`,
  ),
  "json-invalid": withParams<{ readonly where: string } | { readonly notObject: true }>(
    "the JSON file cannot be parsed, or is not an object",
    (p) =>
      "notObject" in p
        ? "ข้อมูลต้องเป็นออบเจ็กต์ JSON"
        : `ไฟล์ JSON ไม่ถูกต้อง${p.where} กรุณาตรวจเครื่องหมายจุลภาค วงเล็บ และเครื่องหมายคำพูด`,
  ),
  "json-duplicate-key": withParams<
    | { readonly key: string }
    | { readonly key: string; readonly same: string; readonly year: number }
  >(
    'a key given twice in one JSON object, or two year keys naming the same year ("2568" and "๒๕๖๘"): one value would silently replace the other',
    (p) =>
      "same" in p
        ? `"${p.key}" เป็นปี ${p.year} เดียวกับ "${p.same}" ที่มีอยู่แล้ว ค่าหนึ่งจะถูกทิ้งโดยไม่มีใครเห็น กรุณาเหลือไว้คีย์เดียว`
        : `คีย์ "${p.key}" ซ้ำกันในออบเจ็กต์เดียวกัน ค่าที่ใส่ไว้ก่อนจะถูกค่าหลังแทนที่โดยไม่มีใครเห็น กรุณาเหลือไว้คีย์เดียว`,
  ),
  "type-invalid": withParams<{ readonly expected: string; readonly subject?: string }>(
    "a JSON value of the wrong type",
    (p) => `${p.subject ?? ""}ต้องเป็น${p.expected}`,
  ),
  "scores-header-missing": withParams<{ readonly header: string }>(
    "the Scores sheet has no header row",
    (p) => `ไม่พบหัวตาราง "${p.header}" ในคอลัมน์ A`,
  ),
  "year-empty": withParams<YearParams>("a year cell is empty", () => "ยังไม่ได้กรอกปี พ.ศ."),
  "year-not-a-year": withParams<YearParams>(
    "a year that is not four digits",
    (p) => `"${p.value}" ไม่ใช่ปี พ.ศ. 4 หลัก เช่น 2567`,
  ),
  "year-gregorian": withParams<YearParams>(
    "a Gregorian year where a Buddhist-era year is expected",
    (p) => `"${p.value}" เป็นปี ค.ศ. กรุณากรอกเป็นปี พ.ศ. (${Number(p.value) + 543})`,
  ),
  "year-out-of-range": withParams<YearParams>(
    "a year outside the plausible range",
    (p) => `ปี พ.ศ. ${p.value} อยู่นอกช่วงที่เป็นไปได้ (${p.min}–${p.max})`,
  ),
  "year-no-framework": withParams<{ readonly year: number; readonly first: number }>(
    "a year before the first ITA framework (2562)",
    (p) => `ยังไม่มีเกณฑ์ ITA ของปี ${p.year} (การประเมินแบบตัวชี้วัดเริ่มใช้ปี ${p.first})`,
  ),
  "year-framework-assumed": withParams<{
    readonly year: number;
    readonly base: number;
    readonly baseProvisional: boolean;
    readonly supplied: boolean;
  }>(
    "a year after the last framework record, scored with the latest one (warning)",
    (p) =>
      `ยังไม่มีเกณฑ์ ITA ของปี ${p.year} จึงใช้เกณฑ์ของปี ${p.base}${p.supplied ? " ที่ผู้จัดทำรายงานกำหนดไว้" : p.baseProvisional ? " (ข้อมูลเบื้องต้น) " : " "}แทน ผลอาจเปลี่ยนเมื่อ ป.ป.ช. ประกาศคู่มือการประเมินปี ${p.year}`,
  ),
  "year-duplicate": withParams<{ readonly year: number }>(
    "two score columns of the same year",
    (p) => `ปี ${p.year} ซ้ำกับอีกคอลัมน์`,
  ),
  "indicator-invalid": withParams<{
    readonly value?: string;
    readonly numbers: string;
    readonly year?: number;
  }>("not an indicator number of the year's framework", (p) =>
    p.value === undefined
      ? `ต้องมีเลขตัวชี้วัด ${p.numbers}`
      : `"${p.value}" ไม่ใช่เลขตัวชี้วัด ${p.numbers}${p.year === undefined ? "" : ` ของปี ${p.year}`}`,
  ),
  "indicator-not-in-year": withParams<{
    readonly year: number;
    readonly indicator: number;
    readonly numbers: string;
  }>(
    "a score for an indicator the year's framework does not have",
    (p) => `เกณฑ์ปี ${p.year} ไม่มีตัวชี้วัดที่ ${p.indicator} (มีตัวชี้วัดที่ ${p.numbers}) กรุณาลบคะแนนนี้`,
  ),
  "json-key-unknown": withParams<{ readonly key: string; readonly keys: string }>(
    "a JSON key that docs/input.schema.json does not name at its level, such as a typo (warning; the value is not read)",
    (p) => `ไม่รู้จักชื่อ "${p.key}" ค่านี้จึงไม่ถูกอ่าน (สะกดผิดหรือไม่) ชื่อที่ใช้ได้: ${p.keys}`,
  ),
  "total-unknown": withParams<{
    readonly key: string;
    readonly year: number;
    readonly keys: string;
  }>(
    "a published total under a key that is not the overall score or an instrument of the year (warning)",
    (p) => `"${p.key}" ไม่ใช่คะแนนรวมของปี ${p.year} จึงไม่ได้ใช้ (ใช้ได้: ${p.keys})`,
  ),
  "indicator-duplicate": withParams<{ readonly indicator: number; readonly row: number }>(
    "an indicator row given twice",
    (p) => `ตัวชี้วัดที่ ${p.indicator} ซ้ำกับแถว ${p.row}`,
  ),
  "indicator-missing": withParams<{ readonly indicator: number } | { readonly measure: string }>(
    "an indicator row is missing from the Scores sheet (error), or a measure names no indicator while its report groups by indicator (warning)",
    (p) =>
      "measure" in p
        ? `ยังไม่ได้ระบุตัวชี้วัดของมาตรการ ${p.measure} รายงานที่จัดกลุ่มตามตัวชี้วัดจะแสดงมาตรการนี้ในกลุ่ม "ไม่ระบุตัวชี้วัด"`
        : `ไม่พบแถวของตัวชี้วัดที่ ${p.indicator}`,
  ),
  "indicator-name-mismatch": withParams<{
    readonly name: string;
    readonly named: number;
    readonly indicator: number;
  }>(
    "the name in an indicator row belongs to another indicator (warning)",
    (p) => `ชื่อ "${p.name}" เป็นชื่อของตัวชี้วัดที่ ${p.named} แต่แถวนี้เป็นตัวชี้วัดที่ ${p.indicator}`,
  ),
  "score-empty": score(
    "a score not filled in (a warning for an indicator beside other scores of its year, unless its instrument's published score stands in)",
    () => "ยังไม่ได้กรอกคะแนน",
  ),
  "score-not-a-number": score(
    "a score that is not a number",
    (v) => `"${v}" ไม่ใช่ตัวเลข กรุณากรอกคะแนนเป็นตัวเลข เช่น 95.42`,
  ),
  "score-decimal-comma": score(
    "a score with a decimal comma",
    (v) => `"${v}" ใช้จุลภาค (,) เป็นจุดทศนิยม กรุณาใช้จุด (.) เช่น ${v.replace(",", ".")}`,
  ),
  "score-too-many-decimals": score(
    "a score with more than two decimals",
    (v) => `"${v}" มีทศนิยมเกิน 2 ตำแหน่ง กรุณากรอกคะแนนตามที่ ป.ป.ช. ประกาศ (ทศนิยม 2 ตำแหน่ง)`,
  ),
  "score-out-of-range": score("a score outside 0–100", (v) => `"${v}" อยู่นอกช่วง 0–100`),
  "score-cell-error": score(
    "a score cell holding an Excel error",
    (v) => `เซลล์มีค่าผิดพลาด ${v} กรุณากรอกคะแนนเป็นตัวเลข`,
  ),
  "score-formula-no-value": score(
    "a score cell holding a formula with no computed value (a file saved by a program that does not calculate)",
    (v) =>
      `สูตร "${v}" ในเซลล์นี้ยังไม่มีค่าที่คำนวณไว้ (ไฟล์อาจบันทึกจากโปรแกรมที่ไม่คำนวณสูตร) ${RECALCULATE} หรือพิมพ์คะแนนแทนสูตร`,
  ),
  "measures-header-missing": withParams<{ readonly header: string }>(
    "the Measures sheet has no header row",
    (p) => `ไม่พบหัวตาราง "${p.header}" ในชีตนี้`,
  ),
  "measures-column-missing": withParams<{ readonly header: string }>(
    "a column of the Measures sheet is missing",
    (p) => `ไม่พบคอลัมน์ "${p.header}" ในแถวหัวตาราง`,
  ),
  "measures-too-many": withParams<{ readonly count: number; readonly limit: number }>(
    "more measures than the input limit (see Limits): only the first ones are read",
    (p) =>
      `มีมาตรการ ${p.count.toLocaleString("en-US")} รายการ เกินที่โปรแกรมรับได้ (${p.limit.toLocaleString("en-US")} รายการ) จึงอ่านไว้เพียง ${p.limit.toLocaleString("en-US")} รายการแรก กรุณาแยกเป็นหลายรายงาน หรือลบแถวที่ไม่ใช่มาตรการออก`,
  ),
  "signatories-too-many": withParams<{ readonly count: number; readonly limit: number }>(
    "more signatories than the input limit (see Limits): only the first ones are read",
    (p) =>
      `มีผู้ลงนาม ${p.count.toLocaleString("en-US")} คน เกินที่รายงานรองรับ (${p.limit} คน) จึงอ่านไว้เพียง ${p.limit} คนแรก กรุณาเหลือไว้เฉพาะผู้ลงนามในรายงาน`,
  ),
  "status-invalid": withParams<{ readonly value?: string; readonly statuses: string }>(
    "a status that is not one of the three",
    (p) =>
      p.value === undefined
        ? `สถานะต้องเป็น ${p.statuses}`
        : `สถานะ "${p.value}" ไม่อยู่ในรายการ กรุณาเลือก ${p.statuses}`,
  ),
} as const;
