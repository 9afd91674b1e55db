import type { IssueCollector } from "../issues/issueCollector";
import { firstFrameworkYear } from "./frameworkSet";
import type { ItaFramework } from "./itaFramework";
import { readFrameworkRecord } from "./readFrameworkRecord";

/**
 * Reads the framework records a user supplies (`--framework FILE.json`): one record or an array
 * of them (docs/framework.schema.json), each through the reader of the built-in records. Issues
 * are placed at the JSON path inside the file ("[1].indicators[2].name"). Any error and none is
 * used: a build never runs on half a framework.
 */
export function readSuppliedFrameworks(
  value: unknown,
  issues: IssueCollector,
): readonly ItaFramework[] | null {
  const before = issues.issues.filter((i) => i.severity === "error").length;
  const many = Array.isArray(value);
  const raw: unknown[] = many ? value : [value];
  if (many && raw.length === 0) {
    issues.error("framework-required", { path: "$" }, { what: "เกณฑ์ ITA", list: "empty" });
    return null;
  }
  const records: ItaFramework[] = [];
  raw.forEach((record, i) => {
    const prefix = many ? `[${i}]` : "";
    const at = (path: string) => ({
      path: prefix + (path === "" ? "" : `${prefix ? "." : ""}${path}`) || "$",
    });
    const read = readFrameworkRecord(record, {
      at,
      issues,
      origin: "supplied",
      minYearBE: firstFrameworkYear(),
    });
    if (!read) return;
    if (records.some((r) => r.fiscalYearBE === read.fiscalYearBE))
      return issues.error("framework-duplicate", at("fiscalYearBE"), {
        what: "เกณฑ์ของปี",
        value: String(read.fiscalYearBE),
      });
    records.push(read);
  });
  const errors = issues.issues.filter((i) => i.severity === "error").length;
  return errors > before ? null : records.sort((a, b) => a.fiscalYearBE - b.fiscalYearBE);
}
