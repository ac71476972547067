import { describe, expect, it } from 'vitest';
import { rateToMicro, toHome, toLocal } from '../../src/engine/fx';
import { canonicalJson, hashString } from '../../src/engine/hash';

describe('exchange-rate conversion in minor units', () => {
  it('converts USD cents, JPY yen and IDR rupiah to fen', () => {
    expect(toHome(1999, rateToMicro(7.2), 2, 2)).toBe(14393); // $19.99 → ¥143.93
    expect(toHome(1000, rateToMicro(0.048), 0, 2)).toBe(4800); // ¥1,000 JPY → ¥48.00
    expect(toHome(100_000, rateToMicro(0.00045), 0, 2)).toBe(4500); // Rp100,000 → ¥45.00
    expect(toHome(-1999, rateToMicro(7.2), 2, 2)).toBe(-14393);
  });

  it('round-trips within one minor unit', () => {
    for (const cents of [1, 99, 1234, 999_999, 123_456_789]) {
      const fen = toHome(cents, rateToMicro(7.1234), 2, 2);
      expect(Math.abs(toLocal(fen, rateToMicro(7.1234), 2, 2) - cents)).toBeLessThanOrEqual(1);
    }
  });
});

describe('canonical hash', () => {
  it('ignores key order, not values', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
    expect(hashString(canonicalJson({ a: 1, b: 2 }))).toBe(hashString(canonicalJson({ b: 2, a: 1 })));
    expect(hashString('a')).not.toBe(hashString('b'));
    expect(hashString('')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('pins hashes (golden)', () => {
    expect([hashString(''), hashString('出海'), hashString('{"a":1}')]).toMatchInlineSnapshot(`
      [
        "74610001d082e861",
        "59a019b32afbd905",
        "64c31c8ff7e8a7d5",
      ]
    `);
  });
});
