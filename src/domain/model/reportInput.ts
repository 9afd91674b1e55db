import type { ItaFramework } from "../framework/itaFramework";
import type { DigitStyle } from "../thai/digits";
import type { Round } from "../thai/fiscalYear";
import type { ThaiDate } from "../thai/thaiDate";
import type { IndicatorFindings } from "./findings";
import type { Measure } from "./measure";
import type { Organization } from "./organization";
import type { ReportLayout } from "./reportLayout";
import type { ReportTexts } from "./reportTexts";
import type { IndicatorScores, OfficialTotals, ScoresOrigin } from "./scores";
import type { Signatory } from "./signatory";

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
  /** Where the scores were read, for messages that name a missing score's cell or path. */
  readonly scoresOrigin?: ScoresOrigin;
  readonly measures: readonly Measure[];
  readonly signatories: readonly Signatory[];
  /** ปัญหาและอุปสรรค, for the progress report. */
  readonly problems: string;
  /** ข้อเสนอแนะ/แนวทางแก้ไข, for the progress report. */
  readonly remedies: string;
  /** The header fields of the memo cover (บันทึกข้อความ); blanks print as dotted lines. */
  readonly memo: MemoSettings;
  /** Order, grouping, numbering and optional parts of the reports. */
  readonly layout: ReportLayout;
  /** Framework records the user supplied (the framework sheet or file); they win over the built-in ones. */
  readonly frameworks?: readonly ItaFramework[];
  /** The user's own paragraphs, each replacing a generated one where filled. */
  readonly texts: ReportTexts;
  /** The user's findings per indicator, for the analysis' section 3; none when left out. */
  readonly findings?: IndicatorFindings;
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
