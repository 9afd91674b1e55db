import { inDigitStyle, toArabicDigits, toThaiDigits, type DigitStyle } from "./digits";

describe("toThaiDigits", () => {
  it.each([
    ["95.42", "๙๕.๔๒"], // a score
    ["0123456789", "๐๑๒๓๔๕๖๗๘๙"], // every digit in order
    ["พ.ศ. 2567", "พ.ศ. ๒๕๖๗"], // Thai letters and spaces kept
    ["-3.25", "-๓.๒๕"], // sign kept
    ["๙๕.๔๒", "๙๕.๔๒"], // already Thai: unchanged
    ["", ""], // empty
    ["ITA", "ITA"], // no digits at all
    ["１２", "１２"], // full-width digits are not Arabic digits: kept
  ])("%j → %j", (input, expected) => {
    expect(toThaiDigits(input)).toBe(expected);
  });
});

describe("toArabicDigits", () => {
  it.each([
    ["พ.ศ. ๒๕๖๗", "พ.ศ. 2567"], // a year
    ["๐๑๒๓๔๕๖๗๘๙", "0123456789"], // every digit in order
    ["๙๘.๔๓", "98.43"], // a score
    ["ลดลง ๓.๒๕", "ลดลง 3.25"], // wording kept
    ["98.43", "98.43"], // already Arabic: unchanged
    ["๙8.๔3", "98.43"], // mixed digits
    ["", ""], // empty
    ["กขค", "กขค"], // Thai letters next to the digit block are not digits
  ])("%j → %j", (input, expected) => {
    expect(toArabicDigits(input)).toBe(expected);
  });

  it.each([["0123456789"], ["ลดลง 15.91"], ["x 1 y 22 z 333"]])(
    "round-trips %j through Thai digits",
    (text) => {
      expect(toArabicDigits(toThaiDigits(text))).toBe(text);
    },
  );
});

describe("inDigitStyle", () => {
  it.each<[string, DigitStyle, string]>([
    ["95.42", "thai", "๙๕.๔๒"], // Arabic → Thai
    ["๙๕.๔๒", "thai", "๙๕.๔๒"], // Thai stays Thai
    ["๙๕.๔๒", "arabic", "95.42"], // Thai → Arabic
    ["95.42", "arabic", "95.42"], // Arabic stays Arabic
    ["เท่าเดิม", "thai", "เท่าเดิม"], // no digits either way
    ["เท่าเดิม", "arabic", "เท่าเดิม"],
  ])("%j in %s digits → %j", (text, style, expected) => {
    expect(inDigitStyle(text, style)).toBe(expected);
  });
});
