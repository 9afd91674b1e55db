import type { ItaFramework } from "../framework/itaFramework";
import { numberRangesText } from "../framework/frameworkText";
import type { IssueCollector, IssuePlace } from "../issues/issueCollector";
import type { IndicatorFindings } from "../model/findings";
import { toArabicDigits } from "../thai/digits";
import {
  INSTRUMENT_TEXT_PARTS,
  REPORT_TEXT_KEYS,
  type InstrumentTextPart,
  type ReportTextKey,
  type ReportTexts,
} from "../model/reportTexts";

/**
 * The texts rows of the Settings sheet (ข้อความในรายงาน), after the other settings: a label in
 * column A, the user's words in column B (one paragraph a line), a hint in column C. Rows are
 * found by their labels, so a workbook made before them still reads (every text empty, the
 * drafts print). The instruments' texts have a row per instrument of the year's frame, labelled
 * with its code (see instrumentTextLabel).
 */

export const TEXT_LABELS: Readonly<Record<ReportTextKey, string>> = {
  memoSubject: "เรื่อง (บันทึกข้อความ)",
  memoReference: "อ้างถึงบันทึกเดิม (บันทึกข้อความ)",
  memoOitItem: "ข้อ OIT ที่ตอบ (บันทึกข้อความ)",
  website: "เว็บไซต์ที่เผยแพร่",
  memoBackgroundHeading: "หัวข้อเรื่องเดิม (บันทึกข้อความ)",
  memoBackground: "เรื่องเดิม (บันทึกข้อความ)",
  memoFactsHeading: "หัวข้อข้อเท็จจริง (บันทึกข้อความ)",
  memoFacts: "ข้อเท็จจริง (บันทึกข้อความ)",
  memoProposalHeading: "หัวข้อข้อเสนอ (บันทึกข้อความ)",
  memoProposal: "ข้อเสนอ (บันทึกข้อความ)",
  progressIntro: "ย่อหน้านำ (รายงานผลตามมาตรการ)",
  yearEndOutcome: "ผลลัพธ์หรือความสำเร็จ (รายงานผลประจำปี)",
  analysisForeword: "คำนำ (วิเคราะห์ผล)",
  analysisRationale: "หลักการและเหตุผล (วิเคราะห์ผล)",
  analysisOverall: "ผลการประเมินภาพรวม (วิเคราะห์ผล)",
  analysisPassCount: "ผลเทียบเกณฑ์ (วิเคราะห์ผล)",
  analysisStrengths: "จุดแข็ง (วิเคราะห์ผล)",
  analysisToDevelop: "จุดที่ต้องพัฒนา (วิเคราะห์ผล)",
  analysisLowest: "ตัวชี้วัดคะแนนต่ำสุด (วิเคราะห์ผล)",
};

export const TEXT_HINTS: Readonly<Record<ReportTextKey, string>> = {
  memoSubject: "เว้นว่าง: รายงานผลการดำเนินการตามมาตรการฯ ประจำปีงบประมาณ",
  memoReference: "เช่น ที่ ลพ 55605/101 ลงวันที่ 9 กุมภาพันธ์ 2567 (ใช้ในเรื่องเดิมที่โปรแกรมร่าง)",
  memoOitItem: "เช่น O42 (ใช้ในข้อเท็จจริงที่โปรแกรมร่าง) เว้นว่าง: ข้อที่เกณฑ์การประเมินระบุสำหรับปีงบประมาณนี้ (ถ้ามี)",
  website: "เช่น https://www.example.go.th/ (ใช้ในข้อเสนอที่โปรแกรมร่าง)",
  memoBackgroundHeading: "เว้นว่าง: เรื่องเดิม  พิมพ์ - : ไม่มีหัวข้อ",
  memoBackground: "เว้นว่าง: โปรแกรมร่างจากคะแนนและจำนวนมาตรการ",
  memoFactsHeading: "เว้นว่าง: ข้อเท็จจริง  พิมพ์ - : ไม่มีหัวข้อ",
  memoFacts: "เว้นว่าง: โปรแกรมร่างจากคะแนนแต่ละแบบวัดและสถานะมาตรการ",
  memoProposalHeading: "เว้นว่าง: ข้อเสนอ  พิมพ์ - : ไม่มีหัวข้อ",
  memoProposal: "เว้นว่าง: โปรแกรมร่างตามสถานะมาตรการ",
  progressIntro: "เว้นว่าง: โปรแกรมร่างจากจำนวนมาตรการและสถานะ",
  yearEndOutcome: "เว้นว่าง: โปรแกรมร่างจากคะแนนปีนี้เทียบปีก่อน",
  analysisForeword:
    "หน้าคำนำก่อนรายงานวิเคราะห์ผล (ไม่มีเลขหน้า) ย่อหน้าละบรรทัด เว้นบรรทัดว่างแล้วใส่ผู้จัดทำและวันที่ จะพิมพ์ที่ครึ่งขวาของหน้า (เว้นว่าง: ไม่มีหน้าคำนำ)",
  analysisRationale: "ย่อหน้าใต้หัวข้อหลักการและเหตุผล ก่อนผลการประเมิน (เว้นว่าง: ไม่มีหัวข้อนี้)",
  analysisOverall: "เว้นว่าง: โปรแกรมร่างจากคะแนนรวมและระดับ",
  analysisPassCount: "เว้นว่าง: โปรแกรมร่างจากจำนวนตัวชี้วัดที่ผ่านเกณฑ์",
  analysisStrengths: "เว้นว่าง: โปรแกรมร่างจากตัวชี้วัดที่เป็นจุดแข็ง",
  analysisToDevelop: "เว้นว่าง: โปรแกรมร่างจากตัวชี้วัดที่ต้องพัฒนา",
  analysisLowest: "เว้นว่าง: โปรแกรมร่างจากตัวชี้วัดที่ได้คะแนนต่ำสุด",
};

/** Texts that are the user's data for the memo (nothing is drafted for them); the others replace a drafted paragraph. */
export const MEMO_DATA_TEXT_KEYS: readonly ReportTextKey[] = [
  "memoReference",
  "memoOitItem",
  "website",
];

/** Texts that hold paragraphs (edited in a larger box); the others are one line. Every instrument's text holds paragraphs. */
const ONE_LINE: ReadonlySet<ReportTextKey> = new Set([
  "memoSubject",
  "memoReference",
  "memoOitItem",
  "website",
  "memoBackgroundHeading",
  "memoFactsHeading",
  "memoProposalHeading",
]);
export const PARAGRAPH_TEXT_KEYS: readonly ReportTextKey[] = REPORT_TEXT_KEYS.filter(
  (k) => !ONE_LINE.has(k),
);

/** One instrument's text as a field of the Settings form: "analysis:IIT", "plan:CIT". */
export type InstrumentTextKey = `${InstrumentTextPart}:${string}`;

export const instrumentTextKey = (part: InstrumentTextPart, code: string): InstrumentTextKey =>
  `${part}:${code}`;

/** The part and code of an instrument text's field key; null for any other key. */
export function instrumentTextOfKey(
  key: string,
): { part: InstrumentTextPart; code: string } | null {
  const at = key.indexOf(":");
  const part = key.slice(0, at) as InstrumentTextPart;
  return at > 0 && INSTRUMENT_TEXT_PARTS.includes(part) && at < key.length - 1
    ? { part, code: key.slice(at + 1) }
    : null;
}

export const isInstrumentTextKey = (key: string): key is InstrumentTextKey =>
  instrumentTextOfKey(key) !== null;

const LABEL_FORMS: Readonly<Record<InstrumentTextPart, readonly [string, string]>> = {
  analysis: ["ผลแบบวัด ", " (วิเคราะห์ผล)"],
  plan: ["ข้อค้นพบแบบวัด ", " (แผนพัฒนา)"],
};

/**
 * The Settings sheet's label of one instrument's text, with the instrument's code as the
 * year's frame names it (the labels of earlier workbooks for IIT, EIT and OIT).
 *
 * @example
 * instrumentTextLabel("analysis", "IIT") //=> "ผลแบบวัด IIT (วิเคราะห์ผล)"
 * instrumentTextLabel("plan", "CIT") //=> "ข้อค้นพบแบบวัด CIT (แผนพัฒนา)"
 */
export function instrumentTextLabel(part: InstrumentTextPart, code: string): string {
  const [before, after] = LABEL_FORMS[part];
  return `${before}${code}${after}`;
}

/** The part and instrument code a Settings label names; null for a label of anything else. */
export function instrumentTextOfLabel(
  label: string,
): { part: InstrumentTextPart; code: string } | null {
  for (const part of INSTRUMENT_TEXT_PARTS) {
    const [before, after] = LABEL_FORMS[part];
    const code =
      label.startsWith(before) && label.endsWith(after)
        ? label.slice(before.length, label.length - after.length).trim()
        : "";
    if (/^[A-Za-z][A-Za-z0-9]*$/.test(code)) return { part, code };
  }
  return null;
}

/** The hint beside one instrument's text. */
export function instrumentTextHint(part: InstrumentTextPart, code: string): string {
  return part === "analysis"
    ? `เว้นว่าง: โปรแกรมร่างจากคะแนนแบบวัด ${code}`
    : `ย่อหน้าใต้หัวข้อแบบวัด ${code} ในแผนพัฒนา (เว้นว่าง: ไม่มีย่อหน้า)`;
}

/**
 * The instruments whose texts have a row on the Settings sheet: those of the frame, in its
 * order, then any other the texts hold (so nothing typed is lost).
 */
export function instrumentTextCodes(framework: ItaFramework, texts: ReportTexts): string[] {
  const codes = framework.instruments.map((i) => i.code);
  for (const part of INSTRUMENT_TEXT_PARTS)
    for (const code of Object.keys(texts.instruments[part]))
      if (!codes.includes(code)) codes.push(code);
  return codes;
}

/**
 * The instruments' texts the reports never print: non-blank ones of instruments the frame
 * lacks (the frame the Settings sheet's rows follow: that of the measures, measuresFramework).
 */
export function foreignInstrumentTexts(
  framework: ItaFramework,
  texts: ReportTexts,
): { part: InstrumentTextPart; code: string }[] {
  const codes = new Set(framework.instruments.map((i) => i.code));
  return INSTRUMENT_TEXT_PARTS.flatMap((part) =>
    Object.entries(texts.instruments[part])
      .filter(([code, text]) => !codes.has(code) && text.trim() !== "")
      .map(([code]) => ({ part, code })),
  );
}

/** A warning at each text the reports never print (foreignInstrumentTexts), at the place it was read from. */
export function warnOfForeignInstrumentTexts(
  framework: ItaFramework,
  texts: ReportTexts,
  placeOf: (part: InstrumentTextPart, code: string) => IssuePlace,
  issues: IssueCollector,
): void {
  const codes = framework.instruments.map((i) => i.code).join(" ");
  for (const { part, code } of foreignInstrumentTexts(framework, texts))
    issues.warning("text-instrument-unknown", placeOf(part, code), {
      code,
      year: framework.fiscalYearBE,
      codes,
    });
}

/** The instrument text fields of these instruments, in the sheet's order: every analysis text, then every plan text. */
export function instrumentTextKeys(codes: readonly string[]): InstrumentTextKey[] {
  return INSTRUMENT_TEXT_PARTS.flatMap((part) =>
    codes.map((code) => instrumentTextKey(part, code)),
  );
}

/**
 * The Settings sheet's label of the user's finding about one indicator (seed 002).
 *
 * @example
 * findingLabel(8) //=> "ข้อค้นพบตัวชี้วัดที่ 8 (วิเคราะห์ผล)"
 */
export const findingLabel = (indicator: number): string => `ข้อค้นพบตัวชี้วัดที่ ${indicator} (วิเคราะห์ผล)`;

/** The indicator a finding's label names (in Thai or Arabic digits); null for a label of anything else. */
export function findingOfLabel(label: string): number | null {
  const m = /^ข้อค้นพบตัวชี้วัดที่\s*([0-9]{1,2})\s*\(วิเคราะห์ผล\)$/.exec(toArabicDigits(label.trim()));
  return m && Number(m[1]) > 0 ? Number(m[1]) : null;
}

/** One indicator's finding as a field of the Settings form: "finding:8". */
export type FindingKey = `finding:${number}`;

export const findingKey = (indicator: number): FindingKey => `finding:${indicator}`;

/** The indicator of a finding's field key; null for any other key. */
export function findingOfKey(key: string): number | null {
  const m = /^finding:([1-9][0-9]?)$/.exec(key);
  return m ? Number(m[1]) : null;
}

/** The hint beside one indicator's finding, naming the indicator (its name where the frame has it). */
export const findingHint = (indicator: number, name: string): string =>
  `ตัวชี้วัดที่ ${indicator}${name ? ` ${name}` : ""}: พิมพ์ใต้แบบวัดของตัวชี้วัดนี้ในข้อ 3 ของรายงานวิเคราะห์ผล (เว้นว่าง: ไม่พิมพ์)`;

/** The indicators whose findings have a row on the Settings sheet: the frame's, then any other the findings hold. */
export function findingIndicators(framework: ItaFramework, findings: IndicatorFindings): number[] {
  const numbers: number[] = framework.indicators.map((i) => i.number);
  for (const n of [...findings.keys()].sort((a, b) => a - b))
    if (!numbers.includes(n)) numbers.push(n);
  return numbers;
}

/**
 * The indicators whose findings the analysis never prints: non-blank ones of indicators the frame
 * lacks (the frame the Settings sheet's rows follow and the analysis reads: measuresFramework).
 */
export function foreignFindings(framework: ItaFramework, findings: IndicatorFindings): number[] {
  const numbers = new Set(framework.indicators.map((i) => i.number));
  return [...findings.entries()]
    .filter(([n, text]) => !numbers.has(n) && text.trim() !== "")
    .map(([n]) => n)
    .sort((a, b) => a - b);
}

/** A warning at each finding the analysis never prints (foreignFindings), at the place it was read from. */
export function warnOfForeignFindings(
  framework: ItaFramework,
  findings: IndicatorFindings,
  placeOf: (indicator: number) => IssuePlace,
  issues: IssueCollector,
): void {
  const numbers = numberRangesText(framework.indicators.map((i) => i.number));
  for (const indicator of foreignFindings(framework, findings))
    issues.warning("finding-indicator-unknown", placeOf(indicator), {
      indicator,
      year: framework.fiscalYearBE,
      numbers,
    });
}

/** A report whose title line the user may replace: its kind (as the registry names it) and its Thai name. */
export interface TitledReport {
  readonly kind: string;
  readonly name: string;
}

const TITLE_LABEL = /^ชื่อเรื่อง\s*\[([a-z][a-z0-9-]*)\]/;

/**
 * The Settings sheet's label of a report's title: the kind in brackets (how the reader knows
 * the report, whatever its Thai name becomes), then the report's Thai name.
 *
 * @example
 * titleLabel({ kind: "plan", name: "แผนนำผลการวิเคราะห์ไปสู่การปฏิบัติ" }) //=> "ชื่อเรื่อง [plan] แผนนำผลการวิเคราะห์ไปสู่การปฏิบัติ"
 */
export const titleLabel = (report: TitledReport): string =>
  `ชื่อเรื่อง [${report.kind}] ${report.name}`;

/** The report kind a title's label names; null for a label of anything else. */
export function titleOfLabel(label: string): string | null {
  return TITLE_LABEL.exec(label.trim())?.[1] ?? null;
}

/** The hint beside a report's title. */
export const TITLE_HINT = "บรรทัดชื่อรายงาน (พิมพ์บนหัวรายงานและหน้าปก) เว้นว่าง: ชื่อที่โปรแกรมตั้ง";

/** One report's title as a field of the Settings form: "title:plan". */
export type TitleKey = `title:${string}`;

export const titleKey = (kind: string): TitleKey => `title:${kind}`;

/** The report kind of a title's field key; null for any other key. */
export function titleOfKey(key: string): string | null {
  return /^title:[a-z][a-z0-9-]*$/.test(key) ? key.slice("title:".length) : null;
}

/**
 * The reports whose titles have a row on the Settings sheet: those given (the registry's), then
 * any other kind the titles hold (so nothing typed is lost), named by its kind.
 */
export function titledReports(
  reports: readonly TitledReport[],
  texts: ReportTexts,
): TitledReport[] {
  const kinds = new Set(reports.map((r) => r.kind));
  return [
    ...reports,
    ...Object.keys(texts.titles)
      .filter((k) => !kinds.has(k))
      .map((kind) => ({ kind, name: kind })),
  ];
}
