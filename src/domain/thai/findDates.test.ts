import { toThaiDigits } from "./digits";
import { findDatesInText, findYearsInText, type FoundDate } from "./findDates";
import type { ThaiDate } from "./thaiDate";

describe("findDatesInText: one date inside text", () => {
  // [text, the date, the substring that should be matched]
  const rows: [string, ThaiDate, string][] = [
    ["ประกาศเมื่อ 6 มกราคม 2566", { yearBE: 2566, month: 1, day: 6 }, "6 มกราคม 2566"],
    ["1 ต.ค.64", { yearBE: 2564, month: 10, day: 1 }, "1 ต.ค.64"], // two-digit year
    ["ลงวันที่ 18 ม.ค. 2566 แล้ว", { yearBE: 2566, month: 1, day: 18 }, "18 ม.ค. 2566"],
    ["18 ม.ค 2566", { yearBE: 2566, month: 1, day: 18 }, "18 ม.ค 2566"], // without the last dot
    ["18 มค 2566", { yearBE: 2566, month: 1, day: 18 }, "18 มค 2566"], // without dots
    ["18 มค. 2566", { yearBE: 2566, month: 1, day: 18 }, "18 มค. 2566"],
    ["18 ม. ค. 2566", { yearBE: 2566, month: 1, day: 18 }, "18 ม. ค. 2566"], // a space after a dot
    ["18 ม.ค.2566", { yearBE: 2566, month: 1, day: 18 }, "18 ม.ค.2566"],
    ["เมื่อ18ม.ค.2566", { yearBE: 2566, month: 1, day: 18 }, "18ม.ค.2566"], // no spaces
    ["วันที่  18   ม.ค.   2566", { yearBE: 2566, month: 1, day: 18 }, "18   ม.ค.   2566"], // extra spaces
    ["18\u200bม.ค.\u200b2566", { yearBE: 2566, month: 1, day: 18 }, "18\u200bม.ค.\u200b2566"], // zero-width spaces
    ["05 ม.ค. 2566", { yearBE: 2566, month: 1, day: 5 }, "05 ม.ค. 2566"], // leading zero
    ["30 กันยายน พ.ศ. 2567", { yearBE: 2567, month: 9, day: 30 }, "30 กันยายน พ.ศ. 2567"],
    ["30 กันยายน พ.ศ.2567", { yearBE: 2567, month: 9, day: 30 }, "30 กันยายน พ.ศ.2567"],
    ["30 ก.ย. พศ 2567", { yearBE: 2567, month: 9, day: 30 }, "30 ก.ย. พศ 2567"],
    ["วันที่ 5 เดือนมกราคม 2566", { yearBE: 2566, month: 1, day: 5 }, "5 เดือนมกราคม 2566"],
    ["29 กุมภาพันธ์ 2567", { yearBE: 2567, month: 2, day: 29 }, "29 กุมภาพันธ์ 2567"], // leap day
    ["31 ธ.ค. 2566.", { yearBE: 2566, month: 12, day: 31 }, "31 ธ.ค. 2566"], // full stop after the year
    ["(1 ต.ค. 65)", { yearBE: 2565, month: 10, day: 1 }, "1 ต.ค. 65"],
    // every month, full and abbreviated
    ["1 มกราคม 2566", { yearBE: 2566, month: 1, day: 1 }, "1 มกราคม 2566"],
    ["1 กุมภาพันธ์ 2566", { yearBE: 2566, month: 2, day: 1 }, "1 กุมภาพันธ์ 2566"],
    ["1 มีนาคม 2566", { yearBE: 2566, month: 3, day: 1 }, "1 มีนาคม 2566"],
    ["1 เมษายน 2566", { yearBE: 2566, month: 4, day: 1 }, "1 เมษายน 2566"],
    ["1 พฤษภาคม 2566", { yearBE: 2566, month: 5, day: 1 }, "1 พฤษภาคม 2566"],
    ["1 มิถุนายน 2566", { yearBE: 2566, month: 6, day: 1 }, "1 มิถุนายน 2566"],
    ["1 กรกฎาคม 2566", { yearBE: 2566, month: 7, day: 1 }, "1 กรกฎาคม 2566"],
    ["1 กรกฏาคม 2566", { yearBE: 2566, month: 7, day: 1 }, "1 กรกฏาคม 2566"], // common misspelling
    ["1 สิงหาคม 2566", { yearBE: 2566, month: 8, day: 1 }, "1 สิงหาคม 2566"],
    ["1 กันยายน 2566", { yearBE: 2566, month: 9, day: 1 }, "1 กันยายน 2566"],
    ["1 ตุลาคม 2566", { yearBE: 2566, month: 10, day: 1 }, "1 ตุลาคม 2566"],
    ["1 พฤศจิกายน 2566", { yearBE: 2566, month: 11, day: 1 }, "1 พฤศจิกายน 2566"],
    ["1 ธันวาคม 2566", { yearBE: 2566, month: 12, day: 1 }, "1 ธันวาคม 2566"],
    ["2 ม.ค. 66", { yearBE: 2566, month: 1, day: 2 }, "2 ม.ค. 66"],
    ["2 ก.พ. 66", { yearBE: 2566, month: 2, day: 2 }, "2 ก.พ. 66"],
    ["2 มี.ค. 66", { yearBE: 2566, month: 3, day: 2 }, "2 มี.ค. 66"],
    ["2 เม.ย. 66", { yearBE: 2566, month: 4, day: 2 }, "2 เม.ย. 66"],
    ["2 พ.ค. 66", { yearBE: 2566, month: 5, day: 2 }, "2 พ.ค. 66"],
    ["2 มิ.ย. 66", { yearBE: 2566, month: 6, day: 2 }, "2 มิ.ย. 66"],
    ["2 ก.ค. 66", { yearBE: 2566, month: 7, day: 2 }, "2 ก.ค. 66"],
    ["2 ส.ค. 66", { yearBE: 2566, month: 8, day: 2 }, "2 ส.ค. 66"],
    ["2 ก.ย. 66", { yearBE: 2566, month: 9, day: 2 }, "2 ก.ย. 66"],
    ["2 ต.ค. 66", { yearBE: 2566, month: 10, day: 2 }, "2 ต.ค. 66"],
    ["2 พ.ย. 66", { yearBE: 2566, month: 11, day: 2 }, "2 พ.ย. 66"],
    ["2 ธ.ค. 66", { yearBE: 2566, month: 12, day: 2 }, "2 ธ.ค. 66"],
    ["3 มีค 66", { yearBE: 2566, month: 3, day: 3 }, "3 มีค 66"],
    ["3 เมย 66", { yearBE: 2566, month: 4, day: 3 }, "3 เมย 66"],
    ["3 มิย 66", { yearBE: 2566, month: 6, day: 3 }, "3 มิย 66"],
    ["3 พย 66", { yearBE: 2566, month: 11, day: 3 }, "3 พย 66"],
  ];
  const bothStyles = rows.flatMap(([text, date, match]) => [
    [text, date, match] as const,
    [toThaiDigits(text), date, toThaiDigits(match)] as const,
  ]);

  it.each(bothStyles)("%j → %j", (text, date, match) => {
    expect(findDatesInText(text)).toStrictEqual([
      { date, text: match, index: text.indexOf(match) },
    ]);
  });
});

describe("findDatesInText: several dates", () => {
  it("finds both dates of the measures sentence, with their places", () => {
    const text = "จัดประชุมเมื่อวันที่ ๑๘ ม.ค. ๒๕๖๖ และแจกแผ่นพับวันที่ 24 ก.พ.2566";
    expect(findDatesInText(text)).toStrictEqual<FoundDate[]>([
      { date: { yearBE: 2566, month: 1, day: 18 }, text: "๑๘ ม.ค. ๒๕๖๖", index: 21 },
      { date: { yearBE: 2566, month: 2, day: 24 }, text: "24 ก.พ.2566", index: 54 },
    ]);
  });

  it.each<[string, FoundDate[]]>([
    [
      "1 ต.ค.64 - 31 มี.ค.65",
      [
        { date: { yearBE: 2564, month: 10, day: 1 }, text: "1 ต.ค.64", index: 0 },
        { date: { yearBE: 2565, month: 3, day: 31 }, text: "31 มี.ค.65", index: 11 },
      ],
    ],
    [
      "๑ ต.ค. ๒๕๖๕ – ๓๑ มี.ค. ๒๕๖๖",
      [
        { date: { yearBE: 2565, month: 10, day: 1 }, text: "๑ ต.ค. ๒๕๖๕", index: 0 },
        { date: { yearBE: 2566, month: 3, day: 31 }, text: "๓๑ มี.ค. ๒๕๖๖", index: 14 },
      ],
    ],
    [
      "31 ก.พ. 2566 และ 28 ก.พ. 2566", // the impossible one is skipped
      [{ date: { yearBE: 2566, month: 2, day: 28 }, text: "28 ก.พ. 2566", index: 17 }],
    ],
    [
      "18 ม.ค. 2566 18 ม.ค. 2566", // the same date twice
      [
        { date: { yearBE: 2566, month: 1, day: 18 }, text: "18 ม.ค. 2566", index: 0 },
        { date: { yearBE: 2566, month: 1, day: 18 }, text: "18 ม.ค. 2566", index: 13 },
      ],
    ],
  ])("%j", (text, expected) => {
    expect(findDatesInText(text)).toStrictEqual(expected);
  });
});

describe("findDatesInText: nothing to find", () => {
  it.each([
    [""],
    ["ไม่มีวันที่"],
    ["31 ก.พ. 2566"], // impossible
    ["29 ก.พ. 2566"], // 2023 is not a leap year
    ["๓๑ เม.ย. ๒๕๖๖"], // April has 30 days
    ["32 ม.ค. 2566"],
    ["0 ม.ค. 2566"],
    ["123 ม.ค. 2566"], // not a day: part of a longer number
    ["18 ม.ค."], // no year
    ["ม.ค. 2566"], // no day
    ["ตุลาคม 2565 - มีนาคม 2566"], // months only
    ["18 ม.ค. 256"], // three-digit year
    ["18 ม.ค. 25660"], // five-digit year
    ["18 ตุลา 2566"], // unknown month spelling
    ["18 January 2023"],
    ["18/01/2566"],
    ["2023-01-18"],
    ["1 ม.ค. ค.ศ. 2023"], // a Christian-era year is not read
    ["ไตรมาส 1 - 4"],
  ])("%j → []", (text) => {
    expect(findDatesInText(text)).toStrictEqual([]);
  });
});

describe("findYearsInText", () => {
  it.each<[string, { yearBE: number; index: number }[]]>([
    ["ในปีงบประมาณ พ.ศ. ๒๕๖๓ จะ…", [{ yearBE: 2563, index: 18 }]],
    ["ในปีงบประมาณ พ.ศ. 2563 จะ…", [{ yearBE: 2563, index: 18 }]],
    ["ปีงบประมาณ 2566", [{ yearBE: 2566, index: 11 }]],
    ["พ.ศ.2563.", [{ yearBE: 2563, index: 4 }]], // a full stop after the year is not a decimal
    [
      "ตุลาคม 2565 - มีนาคม 2566",
      [
        { yearBE: 2565, index: 7 },
        { yearBE: 2566, index: 21 },
      ],
    ], // month and year is not a full date
    [
      "ปี ๒๕๐๐ และ ๒๕๙๙",
      [
        { yearBE: 2500, index: 3 },
        { yearBE: 2599, index: 12 },
      ],
    ], // both ends of the span
    // years inside full dates are left to findDatesInText
    ["ประชุม 18 ม.ค. 2566 ในปีงบประมาณ 2566", [{ yearBE: 2566, index: 33 }]],
    ["๑๘ ม.ค. ๒๕๖๖", []],
    ["1 ต.ค.64", []],
    // not years
    ["", []],
    ["2499 และ 2600", []], // outside 2500–2599
    ["2023", []], // Christian era
    ["งบประมาณ 2,550 บาท", []], // an amount with a thousands separator
    ["12,2550", []],
    ["2550.50 บาท", []], // a decimal
    ["25660", []], // part of a longer number
    ["1256", []],
    ["ปี 66", []], // two digits are not a bare year
  ])("%j → %j", (text, expected) => {
    expect(findYearsInText(text)).toStrictEqual(expected);
  });
});
