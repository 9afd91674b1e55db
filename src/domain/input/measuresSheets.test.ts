import { frameworkFor } from "../framework/frameworkSet";
import type { ItaFramework } from "../framework/itaFramework";
import { MAX_VALIDATION_PROMPT_LENGTH } from "../sheet/sheetLimits";
import { buildMeasuresSheet } from "./measuresSheets";

const indicatorPrompt = (framework: ItaFramework) => {
  const v = buildMeasuresSheet(framework).validations.find((d) =>
    d.errorMessage?.includes("ตัวชี้วัด"),
  );
  if (!v?.prompt) throw new Error("no indicator dropdown prompt");
  return v.prompt;
};

describe("the Measures sheet's indicator dropdown prompt", () => {
  it("names every indicator of the year's frame when they fit", () => {
    const prompt = indicatorPrompt(frameworkFor(2568)!);
    expect(prompt).toMatch(/^1 การปฏิบัติหน้าที่, 2 /);
    expect(prompt).toMatch(/10 การป้องกันการทุจริต$/);
  });

  it("stops at a whole name with … when a frame's names are longer than a prompt holds", () => {
    const base = frameworkFor(2568)!;
    const long: ItaFramework = {
      ...base,
      indicators: base.indicators.map((i) => ({
        ...i,
        name: `${i.name} และการประเมินผลการดำเนินงานของหน่วยงาน`,
      })),
    };
    const prompt = indicatorPrompt(long);
    expect(prompt.length).toBeLessThanOrEqual(MAX_VALIDATION_PROMPT_LENGTH);
    expect(prompt.endsWith(" …")).toBe(true);
    const shown = prompt.slice(0, -2).split(", ");
    shown.forEach((item, k) =>
      expect(item).toBe(`${long.indicators[k]!.number} ${long.indicators[k]!.name}`),
    );
  });
});
