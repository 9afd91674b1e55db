import type { Measure } from "../../model/measure";
import type { MeasureRule } from "../measureRule";
import { squashSpaceOnce } from "../memoChecks";

/** Results this long and identical under two indicators were copied, not written for each. */
const MIN_COPIED_LENGTH = 20;

/** The same result text under different indicators (seed 000 repeats one for indicators 5 and 10). */
export const duplicateResultRule: MeasureRule = {
  start: () => {
    const seen = new Map<string, Measure>();
    return (m, at, issues) => {
      const key = squashSpaceOnce(m.result);
      if (key.length < MIN_COPIED_LENGTH) return;
      const earlier = seen.get(key);
      if (!earlier) seen.set(key, m);
      else if (
        earlier.indicator !== null &&
        m.indicator !== null &&
        earlier.indicator !== m.indicator
      )
        issues.warning("result-duplicate", at("result"), { indicator: earlier.indicator });
    };
  },
};
