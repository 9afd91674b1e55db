import { issueMessage, type IssueParams } from "./issueCatalogue";
import type { IssueCollector, IssuePlace } from "./issueCollector";
import { MAX_CELL_TEXT_LENGTH } from "../sheet/sheetLimits";

type TextProblemCode = "text-too-long" | "text-xml-invalid" | "non-thai-script" | "mixed-digits";

/** A problem found in one piece of text, before it is tied to a cell. */
export type TextProblem = {
  [C in TextProblemCode]: {
    readonly code: C;
    readonly severity: "error" | "warning";
    readonly params: IssueParams<C>;
    readonly message: string;
  };
}[TextProblemCode];

function problem<C extends TextProblemCode>(
  code: C,
  severity: "error" | "warning",
  params: IssueParams<C>,
): TextProblem {
  return { code, severity, params, message: issueMessage(code, params) } as TextProblem;
}

const FOREIGN_LETTER =
  /[\p{L}\p{M}](?<![\p{Script=Thai}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])/u;
/** A number as written: digits of either kind with the dots and commas between them. */
const NUMBER_RUN = /[\d\u0e50-\u0e59][\d\u0e50-\u0e59.,]*/gu;
const ARABIC_DIGIT = /[0-9]/;
/**
 * A character an .xlsx (XML 1.0) cannot carry: the C0 controls other than tab, newline and
 * carriage return, U+FFFE and U+FFFF, and a surrogate without its pair. Matched per UTF-16 unit
 * (no "u" flag), so a lone surrogate is seen; one look either side, so linear.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
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

/** The first character of `text` that XML cannot carry, as a problem naming it and where it is. */
export function xmlInvalidProblem(text: string): TextProblem | null {
  const found = XML_INVALID.exec(text);
  if (!found) return null;
  const at = found.index;
  const codePoint = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  // What comes before it, so the place can be found in a long text; without other such characters.
  const before = text
    .slice(Math.max(0, at - 12), at)
    .replace(new RegExp(XML_INVALID.source, "g"), "");
  return problem("text-xml-invalid", "error", { codePoint, position: at + 1, before });
}

/**
 * Checks a Thai text for what Excel or a reader would trip on: text over Excel's cell limit,
 * a character an .xlsx cannot carry (a report holding it would not open),
 * letters of another script inside Thai words (an OCR or typing slip such as Devanagari
 * "र" in a name), and one number written with both Thai and Arabic digits ("๒๕๖5").
 */
export function checkText(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  if (text.length > MAX_CELL_TEXT_LENGTH)
    problems.push(
      problem("text-too-long", "error", { length: text.length, max: MAX_CELL_TEXT_LENGTH }),
    );
  const xml = xmlInvalidProblem(text);
  if (xml) problems.push(xml);
  const foreign = FOREIGN_LETTER.exec(text);
  if (foreign) {
    const at = foreign.index;
    const context = text.slice(Math.max(0, at - 8), at + 8);
    problems.push(
      problem("non-thai-script", "warning", {
        script: scriptName(foreign[0]),
        letter: foreign[0],
        context,
      }),
    );
  }
  const mixed = firstMixedNumber(text);
  if (mixed) problems.push(problem("mixed-digits", "warning", { number: mixed }));
  return problems;
}

/**
 * The first number written with both Thai and Arabic digits. Each run of digits is looked at
 * once (a lookahead at every digit would rescan the rest of a long run: quadratic).
 */
function firstMixedNumber(text: string): string | null {
  for (const [run] of text.matchAll(NUMBER_RUN))
    if (ARABIC_DIGIT.test(run) && THAI_DIGIT.test(run)) return run;
  return null;
}

/** Adds the text-level problems of one cell (foreign letters, mixed digits, over-long text, characters XML cannot carry). */
export function reportTextProblems(text: string, place: IssuePlace, issues: IssueCollector): void {
  addTextProblems(checkText(text), place, issues);
}

/** Adds problems `checkText` found (perhaps remembered from an earlier check of the same text). */
export function addTextProblems(
  problems: readonly TextProblem[],
  place: IssuePlace,
  issues: IssueCollector,
): void {
  for (const p of problems) {
    const add = p.severity === "error" ? issues.error.bind(issues) : issues.warning.bind(issues);
    // Each problem carries its own code's parameters (TextProblem pairs them).
    add(p.code, place, p.params as never);
  }
}

/**
 * Adds only the XML check, for text that is printed but is no prose (a link, a font name):
 * such text gets no warnings about scripts or digits, but a report holding it must still open.
 */
export function reportXmlInvalid(text: string, place: IssuePlace, issues: IssueCollector): void {
  const xml = xmlInvalidProblem(text);
  if (xml?.code === "text-xml-invalid") issues.error(xml.code, place, xml.params);
}
