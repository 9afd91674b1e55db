import { fromExcelSerial, parseThaiDate, toExcelSerial } from "./parseThaiDate";
import type { ThaiDate } from "./thaiDate";

const d = (yearBE: number, month: number, day: number): ThaiDate => ({ yearBE, month, day });

describe("fromExcelSerial", () => {
  it.each<[number, ThaiDate | null]>([
    [45565, d(2567, 9, 30)], // 2024-09-30
    [45019, d(2566, 4, 3)], // 2023-04-03
    [45565.75, d(2567, 9, 30)], // a time of day is dropped
    [61, d(2443, 3, 1)], // 1900-03-01, after Excel's phantom 29 Feb 1900
    [2_958_465, d(10542, 12, 31)], // 9999-12-31, Excel's last day
    [2_958_466, null], // past Excel's last day
    [0, null], // Excel's day 0
    [0.5, null], // below 1
    [-1, null], // negative
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ])("%d → %j", (serial, expected) => {
    expect(fromExcelSerial(serial)).toEqual(expected);
  });
});

describe("toExcelSerial", () => {
  it.each<[ThaiDate, number]>([
    [d(2567, 9, 30), 45565],
    [d(2566, 4, 3), 45019],
    [d(2443, 3, 1), 61],
  ])("%j → %d", (date, expected) => {
    expect(toExcelSerial(date)).toBe(expected);
  });

  it.each([[d(2567, 9, 30)], [d(2567, 2, 29)], [d(2562, 10, 1)], [d(2500, 1, 1)]])(
    "round-trips %j through fromExcelSerial",
    (date) => {
      expect(fromExcelSerial(toExcelSerial(date))).toEqual(date);
    },
  );
});

describe("parseThaiDate", () => {
  it.each<[string, ThaiDate]>([
    ["๓ เมษายน ๒๕๖๖", d(2566, 4, 3)], // Thai digits, full month
    ["3 เมษายน 2566", d(2566, 4, 3)], // Arabic digits
    ["18 ม.ค.2566", d(2566, 1, 18)], // abbreviated month, no space before the year
    ["18 ม.ค. 2566", d(2566, 1, 18)],
    ["18 ม.ค 2566", d(2566, 1, 18)], // abbreviation without its last dot
    ["1 ต.ค.64", d(2564, 10, 1)], // two-digit BE year
    ["1 ต.ค. ๖๔", d(2564, 10, 1)], // two-digit year in Thai digits
    ["30 กันยายน พ.ศ. 2567", d(2567, 9, 30)], // with "พ.ศ."
    ["30 กันยายน พ.ศ.2567", d(2567, 9, 30)],
    ["30กันยายน2567", d(2567, 9, 30)], // no spaces at all
    ["  30 กันยายน 2567  ", d(2567, 9, 30)], // surrounding spaces
    ["29 กุมภาพันธ์ 2567", d(2567, 2, 29)], // leap day of 2024
    ["2023-04-03", d(2566, 4, 3)], // ISO, Gregorian
    ["๒๐๒๓-๐๔-๐๓", d(2566, 4, 3)], // ISO in Thai digits
    ["31 ธันวาคม 2566", d(2566, 12, 31)],
  ])("%j → %j", (text, expected) => {
    expect(parseThaiDate(text)).toEqual(expected);
  });

  it.each([
    [""], // empty
    ["   "], // blank
    ["30 กันยายน"], // no year
    ["กันยายน 2567"], // no day
    ["31 กันยายน 2567"], // September has 30 days
    ["29 กุมภาพันธ์ 2566"], // 2023 is not a leap year
    ["0 มกราคม 2567"], // day 0
    ["30 กันยา 2567"], // unknown month spelling
    ["18 มค 2566"], // abbreviation without dots is not recognised
    ["30 September 2024"], // English month
    ["30/09/2567"], // slashes
    ["1 ต.ค. 256"], // three-digit year
    ["1 ต.ค. 25670"], // five-digit year
    ["123 มกราคม 2567"], // three-digit day
    ["2023-02-29"], // ISO but not a real day
  ])("%j → null", (text) => {
    expect(parseThaiDate(text)).toBeNull();
  });
});
