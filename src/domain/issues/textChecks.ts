import { issueMessage, type IssueParams } from "./issueCatalogue";
import type { IssueCollector, IssuePlace } from "./issueCollector";
import { MAX_CELL_TEXT_LENGTH } from "../sheet/sheetLimits";

type TextProblemCode = "text-too-long" | "non-thai-script" | "mixed-digits";

/** A problem found in one piece of text, before it is tied to a cell. */
export type TextProblem = {
  [C in TextProblemCode]: {
    readonly code: C;
    readonly severity: "error" | "warning";
    readonly params: IssueParams<C>;
    readonly message: string;
  };
}[TextProblemCode];

function problem<C extends TextProblemCode>(code: C, severity: "error" | "warning", params: IssueParams<C>): TextProblem {
  return { code, severity, params, message: issueMessage(code, params) } as TextProblem;
}

const FOREIGN_LETTER = /[\p{L}\p{M}](?<![\p{Script=Thai}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])/u;
/** A number as written: digits of either kind with the dots and commas between them. */
const NUMBER_RUN = /[\d\u0e50-\u0e59][\d\u0e50-\u0e59.,]*/gu;
const ARABIC_DIGIT = /[0-9]/;
const THAI_DIGIT = /[\u0e50-\u0e59]/;

/** Names the script of a character for the message, e.g. "เทวนาครี" for Devanagari. */
function scriptName(ch: string): string {
  const scripts: [RegExp, string][] = [
    [/\p{Script=Devanagari}/u, "เทวนาครี (ฮินดี)"],
    [/\p{Script=Lao}/u, "ลาว"],
    [/\p{Script=Khmer}/u, "เขมร"],
    [/\p{Script=Myanmar}/u, "พม่า"],
    [/\p{Script=Han}/u, "จีน"],
    [/\p{Script=Cyrillic}/u, "ซีริลลิก"],
  ];
  return scripts.find(([re]) => re.test(ch))?.[1] ?? "ภาษาอื่น";
}

/**
 * Checks a Thai text for what Excel or a reader would trip on: text over Excel's cell limit,
 * letters of another script inside Thai words (an OCR or typing slip such as Devanagari
 * "र" in a name), and one number written with both Thai and Arabic digits ("๒๕๖5").
 */
export function checkText(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  if (text.length > MAX_CELL_TEXT_LENGTH)
    problems.push(problem("text-too-long", "error", { length: text.length, max: MAX_CELL_TEXT_LENGTH }));
  const foreign = FOREIGN_LETTER.exec(text);
  if (foreign) {
    const at = foreign.index;
    const context = text.slice(Math.max(0, at - 8), at + 8);
    problems.push(problem("non-thai-script", "warning", { script: scriptName(foreign[0]), letter: foreign[0], context }));
  }
  const mixed = firstMixedNumber(text);
  if (mixed)
    problems.push(problem("mixed-digits", "warning", { number: mixed }));
  return problems;
}

/**
 * The first number written with both Thai and Arabic digits. Each run of digits is looked at
 * once (a lookahead at every digit would rescan the rest of a long run: quadratic).
 */
function firstMixedNumber(text: string): string | null {
  for (const [run] of text.matchAll(NUMBER_RUN)) if (ARABIC_DIGIT.test(run) && THAI_DIGIT.test(run)) return run;
  return null;
}

/** Adds the text-level problems of one cell (foreign letters, mixed digits, over-long text). */
export function reportTextProblems(text: string, place: IssuePlace, issues: IssueCollector): void {
  for (const p of checkText(text)) {
    const add = p.severity === "error" ? issues.error.bind(issues) : issues.warning.bind(issues);
    // Each problem carries its own code's parameters (TextProblem pairs them).
    add(p.code, place, p.params as never);
  }
}
