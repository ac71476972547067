import { describe, expect, it } from 'vitest';
import { clamp, exp, ln, mulDiv, powReal, roundMoney } from '../../src/engine/math';

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
