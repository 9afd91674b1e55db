import type { IndicatorNumber, InstrumentCode } from "../framework/indicators";
import type { Hundredths } from "../scoring/hundredths";
import type { IndicatorScores } from "../scoring/yearResult";
import type { DigitStyle } from "../thai/digits";
import type { Round } from "../thai/fiscalYear";
import type { ThaiDate } from "../thai/thaiDate";

export interface Organization {
  /** The name without its kind, e.g. "เกวียนหัก". */
  readonly name: string;
  /** e.g. "เทศบาลตำบล", "องค์การบริหารส่วนตำบล". */
  readonly kind: string;
  readonly district: string;
  readonly province: string;
}

/** One person in the sign-off chain, in order: ผู้รายงาน first, the approver ("ทราบ") last. */
export interface Signatory {
  readonly role: string;
  readonly name: string;
  readonly position: string;
}

export type MeasureStatus = "ดำเนินการแล้ว" | "อยู่ระหว่างดำเนินการ" | "ยังไม่ดำเนินการ";

export const MEASURE_STATUSES: readonly MeasureStatus[] = [
  "ดำเนินการแล้ว",
  "อยู่ระหว่างดำเนินการ",
  "ยังไม่ดำเนินการ",
];

/** Where a measure was read from, so that issues can name its cells. */
export type MeasureOrigin =
  | { readonly kind: "sheet"; readonly sheet: string; readonly row: number; readonly columns: Readonly<Record<MeasureField, number>> }
  | { readonly kind: "json"; readonly index: number };

/** One row of the Measures sheet (มาตรการ). */
export interface Measure {
  readonly indicator: IndicatorNumber;
  /** มาตรการ/แนวทาง: the measure; rows with the same title form one group in year-end reports. */
  readonly title: string;
  readonly methods: string;
  readonly unit: string;
  readonly period: string;
  readonly result: string;
  readonly status: MeasureStatus | "";
  /** ผลลัพธ์/ตัวชี้วัดความสำเร็จ. */
  readonly outcome: string;
  readonly suggestions: string;
  readonly evidenceUrl: string;
  readonly origin?: MeasureOrigin;
}

export type MeasureField = Exclude<keyof Measure, "origin">;

/** Totals as the NACC published them, to be checked against the computed ones. */
export type OfficialTotals = Partial<Record<"overall" | InstrumentCode, Hundredths>>;

export interface ReportFont {
  readonly name: string;
  readonly size: number;
}

/** Everything a report is built from: what the Settings, Scores and Measures sheets hold. */
export interface ReportInput {
  readonly organization: Organization;
  readonly fiscalYearBE: number;
  readonly round: Round;
  readonly reportDate: ThaiDate | null;
  readonly digitStyle: DigitStyle;
  readonly font: ReportFont;
  /** Indicator scores per assessed year (พ.ศ.), oldest first. */
  readonly scores: ReadonlyMap<number, IndicatorScores>;
  readonly officialTotals: ReadonlyMap<number, OfficialTotals>;
  readonly measures: readonly Measure[];
  readonly signatories: readonly Signatory[];
  /** ปัญหาและอุปสรรค, for the progress report. */
  readonly problems: string;
  /** ข้อเสนอแนะ/แนวทางแก้ไข, for the progress report. */
  readonly remedies: string;
  /** The header fields of the memo cover (บันทึกข้อความ); blanks print as dotted lines. */
  readonly memo: MemoSettings;
}

export interface MemoSettings {
  /** ส่วนราชการ: the issuing unit, e.g. "สำนักปลัด". */
  readonly unit: string;
  /** ที่: e.g. "ลพ 55605/". */
  readonly number: string;
  /** เรียน: the addressee. */
  readonly to: string;
}

export const EMPTY_MEMO: MemoSettings = { unit: "", number: "", to: "" };

export const DEFAULT_FONT: ReportFont = { name: "TH SarabunPSK", size: 16 };

/** The organisation's full name, e.g. "เทศบาลตำบลเกวียนหัก". */
export function organizationFullName(org: Organization): string {
  return `${org.kind}${org.name}`;
}

export const ORGANIZATION_KINDS: readonly string[] = [
  "องค์การบริหารส่วนตำบล",
  "เทศบาลตำบล",
  "เทศบาลเมือง",
  "เทศบาลนคร",
  "องค์การบริหารส่วนจังหวัด",
];
