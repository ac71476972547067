import { describe, expect, it } from 'vitest';
import { clamp, exp, ln, mulDiv, powReal, roundMoney, smallInteger } from '../../src/engine/math';

// The series as first written, every term summed: ln and exp stop once a term no longer
// changes the sum, and must give the same bits (a state hash depends on them).
const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;
function lnAllTerms(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let m = x;
  let k = 0;
  while (m >= SQRT2) { m /= 2; k += 1; }
  while (m < SQRT2 / 2) { m *= 2; k -= 1; }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = 0;
  for (let n = 1; n <= 25; n += 2) { sum += term / n; term *= s2; }
  return 2 * sum + k * LN2;
}
function expAllTerms(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709) return Infinity;
  if (x < -745) return 0;
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 22; n += 1) { term = (term * r) / n; sum += term; }
  let p = 1;
  let base = k >= 0 ? 2 : 0.5;
  for (let n = Math.abs(k); n > 0; n >>>= 1) { if (n & 1) p *= base; base *= base; }
  return sum * p;
}

describe('deterministic math', () => {
  it('ln and exp agree with the built-ins to 1e-14 relative over a wide grid', () => {
    for (let i = -300; i <= 300; i += 1) {
      const x = 1.37 ** (i / 3);
      expect(Math.abs(ln(x) - Math.log(x))).toBeLessThan(1e-13 * Math.max(1, Math.abs(Math.log(x))));
    }
    for (let x = -50; x <= 50; x += 0.173) {
      expect(Math.abs(exp(x) / Math.exp(x) - 1)).toBeLessThan(1e-13);
    }
  });

  it('stopping the series early gives the same bits as summing every term', () => {
    let seed = 12345;
    const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) | 0; return (seed >>> 0) / 4294967296; };
    let mismatches = 0;
    for (let i = 0; i < 200_000; i += 1) {
      const x = rnd() < 0.5 ? (rnd() - 0.5) * 1500 : (rnd() - 0.5) * 4;
      if (!Object.is(exp(x), expAllTerms(x))) mismatches += 1;
      const y = rnd() < 0.3 ? rnd() * 10 ** (Math.floor(rnd() * 600) - 300) : rnd() < 0.5 ? rnd() * 3 : 1 + (rnd() - 0.5) * 1e-6;
      if (!Object.is(ln(y), lnAllTerms(y))) mismatches += 1;
    }
    expect(mismatches).toBe(0);
  });

  it('powReal matches x^y for prices and elasticities', () => {
    for (const x of [0.2, 0.5, 0.9, 1, 1.1, 2, 5]) {
      for (const y of [-4, -2.5, -1.5, -0.6, 0.5, 3]) {
        expect(Math.abs(powReal(x, y) / x ** y - 1)).toBeLessThan(1e-13);
      }
    }
    expect(powReal(0, 2)).toBe(0);
    expect(powReal(3, 0)).toBe(1);
  });

  it('edge values', () => {
    expect(ln(1)).toBe(0);
    expect(ln(0)).toBe(-Infinity);
    expect(Number.isNaN(ln(-1))).toBe(true);
    expect(exp(0)).toBe(1);
    expect(exp(1000)).toBe(Infinity);
    expect(exp(-1000)).toBe(0);
  });

  it('pins exact bits (golden): a change in the algorithms must be deliberate', () => {
    // These are this implementation's outputs; they differ from Math.* in the last bits on some inputs.
    expect([ln(2), ln(10), exp(1), exp(-2.5), powReal(1.2, -1.7)]).toMatchInlineSnapshot(`
      [
        0.6931471805599453,
        2.3025850929940455,
        2.7182818284590446,
        0.0820849986238988,
        0.7334860891939293,
      ]
    `);
  });

  it('roundMoney never returns -0 and rounds halves up', () => {
    expect(Object.is(roundMoney(-0.2), 0)).toBe(true);
    expect(roundMoney(2.5)).toBe(3);
    expect(roundMoney(-2.5)).toBe(-2);
  });

  it('mulDiv is exact where a × b passes 2^53', () => {
    const a = 987_654_321_987;
    const b = 7_234_567_891;
    const c = 1_000_000_000;
    const exact = (BigInt(a) * BigInt(b) + BigInt(c / 2)) / BigInt(c);
    expect(BigInt(mulDiv(a, b, c))).toBe(exact);
    expect(clamp(5, 0, 1)).toBe(1);
  });
});

describe('smallInteger', () => {
  it('gives back the same number, whole or not, small or large', () => {
    for (const x of [0, 1, -1, 42, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 40, 0.5, -2.25, 1e-9, 3.0000001]) expect(smallInteger(x)).toBe(x);
    // A whole number worked out in floating point comes back equal (the point is its representation, not its value).
    expect(smallInteger(0.1 * 30)).toBe(0.1 * 30);
    expect(smallInteger(1.5 * 4)).toBe(6);
  });
});

