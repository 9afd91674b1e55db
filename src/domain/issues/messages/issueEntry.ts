/**
 * One kind of issue: a line for the docs and the Thai message, built from the issue's
 * parameters. The place (sheet and cell, or JSON path) is prefixed by the collector.
 */
export interface IssueEntry<P> {
  /** English, for docs/input-format.md. */
  readonly doc: string;
  readonly message: (params: P) => string;
}

/** An entry whose message needs no parameters. */
export function plain(doc: string, text: string): IssueEntry<Record<string, never>> {
  return { doc, message: () => text };
}

/** An entry whose message is built from parameters. */
export function withParams<P>(doc: string, message: (params: P) => string): IssueEntry<P> {
  return { doc, message };
}
