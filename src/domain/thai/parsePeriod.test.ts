import { toThaiDigits } from "./digits";
import { parsePeriod } from "./parsePeriod";
import type { ThaiDate } from "./thaiDate";

/** Every row once as written and once with its digits turned into Thai digits. */
function inBothDigitStyles<R extends [string, ...unknown[]]>(rows: readonly R[]): R[] {
  const out: R[] = [];
  for (const row of rows) {
    out.push(row);
    const thai = toThaiDigits(row[0]);
    if (thai !== row[0]) out.push([thai, ...row.slice(1)] as R);
  }
  return out;
}

describe("parsePeriod: date and month ranges", () => {
  it.each(
    inBothDigitStyles<[string, number, ThaiDate, ThaiDate]>([
      // day month year – day month year
      [
        "1 ต.ค.64 - 31 มี.ค.65",
        2565,
        { yearBE: 2564, month: 10, day: 1 },
        { yearBE: 2565, month: 3, day: 31 },
      ], // 2-digit years
      [
        "๑ ต.ค. ๒๕๖๕ – ๓๑ มี.ค. ๒๕๖๖",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // Thai digits, en dash
      [
        "1 ต.ค. 2565 – 31 มี.ค. 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "1 ต.ค. 2565 — 31 มี.ค. 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // em dash
      [
        "1 ต.ค. 2565 − 31 มี.ค. 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // minus sign
      [
        "1 ต.ค. 2565 ถึง 31 มี.ค. 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "1 ต.ค. 2565 จนถึง 31 มี.ค. 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "  1  ต.ค.  2565   -   31  มี.ค.  2566  ",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // extra spaces
      [
        "1ต.ค.2565-31มี.ค.2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // no spaces
      [
        "1\u00a0ต.ค.\u200b65\u00a0-\u00a031\u00a0มี.ค.\u200b66",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // no-break and zero-width spaces
      [
        "1 ตุลาคม 2565 - 31 มีนาคม 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // full month names
      [
        "1 ต.ค. พ.ศ. 2565 - 31 มี.ค. พ.ศ. 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // with พ.ศ.
      [
        "1 ตค 65 - 31 มีค 66",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // abbreviations without dots
      [
        "ตั้งแต่วันที่ 1 ตุลาคม 2565 ถึงวันที่ 31 มีนาคม 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ระหว่างวันที่ 1 ต.ค. 65 - 31 มี.ค. 66",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "(1 ต.ค. 65 - 31 มี.ค. 66)",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // in brackets
      [
        "1 ต.ค. 65 - 31 มี.ค. 66",
        2570,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // written years win over the fiscal year
      // one end without a year borrows it from the other
      [
        "1 ต.ค. - 31 มี.ค. 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // wraps back past December
      [
        "1 ม.ค. - 31 มี.ค. 2567",
        2566,
        { yearBE: 2567, month: 1, day: 1 },
        { yearBE: 2567, month: 3, day: 31 },
      ], // same year
      [
        "1 ต.ค. 2565 - 31 มี.ค.",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // wraps forward
      [
        "1 - 31 ต.ค. 2565",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2565, month: 10, day: 31 },
      ], // bare start day
      [
        "1-15 ม.ค. 66",
        2566,
        { yearBE: 2566, month: 1, day: 1 },
        { yearBE: 2566, month: 1, day: 15 },
      ],
      [
        "1 ต.ค. 65 - มี.ค. 66",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ], // date to month
      // a single date is a range of that day
      [
        "18 ม.ค.2566",
        2566,
        { yearBE: 2566, month: 1, day: 18 },
        { yearBE: 2566, month: 1, day: 18 },
      ],
      [
        "๑๘ ม.ค. ๒๕๖๖",
        2566,
        { yearBE: 2566, month: 1, day: 18 },
        { yearBE: 2566, month: 1, day: 18 },
      ],
      [
        "วันที่ 6 มกราคม 2566",
        2566,
        { yearBE: 2566, month: 1, day: 6 },
        { yearBE: 2566, month: 1, day: 6 },
      ],
      [
        "29 ก.พ. 2567",
        2567,
        { yearBE: 2567, month: 2, day: 29 },
        { yearBE: 2567, month: 2, day: 29 },
      ], // leap day
      ["18 ม.ค.", 2566, { yearBE: 2566, month: 1, day: 18 }, { yearBE: 2566, month: 1, day: 18 }], // no year: the fiscal year's January
      // month ranges run from the first of the first month to the last of the last
      [
        "ตุลาคม ๒๕๖๕ - มีนาคม ๒๕๖๖",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ตุลาคม 2565 - มีนาคม 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "เดือนตุลาคม 2565 - มีนาคม 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "เดือน ตุลาคม 2565 ถึง เดือน มีนาคม 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ต.ค. 65 – มี.ค. 66",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ต.ค.65-มี.ค.66",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ต.ค. พ.ศ. 2565 - มี.ค. พ.ศ. 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ระหว่างเดือน ต.ค. 2565 - ก.ย. 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ], // a whole year written as months stays a range
      [
        "เม.ย. 66 - มิ.ย. 66",
        2566,
        { yearBE: 2566, month: 4, day: 1 },
        { yearBE: 2566, month: 6, day: 30 },
      ],
      [
        "ต.ค. - มี.ค. 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ตุลาคม - ธันวาคม 2565",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2565, month: 12, day: 31 },
      ],
      [
        "ต.ค. 2565 - มี.ค.",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      // a single month is that month
      [
        "ตุลาคม 2565",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2565, month: 10, day: 31 },
      ],
      [
        "กุมภาพันธ์ 2567",
        2567,
        { yearBE: 2567, month: 2, day: 1 },
        { yearBE: 2567, month: 2, day: 29 },
      ], // leap February
      ["ก.พ. 66", 2566, { yearBE: 2566, month: 2, day: 1 }, { yearBE: 2566, month: 2, day: 28 }],
      [
        "กรกฏาคม 2566",
        2566,
        { yearBE: 2566, month: 7, day: 1 },
        { yearBE: 2566, month: 7, day: 31 },
      ], // common misspelling ฏ for ฎ
      // no year anywhere: Oct–Dec belong to fiscalYearBE − 1, Jan–Sep to fiscalYearBE
      [
        "ต.ค. – มี.ค.",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ตุลาคม - มีนาคม",
        2567,
        { yearBE: 2566, month: 10, day: 1 },
        { yearBE: 2567, month: 3, day: 31 },
      ],
      [
        "เม.ย. – ก.ย.",
        2566,
        { yearBE: 2566, month: 4, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
      [
        "ต.ค. - ธ.ค.",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2565, month: 12, day: 31 },
      ],
      ["ธันวาคม", 2566, { yearBE: 2565, month: 12, day: 1 }, { yearBE: 2565, month: 12, day: 31 }],
      ["ก.พ.", 2567, { yearBE: 2567, month: 2, day: 1 }, { yearBE: 2567, month: 2, day: 29 }],
      // a trailing fiscal year sets the year the months without one belong to
      [
        "ต.ค. - มี.ค. ปีงบประมาณ 2567",
        2566,
        { yearBE: 2566, month: 10, day: 1 },
        { yearBE: 2567, month: 3, day: 31 },
      ],
      [
        "ต.ค. – มี.ค. (ปีงบประมาณ พ.ศ. ๒๕๖๗)",
        2566,
        { yearBE: 2566, month: 10, day: 1 },
        { yearBE: 2567, month: 3, day: 31 },
      ],
      [
        "ต.ค. – มี.ค. ของปีงบประมาณ 67",
        2566,
        { yearBE: 2566, month: 10, day: 1 },
        { yearBE: 2567, month: 3, day: 31 },
      ],
      // a bracketed gloss that agrees
      [
        "1 ต.ค. 65 - 31 มี.ค. 66 (รอบ 6 เดือน)",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
    ]),
  )("%j (fiscal year %d) → range %j – %j", (text, fiscalYearBE, start, end) => {
    expect(parsePeriod(text, fiscalYearBE)).toStrictEqual({ kind: "range", range: { start, end } });
  });
});

describe("parsePeriod: six-month round", () => {
  it.each(
    inBothDigitStyles<[string, number, ThaiDate, ThaiDate]>([
      [
        "รอบ 6 เดือน",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "รอบ ๖ เดือน",
        2567,
        { yearBE: 2566, month: 10, day: 1 },
        { yearBE: 2567, month: 3, day: 31 },
      ],
      [
        "รอบ ๖ เดือน (ต.ค.–มี.ค.)",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "รอบ 6 เดือน ( ต.ค. - มี.ค. )",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "รอบ 6 เดือน (1 ต.ค. 65 - 31 มี.ค. 66)",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "รอบ 6 เดือน (ไตรมาส 1-2)",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      ["รอบ6เดือน", 2566, { yearBE: 2565, month: 10, day: 1 }, { yearBE: 2566, month: 3, day: 31 }],
      [
        "รอบ 6 เดือนแรก",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      ["6 เดือนแรก", 2566, { yearBE: 2565, month: 10, day: 1 }, { yearBE: 2566, month: 3, day: 31 }],
      [
        "รอบ 6 เดือน ปีงบประมาณ 2567",
        2566,
        { yearBE: 2566, month: 10, day: 1 },
        { yearBE: 2567, month: 3, day: 31 },
      ],
    ]),
  )("%j (fiscal year %d) → range %j – %j", (text, fiscalYearBE, start, end) => {
    expect(parsePeriod(text, fiscalYearBE)).toStrictEqual({ kind: "range", range: { start, end } });
  });
});

describe("parsePeriod: quarters of the fiscal year", () => {
  it.each(
    inBothDigitStyles<[string, number, readonly number[], ThaiDate, ThaiDate]>([
      [
        "ไตรมาส ๑ - ๔",
        2566,
        [1, 2, 3, 4],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
      [
        "ไตรมาส 1-4",
        2566,
        [1, 2, 3, 4],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
      [
        "ไตรมาส 1-2",
        2566,
        [1, 2],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ไตรมาส 1 – 2",
        2566,
        [1, 2],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ไตรมาสที่ 3",
        2566,
        [3],
        { yearBE: 2566, month: 4, day: 1 },
        { yearBE: 2566, month: 6, day: 30 },
      ],
      [
        "ไตรมาสที่3",
        2566,
        [3],
        { yearBE: 2566, month: 4, day: 1 },
        { yearBE: 2566, month: 6, day: 30 },
      ],
      [
        "ไตรมาส ที่ 3",
        2566,
        [3],
        { yearBE: 2566, month: 4, day: 1 },
        { yearBE: 2566, month: 6, day: 30 },
      ],
      [
        "ไตรมาส 1",
        2566,
        [1],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2565, month: 12, day: 31 },
      ], // Q1 is in fiscalYearBE − 1
      [
        "ไตรมาส 4",
        2567,
        [4],
        { yearBE: 2567, month: 7, day: 1 },
        { yearBE: 2567, month: 9, day: 30 },
      ],
      [
        "ไตรมาส 1,2",
        2566,
        [1, 2],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ไตรมาส 1, 2, 3",
        2566,
        [1, 2, 3],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 6, day: 30 },
      ],
      [
        "ไตรมาสที่ 1 และ 2",
        2566,
        [1, 2],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ไตรมาส 2 ถึง 3",
        2566,
        [2, 3],
        { yearBE: 2566, month: 1, day: 1 },
        { yearBE: 2566, month: 6, day: 30 },
      ],
      [
        "ไตรมาสที่ 1 - ไตรมาสที่ 2",
        2566,
        [1, 2],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
      [
        "ไตรมาส 1,3",
        2566,
        [1, 3],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 6, day: 30 },
      ], // the span covers the gap
      [
        "ไตรมาส 3,1",
        2566,
        [1, 3],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 6, day: 30 },
      ], // listed out of order
      [
        "ไตรมาส 1, 1",
        2566,
        [1],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2565, month: 12, day: 31 },
      ], // repeated
      [
        "ไตรมาส 1-2, 4",
        2566,
        [1, 2, 4],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
      [
        "ไตรมาส 1 ปีงบประมาณ 2567",
        2566,
        [1],
        { yearBE: 2566, month: 10, day: 1 },
        { yearBE: 2566, month: 12, day: 31 },
      ],
      [
        "ไตรมาส 1-2 (ต.ค. 65 - มี.ค. 66)",
        2566,
        [1, 2],
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 3, day: 31 },
      ],
    ]),
  )("%j (fiscal year %d) → quarters %j, %j – %j", (text, fiscalYearBE, quarters, start, end) => {
    expect(parsePeriod(text, fiscalYearBE)).toStrictEqual({
      kind: "range",
      range: { start, end },
      quarters,
    });
  });
});

describe("parsePeriod: whole fiscal year", () => {
  it.each(
    inBothDigitStyles<[string, number, ThaiDate, ThaiDate]>([
      [
        "ปีงบประมาณ พ.ศ. ๒๕๖๖",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
      [
        "ปีงบประมาณ 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
      [
        "ปีงบประมาณ พ.ศ.2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
      [
        "ปีงบประมาณ 66",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
      [
        "ปีงบประมาณ 2565",
        2566,
        { yearBE: 2564, month: 10, day: 1 },
        { yearBE: 2565, month: 9, day: 30 },
      ], // the year written wins
      [
        "ประจำปีงบประมาณ 2566",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
      [
        "ตลอดปีงบประมาณ พ.ศ. 2567",
        2567,
        { yearBE: 2566, month: 10, day: 1 },
        { yearBE: 2567, month: 9, day: 30 },
      ],
      [
        "ตลอดปีงบประมาณ",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
      [
        "ตลอดปีงบประมาณ",
        2567,
        { yearBE: 2566, month: 10, day: 1 },
        { yearBE: 2567, month: 9, day: 30 },
      ],
      ["ปีงบประมาณ", 2566, { yearBE: 2565, month: 10, day: 1 }, { yearBE: 2566, month: 9, day: 30 }],
      ["ตลอดปี", 2566, { yearBE: 2565, month: 10, day: 1 }, { yearBE: 2566, month: 9, day: 30 }],
      ["ตลอดทั้งปี", 2566, { yearBE: 2565, month: 10, day: 1 }, { yearBE: 2566, month: 9, day: 30 }],
      ["ทั้งปี", 2566, { yearBE: 2565, month: 10, day: 1 }, { yearBE: 2566, month: 9, day: 30 }],
      [
        "ตลอดปี ปีงบประมาณ 2567",
        2566,
        { yearBE: 2566, month: 10, day: 1 },
        { yearBE: 2567, month: 9, day: 30 },
      ],
      [
        "รอบ 12 เดือน",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
      [
        "ตลอดปีงบประมาณ (ต.ค. 65 - ก.ย. 66)",
        2566,
        { yearBE: 2565, month: 10, day: 1 },
        { yearBE: 2566, month: 9, day: 30 },
      ],
    ]),
  )("%j (fiscal year %d) → whole year %j – %j", (text, fiscalYearBE, start, end) => {
    expect(parsePeriod(text, fiscalYearBE)).toStrictEqual({
      kind: "whole-year",
      range: { start, end },
    });
  });
});

describe("parsePeriod: unparsed", () => {
  it.each(
    inBothDigitStyles<[string]>([
      [""],
      ["   "],
      ["-"],
      ["ไม่ระบุ"],
      // quarters outside 1–4, or backwards
      ["ไตรมาส 5"],
      ["ไตรมาส 0"],
      ["ไตรมาส 1-5"],
      ["ไตรมาส 3-1"],
      ["ไตรมาส 12"],
      ["ไตรมาส"],
      ["ไตรมาส 1,"],
      // impossible dates
      ["32 ม.ค. 2566"],
      ["31 ก.พ. 2566"],
      ["29 ก.พ. 2566"], // 2023 is not a leap year
      ["0 ม.ค. 2566"],
      ["31 เม.ย. 66"],
      ["1 ต.ค. 65 - 31 ก.ย. 66"],
      ["123 มกราคม 2566"],
      // ranges that end before they start
      ["31 มี.ค. 66 - 1 ต.ค. 65"],
      ["มี.ค. 2566 - ต.ค. 2565"],
      ["15 ต.ค. - 1 ต.ค. 65"],
      ["ม.ค. - ธ.ค."], // no years: Jan of the fiscal year is after its Dec
      // broken or unknown shapes
      ["1 ต.ค. 256"], // three-digit year
      ["1 ต.ค. 25650"], // five-digit year
      ["1 ต.ค. 65 -"],
      ["- 31 มี.ค. 66"],
      ["1 ต.ค. 65 - 31 มี.ค. 66 - 30 ก.ย. 66"], // three ends
      ["1 ต.ค. 65 - 15"], // a bare day cannot end a range
      ["1 - ต.ค. 65"], // a bare start day needs a full end date
      ["15"],
      ["1-2"],
      ["2566"],
      ["ปี 2566"],
      ["ปีงบประมาณ 256"],
      ["ตุลา 2565"], // unknown month spelling
      ["October 2022"],
      ["01/10/2565 - 31/03/2566"],
      ["ต.ค. 65 และ มี.ค. 66"],
      ["ภายในเดือนมีนาคม 2566"],
      ["รอบ 3 เดือน"],
      ["6 เดือน"],
      // a gloss that contradicts, or cannot be read
      ["รอบ 6 เดือน (เม.ย.–ก.ย.)"],
      ["รอบ 6 เดือน (ตามแผน)"],
      ["ไตรมาส 1 (ม.ค. - มี.ค. 66)"],
      ["ตลอดปีงบประมาณ (ต.ค. - มี.ค.)"],
    ]),
  )("%j → unparsed", (text) => {
    expect(parsePeriod(text, 2566)).toStrictEqual({ kind: "unparsed" });
  });
});
