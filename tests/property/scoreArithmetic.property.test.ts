import fc from "fast-check";
import { BUILT_IN_FRAMEWORKS as FRAMEWORKS } from "../../src/domain/framework/builtInFrameworks";
import type { IndicatorNumber } from "../../src/domain/framework/indicators";
import { indicatorsOf } from "../../src/domain/framework/itaFramework";
import { levelOf } from "../../src/domain/framework/levels";
import { computeScoreChange } from "../../src/domain/scoring/scoreChange";
import { computeYearResult } from "../../src/domain/scoring/yearResult";

/**
 * What src/domain/scoring/scoreArithmetic.property.test.ts does not yet cover: the overall score
 * against an independent exact computation, monotonicity, and the level bands' order.
 */

const score = fc.integer({ min: 0, max: 10_000 });
const framework = fc.constantFrom(...FRAMEWORKS);
const tenScores = fc.array(score, { minLength: 10, maxLength: 10 });
// The built-in frames all number ten indicators 1–10.
const scoresMap = (values: readonly number[]) =>
  new Map<IndicatorNumber, number>(values.map((v, i) => [i + 1, v]));

/** floor(num/den + 1/2) in BigInt: the NACC's half-up rounding, with no floating point at all. */
const halfUp = (num: bigint, den: bigint): bigint => (2n * num + den) / (2n * den);

describe("score arithmetic, beyond the core's own properties", () => {
  it("the overall score is Σ weight × instrument mean, rounded half up once, exactly", () => {
    fc.assert(
      fc.property(framework, tenScores, (fw, values) => {
        const scores = scoresMap(values);
        // Over a common denominator: Σ w·sum_i/n_i / 100 = Σ w·sum_i·(L/n_i) / (100·L).
        const sizes = fw.instruments.map((inst) => BigInt(indicatorsOf(fw, inst.code).length));
        const lcm = sizes.reduce((a, b) => (a * b) / gcd(a, b), 1n);
        const num = fw.instruments.reduce((acc, inst, i) => {
          const sum = indicatorsOf(fw, inst.code).reduce(
            (s, ind) => s + BigInt(scores.get(ind.number)!),
            0n,
          );
          return acc + BigInt(inst.weightPercent) * sum * (lcm / sizes[i]!);
        }, 0n);
        expect(BigInt(computeYearResult(fw, scores).overall)).toBe(halfUp(num, 100n * lcm));
      }),
    );
  });

  it("raising one indicator never lowers the overall score, an instrument or the level", () => {
    fc.assert(
      fc.property(
        framework,
        tenScores,
        fc.integer({ min: 0, max: 9 }),
        score,
        (fw, values, i, raised) => {
          const higher = [...values];
          higher[i] = Math.max(values[i]!, raised);
          const before = computeYearResult(fw, scoresMap(values));
          const after = computeYearResult(fw, scoresMap(higher));
          expect(after.overall).toBeGreaterThanOrEqual(before.overall);
          after.instruments.forEach((inst, k) =>
            expect(inst.score).toBeGreaterThanOrEqual(before.instruments[k]!.score),
          );
          const rank = (level: string) => fw.levelScheme.bands.findIndex((b) => b.level === level);
          expect(rank(after.level)).toBeLessThanOrEqual(rank(before.level)); // bands are listed best first
        },
      ),
    );
  });

  it("every level is reachable only from its band's minimum up", () => {
    fc.assert(
      fc.property(
        framework,
        score,
        fc.array(score, { minLength: 3, maxLength: 3 }),
        (fw, overall, instruments) => {
          const level = levelOf(fw.levelScheme, overall, instruments);
          const band = fw.levelScheme.bands.find((b) => b.level === level)!;
          expect(overall).toBeGreaterThanOrEqual(band.minOverall);
          if (band.minEachInstrument !== undefined)
            for (const s of instruments) expect(s).toBeGreaterThanOrEqual(band.minEachInstrument);
        },
      ),
    );
  });

  it("a change is exactly current − previous, and chains: (a→b) + (b→c) = (a→c)", () => {
    fc.assert(
      fc.property(score, score, score, (a, b, c) => {
        expect(computeScoreChange(a, b).delta).toBe(b - a);
        expect(computeScoreChange(a, b).delta + computeScoreChange(b, c).delta).toBe(
          computeScoreChange(a, c).delta,
        );
      }),
    );
  });
});

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}
