import {
  isMeasureTemplateId,
  MAX_TEMPLATE_FIELD_LENGTH,
  measureTemplateProblems,
  type MeasureTemplate,
} from "./measureTemplate";

const VALID: MeasureTemplate = {
  id: "M01",
  indicator: 1,
  title: "ตัวอย่างมาตรการ",
  methods: "ขั้นตอนตัวอย่าง 2 ขั้น",
  unit: "สำนักปลัด",
  period: "ไตรมาส 1–4",
  successIndicator: "ดำเนินการครบ 1 ครั้ง",
};

describe("isMeasureTemplateId", () => {
  it.each([
    ["M01", true],
    ["M45", true],
    ["M99", true],
    ["M1", false], // one digit
    ["M001", false], // three digits
    ["m01", false], // lower case
    ["O42", false], // an OIT item, not a template
    [" M01", false], // padded
    ["", false],
  ])("%j → %s", (id, expected) => {
    expect(isMeasureTemplateId(id)).toBe(expected);
  });
});

describe("measureTemplateProblems", () => {
  it("finds nothing wrong with a valid template, with or without an OIT item", () => {
    expect(measureTemplateProblems(VALID)).toEqual([]);
    expect(measureTemplateProblems({ ...VALID, oitItem: "O42" })).toEqual([]);
  });

  it.each<[string, Partial<MeasureTemplate>, string]>([
    ["a short id", { id: "M1" }, 'id "M1" is not "M" and two digits'],
    ["an empty title", { title: "" }, "title is empty"],
    ["a blank unit", { unit: "   " }, "unit is empty"],
    ["padded methods", { methods: " ขั้นตอน" }, "methods has leading or trailing spaces"],
    [
      "an over-long success indicator",
      { successIndicator: "ก".repeat(MAX_TEMPLATE_FIELD_LENGTH + 1) },
      `successIndicator has ${MAX_TEMPLATE_FIELD_LENGTH + 1} characters, more than ${MAX_TEMPLATE_FIELD_LENGTH}`,
    ],
    [
      "Thai digits in the period",
      { period: "ไตรมาส ๑–๔" },
      "period uses Thai digits; templates keep Arabic digits",
    ],
    ["a malformed OIT item", { oitItem: "042" }, 'oitItem "042" is not "O" and a number'],
    ["an empty OIT item", { oitItem: "" }, "oitItem is empty"],
  ])("reports %s", (_label, change, problem) => {
    expect(measureTemplateProblems({ ...VALID, ...change })).toContain(problem);
  });

  it("accepts a field of exactly the maximum length", () => {
    expect(
      measureTemplateProblems({ ...VALID, methods: "ก".repeat(MAX_TEMPLATE_FIELD_LENGTH) }),
    ).toEqual([]);
  });
});
