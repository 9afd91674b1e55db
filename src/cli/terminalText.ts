/**
 * Characters a terminal would act on instead of showing: C0 controls (ESC starts colour and
 * cursor sequences, BEL rings, CR overwrites the line), DEL, the C1 controls (U+009B is an 8-bit
 * CSI for some terminals) and the bidirectional overrides that reorder what is shown. Tab and
 * newline are not in this set; `shownAsOneLine` also escapes those.
 */
// Control characters are the point of these patterns.
// eslint-disable-next-line no-control-regex
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ACTING_OR_BREAK =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

// What JSON.stringify leaves raw inside strings (its own newlines are layout, and stay).
const LEFT_BY_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const escaped = (ch: string) =>
  `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** Text for a terminal: every character a terminal would act on written as \uXXXX, newlines kept. */
export function shownInTerminal(text: string): string {
  return text.replace(ACTING, escaped);
}

/** Text that must stay on one line (a message quoting a cell): newlines and tabs escaped too. */
export function shownAsOneLine(text: string): string {
  return text.replace(ACTING_OR_BREAK, escaped);
}

/**
 * JSON for a terminal or a pipe: JSON.stringify escapes the C0 controls but leaves DEL, the C1
 * controls, the bidirectional overrides and U+2028/U+2029 as they are; those are escaped here
 * too, which keeps the JSON valid and equal in meaning.
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(LEFT_BY_JSON, escaped);
}
