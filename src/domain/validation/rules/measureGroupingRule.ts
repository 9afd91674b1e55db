import type { MeasureRule } from "../measureRule";

/** A number the user typed before a title: "1)", "1.", "๑.", "1.2", "(3)". */
const USER_NUMBER = /^\s*\(?[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]\s*/;

/**
 * What the report's grouping and numbering need of a measure: an indicator when grouped by
 * indicator or when it carries text for the plan by instrument, a heading when grouped by
 * heading, and no number of its own when the product numbers.
 */
export const measureGroupingRule: MeasureRule = {
  start: (ctx) => (m, at, issues) => {
    if (m.indicator === null && ctx.list.grouping === "indicator")
      issues.warning("indicator-missing", at("indicator"), { measure: ctx.describe(m) });
    if (
      m.indicator === null &&
      ctx.input.layout.plan === "by-instrument" &&
      (m.weakness || m.approach || m.tracking)
    )
      issues.warning("plan-indicator-missing", at("indicator"), { measure: ctx.describe(m) });
    if (m.heading.trim() === "" && ctx.list.grouping === "heading" && ctx.someHeading)
      issues.warning("heading-missing", at("heading"), { measure: ctx.describe(m) });
    const ownNumber = USER_NUMBER.exec(m.title);
    if (ownNumber && ctx.input.layout.numbering === "auto")
      issues.warning("title-numbered-twice", at("title"), { number: ownNumber[0].trim() });
  },
};
