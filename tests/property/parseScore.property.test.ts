import fc from "fast-check";
import { formatHundredths } from "../../src/domain/numbers/hundredths";
import { parseScore, type ScoreProblem } from "../../src/domain/numbers/parseScore";
import { toThaiDigits } from "../../src/domain/thai/digits";

/**
 * parseScore reads what people type into a score cell. These properties generate that typing:
 * Thai or Arabic digits (mixed, even within one number), spaces anywhere (including the
 * no-break and zero-width spaces that pasted text brings), optional trailing zeros.
 */

/** A published score in hundredths: 0.00–100.00. */
const hundredths = fc.integer({ min: 0, max: 10_000 });

/** Whitespace people paste into cells. */
const space = fc.constantFrom(" ", "  ", "\t", "\u00a0", "\u200b", "\n");

/** Each digit written as Thai or Arabic, independently. */
const mixDigits = (text: string) =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((thai) => [...text].map((ch, i) => (thai[i] ? toThaiDigits(ch) : ch)).join(""));

/** Inserts whitespace at random places (before, inside and after). */
const withSpaces = (text: string) =>
  fc
    .array(fc.option(space, { freq: 3 }), {
      minLength: text.length + 1,
      maxLength: text.length + 1,
    })
    .map((gaps) => gaps.map((gap, i) => `${gap ?? ""}${text[i] ?? ""}`).join(""));

/** The ways a score with at most two decimals can be written: 98.5 as "98.5", "98.50", "098.5". */
function spellings(h: number): fc.Arbitrary<string> {
  const whole = String(Math.floor(h / 100));
  const cents = String(h % 100).padStart(2, "0");
  const decimals = [
    `.${cents}`,
    `.${cents}0`,
    ...(cents.endsWith("0") ? [`.${cents[0]}`] : []),
    ...(cents === "00" ? ["", "."] : []),
  ];
  return fc
    .tuple(fc.constantFrom(...decimals), fc.integer({ min: 0, max: 2 }))
    .map(([d, zeros]) => `${"0".repeat(zeros)}${whole}${d}`);
}

const typedScore = hundredths.chain((h) =>
  spellings(h)
    .chain(mixDigits)
    .chain(withSpaces)
    .map((text) => ({ h, text })),
);

describe("parseScore on typed text", () => {
  it("reads any score 0–100 with at most two decimals back exactly, in any digits and spacing", () => {
    fc.assert(
      fc.property(typedScore, ({ h, text }) => {
        expect(parseScore(text)).toEqual({ ok: true, value: h });
      }),
      { numRuns: 500 },
    );
  });

  it("reads formatHundredths' output in both digit styles", () => {
    fc.assert(
      fc.property(hundredths, fc.constantFrom("thai" as const, "arabic" as const), (h, digits) => {
        expect(parseScore(formatHundredths(h, digits))).toEqual({ ok: true, value: h });
      }),
    );
  });

  it("always rejects a decimal comma, whatever the digits and spacing", () => {
    const commaNumber = fc
      .tuple(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 1, max: 3 }),
      )
      .map(([whole, frac, width]) => `${whole},${String(frac).padStart(width, "0").slice(-width)}`)
      .chain(mixDigits)
      .chain(withSpaces);
    fc.assert(
      fc.property(commaNumber, (text) => {
        expect(parseScore(text)).toEqual({ ok: false, problem: "decimal-comma" });
      }),
    );
  });

  it("rejects three or more significant decimals as too many, never rounds them", () => {
    const text = fc
      .tuple(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 2 }),
      )
      .map(
        ([whole, last, cents, extra]) =>
          `${whole}.${String(cents).padStart(2, "0")}${last}${"0".repeat(extra)}`,
      )
      .chain(mixDigits)
      .chain(withSpaces);
    fc.assert(
      fc.property(text, (t) => {
        expect(parseScore(t)).toEqual({ ok: false, problem: "too-many-decimals" });
      }),
    );
  });

  it("rejects scores above 100 and below 0 as out of range", () => {
    const outside = fc.oneof(
      fc.integer({ min: 10_001, max: 1_000_000 }),
      fc.integer({ min: -1_000_000, max: -1 }),
    );
    fc.assert(
      fc.property(outside, fc.constantFrom("thai" as const, "arabic" as const), (h, digits) => {
        expect(parseScore(formatHundredths(h, digits))).toEqual({
          ok: false,
          problem: "out-of-range",
        });
        expect(parseScore(h / 100)).toEqual({ ok: false, problem: "out-of-range" });
      }),
    );
  });

  it("never throws on any text, and whatever it accepts is a whole number of hundredths in 0–10000", () => {
    const problems: readonly ScoreProblem[] = [
      "empty",
      "not-a-number",
      "decimal-comma",
      "too-many-decimals",
      "out-of-range",
      "cell-error",
    ];
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(..."0123456789๐๑๒๓๔๕๖๗๘๙.,-+ eE\u00a0") }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseScore(text);
        if (parsed.ok) {
          expect(Number.isInteger(parsed.value)).toBe(true);
          expect(parsed.value).toBeGreaterThanOrEqual(0);
          expect(parsed.value).toBeLessThanOrEqual(10_000);
          // Whatever was accepted reads the same once written out properly. (`+ 0` folds the −0
          // that "-0" gives today; see the known-bug test below.)
          expect(parseScore(formatHundredths(parsed.value, "thai"))).toEqual({
            ok: true,
            value: parsed.value + 0,
          });
        } else expect(problems).toContain(parsed.problem);
      }),
      { numRuns: 1000 },
    );
  });

  // Found by the property above: "-0" used to be accepted as a score of −0.
  it.each(["-0", "-0.00", "- ๐"])("%j is not accepted as a score of minus zero", (text) => {
    const parsed = parseScore(text);
    expect(parsed.ok && Object.is(parsed.value, -0)).toBe(false);
  });
});
