import type { Measure } from "../../src/domain/model/measure";
import type { ReportInput } from "../../src/domain/model/reportInput";
import { loadFixture } from "../helpers/fixtures";

/** Seed 001 with its measures repeated to `count`, each with its own title (as the bench builds them). */
export function withMeasures(count: number): ReportInput {
  const input = loadFixture("seed001");
  const base = input.measures;
  // Five-digit numbers: never read as a Buddhist-era year (25xx) by the text checks.
  const measures: Measure[] = Array.from({ length: count }, (_, i) => ({
    ...base[i % base.length]!,
    title: `${base[i % base.length]!.title} ชุดที่ ${10_001 + i}`,
  }));
  return { ...input, measures };
}
