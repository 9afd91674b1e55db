import type { CellInput } from "../sheet/cellInput";
import {
  gregorianToBE,
  parseYearBE,
  PLAUSIBLE_YEARS_BE,
  type ParsedYear,
  type YearProblem,
} from "./parseYear";
import { yearProblemText } from "./yearMessages";

const ok = (value: number): ParsedYear => ({ ok: true, value });
const bad = (problem: YearProblem): ParsedYear => ({ ok: false, problem });

describe("parseYearBE", () => {
  it.each<[CellInput, ParsedYear]>([
    [2567, ok(2567)], // a number
    ["2567", ok(2567)], // text
    ["๒๕๖๗", ok(2567)], // Thai digits
    ["พ.ศ. 2567", ok(2567)], // with the era
    ["พ.ศ.2567", ok(2567)],
    ["พ. ศ. ๒๕๖๗", ok(2567)], // space inside the era, Thai digits
    [" 2567 ", ok(2567)], // surrounding spaces
    [2567.0, ok(2567)], // a whole float is a whole number
    [2550, ok(2550)], // lowest plausible
    [2580, ok(2580)], // highest plausible
    [2024, bad("gregorian")], // ค.ศ. is reported, never converted
    ["2024", bad("gregorian")],
    ["๒๐๒๔", bad("gregorian")],
    [1950, bad("gregorian")], // lowest Gregorian guess
    [2100, bad("gregorian")], // highest Gregorian guess
    [2549, bad("out-of-range")], // just below plausible
    [2581, bad("out-of-range")], // just above plausible
    [1949, bad("out-of-range")], // neither
    [2101, bad("out-of-range")],
    [9999, bad("out-of-range")],
    [null, bad("empty")],
    [undefined, bad("empty")],
    ["", bad("empty")],
    ["   ", bad("empty")],
    ["พ.ศ.", bad("empty")], // only the era
    ["67", bad("not-a-year")], // two digits
    [67, bad("not-a-year")],
    ["25670", bad("not-a-year")], // five digits
    [2567.5, bad("not-a-year")], // fractional
    ["2567.0", bad("not-a-year")], // text with a decimal part
    ["ค.ศ. 2024", bad("not-a-year")], // another era label
    ["2566-2567", bad("not-a-year")], // a span
    ["ปี 2567", bad("not-a-year")],
    [true, bad("not-a-year")], // boolean
    [{ error: "#N/A" }, bad("not-a-year")], // Excel error
  ])("%j → %j", (cell, expected) => {
    expect(parseYearBE(cell)).toEqual(expected);
  });

  it("accepts exactly the plausible range", () => {
    expect(PLAUSIBLE_YEARS_BE).toEqual({ min: 2550, max: 2580 });
  });
});

describe("gregorianToBE", () => {
  it.each([
    [2024, 2567],
    [2023, 2566],
    [2019, 2562],
    [0, 543],
  ])("%d → %d", (year, expected) => {
    expect(gregorianToBE(year)).toBe(expected);
  });
});

describe("yearProblemText", () => {
  it.each<[YearProblem, string, string]>([
    ["empty", "", "ยังไม่ได้กรอกปี พ.ศ."],
    ["not-a-year", "67", `"67" ไม่ใช่ปี พ.ศ. 4 หลัก เช่น 2567`],
    ["gregorian", "2024", `"2024" เป็นปี ค.ศ. กรุณากรอกเป็นปี พ.ศ. (2567)`], // suggests the BE year
    ["out-of-range", "2549", "ปี พ.ศ. 2549 อยู่นอกช่วงที่เป็นไปได้ (2550–2580)"],
  ])("%s with %j → %s", (problem, value, expected) => {
    expect(yearProblemText(problem, value)).toBe(expected);
  });
});
