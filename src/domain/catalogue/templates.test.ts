import { CATALOGUE_FRAMEWORK } from "./catalogueFramework";
import {
  isMeasureTemplateId,
  measureTemplateProblems,
  TEMPLATE_TEXT_FIELDS,
} from "./measureTemplate";
import { MEASURE_TEMPLATES } from "./templates";

const INDICATOR_NUMBERS = CATALOGUE_FRAMEWORK.indicators.map((i) => i.number);

describe("MEASURE_TEMPLATES", () => {
  it("holds at least 45 templates", () => {
    expect(MEASURE_TEMPLATES.length).toBeGreaterThanOrEqual(45);
  });

  it.each(INDICATOR_NUMBERS.map((n) => [n]))("indicator %i has at least 3 templates", (n) => {
    expect(MEASURE_TEMPLATES.filter((t) => t.indicator === n).length).toBeGreaterThanOrEqual(3);
  });

  it("has unique ids in ascending order, M01 first", () => {
    const ids = MEASURE_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toBe("M01");
  });

  it("covers M01–M45 of the catalogue in ita-domain.md §5 without gaps", () => {
    const ids = new Set(MEASURE_TEMPLATES.map((t) => t.id));
    const expected = Array.from({ length: 45 }, (_, i) => `M${String(i + 1).padStart(2, "0")}`);
    expect(expected.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("has unique titles", () => {
    const titles = MEASURE_TEMPLATES.map((t) => t.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(MEASURE_TEMPLATES)).toBe(true);
    expect(MEASURE_TEMPLATES.every((t) => Object.isFrozen(t))).toBe(true);
  });

  it.each(MEASURE_TEMPLATES.map((t) => [t.id, t]))("%s is well formed", (id, t) => {
    expect(isMeasureTemplateId(id)).toBe(true);
    expect(INDICATOR_NUMBERS).toContain(t.indicator);
    expect(measureTemplateProblems(t)).toEqual([]);
  });

  it.each(
    MEASURE_TEMPLATES.flatMap((t) => TEMPLATE_TEXT_FIELDS.map((f) => [t.id, f, t[f]] as const)),
  )("%s %s is Thai text", (_id, _field, text) => {
    expect(text).toMatch(/[\u0e01-\u0e2e]/); // at least one Thai consonant
  });

  it.each([
    ["M44", "O42"], // the measures document
    ["M46", "O43"], // the report on carrying them out
  ])("%s points at OIT item %s", (id, item) => {
    expect(MEASURE_TEMPLATES.find((t) => t.id === id)?.oitItem).toBe(item);
  });
});
