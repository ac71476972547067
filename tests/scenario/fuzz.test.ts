// 10,000 damaged scenario files: whatever the damage, loadScenario returns a
// result (never throws) and every problem has a path and a message (DESIGN.md §8).
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { minimalScenario } from './fixture';
import { mutateBytes, mutateValue } from './mutate';
import { XorShift32 } from './prng';

const CASES = 10_000;
const SEED = 20240917;

describe('loadScenario fuzz', () => {
  it(`never throws on ${CASES} mutated scenarios (seed ${SEED})`, () => {
    const rng = new XorShift32(SEED);
    const base = JSON.stringify(minimalScenario());
    const failures: string[] = [];
    let accepted = 0;
    const started = performance.now();

    for (let n = 0; n < CASES && failures.length < 20; n += 1) {
      const value: unknown = JSON.parse(base);
      const edits = rng.chance(0.15) ? 0 : 1 + rng.int(3);
      for (let i = 0; i < edits; i += 1) mutateValue(value, rng);
      const text = rng.chance(0.5) ? JSON.stringify(value) : JSON.stringify(value, null, 2);
      let bytes: Uint8Array = new TextEncoder().encode(text);
      if (edits === 0 || rng.chance(0.3)) bytes = mutateBytes(bytes, rng);
      const input = rng.chance(0.5) ? bytes : new TextDecoder().decode(bytes);

      let result: ReturnType<typeof loadScenario>;
      try {
        result = loadScenario(input);
      } catch (err) {
        failures.push(`case ${n}: threw ${String(err)}`);
        continue;
      }
      if (result.ok) {
        accepted += 1;
        if (!/^[0-9a-f]{64}$/.test(result.hash)) failures.push(`case ${n}: bad hash ${result.hash}`);
        continue;
      }
      if (result.problems.length === 0) failures.push(`case ${n}: refused without problems`);
      for (const p of result.problems) {
        if (typeof p.path !== 'string' || p.path === '' || typeof p.message !== 'string' || p.message === '') {
          failures.push(`case ${n}: empty path or message ${JSON.stringify(p)}`);
        } else if (p.message.includes('internal error')) {
          failures.push(`case ${n}: ${p.path}: ${p.message}`);
        }
      }
    }

    const seconds = (performance.now() - started) / 1000;
    console.log(`fuzz: ${CASES} cases in ${seconds.toFixed(2)} s; ${accepted} accepted, ${CASES - accepted} refused`);
    expect(failures).toEqual([]);
    // Nothing leaked onto Object.prototype from injected "__proto__" keys.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });
});
