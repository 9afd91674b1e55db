import { isHttpUrl } from "../httpLink";
import type { MeasureRule } from "../measureRule";

/** An evidence link is a web address a reader can open. */
export const evidenceLinkRule: MeasureRule = {
  start: () => (m, at, issues) => {
    if (m.evidenceUrl !== "" && !isHttpUrl(m.evidenceUrl)) issues.warning("evidence-url-invalid", at("evidenceUrl"), { url: m.evidenceUrl });
  },
};
