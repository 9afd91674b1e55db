import fc from "fast-check";
import { findDatesInText } from "../../src/domain/thai/findDates";
import { fiscalYearRange, quarterRange } from "../../src/domain/thai/fiscalYear";
import { parsePeriod } from "../../src/domain/thai/parsePeriod";
import { fromExcelSerial, parseThaiDate, toExcelSerial } from "../../src/domain/thai/parseThaiDate";
import { toThaiDigits } from "../../src/domain/thai/digits";
import {
  compareThaiDates,
  daysInMonth,
  formatThaiDate,
  THAI_MONTHS_ABBR,
  type MonthStyle,
  type ThaiDate,
} from "../../src/domain/thai/thaiDate";

/**
 * Dates as Thai documents write them, generated: every real calendar day of a wide range of
 * Buddhist-era years, full or abbreviated month names, Thai or Arabic digits. The parsers must
 * read back exactly what formatThaiDate writes, also inside free text and as period ends.
 */

/** Any real day of พ.ศ. 2443–2643 (ค.ศ. 1900–2100), leap days included. */
const thaiDate: fc.Arbitrary<ThaiDate> = fc
  .record({ yearBE: fc.integer({ min: 2443, max: 2643 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ yearBE, month }) =>
    fc.integer({ min: 1, max: daysInMonth(yearBE, month) }).map((day) => ({ yearBE, month, day })),
  );

/** Days of the years people write in ITA reports with a two-digit year ("1 ต.ค.64"). */
const recentDate = thaiDate.filter((d) => d.yearBE >= 2500 && d.yearBE <= 2599);

const monthStyle = fc.constantFrom<MonthStyle>("full", "abbr");
const digitStyle = fc.constantFrom("thai" as const, "arabic" as const);

/** Thai running text without digits (digits next to a date would change what it says). */
const thaiText = fc.string({
  unit: fc.constantFrom(..."กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะาิีุูเแโใไ่้๊๋็์ัำ ๆฯ,()\"'“”:"),
  maxLength: 40,
});

describe("parseThaiDate", () => {
  it("reads back every date formatThaiDate writes, in either month style and digit style", () => {
    fc.assert(
      fc.property(thaiDate, monthStyle, digitStyle, (date, month, digits) => {
        expect(parseThaiDate(formatThaiDate(date, month, digits))).toEqual(date);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a two-digit year as 25xx, with or without the space and the last dot", () => {
    fc.assert(
      fc.property(
        recentDate,
        digitStyle,
        fc.boolean(),
        fc.boolean(),
        (date, digits, space, lastDot) => {
          const abbr = THAI_MONTHS_ABBR[date.month - 1]!;
          const month = lastDot ? abbr : abbr.replace(/\.$/, "");
          const text = `${date.day} ${month}${space ? " " : ""}${String(date.yearBE).slice(2)}`;
          expect(parseThaiDate(digits === "thai" ? toThaiDigits(text) : text)).toEqual(date);
        },
      ),
    );
  });

  it("rejects a day past the end of its month", () => {
    const impossible = fc
      .record({
        yearBE: fc.integer({ min: 2443, max: 2643 }),
        month: fc.integer({ min: 1, max: 12 }),
      })
      .filter(({ yearBE, month }) => daysInMonth(yearBE, month) < 31)
      .chain(({ yearBE, month }) =>
        fc
          .integer({ min: daysInMonth(yearBE, month) + 1, max: 31 })
          .map((day) => ({ yearBE, month, day })),
      );
    fc.assert(
      fc.property(impossible, monthStyle, digitStyle, (date, month, digits) => {
        const text = formatThaiDate(date, month, digits);
        expect(parseThaiDate(text)).toBeNull();
        expect(findDatesInText(`วันที่ ${text}`)).toEqual([]);
      }),
    );
  });

  it("agrees with Excel's date serials both ways", () => {
    fc.assert(
      fc.property(
        thaiDate.filter((d) => d.yearBE >= 2444),
        (date) => {
          expect(fromExcelSerial(toExcelSerial(date))).toEqual(date);
        },
      ),
    );
  });
});

describe("findDatesInText", () => {
  it("finds a formatted date inside any Thai text, where it was put", () => {
    fc.assert(
      fc.property(
        thaiText,
        thaiDate,
        monthStyle,
        digitStyle,
        thaiText,
        (before, date, month, digits, after) => {
          const written = formatThaiDate(date, month, digits);
          const text = `${before}${written}${after}`;
          expect(findDatesInText(text)).toEqual([{ date, text: written, index: before.length }]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("finds two dates in text order", () => {
    fc.assert(
      fc.property(
        thaiDate,
        thaiDate,
        monthStyle,
        digitStyle,
        thaiText,
        (a, b, month, digits, between) => {
          const first = formatThaiDate(a, month, digits);
          const second = formatThaiDate(b, month, digits);
          const found = findDatesInText(`ประชุมเมื่อ ${first} ${between} และ ${second}`);
          expect(found.map((f) => f.date)).toEqual([a, b]);
        },
      ),
    );
  });
});

describe("parsePeriod", () => {
  const fiscalYear = fc.integer({ min: 2500, max: 2600 });
  const separator = fc.constantFrom(" - ", "-", " – ", "—", " ถึง ", " ถึงวันที่ ", " จนถึง ");

  it("reads a single formatted date as that one day, whatever the fiscal year", () => {
    fc.assert(
      fc.property(thaiDate, monthStyle, digitStyle, fiscalYear, (date, month, digits, fy) => {
        expect(parsePeriod(formatThaiDate(date, month, digits), fy)).toEqual({
          kind: "range",
          range: { start: date, end: date },
        });
      }),
    );
  });

  it("reads 'start – end' between two formatted dates, and refuses one that runs backwards", () => {
    fc.assert(
      fc.property(
        thaiDate,
        thaiDate,
        monthStyle,
        digitStyle,
        separator,
        fiscalYear,
        fc.boolean(),
        (a, b, month, digits, sep, fy, prefix) => {
          const text = `${prefix ? "ตั้งแต่วันที่ " : ""}${formatThaiDate(a, month, digits)}${sep}${formatThaiDate(b, month, digits)}`;
          const expected =
            compareThaiDates(a, b) <= 0
              ? { kind: "range", range: { start: a, end: b } }
              : { kind: "unparsed" };
          expect(parsePeriod(text, fy)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads 'ปีงบประมาณ พ.ศ. N' as that fiscal year, in either digits", () => {
    fc.assert(
      fc.property(fiscalYear, fiscalYear, digitStyle, fc.boolean(), (year, fy, digits, era) => {
        const text = `ปีงบประมาณ ${era ? "พ.ศ. " : ""}${year}`;
        expect(parsePeriod(digits === "thai" ? toThaiDigits(text) : text, fy)).toEqual({
          kind: "whole-year",
          range: fiscalYearRange(year),
        });
      }),
    );
  });

  it("reads 'ไตรมาส a - b' as the quarters a to b of the fiscal year", () => {
    const quarters = fc
      .tuple(fc.constantFrom(1, 2, 3, 4 as const), fc.constantFrom(1, 2, 3, 4 as const))
      .map(([x, y]) => (x <= y ? [x, y] : [y, x]) as [1 | 2 | 3 | 4, 1 | 2 | 3 | 4]);
    fc.assert(
      fc.property(quarters, fiscalYear, digitStyle, separator, ([a, b], fy, digits, sep) => {
        const text =
          a === b ? `ไตรมาสที่ ${a}` : `ไตรมาส ${a}${sep.includes("ถึงวันที่") ? " - " : sep}${b}`;
        const parsed = parsePeriod(digits === "thai" ? toThaiDigits(text) : text, fy);
        expect(parsed).toEqual({
          kind: "range",
          range: { start: quarterRange(fy, a).start, end: quarterRange(fy, b).end },
          quarters: Array.from({ length: b - a + 1 }, (_, i) => a + i),
        });
      }),
    );
  });
});
