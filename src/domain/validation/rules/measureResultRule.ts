import type { MeasureRule } from "../measureRule";
import { squashSpaceOnce } from "../memoChecks";

/** Results that say nothing a reader can check (seed 003 wrote one for every measure). */
const GENERIC_RESULTS = new Set([
  "ดำเนินการแล้ว",
  "ดำเนินการแล้วเสร็จ",
  "ดำเนินการเรียบร้อย",
  "ดำเนินการเรียบร้อยแล้ว",
  "เรียบร้อย",
  "เสร็จสิ้น",
  "แล้วเสร็จ",
]);

/** A measure marked done needs a result, and a result should say what was done. */
export const measureResultRule: MeasureRule = {
  start: (ctx) => (m, at, issues) => {
    if (m.status === "ดำเนินการแล้ว" && m.result === "")
      issues.warning("result-missing", at("result"), { measure: ctx.describe(m) });
    if (GENERIC_RESULTS.has(squashSpaceOnce(m.result)))
      issues.warning("result-generic", at("result"), { result: m.result });
  },
};
