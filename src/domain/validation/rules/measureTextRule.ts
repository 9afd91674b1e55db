import { addTextProblems, reportXmlInvalid } from "../../issues/textChecks";
import { checkTextOnce } from "../memoChecks";
import type { MeasureRule } from "../measureRule";

const TEXT_FIELDS = [
  "heading",
  "title",
  "methods",
  "unit",
  "period",
  "result",
  "outcome",
  "suggestions",
  "remark",
  "weakness",
  "approach",
  "tracking",
] as const;

/**
 * Foreign letters, mixed digits, over-long text and characters XML cannot carry in every text
 * field of a measure; the link is printed too, so it is held to the XML check.
 */
export const measureTextRule: MeasureRule = {
  start: () => (m, at, issues) => {
    for (const field of TEXT_FIELDS) addTextProblems(checkTextOnce(m[field]), at(field), issues);
    reportXmlInvalid(m.evidenceUrl, at("evidenceUrl"), issues);
  },
};
