import fc from "fast-check";
import { frameworkFor } from "../framework/frameworkSet";
import type { IndicatorNumber } from "../framework/indicators";
import { BUILT_IN_FRAMEWORKS as FRAMEWORKS } from "../framework/builtInFrameworks";
import { toArabicDigits } from "../thai/digits";
import { formatHundredths, roundHalfUp } from "../numbers/hundredths";
import { parseScore } from "../numbers/parseScore";
import { changeText, computeScoreChange } from "./scoreChange";
import { computeYearResult } from "./yearResult";

const INDICATOR_NUMBERS: readonly IndicatorNumber[] = frameworkFor(2567)!.indicators.map(
  (i) => i.number,
);

/** A published score in hundredths: 0.00–100.00. */
const score = fc.integer({ min: 0, max: 10_000 });
const digits = fc.constantFrom("thai" as const, "arabic" as const);

describe("score arithmetic properties", () => {
  it("computeScoreChange is antisymmetric: delta(a, b) = −delta(b, a)", () => {
    fc.assert(
      fc.property(score, score, (a, b) => {
        const there = computeScoreChange(a, b);
        const back = computeScoreChange(b, a);
        expect(there.delta).toBe(-back.delta || 0);
        expect(Number.isInteger(there.delta)).toBe(true);
        expect(there.trend === "same").toBe(back.trend === "same");
        if (there.trend !== "same") expect(there.trend).not.toBe(back.trend);
      }),
    );
  });

  it("changeText has no float noise and round-trips through toArabicDigits", () => {
    fc.assert(
      fc.property(score, score, digits, (a, b, style) => {
        const change = computeScoreChange(a, b);
        const text = changeText(change, style);
        const arabic = toArabicDigits(text);
        if (change.trend === "same") {
          expect(text).toBe("เท่าเดิม");
          return;
        }
        // A word, one space, and a number with exactly two decimals.
        const m = /^(เพิ่มขึ้น|ลดลง) (\d+)\.(\d{2})$/.exec(arabic);
        expect(m).not.toBeNull();
        expect(m![1]).toBe(change.trend === "up" ? "เพิ่มขึ้น" : "ลดลง");
        expect(Number(m![2]) * 100 + Number(m![3])).toBe(Math.abs(change.delta));
        expect(arabic).toBe(changeText(change, "arabic"));
        if (style === "thai") expect(text).not.toMatch(/[0-9]/);
      }),
    );
  });

  it("formatHundredths(h) parses back to h with parseScore", () => {
    fc.assert(
      fc.property(score, digits, (h, style) => {
        expect(parseScore(formatHundredths(h, style))).toEqual({ ok: true, value: h });
      }),
    );
  });

  it("parseScore reads any number with at most two decimals in 0–100 exactly", () => {
    fc.assert(
      fc.property(score, (h) => {
        expect(parseScore(h / 100)).toEqual({ ok: true, value: h });
        expect(parseScore(String(h / 100))).toEqual({ ok: true, value: h });
      }),
    );
  });

  it("parseScore rejects any three-decimal number that is not a two-decimal one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }).filter((t) => t % 10 !== 0),
        (t) => {
          expect(parseScore(t / 1000)).toEqual({ ok: false, problem: "too-many-decimals" });
          expect(parseScore((t / 1000).toFixed(3))).toEqual({
            ok: false,
            problem: "too-many-decimals",
          });
        },
      ),
    );
  });

  it("roundHalfUp(num, den) = floor(num/den + 1/2), checked in exact BigInt arithmetic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (num, den) => {
          const n = BigInt(num);
          const d = BigInt(den);
          // floor((2·num + den) / (2·den)); BigInt division truncates, which is floor for ≥ 0.
          const exact = (2n * n + d) / (2n * d);
          expect(roundHalfUp(num, den)).toBe(Number(exact));
          expect(roundHalfUp(-num, den) + 0).toBe(-Number(exact) + 0); // halves away from zero (`+ 0` folds −0)
        },
      ),
    );
  });

  it("computeYearResult's overall lies in 0–10000, between the lowest and highest indicator", () => {
    const framework = fc.constantFrom(...FRAMEWORKS);
    const scores = fc.array(score, { minLength: 10, maxLength: 10 });
    fc.assert(
      fc.property(framework, scores, (fw, values) => {
        const map = new Map<IndicatorNumber, number>(
          INDICATOR_NUMBERS.map((n, i) => [n, values[i]!]),
        );
        const result = computeYearResult(fw, map);
        expect(Number.isInteger(result.overall)).toBe(true);
        expect(result.overall).toBeGreaterThanOrEqual(0);
        expect(result.overall).toBeLessThanOrEqual(10_000);
        expect(result.overall).toBeGreaterThanOrEqual(Math.min(...values));
        expect(result.overall).toBeLessThanOrEqual(Math.max(...values));
        for (const inst of result.instruments) {
          expect(inst.score).toBeGreaterThanOrEqual(Math.min(...values));
          expect(inst.score).toBeLessThanOrEqual(Math.max(...values));
        }
      }),
    );
  });

  it("computeYearResult of ten equal scores is that score everywhere", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FRAMEWORKS), score, (fw, s) => {
        const result = computeYearResult(fw, new Map(INDICATOR_NUMBERS.map((n) => [n, s])));
        expect(result.overall).toBe(s);
        expect(result.instruments.map((i) => i.score)).toEqual([s, s, s]);
      }),
    );
  });
});
