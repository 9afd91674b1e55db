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
  /**
   * A rank or title printed on the signature line, before the dots, rather than inside the
   * brackets with the name: "(ลงชื่อ) ว่าที่ ร.ต. ……" over "(ปนาท ตนารรณ)" (seeds 000, 004).
   * Empty: the line as without it.
   */
  readonly rank?: string;
}

/** A signatory's typed texts, as both input readers (workbook, JSON) hand them over. */
export interface SignatoryTexts {
  readonly role: string;
  readonly name: string;
  readonly position: string;
  readonly comment: string;
  readonly rank: string;
}

/**
 * The signatory of its typed texts: role, name and position as typed; the comment and the rank
 * trimmed, and left out when blank, so an input without them reads as before them.
 */
export function signatoryOfTexts(t: SignatoryTexts): Signatory {
  const comment = t.comment.trim();
  const rank = t.rank.trim();
  return {
    role: t.role,
    name: t.name,
    position: t.position,
    ...(comment ? { comment } : {}),
    ...(rank ? { rank } : {}),
  };
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

/** The signature line's start, "(ลงชื่อ) <rank> <dots>", with the rank when there is one. */
export function signedLine(person: Signatory, dots: string): string {
  const rank = person.rank?.trim();
  return `(ลงชื่อ) ${rank ? `${rank} ` : ""}${dots}`;
}

/** The signature's name line, "(name)", with the parentheses once however it was typed. */
export function signatureNameLine(person: Signatory, blank: string): string {
  return `(${nameTypedInParentheses(person.name) ?? (person.name || blank)})`;
}
