import { printsNothing } from "./reportTexts";

/** One person in the sign-off chain, in order: ผู้รายงาน first, the approver ("ทราบ") last. */
export interface Signatory {
  readonly role: string;
  readonly name: string;
  readonly position: string;
  /**
   * The comment lines above this person's signature in the memo ("ความเห็น…"), one a line;
   * empty: drafted; a dash alone ("-"): no line at all (seed 003's mayor signs without one).
   */
  readonly comment?: string;
}

/** A comment of a dash alone (-, – or —, printsNothing): the person signs with no comment line above. */
export function hasNoComment(person: Signatory): boolean {
  return printsNothing(person.comment ?? "");
}

/** The name inside the parentheses a user typed around it, e.g. "(นายก ข)" → "นายก ข"; else null. */
export function nameTypedInParentheses(name: string): string | null {
  const m = /^\(\s*([^()]+?)\s*\)$/.exec(name.trim());
  return m ? m[1]! : null;
}

/** The signature's name line, "(name)", with the parentheses once however it was typed. */
export function signatureNameLine(person: Signatory, blank: string): string {
  return `(${nameTypedInParentheses(person.name) ?? (person.name || blank)})`;
}
