// Golden runs (DESIGN.md §4): shipped scenarios played with fixed seeds and a fixed
// way of playing, their per-turn state hashes pinned in JSON next to this file.
// Any change to the rules that alters a result fails here until the golden files
// are regenerated on purpose, together with a bump of RULES_VERSION:
//   UPDATE_GOLDEN=1 npx vitest run tests/golden
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, stateHash, RULES_VERSION } from '../../src/engine';
import { shippedScenario } from '../support/scenarios';
import { simplePlayerActions } from '../support/simplePlayer';

interface Golden { scenario: string; seed: number; rulesVersion: number; scenarioHash: string; hashes: string[]; finalCash: number }

function play(name: string, seed: number): Golden {
  const scenario = shippedScenario(name);
  let state = newGame(scenario, seed);
  const hashes: string[] = [];
  while (!state.finished) {
    state = resolveTurn(state, simplePlayerActions(state)).state;
    hashes.push(stateHash(state));
  }
  return { scenario: name, seed, rulesVersion: RULES_VERSION, scenarioHash: state.scenarioHash, hashes, finalCash: state.companies.player!.cash };
}

const RUNS: [string, number][] = [['tutorial', 1], ['campaign-global', 1], ['campaign-global', 20261121]];

describe('golden runs', () => {
  for (const [name, seed] of RUNS) {
    it(`${name} seed ${seed} replays to the pinned hashes`, () => {
      const file = new URL(`./${name}.seed-${seed}.json`, import.meta.url);
      const actual = play(name, seed);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(file), `missing golden file; run UPDATE_GOLDEN=1 npx vitest run tests/golden`).toBe(true);
      const pinned = JSON.parse(readFileSync(file, 'utf8')) as Golden;
      expect(actual.rulesVersion, 'RULES_VERSION changed: regenerate the golden runs on purpose').toBe(pinned.rulesVersion);
      expect(actual.scenarioHash, 'the shipped scenario changed: regenerate the golden runs on purpose').toBe(pinned.scenarioHash);
      const firstDiff = actual.hashes.findIndex((h, i) => h !== pinned.hashes[i]);
      expect(firstDiff === -1 ? null : `turn ${firstDiff + 1} differs`, 'the rules changed results: bump RULES_VERSION and regenerate').toBeNull();
      expect(actual.hashes.length).toBe(pinned.hashes.length);
      expect(actual.finalCash).toBe(pinned.finalCash);
    });
  }

  it('a replay from a JSON save resumes with the same hashes', () => {
    const scenario = shippedScenario('campaign-global');
    let a = newGame(scenario, 5);
    for (let t = 0; t < 10; t += 1) a = resolveTurn(a, simplePlayerActions(a)).state;
    const { scenario: _s, ...saved } = a;
    let b = { ...JSON.parse(JSON.stringify(saved)), scenario } as typeof a;
    expect(stateHash(b)).toBe(stateHash(a));
    for (let t = 0; t < 10; t += 1) {
      a = resolveTurn(a, simplePlayerActions(a)).state;
      b = resolveTurn(b, simplePlayerActions(b)).state;
      expect(stateHash(b)).toBe(stateHash(a));
    }
  });
});
