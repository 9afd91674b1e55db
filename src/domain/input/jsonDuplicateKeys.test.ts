import { findDuplicateKeys } from "./jsonDuplicateKeys";

describe("findDuplicateKeys", () => {
  it.each([
    ["no duplicates", '{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}', []],
    ["a key twice at the top", '{"a": 1, "b": 2, "a": 3}', [{ path: "a", key: "a" }]],
    [
      "in a nested object",
      '{"scores": {"2568": {"8": 1, "8": 2}}}',
      [{ path: "scores.2568.8", key: "8" }],
    ],
    [
      "in an object inside an array",
      '{"m": [{"t": 1}, {"t": 2, "u": 3, "t": 4}]}',
      [{ path: "m[1].t", key: "t" }],
    ],
    [
      "arrays of arrays count their own items",
      '[[1, 2], [3, {"k": [], "k": {}}]]',
      [{ path: "[1][1].k", key: "k" }],
    ],
    [
      "keys written with escapes are compared decoded",
      '{"\\u0061": 1, "a": 2}',
      [{ path: "a", key: "a" }],
    ],
    [
      "quotes, commas and braces inside strings are text",
      '{"a": "x\\",{\\"a\\": 1", "b": "}]", "a": 0}',
      [{ path: "a", key: "a" }],
    ],
    ["a value equal to a key is no key", '{"a": "a", "b": "a"}', []],
    [
      "Thai-digit keys are other keys to JSON (the readers compare years)",
      '{"2568": 1, "๒๕๖๘": 2}',
      [],
    ],
  ])("%s", (_what, text, expected) => {
    JSON.parse(text); // every case is valid JSON
    expect(findDuplicateKeys(text)).toEqual(expected);
  });

  it("stops at the limit it is given", () => {
    const text = `{${Array.from({ length: 50 }, () => '"x": 1').join(",")}}`;
    expect(findDuplicateKeys(text, 5)).toHaveLength(5);
    expect(findDuplicateKeys(text)).toHaveLength(49);
  });
});
