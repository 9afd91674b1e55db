import { squashSpace, type MeasureRule } from "../measureRule";

/** The same measure (indicator, heading, title and methods) entered twice. */
export const duplicateMeasureRule: MeasureRule = {
  start: () => {
    const seen = new Set<string>();
    return (m, at, issues) => {
      const key = `${m.indicator ?? ""}|${squashSpace(m.heading)}|${squashSpace(m.title)}|${squashSpace(m.methods)}`;
      if (seen.has(key)) issues.warning("measure-duplicate", at("title"), {});
      else seen.add(key);
    };
  },
};
