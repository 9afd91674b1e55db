import fc from "fast-check";
import { parseScore } from "../../src/domain/numbers/parseScore";
import { findDatesInText, findYearsInText } from "../../src/domain/thai/findDates";
import { MAX_PERIOD_LENGTH, parsePeriod } from "../../src/domain/thai/parsePeriod";
import { parseThaiDate } from "../../src/domain/thai/parseThaiDate";
import { toArabicDigits } from "../../src/domain/thai/digits";
import { isValidThaiDate } from "../../src/domain/thai/thaiDate";
import { checkText } from "../../src/domain/issues/textChecks";
import { run, USER_TEXT_PARSERS } from "./userTextParsers";

/**
 * Every parser of user text gets strings of up to 100,000 characters made of its own alphabet:
 * long runs of one piece (what made the old patterns backtrack), and random mixtures. A parser
 * that is not linear takes minutes on these (the old date pattern was cubic in a run of spaces)
 * and fails on the time-out; `npm run bench` times the same inputs against a bound.
 */

const MAX = 100_000;

// The outer guard: a linear parser answers any of these in well under a second, even on a loaded
// machine; the old quadratic ones took 8–20 s and the cubic date pattern hours.
jest.setTimeout(15_000);

/** A string of up to MAX characters: pieces of the alphabet, each repeated up to 20,000 times. */
const longText = (alphabet: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...alphabet), fc.integer({ min: 1, max: 20_000 })), {
      minLength: 1,
      maxLength: 30,
    })
    .map((parts) =>
      parts
        .map(([piece, times]) => piece.repeat(times))
        .join("")
        .slice(0, MAX),
    );

const spaces = fc
  .array(fc.constantFrom(" ", "\t", "\u00a0", "\u200b", "\n"), { maxLength: 2 })
  .chain((kinds) => fc.integer({ min: 0, max: 40_000 }).map((n) => run(kinds.join("") || " ", n)));

describe.each(USER_TEXT_PARSERS)(
  "$name on text up to 100,000 characters",
  ({ parse, alphabet, worstCases }) => {
    it("returns on each input built to make a backtracking pattern slow", () => {
      for (const text of worstCases(MAX)) expect(() => parse(text)).not.toThrow();
    });

    it("returns on long mixtures of its own alphabet", () => {
      fc.assert(
        fc.property(longText(alphabet), (text) => {
          expect(() => parse(text)).not.toThrow();
        }),
        { numRuns: 15 },
      );
    });
  },
);

describe("what the parsers answer on long text", () => {
  it("a date padded with any run of spaces, outside or inside, is the same date", () => {
    fc.assert(
      fc.property(spaces, spaces, spaces, (before, inside, after) => {
        expect(parseThaiDate(`${before}30${inside || " "}กันยายน ${inside}๒๕๖๗${after}`)).toEqual({
          yearBE: 2567,
          month: 9,
          day: 30,
        });
      }),
      { numRuns: 20 },
    );
  });

  it("a score padded with spaces is read; a run of trailing zeros is not too many decimals", () => {
    expect(parseScore(`${run(" ", MAX)}98.5${run(" ", MAX)}`)).toEqual({ ok: true, value: 9850 });
    expect(parseScore(`98.5${run("0", MAX)}`)).toEqual({ ok: true, value: 9850 });
    expect(parseScore(`98.5${run("0", MAX)}1`)).toEqual({
      ok: false,
      problem: "too-many-decimals",
    });
  });

  it("a period is read through any spacing, and text longer than any period is not a period", () => {
    expect(parsePeriod(`ไตรมาส${run(" ", MAX)}1-2`, 2568)).toMatchObject({
      kind: "range",
      quarters: [1, 2],
    });
    expect(parsePeriod(`ต.ค. ${run("ปีงบประมาณ 2566 ", MAX)}`, 2568)).toEqual({ kind: "unparsed" });
    expect(parsePeriod(run("ก", MAX_PERIOD_LENGTH + 1), 2568)).toEqual({ kind: "unparsed" });
  });

  it("dates found in long text quote the original text at the index they give", () => {
    fc.assert(
      fc.property(
        longText([
          "1 ม.ค. 2566",
          " ",
          "  ",
          "\u200b",
          "ประชุม",
          "๑๘ มี.ค. ๒๕๖๗",
          "ต.ค.",
          "64",
          "2567",
        ]),
        (text) => {
          for (const found of findDatesInText(text)) {
            expect(text.slice(found.index, found.index + found.text.length)).toBe(found.text);
            expect(isValidThaiDate(found.date)).toBe(true);
          }
          const dates = findDatesInText(text);
          for (const year of findYearsInText(text)) {
            expect(Number(toArabicDigits(text.slice(year.index, year.index + 4)))).toBe(
              year.yearBE,
            );
            expect(
              dates.some((d) => year.index >= d.index && year.index < d.index + d.text.length),
            ).toBe(false);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it("a long run of one kind of digits is not mixed; one digit of the other kind makes it so", () => {
    expect(checkText(run("1", MAX)).map((p) => p.code)).toEqual(["text-too-long"]);
    expect(checkText(`${run("1", MAX)}๑`).map((p) => p.code)).toEqual([
      "text-too-long",
      "mixed-digits",
    ]);
  });
});
