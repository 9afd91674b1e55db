import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ISSUE_CATALOGUE } from "../../src/domain/issues/issueCatalogue";

/**
 * docs/input-format.md lists every issue code the product can report, from the catalogue:
 * the table between the markers is the catalogue's rendering (UPDATE_GOLDEN=1 rewrites it).
 */
const DOC = join(__dirname, "..", "..", "docs", "input-format.md");
const START =
  "<!-- issue-codes:start (generated from src/domain/issues; UPDATE_GOLDEN=1 npx jest tests/docs rewrites it) -->";
const END = "<!-- issue-codes:end -->";

function renderTable(): string {
  const rows = Object.entries(ISSUE_CATALOGUE)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, entry]) => `| \`${code}\` | ${entry.doc} |`);
  return ["| code | what it reports |", "|---|---|", ...rows].join("\n");
}

describe("docs/input-format.md", () => {
  it("lists every issue code of the catalogue, and no other", () => {
    const doc = readFileSync(DOC, "utf8");
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const current = doc.slice(start + START.length, end).trim();
    const expected = renderTable();
    if (process.env.UPDATE_GOLDEN === "1" && current !== expected) {
      writeFileSync(DOC, `${doc.slice(0, start + START.length)}\n${expected}\n${doc.slice(end)}`);
      return;
    }
    expect(current).toBe(expected);
  });
});
