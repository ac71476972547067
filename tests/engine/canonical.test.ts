// canonicalJson must equal JSON.stringify of the value with every object's keys
// sorted: the definition of the canonical form the state hash is taken over.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, hashCanonical } from '../../src/engine/hash';
import { newGame, resolveTurn } from '../../src/engine';
import { shippedScenario } from '../support/scenarios';

/** The definition, written plainly: JSON with each object's keys in code-unit order. */
function reference(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : reference(x))).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(o[k])}`).join(',')}}`;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null';
  return JSON.stringify(v) ?? 'null';
}

describe('canonicalJson', () => {
  it('equals JSON with sorted keys, for any JSON value (unicode, escapes, -0, big and tiny numbers)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 3000, seed: 11 },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.constant(undefined))), (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it('equals the reference on real game states', () => {
    const scenario = shippedScenario('campaign-global');
    let s = newGame(scenario, 3);
    for (let t = 0; t < 6; t += 1) {
      s = resolveTurn(s, []).state;
      const { scenario: _x, ...dyn } = s;
      expect(canonicalJson(dyn)).toBe(reference(dyn));
    }
  });

  it('hashCanonical: same canonical form, same hash; different form, different hash', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), (a, b) => {
        const same = canonicalJson(a) === canonicalJson(b);
        expect(hashCanonical(a) === hashCanonical(b)).toBe(same);
      }),
      { numRuns: 4000, seed: 13 },
    );
  });

  it('hashCanonical ignores key order and the sign of zero, and sees every other change', () => {
    expect(hashCanonical({ a: 1, b: [2, 'x'] })).toBe(hashCanonical({ b: [2, 'x'], a: 1 }));
    expect(hashCanonical({ a: -0 })).toBe(hashCanonical({ a: 0 }));
    expect(hashCanonical({ a: undefined, b: 1 })).toBe(hashCanonical({ b: 1 }));
    const variants = [{ a: '1' }, { a: 1 }, { a: [1] }, { a: { b: 1 } }, { ab: 1 }, { a: 1.0000000000000002 }, { a: null }, { a: true }, ['a', 1], { a: '' }, {}, []];
    expect(new Set(variants.map(hashCanonical)).size).toBe(variants.length);
    // Pinned: a change to the encoding must be deliberate (and regenerates the golden runs).
    expect(hashCanonical({ 市场: 'US', price: 1999, rate: 7.2, ok: true, list: [null, -1.5e-7] })).toMatchInlineSnapshot(`"e7d7fb71047e580d"`);
  });

  it('hashCanonical pins its output (keys unsorted, long, undefined; repeated key lists fed from remembered plans)', () => {
    const long = 'k'.repeat(45);
    const cases: [unknown, string][] = [
      [{ b: 1, a: 2, c: { z: [1, 2.5, -0, null], y: 'x' } }, 'e97ba47522fe490c'],
      [{ [long]: 'v', a: undefined, m: { [`${long}z`]: 1, b: true, a: false } }, 'd3a8cbf6ab419c15'],
      [[{ zz: 1, 'é': 2, A: 3, 10: 4, 9: 5 }, { a: 1 }, {}], '867a90cfdc1842ba'],
      [{ shipments: [{ to: 'de', id: 1, units: 3 }, { id: 2, to: 'us', units: 1e20 }], name: { zh: '你', en: 'you' } }, '2ba248bff27cd93c'],
    ];
    // Twice: the second time every key list is one the hasher has seen.
    for (let round = 0; round < 2; round += 1) for (const [value, hash] of cases) expect(hashCanonical(value)).toBe(hash);
  });
});
