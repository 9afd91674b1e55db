import {
  BE_OFFSET,
  compareThaiDates,
  daysInMonth,
  formatThaiDate,
  fromIsoDate,
  isValidThaiDate,
  thaiMonthName,
  toIsoDate,
  type MonthStyle,
  type ThaiDate,
} from "./thaiDate";
import type { DigitStyle } from "./digits";

const d = (yearBE: number, month: number, day: number): ThaiDate => ({ yearBE, month, day });

describe("BE_OFFSET", () => {
  it("is 543 (พ.ศ. 2567 = ค.ศ. 2024)", () => {
    expect(BE_OFFSET).toBe(543);
  });
});

describe("thaiMonthName", () => {
  it.each<[number, MonthStyle | undefined, string]>([
    [1, "full", "มกราคม"],
    [1, "abbr", "ม.ค."],
    [1, undefined, "มกราคม"], // full is the default
    [4, "full", "เมษายน"],
    [9, "full", "กันยายน"],
    [9, "abbr", "ก.ย."],
    [10, "abbr", "ต.ค."],
    [12, "full", "ธันวาคม"],
    [12, "abbr", "ธ.ค."],
  ])("month %d (%s) → %s", (month, style, expected) => {
    expect(thaiMonthName(month, style)).toBe(expected);
  });

  it.each([
    [0], // below range
    [13], // above range
    [-1], // negative
    [1.5], // not an integer
    [Number.NaN],
  ])("throws RangeError on month %d", (month) => {
    expect(() => thaiMonthName(month)).toThrow(RangeError);
  });
});

describe("formatThaiDate", () => {
  it.each<[ThaiDate, MonthStyle, DigitStyle, string]>([
    [d(2566, 4, 3), "full", "thai", "๓ เมษายน ๒๕๖๖"], // official documents
    [d(2566, 1, 18), "abbr", "arabic", "18 ม.ค. 2566"],
    [d(2567, 9, 30), "full", "arabic", "30 กันยายน 2567"], // end of fiscal year
    [d(2567, 9, 30), "abbr", "thai", "๓๐ ก.ย. ๒๕๖๗"],
    [d(2566, 10, 1), "full", "thai", "๑ ตุลาคม ๒๕๖๖"], // no leading zero on the day
  ])("%j %s %s → %s", (date, month, digits, expected) => {
    expect(formatThaiDate(date, month, digits)).toBe(expected);
  });

  it("throws on a month outside 1–12", () => {
    expect(() => formatThaiDate(d(2567, 13, 1), "full", "thai")).toThrow(RangeError);
  });
});

describe("daysInMonth", () => {
  it.each([
    [2567, 1, 31], // January
    [2567, 2, 29], // 2024 is a leap year
    [2566, 2, 28], // 2023 is not
    [2543, 2, 29], // 2000: divisible by 400
    [2443, 2, 28], // 1900: divisible by 100, not 400
    [2567, 4, 30],
    [2567, 9, 30], // September
    [2567, 12, 31],
  ])("พ.ศ. %d month %d has %d days", (yearBE, month, expected) => {
    expect(daysInMonth(yearBE, month)).toBe(expected);
  });
});

describe("isValidThaiDate", () => {
  it.each<[ThaiDate, boolean]>([
    [d(2567, 9, 30), true], // an ordinary day
    [d(2567, 2, 29), true], // leap day in a leap year
    [d(2566, 2, 29), false], // leap day in a common year
    [d(2567, 9, 31), false], // September has 30 days
    [d(2567, 12, 31), true],
    [d(2567, 1, 0), false], // day 0
    [d(2567, 0, 1), false], // month 0
    [d(2567, 13, 1), false], // month 13
    [d(2567, 1, -1), false], // negative day
    [d(2567, 1, 1.5), false], // fractional day
    [d(2567.5, 1, 1), false], // fractional year
    [d(2567, Number.NaN, 1), false], // NaN month
  ])("%j → %s", (date, expected) => {
    expect(isValidThaiDate(date)).toBe(expected);
  });
});

describe("compareThaiDates", () => {
  it.each<[ThaiDate, ThaiDate, "<" | "=" | ">"]>([
    [d(2567, 9, 30), d(2567, 9, 30), "="], // same day
    [d(2566, 12, 31), d(2567, 1, 1), "<"], // year decides
    [d(2567, 1, 31), d(2567, 2, 1), "<"], // month decides
    [d(2567, 2, 2), d(2567, 2, 1), ">"], // day decides
    [d(2568, 1, 1), d(2567, 12, 31), ">"],
  ])("%j vs %j → %s", (a, b, expected) => {
    const sign = Math.sign(compareThaiDates(a, b));
    expect(sign).toBe(expected === "<" ? -1 : expected === ">" ? 1 : 0);
    expect(Math.sign(compareThaiDates(b, a))).toBe(-sign || 0);
  });

  it("sorts dates chronologically", () => {
    const dates = [d(2567, 3, 1), d(2566, 10, 1), d(2567, 1, 15), d(2566, 12, 31)];
    expect([...dates].sort(compareThaiDates)).toEqual([
      d(2566, 10, 1),
      d(2566, 12, 31),
      d(2567, 1, 15),
      d(2567, 3, 1),
    ]);
  });
});

describe("toIsoDate", () => {
  it.each<[ThaiDate, string]>([
    [d(2567, 9, 30), "2024-09-30"],
    [d(2566, 4, 3), "2023-04-03"], // zero-padded month and day
    [d(2566, 10, 1), "2023-10-01"],
    [d(2543, 2, 29), "2000-02-29"],
  ])("%j → %s", (date, expected) => {
    expect(toIsoDate(date)).toBe(expected);
  });
});

describe("fromIsoDate", () => {
  it.each<[string, ThaiDate | null]>([
    ["2024-09-30", d(2567, 9, 30)],
    ["2023-04-03", d(2566, 4, 3)],
    [" 2024-09-30 ", d(2567, 9, 30)], // surrounding spaces ignored
    ["2024-02-29", d(2567, 2, 29)], // leap day
    ["2023-02-29", null], // not a leap year
    ["2024-09-31", null], // no 31 September
    ["2024-13-01", null], // month 13
    ["2024-00-10", null], // month 0
    ["2024-9-30", null], // month not padded
    ["30/09/2024", null], // another format
    ["2024-09-30T00:00:00Z", null], // a timestamp is not a date
    ["", null],
  ])("%j → %j", (iso, expected) => {
    expect(fromIsoDate(iso)).toEqual(expected);
  });

  it.each([[d(2567, 9, 30)], [d(2566, 1, 1)], [d(2543, 2, 29)], [d(2568, 12, 31)]])(
    "round-trips %j through toIsoDate",
    (date) => {
      expect(fromIsoDate(toIsoDate(date))).toEqual(date);
    },
  );
});
