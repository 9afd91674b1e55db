import schema from "../../../docs/input.schema.json";
import type { IssueCollector } from "../issues/issueCollector";

/**
 * The keys docs/input.schema.json names at each level of the JSON input. The schema is the
 * reader's contract, so the reader takes its keys from it: a key it does not name (a typo such
 * as "fiscalYear" or "organisation") is a warning at its path, never a field dropped quietly.
 */
const keysOf = (level: { readonly properties: object }): readonly string[] =>
  Object.keys(level.properties);

export const JSON_FIELDS = {
  input: keysOf(schema),
  organization: keysOf(schema.properties.organization),
  font: keysOf(schema.properties.font),
  measure: keysOf(schema.properties.measures.items),
  signatory: keysOf(schema.properties.signatories.items),
  memo: keysOf(schema.properties.memo),
  layout: keysOf(schema.properties.layout),
  measureList: keysOf(schema.properties.layout.properties.yearEnd),
  progressLayout: keysOf(schema.properties.layout.properties.progress),
  memoLayout: keysOf(schema.properties.layout.properties.memo),
} as const;

/** A warning for each key of `obj` that its level does not know, at its JSON path. */
export function warnOfUnknownKeys(
  obj: object,
  path: string,
  known: readonly string[],
  issues: IssueCollector,
): void {
  for (const key of Object.keys(obj))
    if (!known.includes(key))
      issues.warning(
        "json-key-unknown",
        { path: path === "" ? key : `${path}.${key}` },
        { key, keys: known.join(", ") },
      );
}
