import { issueLocation, type Severity, type ValidationIssue } from "./validationIssue";

/** Where an issue points: a sheet cell, or a JSON path. */
export type IssuePlace = { sheet: string; cell?: string } | { path: string };

/** Collects issues, prefixing each Thai message with the place it concerns. */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];

  error(code: string, place: IssuePlace, text: string): void {
    this.add("error", code, place, text);
  }

  warning(code: string, place: IssuePlace, text: string): void {
    this.add("warning", code, place, text);
  }

  private add(severity: Severity, code: string, place: IssuePlace, text: string): void {
    const where = issueLocation(place);
    this.issues.push({ code, severity, message: where ? `${where}: ${text}` : text, ...place });
  }
}
