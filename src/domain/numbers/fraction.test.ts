import { addFractions, fraction, scaleFraction, type Fraction } from "./fraction";

const f = (num: number, den: number): Fraction => ({ num, den });

describe("fraction", () => {
  it.each<[number, number, Fraction]>([
    [49_784, 5, f(49_784, 5)], // already lowest terms (IIT 2567 of seed 001)
    [4, 8, f(1, 2)], // reduced
    [28_121, 3, f(28_121, 3)],
    [18_714, 2, f(9_357, 1)], // OIT 2567: whole number
    [0, 5, f(0, 1)], // zero becomes 0/1
    [0, 1, f(0, 1)],
    [7, 1, f(7, 1)],
    [100, 100, f(1, 1)],
    [-6, 4, f(-3, 2)], // sign stays on the numerator
  ])("%d/%d → %j", (num, den, expected) => {
    expect(fraction(num, den)).toEqual(expected);
  });
});

describe("addFractions", () => {
  it.each<[Fraction, Fraction, Fraction]>([
    [f(1, 2), f(1, 3), f(5, 6)],
    [f(1, 2), f(1, 2), f(1, 1)], // reduced to a whole number
    [f(0, 1), f(3, 4), f(3, 4)], // zero is neutral
    [f(1, 6), f(1, 3), f(1, 2)],
    [f(3, 10), f(7, 10), f(1, 1)],
  ])("%j + %j → %j", (a, b, expected) => {
    expect(addFractions(a, b)).toEqual(expected);
    expect(addFractions(b, a)).toEqual(expected); // commutative
  });
});

describe("scaleFraction", () => {
  it.each<[Fraction, number, number, Fraction]>([
    [f(49_784, 5), 30, 100, f(74_676, 25)], // 30% of IIT 2567 of seed 001
    [f(9_357, 1), 40, 100, f(18_714, 5)], // 40% of OIT
    [f(1, 2), 2, 1, f(1, 1)],
    [f(3, 4), 0, 100, f(0, 1)], // weight 0
    [f(2, 3), 3, 2, f(1, 1)],
  ])("%j × %d/%d → %j", (a, num, den, expected) => {
    expect(scaleFraction(a, num, den)).toEqual(expected);
  });
});
