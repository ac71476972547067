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
  it('hashCanonical: any key insertion order, integer-like keys included, hashes as the JSON round trip does', () => {
    // Integer-like keys ('9', '10') are listed first and ascending by Object.keys and
    // for-in, whatever the insertion order; '01', '-1' and '4294967295' are not array indices.
    const keys = ['10', '9', '01', '-1', '4294967295', '0', 'b', 'a', 'é', 'A', 'k'.repeat(41)];
    const key = fc.constantFrom(...keys);
    // Finite numbers only: JSON writes NaN and infinities as null, which the hash does not.
    const leaf = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.constant(undefined), fc.constant(null));
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, leaf), { selector: ([k]) => k }), fc.infiniteStream(fc.nat()), (entries, picks) => {
        const sorted = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        const shuffled = [...entries];
        const it = picks[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          const j = it.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const built: Record<string, unknown> = {};
        for (const [k, v] of shuffled) built[k] = v;
        const nested = { outer: built, list: [built, sorted] };
        expect(hashCanonical(built)).toBe(hashCanonical(sorted));
        expect(hashCanonical(nested)).toBe(hashCanonical(JSON.parse(JSON.stringify(nested))));
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  it('hashCanonical drops undefined object values wherever they sit, and hashes undefined array entries as null', () => {
    const full = { a: 1, m: 2, z: 3 };
    for (const k of Object.keys(full)) {
      const withUndefined: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(full)) withUndefined[key] = v;
      withUndefined[`${k}0`] = undefined; // a key of its own, before or after its neighbours in code-unit order
      expect(hashCanonical(withUndefined)).toBe(hashCanonical(full));
    }
    expect(hashCanonical({ a: undefined })).toBe(hashCanonical({}));
    expect(hashCanonical([1, undefined])).toBe(hashCanonical([1, null]));
  });

  it('hashCanonical walks deep nesting and sees a change at the bottom', () => {
    const deep = (leaf: unknown): unknown => {
      let v: unknown = leaf;
      for (let d = 0; d < 300; d += 1) v = d % 2 === 0 ? { [`k${d % 7}`]: v, n: d } : [d, v];
      return v;
    };
    const a = deep('x');
    expect(hashCanonical(a)).toBe(hashCanonical(JSON.parse(JSON.stringify(a))));
    expect(hashCanonical(a)).not.toBe(hashCanonical(deep('y')));
    expect(hashCanonical(a)).toMatchInlineSnapshot(`"59861d6fd736cc74"`);
  });

  it('hashCanonical pins integer-like keys and objects with undefined values', () => {
    expect(hashCanonical({ 10: 'a', 9: [1.5, -0], '01': { 2: null, 1: true }, x: undefined, '': 0 })).toMatchInlineSnapshot(`"fe10c4bb22cb45ce"`);
  });
});
