/** An exact non-negative rational number num/den with integer parts (den > 0). */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x || 1;
}

/** Builds num/den in lowest terms. */
export function fraction(num: number, den: number): Fraction {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** a + b, exactly. */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a × (num/den), exactly. */
export function scaleFraction(a: Fraction, num: number, den: number): Fraction {
  return fraction(a.num * num, a.den * den);
}
