import { issueMessage, type IssueCode, type IssueParams } from "./issueCatalogue";
import { issueLocation, type Severity, type ValidationIssue } from "./validationIssue";

/** Where an issue points: a sheet cell, or a JSON path. */
export type IssuePlace = { sheet: string; cell?: string } | { path: string };

/**
 * Collects issues. The message comes from the catalogue by code and parameters, prefixed with
 * the place it concerns.
 */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];

  error<C extends IssueCode>(code: C, place: IssuePlace, params: IssueParams<C>): void {
    this.add("error", code, place, issueMessage(code, params));
  }

  warning<C extends IssueCode>(code: C, place: IssuePlace, params: IssueParams<C>): void {
    this.add("warning", code, place, issueMessage(code, params));
  }

  private add(severity: Severity, code: IssueCode, place: IssuePlace, text: string): void {
    const where = issueLocation(place);
    this.issues.push({ code, severity, message: where ? `${where}: ${text}` : text, ...place });
  }
}

/** An issue with no place (e.g. a report that cannot be built), its message from the catalogue. */
export function issueWithoutPlace<C extends IssueCode>(
  severity: Severity,
  code: C,
  params: IssueParams<C>,
  sheet?: string,
): ValidationIssue {
  return {
    code,
    severity,
    message: issueMessage(code, params),
    ...(sheet !== undefined ? { sheet } : {}),
  };
}
