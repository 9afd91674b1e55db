/**
 * The user's own paragraphs. Each one, when filled, is printed instead of the paragraph the
 * software drafts from the figures; empty means the draft. A text may hold several paragraphs,
 * one a line.
 */
export interface ReportTexts {
  /** เรื่อง of the memo. */
  readonly memoSubject: string;
  /** An earlier memo the background refers to, e.g. "ที่ พท 72001/101 ลงวันที่ 9 กุมภาพันธ์ 2565". */
  readonly memoReference: string;
  /** The OIT item the documents answer, e.g. "O42". */
  readonly memoOitItem: string;
  /** Where the documents are published, e.g. "https://www.example.go.th/". */
  readonly website: string;
  /** เรื่องเดิม, ข้อเท็จจริง and ข้อเสนอ of the memo. */
  readonly memoBackground: string;
  readonly memoFacts: string;
  readonly memoProposal: string;
  /** The paragraph above the progress report's table. */
  readonly progressIntro: string;
  /** ผลลัพธ์หรือความสำเร็จของการดำเนินการ, under the year-end report's table. */
  readonly yearEndOutcome: string;
  /** The analysis report's paragraphs, in the order they print. */
  readonly analysisOverall: string;
  readonly analysisPassCount: string;
  readonly analysisStrengths: string;
  readonly analysisToDevelop: string;
  readonly analysisLowest: string;
  readonly analysisIIT: string;
  readonly analysisEIT: string;
  readonly analysisOIT: string;
  /** The plan's paragraph under each instrument's heading (seed 004's findings); nothing is drafted there. */
  readonly planIIT: string;
  readonly planEIT: string;
  readonly planOIT: string;
}

export type ReportTextKey = keyof ReportTexts;

export const EMPTY_TEXTS: ReportTexts = {
  memoSubject: "",
  memoReference: "",
  memoOitItem: "",
  website: "",
  memoBackground: "",
  memoFacts: "",
  memoProposal: "",
  progressIntro: "",
  yearEndOutcome: "",
  analysisOverall: "",
  analysisPassCount: "",
  analysisStrengths: "",
  analysisToDevelop: "",
  analysisLowest: "",
  analysisIIT: "",
  analysisEIT: "",
  analysisOIT: "",
  planIIT: "",
  planEIT: "",
  planOIT: "",
};

export const REPORT_TEXT_KEYS = Object.keys(EMPTY_TEXTS) as readonly ReportTextKey[];

/** The texts, each read by `read` (the workbook's or the JSON reader's one parser for a text). */
export function textsOf(read: (key: ReportTextKey) => string): ReportTexts {
  return Object.fromEntries(REPORT_TEXT_KEYS.map((key) => [key, read(key)])) as unknown as ReportTexts;
}

/** The paragraphs of a text: one a line, blank lines and surrounding spaces dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The user's paragraphs where they wrote any, otherwise the draft's. */
export function userOrDraft(userText: string, draft: readonly string[]): readonly string[] {
  const own = paragraphsOf(userText);
  return own.length > 0 ? own : draft;
}

/** The user's text about one instrument ("analysisIIT", "planOIT", …); "" for an instrument without a text of its own. */
export function instrumentText(texts: ReportTexts, part: "analysis" | "plan", code: string): string {
  const key = `${part}${code}`;
  return (REPORT_TEXT_KEYS as readonly string[]).includes(key) ? texts[key as ReportTextKey] : "";
}
