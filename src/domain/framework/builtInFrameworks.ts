import { IssueCollector } from "../issues/issueCollector";
import type { ItaFramework } from "./itaFramework";
import records from "./itaFrameworks.json";
import { readFrameworkRecord } from "./readFrameworkRecord";

/**
 * The records shipped with the program, one per assessed year, oldest first: itaFrameworks.json,
 * read by the same reader as a user's record, so the shipped data obeys the same rules.
 * A maintainer adds a year by adding its record there (docs/framework.md).
 */
function readBuiltIn(): readonly ItaFramework[] {
  const issues = new IssueCollector();
  const frameworks = (records as unknown[]).map((record, i) =>
    readFrameworkRecord(record, {
      at: (path) => ({ path: `itaFrameworks.json[${i}]${path ? `.${path}` : ""}` }),
      issues,
      origin: "built-in",
    }),
  );
  const years = frameworks.map((f) => f?.fiscalYearBE);
  const problems = [
    ...issues.issues.map((i) => i.message),
    ...years.flatMap((y, i) =>
      i > 0 && (y === undefined || years[i - 1] === undefined || y <= years[i - 1]!)
        ? [`record ${i} is not after record ${i - 1}`]
        : [],
    ),
  ];
  // Shipped data is checked by the tests; a broken file must never score anything.
  if (problems.length > 0 || frameworks.length === 0)
    throw new Error(`itaFrameworks.json: ${problems.join("; ") || "no records"}`);
  return frameworks as ItaFramework[];
}

export const BUILT_IN_FRAMEWORKS: readonly ItaFramework[] = readBuiltIn();
