import type { IssueCollector, IssuePlace } from "../issues/issueCollector";
import {
  districtRepeatsWord,
  nameRepeatsKind,
  provinceRepeatsWord,
  type Organization,
} from "../model/organization";
import { nameTypedInParentheses, type Signatory } from "../model/signatory";

/**
 * Names typed with a word the report adds itself: the kind in front of the name, "อำเภอ" or
 * "อ." in front of the district, "จังหวัด" or "จ." in front of the province, a signatory's
 * name in parentheses. Each is a warning with the suggested value; the report prints the word
 * once, so nothing prints twice and nothing is changed without a word.
 */
export function organizationNameIssues(
  org: Organization,
  placeOf: (field: keyof Organization) => IssuePlace,
  issues: IssueCollector,
): void {
  const kind = nameRepeatsKind(org);
  if (kind)
    issues.warning("name-repeats-kind", placeOf("name"), {
      name: org.name,
      kind: org.kind,
      suggested: kind.rest,
    });
  const district = districtRepeatsWord(org);
  if (district)
    issues.warning("place-has-prefix", placeOf("district"), {
      value: org.district,
      word: "อำเภอ",
      suggested: district.rest,
    });
  const province = provinceRepeatsWord(org);
  if (province)
    issues.warning("place-has-prefix", placeOf("province"), {
      value: org.province,
      word: "จังหวัด",
      suggested: province.rest,
    });
}

/** Warns about signatories' names typed in parentheses (the report adds them). */
export function signatoryNameIssues(
  people: readonly Signatory[],
  placeOf: (index: number) => IssuePlace,
  issues: IssueCollector,
): void {
  people.forEach((p, i) => {
    const bare = nameTypedInParentheses(p.name);
    if (bare !== null)
      issues.warning("signatory-name-parenthesized", placeOf(i), { name: p.name, suggested: bare });
  });
}
