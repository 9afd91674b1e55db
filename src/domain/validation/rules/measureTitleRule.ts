import type { MeasureRule } from "../measureRule";

/** A measure needs its title (มาตรการ/แนวทาง). */
export const measureTitleRule: MeasureRule = {
  start: (ctx) => (m, at, issues) => {
    if (m.title === "")
      issues.error("required-empty", at("title"), { measureTitle: ctx.describe(m) });
  },
};
