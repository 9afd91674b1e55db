import { isHttpUrlOnce } from "../memoChecks";
import type { MeasureRule } from "../measureRule";

/** An evidence link is a web address a reader can open. */
export const evidenceLinkRule: MeasureRule = {
  start: () => (m, at, issues) => {
    if (m.evidenceUrl !== "" && !isHttpUrlOnce(m.evidenceUrl))
      issues.warning("evidence-url-invalid", at("evidenceUrl"), { url: m.evidenceUrl });
  },
};
