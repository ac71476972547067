// Turning zod's issues into problems (src/scenario/zodProblems.ts) stops at the
// number anyone is shown: a 2 MB scenario can hold 100,000 issues, and describing
// each (the allowed fields of an unknown one are looked up) took 33 s and ~1 GB.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { issuesToProblems } from '../../src/scenario/zodProblems';
import { INFINITE_NUMBER } from '../../src/scenario/walk';
import { loadScenario, MAX_PROBLEMS } from '../../src/scenario/load';
import { minimalScenario } from './fixture';

// Counts the costly step: looking up the allowed fields of each unknown one.
const nav = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/scenario/schemaNav', async (original) => {
  const real = await original<typeof import('../../src/scenario/schemaNav')>();
  return { ...real, allowedKeysAt: (...args: Parameters<typeof real.allowedKeysAt>) => { nav.calls += 1; return real.allowedKeysAt(...args); } };
});

describe('issuesToProblems', () => {
  it('describes the first problems only, counting the rest, and the loader says how many', () => {
    const s = minimalScenario() as ReturnType<typeof minimalScenario> & { script: { initial: string; states: Record<string, unknown> } };
    s.script = { initial: 's0', states: {} };
    for (let i = 0; i < 5000; i += 1) s.script.states[`s${i}`] = { zzz: 1 };
    nav.calls = 0;
    const result = loadScenario(JSON.stringify(s));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(nav.calls).toBeLessThanOrEqual(MAX_PROBLEMS);
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.problems[0]).toEqual({ path: 'script.states.s0.zzz', message: expect.stringMatching(/^unknown field "zzz"; check the spelling/) });
    expect(result.problems.at(-1)).toEqual({ path: '(root)', message: `… and ${5000 - (MAX_PROBLEMS - 1)} more problems not shown; fix the ones above first` });
  });

  it('counts several unknown fields of one object as several problems', () => {
    const schema = z.strictObject({ a: z.strictObject({}), b: z.strictObject({}) });
    const data = { a: { x: 1, y: 2 }, b: { z: 3 } };
    const issues = schema.safeParse(data).error!.issues;
    expect(issuesToProblems(issues, schema, data)).toMatchObject({ problems: { length: 3 }, more: 0 });
    const one = issuesToProblems(issues, schema, data, 1);
    expect(one.problems.map((p) => p.path)).toEqual(['a.x']);
    expect(one.more).toBe(2);
  });

  it('gives one line per field: the strictest of its limits, and words for a number read as infinity', () => {
    const schema = z.strictObject({ price: z.number().int().min(0).max(1e12), low: z.number().int().min(0), seed: z.number() });
    const data = { price: 1e300, low: -1e300, seed: Number.POSITIVE_INFINITY };
    const { problems } = issuesToProblems(schema.safeParse(data).error!.issues, schema, data);
    expect(problems).toEqual([
      { path: 'price', message: 'must be at most 1000000000000 (it is 1e+300)' },
      { path: 'low', message: 'must be at least 0 (it is -1e+300)' },
      { path: 'seed', message: INFINITE_NUMBER },
    ]);
  });
});
