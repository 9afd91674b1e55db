import { FRAMEWORK_MESSAGES } from "./messages/frameworkMessages";
import { INPUT_MESSAGES } from "./messages/inputMessages";
import type { IssueEntry } from "./messages/issueEntry";
import { REPORT_MESSAGES } from "./messages/reportMessages";
import { RULE_MESSAGES } from "./messages/ruleMessages";
import { WORDING_MESSAGES } from "./messages/wordingMessages";

/**
 * Every issue the product reports, keyed by its stable code: the Thai message (with its
 * parameters) and a line for the docs. docs/input-format.md is checked against this list.
 */
export const ISSUE_CATALOGUE = {
  ...INPUT_MESSAGES,
  ...FRAMEWORK_MESSAGES,
  ...RULE_MESSAGES,
  ...REPORT_MESSAGES,
  ...WORDING_MESSAGES,
} as const;

export type IssueCode = keyof typeof ISSUE_CATALOGUE;

/** The parameters an issue's message takes. */
export type IssueParams<C extends IssueCode> =
  (typeof ISSUE_CATALOGUE)[C] extends IssueEntry<infer P> ? P : never;

/** The Thai message of an issue (without its place). */
export function issueMessage<C extends IssueCode>(code: C, params: IssueParams<C>): string {
  return (ISSUE_CATALOGUE[code] as IssueEntry<IssueParams<C>>).message(params);
}

/** True when a string is a known issue code. */
export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(ISSUE_CATALOGUE, code);
}
