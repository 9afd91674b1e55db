import type { IssueCode } from "./issueCatalogue";

/** How much an issue matters: an error blocks a build, a warning is reported and allowed. */
export type Severity = "error" | "warning";

/** A problem found in the input, with the place a person must look at. */
export interface ValidationIssue {
  /** Stable identifier, e.g. "score-decimal-comma"; tools and tests rely on it. */
  readonly code: IssueCode;
  readonly severity: Severity;
  /** Thai text for the user, naming the sheet and cell. */
  readonly message: string;
  /** The sheet and A1 cell, when the input came from a workbook. */
  readonly sheet?: string;
  readonly cell?: string;
  /** The JSON path, when the input came from JSON. */
  readonly path?: string;
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

/** Where an issue is, in Thai: "ชีต คะแนน ITA เซลล์ D5" or "JSON scores.2567.8". */
export function issueLocation(issue: Pick<ValidationIssue, "sheet" | "cell" | "path">): string {
  if (issue.sheet && issue.cell) return `ชีต "${issue.sheet}" เซลล์ ${issue.cell}`;
  if (issue.sheet) return `ชีต "${issue.sheet}"`;
  if (issue.path) return `ข้อมูล JSON ที่ ${issue.path}`;
  return "";
}
