// One test per kind of bad file (DESIGN.md §8): each is refused with the path of
// what is wrong and a message an instructor can act on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { minimalScenarioJson } from './fixture';
import { playRun, serializeRun } from '../../src/run';
import { shippedScenario } from '../support/scenarios';
import { expectReadable, problemAt, problemsAfter, problemsOf } from './helpers';

describe('loadScenario refuses', () => {
  it('a JSON Schema (scenario.schema.json itself) in one line, not a problem per missing field', () => {
    const schema = readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url));
    const problems = problemsOf(schema);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('$schema');
    expect(problems[0]!.message).toContain('this file is a JSON Schema (such as scenario.schema.json), not a scenario');
    // The scenario's own "$schema" (a path to scenario.schema.json) is not taken for one.
    expect(loadScenario(minimalScenarioJson().replace('{', '{ "$schema": "./scenario.schema.json",')).ok).toBe(true);
  });

  it('a run file given as a scenario (the arguments swapped) in one line', () => {
    const played = playRun(shippedScenario('tutorial'), { decide: () => [] });
    const problems = problemsOf(serializeRun(played.run));
    expect(problems).toEqual([{ path: 'format', message: expect.stringContaining('this is a Chuhai run file') }]);
  });

  it('an unknown field, naming the allowed ones', () => {
    const problems = problemsAfter((s) => { (s.markets[0] as Record<string, unknown>).grwoth = 0.01; });
    const p = problemAt(problems, 'markets[0].grwoth');
    expect(p.message).toMatch(/^unknown field "grwoth"; check the spelling/);
    expect(p.message).toContain('did you mean "growth"?');
    expect(p.message).toContain('allowed: id, name, region, currency, growth,');
  });

  it('a "__proto__" key (JSON.parse makes it an own property)', () => {
    const text = minimalScenarioJson().replace('"id": "US",', '"__proto__": { "isAdmin": true }, "id": "US",');
    expect(text).toContain('__proto__');
    const p = problemAt(problemsOf(text), 'markets[0].__proto__');
    expect(p.message).toContain('"__proto__" is not allowed as a field name');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('"constructor" as a key', () => {
    const text = minimalScenarioJson().replace('"id": "serum",', '"constructor": { "name": "x" }, "id": "serum",');
    const p = problemAt(problemsOf(text), 'products[1].constructor');
    expect(p.message).toContain('"constructor" is not allowed as a field name');
  });

  it('"prototype" as a key, even deep inside the script', () => {
    const problems = problemsAfter((s) => {
      Object.defineProperty(s.script!.states.early, 'prototype', { value: {}, enumerable: true });
    });
    problemAt(problems, 'script.states.early.prototype');
  });

  it('a number too large to represent (1e999 parses to Infinity)', () => {
    const text = minimalScenarioJson().replace('"growth": 0.002', '"growth": 1e999');
    const p = problemAt(problemsOf(text), 'markets[0].growth');
    expect(p.message).toContain('too large');
  });

  it('a value out of range', () => {
    const problems = problemsAfter((s) => { s.products[0]!.baseReturnRate = 1.5; });
    expect(problemAt(problems, 'products[0].baseReturnRate').message).toBe('must be at most 1 (it is 1.5)');
  });

  it('a negative amount of money', () => {
    const problems = problemsAfter((s) => { s.player.cash = -100; });
    expect(problemAt(problems, 'player.cash').message).toBe('must be at least 0 (it is -100)');
  });

  it('a duplicate id', () => {
    const problems = problemsAfter((s) => { s.carriers[1]!.id = 'postal'; });
    expect(problemAt(problems, 'carriers[1].id').message).toBe('duplicate id "postal" (already used at carriers[0])');
  });

  it('a dangling reference: a channel listing a market that does not exist', () => {
    const problems = problemsAfter((s) => { s.channels[1]!.markets = ['US', 'FR']; });
    expect(problemAt(problems, 'channels[1].markets[1]').message).toBe('unknown market "FR" (known: US, DE)');
  });

  it('an over-size file', () => {
    const huge = minimalScenarioJson() + ' '.repeat(Math.round(5.2 * 1024 * 1024));
    const problems = problemsOf(huge);
    expect(problems).toEqual([{ path: '(root)', message: 'the file is 5.2 MB; a scenario file may be at most 2 MB' }]);
    expect(problemsOf(new TextEncoder().encode(huge))).toEqual(problems);
  });

  it('a file over a custom size limit', () => {
    const problems = problemsOf(minimalScenarioJson(), { maxBytes: 1024 });
    expect(problems[0]!.message).toMatch(/^the file is [\d.]+ KB; a scenario file may be at most 1 KB$/);
  });

  it('a file that is not JSON, naming line and column', () => {
    const problems = problemsOf('id: fixture\ntitle: Test\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('(root)');
    expect(problems[0]!.message).toBe('the file is not valid JSON: line 1, column 1: expected a value, found "i"');
  });

  it('a trailing comma, at its exact position', () => {
    const text = minimalScenarioJson().replace('"turns": 12,', '"turns": 12,,');
    const line = text.split('\n').findIndex((l) => l.includes('"turns": 12,,')) + 1;
    const [p] = problemsOf(text);
    expect(p!.message).toMatch(new RegExp(`^the file is not valid JSON: line ${line}, column \\d+: `));
  });

  it('a truncated file', () => {
    const text = minimalScenarioJson();
    const problems = problemsOf(text.slice(0, Math.floor(text.length / 2)));
    expect(problems).toHaveLength(1);
    expectReadable(problems[0]!);
    expect(problems[0]!.message).toMatch(/^the file is not valid JSON: line \d+, column \d+: /);
    expect(problems[0]!.message).toMatch(/ends too early|never closed/);
  });

  it('an empty file', () => {
    expect(problemsOf('')[0]!.message).toBe('the file is not valid JSON: line 1, column 1: the file is empty');
  });

  it('bytes that are not UTF-8', () => {
    expect(problemsOf(new Uint8Array([0x7b, 0xc4, 0xe3, 0x7d]))[0]!.message).toContain('not valid UTF-8');
  });

  it('the wrong type at the root', () => {
    expect(problemsOf('[]')).toEqual([{ path: '(root)', message: 'must be an object { … }, not a list' }]);
    expect(problemsOf('42')).toEqual([{ path: '(root)', message: 'must be an object { … }, not a number (42)' }]);
  });

  it('"after" in the script', () => {
    const problems = problemsAfter((s) => {
      (s.script!.states.early as Record<string, unknown>).after = { 1000: 'peak' };
    });
    expect(problemAt(problems, 'script.states.early.after').message)
      .toBe('"after" is not allowed: scenario scripts advance only on the TURN event, never on timers');
  });

  it('"invoke" and "delay" in the script, wherever they are', () => {
    const problems = problemsAfter((s) => {
      const peak = s.script!.states.peak as Record<string, unknown>;
      peak.invoke = { src: 'timer' };
      ((peak.entry as Record<string, unknown>[])[0]!).delay = 500;
    });
    expect(problemAt(problems, 'script.states.peak.invoke').message).toMatch(/^"invoke" is not allowed: .*TURN event/);
    expect(problemAt(problems, 'script.states.peak.entry[0].delay').message).toMatch(/^"delay" is not allowed/);
  });

  it('allows a state that happens to be named "after"', () => {
    const text = minimalScenarioJson().replace('"done": {', '"after": { "type": "final" }, "done": {');
    expect(loadScenario(text).ok).toBe(true);
  });

  it('input that is neither text nor bytes, without throwing', () => {
    const result = loadScenario(42 as unknown as string);
    expect(result.ok).toBe(false);
  });
});

describe('loadScenario checks the script', () => {
  it('reports script problems (from validateScript) together with cross-reference problems', () => {
    const problems = problemsAfter((s) => {
      const early = s.script!.states.early as { on: { TURN: { target: string } } };
      early.on.TURN.target = 'peek';
      s.channels[1]!.markets.push('FR');
    });
    expect(problems.map((p) => p.path)).toEqual(['channels[1].markets[1]', 'script.states.early.on.TURN.target']);
    problems.forEach(expectReadable);
  });
});

describe('loadScenario lists every problem', () => {
  it('reports three independent errors at once', () => {
    const problems = problemsAfter((s) => {
      s.difficulty = 9;
      s.markets[1]!.region = 'Mars' as never;
      (s.products[0] as Record<string, unknown>).colour = 'red';
    });
    expect(problems.map((p) => p.path)).toEqual(['difficulty', 'markets[1].region', 'products[0].colour']);
    problems.forEach(expectReadable);
  });

  it('reports every broken reference, not just the first', () => {
    const problems = problemsAfter((s) => {
      s.channels[0]!.markets.push('XX');
      s.objectives![0]!.market = 'YY';
      s.player.stock![0]!.product = 'ghost';
    });
    expect(problems.map((p) => p.path)).toEqual(['channels[0].markets[2]', 'player.stock[0].product', 'objectives[0].market']);
  });
});
