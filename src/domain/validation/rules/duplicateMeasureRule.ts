import type { MeasureRule } from "../measureRule";
import { squashSpaceOnce } from "../memoChecks";

/** The same measure (indicator, heading, title and methods) entered twice. */
export const duplicateMeasureRule: MeasureRule = {
  start: () => {
    const seen = new Set<string>();
    return (m, at, issues) => {
      const key = `${m.indicator ?? ""}|${squashSpaceOnce(m.heading)}|${squashSpaceOnce(m.title)}|${squashSpaceOnce(m.methods)}`;
      if (seen.has(key)) issues.warning("measure-duplicate", at("title"), {});
      else seen.add(key);
    };
  },
};
