import { reportTextProblems } from "../../issues/textChecks";
import type { MeasureRule } from "../measureRule";

const TEXT_FIELDS = ["heading", "title", "methods", "unit", "period", "result", "outcome", "suggestions", "remark", "weakness", "approach", "tracking"] as const;

/** Foreign letters, mixed digits and over-long text in every text field of a measure. */
export const measureTextRule: MeasureRule = {
  start: () => (m, at, issues) => {
    for (const field of TEXT_FIELDS) reportTextProblems(m[field], at(field), issues);
  },
};
