import fc from "fast-check";
import { checkText } from "../issues/textChecks";
import { findDatesInText, findYearsInText } from "../thai/findDates";
import { parsePeriod } from "../thai/parsePeriod";
import { isHttpUrl } from "./httpLink";
import { squashSpace } from "./measureRule";
import {
  checkTextOnce,
  findDatesOnce,
  findYearsOnce,
  isHttpUrlOnce,
  parsePeriodOnce,
  squashSpaceOnce,
} from "./memoChecks";

/** Texts like a measure's fields: Thai words, both kinds of digits, dates, periods, links, spaces. */
const PIECES = [
  "ต.ค. 2567",
  "๑ ตุลาคม ๒๕๖๗",
  "30 ก.ย. 2568",
  "ไตรมาส 1-2",
  "ตลอดปี",
  "https://a.go.th/x",
  "ไม่มี",
  "  ",
  "\n",
  "๒๕๖5",
  "ร",
  "र",
  "2569",
  "ปี",
  "\u0001",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(" "));

describe("the remembered text checks", () => {
  it("give exactly what the checks give, however often and in whatever order they are asked", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.integer({ min: 2560, max: 2575 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (asks) => {
          for (const [t, year] of [...asks, ...asks.slice().reverse()]) {
            expect(checkTextOnce(t)).toEqual(checkText(t));
            expect(findDatesOnce(t)).toEqual(findDatesInText(t));
            expect(findYearsOnce(t)).toEqual(findYearsInText(t));
            expect(isHttpUrlOnce(t)).toBe(isHttpUrl(t));
            expect(squashSpaceOnce(t)).toBe(squashSpace(t));
            // The same period in another fiscal year is another answer.
            expect(parsePeriodOnce(t, year)).toEqual(parsePeriod(t, year));
            expect(parsePeriodOnce(t, year + 1)).toEqual(parsePeriod(t, year + 1));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
