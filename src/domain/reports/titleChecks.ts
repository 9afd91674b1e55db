import { IssueCollector, type IssuePlace } from "../issues/issueCollector";
import type { ValidationIssue } from "../issues/validationIssue";
import type { ReportTitles } from "../model/reportTexts";
import { TITLED_REPORTS } from "./reportRegistry";

/**
 * A warning at each non-blank title whose kind no report has (texts.titles.<kind>, a Settings row
 * ชื่อเรื่อง [kind] …): kept, but printed nowhere. The readers cannot tell, since only the
 * registry knows the kinds; checkedRead adds this check, at the places the reader found.
 */
export function unknownTitleKinds(
  titles: ReportTitles,
  placeOf: (kind: string) => IssuePlace,
): ValidationIssue[] {
  const known = TITLED_REPORTS.map((r) => r.kind);
  const issues = new IssueCollector();
  for (const [kind, text] of Object.entries(titles))
    if (!known.includes(kind) && text.trim() !== "")
      issues.warning("title-kind-unknown", placeOf(kind), { kind, kinds: known.join(", ") });
  return issues.issues;
}
