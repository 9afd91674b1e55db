/** Whitespace and the invisible separators Thai word processors insert (zero-width space etc.). */
// The zero-width joiner stands apart: inside a class, lint takes it for a joined emoji sequence.
const SPACE_RUN = /(?:[\s\u200b\u200c\ufeff]|\u200d)+/g;

/**
 * Text with every run of spaces made one ASCII space. Patterns that allow "any spaces" between
 * parts then meet at most one space at each place, so they cannot backtrack through a long run:
 * matching stays linear in the text's length however it is padded.
 */
export function squashSpaces(text: string): string {
  return text.replace(SPACE_RUN, " ");
}

/** Squashed text that remembers where each of its characters was in the original. */
export interface SquashedText {
  readonly text: string;
  /** origin[i] is the index in the original text of character i of `text`. */
  readonly origin: readonly number[];
}

/** squashSpaces, keeping the original index of every character (for messages that quote it). */
export function squashSpacesMapped(original: string): SquashedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let last = 0;
  for (const m of original.matchAll(SPACE_RUN)) {
    for (let i = last; i < m.index; i++) origin.push(i);
    parts.push(original.slice(last, m.index), " ");
    origin.push(m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i < original.length; i++) origin.push(i);
  parts.push(original.slice(last));
  return { text: parts.join(""), origin };
}
