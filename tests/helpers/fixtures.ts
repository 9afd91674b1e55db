import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseInputJson } from "../../src/domain/input/parseInputJson";
import type { ReportInput } from "../../src/domain/model/reportInput";

export const FIXTURE_DIR = join(__dirname, "..", "fixtures");

/** A fixture's ReportInput; fails the test when the fixture itself has errors. */
export function loadFixture(name: string): ReportInput {
  const read = parseInputJson(readFileSync(join(FIXTURE_DIR, `${name}.json`), "utf8"));
  const errors = read.issues.filter((i) => i.severity === "error");
  if (!read.input || errors.length)
    throw new Error(`fixture ${name}: ${errors.map((e) => e.message).join("; ")}`);
  return read.input;
}
