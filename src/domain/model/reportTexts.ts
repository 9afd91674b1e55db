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
  /**
   * เรื่องเดิม, ข้อเท็จจริง and ข้อเสนอ of the memo, each under its heading: the user's heading
   * where written (seed 003's "1. เรื่องเดิม"), a dash alone for none (seed 004 has no ข้อเสนอ
   * heading, printsNothing).
   */
  readonly memoBackgroundHeading: string;
  readonly memoBackground: string;
  readonly memoFactsHeading: string;
  readonly memoFacts: string;
  readonly memoProposalHeading: string;
  readonly memoProposal: string;
  /** The paragraph above the progress report's table. */
  readonly progressIntro: string;
  /** ผลลัพธ์หรือความสำเร็จของการดำเนินการ, under the year-end report's table. */
  readonly yearEndOutcome: string;
  /**
   * The analysis report's own foreword (คำนำ, a page of its own before the report) and its
   * rationale (หลักการและเหตุผล, before the results), as seed 002 opens: printed only where
   * written, nothing is drafted for them.
   */
  readonly analysisForeword: string;
  readonly analysisRationale: string;
  /** The analysis report's paragraphs, in the order they print (each instrument's follow). */
  readonly analysisOverall: string;
  readonly analysisPassCount: string;
  readonly analysisStrengths: string;
  readonly analysisToDevelop: string;
  readonly analysisLowest: string;
  /** The texts about each instrument of the year's frame, by instrument code. */
  readonly instruments: InstrumentTexts;
  /**
   * The user's title line of each report, by report kind ("progress", "plan", as the registry
   * names them): printed instead of the product's title, on the report and on its cover.
   */
  readonly titles: ReportTitles;
}

/** The user's report titles by report kind; a kind left out (or empty) prints the product's title. */
export type ReportTitles = Readonly<Record<string, string>>;

/** What a text about one instrument is: its paragraph of the analysis, or its findings in the plan. */
export type InstrumentTextPart = "analysis" | "plan";

export const INSTRUMENT_TEXT_PARTS: readonly InstrumentTextPart[] = ["analysis", "plan"];

/**
 * The user's texts about the instruments, by instrument code ("IIT", or any code a year's frame
 * names): `analysis` replaces the drafted paragraph of section 3 of the analysis, `plan` is the
 * paragraph under the instrument's heading of the plan (seed 004's findings; nothing is drafted).
 * A code the year's frame does not have is kept but printed nowhere.
 */
export type InstrumentTexts = Readonly<
  Record<InstrumentTextPart, Readonly<Record<string, string>>>
>;

/** The texts that are one string each (every text but the instruments' and the titles). */
export type ReportTextKey = Exclude<keyof ReportTexts, "instruments" | "titles">;

export const EMPTY_INSTRUMENT_TEXTS: InstrumentTexts = { analysis: {}, plan: {} };

export const EMPTY_TEXTS: ReportTexts = {
  memoSubject: "",
  memoReference: "",
  memoOitItem: "",
  website: "",
  memoBackgroundHeading: "",
  memoBackground: "",
  memoFactsHeading: "",
  memoFacts: "",
  memoProposalHeading: "",
  memoProposal: "",
  progressIntro: "",
  yearEndOutcome: "",
  analysisForeword: "",
  analysisRationale: "",
  analysisOverall: "",
  analysisPassCount: "",
  analysisStrengths: "",
  analysisToDevelop: "",
  analysisLowest: "",
  instruments: EMPTY_INSTRUMENT_TEXTS,
  titles: {},
};

export const REPORT_TEXT_KEYS = Object.keys(EMPTY_TEXTS).filter(
  (k) => k !== "instruments" && k !== "titles",
) as readonly ReportTextKey[];

/**
 * The texts, each read by `read` (the workbook's or the JSON reader's one parser for a text),
 * with the instruments' texts and the titles as read; empty ones are left out.
 */
export function textsOf(
  read: (key: ReportTextKey) => string,
  instruments: InstrumentTexts = EMPTY_INSTRUMENT_TEXTS,
  titles: ReportTitles = {},
): ReportTexts {
  const nonEmpty = (texts: Readonly<Record<string, string>>) =>
    Object.fromEntries(Object.entries(texts).filter(([, t]) => t !== ""));
  return {
    ...(Object.fromEntries(REPORT_TEXT_KEYS.map((key) => [key, read(key)])) as Record<
      ReportTextKey,
      string
    >),
    instruments: { analysis: nonEmpty(instruments.analysis), plan: nonEmpty(instruments.plan) },
    titles: nonEmpty(titles),
  };
}

/**
 * A report's title line: the user's title for its kind where they wrote one (its lines as typed,
 * one a line break, blank lines dropped), otherwise the product's.
 *
 * @example
 * reportTitle({ ...EMPTY_TEXTS, titles: { plan: "การนำผลการประเมินไปปรับปรุง" } }, "plan", "แผน…") //=> "การนำผลการประเมินไปปรับปรุง"
 */
export function reportTitle(texts: ReportTexts, kind: string, product: string): string {
  // A line break the user typed (Alt+Enter) is kept: the title prints on the lines they chose.
  const own = Object.hasOwn(texts.titles, kind) ? paragraphsOf(texts.titles[kind]!).join("\n") : "";
  return own !== "" ? own : product;
}

/** The paragraphs of a text: one a line, blank lines and surrounding spaces dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/**
 * True for a text of a dash alone (-, – or —): the user's way of saying "print nothing here",
 * where empty means the product's draft (a heading; the plan's weakness, approach and tracking
 * cells; a signatory's comment).
 */
export function printsNothing(text: string): boolean {
  return /^[-–—]$/.test(text.trim());
}

/** A one-line text the user may replace or leave out: null for a dash alone, the user's where written, else the draft. */
export function userLineOrDraft(userText: string, draft: string): string | null {
  if (printsNothing(userText)) return null;
  return userText.trim() !== "" ? paragraphsOf(userText).join(" ") : draft;
}

/** A cell the user may fill, leave empty or blank out: "" for a dash alone, the user's text where written, else the draft. */
export function userCellOrDraft(userText: string, draft: string): string {
  if (printsNothing(userText)) return "";
  return userText || draft;
}

/** The user's paragraphs where they wrote any, otherwise the draft's. */
export function userOrDraft(userText: string, draft: readonly string[]): readonly string[] {
  const own = paragraphsOf(userText);
  return own.length > 0 ? own : draft;
}

/** The user's text about one instrument; "" where they wrote none. */
export function instrumentText(texts: ReportTexts, part: InstrumentTextPart, code: string): string {
  return Object.hasOwn(texts.instruments[part], code) ? texts.instruments[part][code]! : "";
}
