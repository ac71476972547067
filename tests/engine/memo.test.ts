// Things the engine remembers across runs (a grader replays hundreds of runs of one
// scenario): the script's start and the scenario hash. Remembering must never change
// what a run sees.
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashString, newGame, scenarioHash, type Scenario } from '../../src/engine';
import { createScriptMachine, startScript, startScriptMemo, type TurnFacts } from '../../src/engine/script';
import { shippedScenario } from '../support/scenarios';

describe('remembered across runs', () => {
  it('the script start remembered is the one XState gives, for each set of opening facts', () => {
    for (const name of ['campaign-global', 'tutorial']) {
      const scenario = shippedScenario(name);
      const script = scenario.script!;
      const machine = createScriptMachine(script);
      const opening = newGame(scenario, 1).companies.player!.lastKpis;
      const variants: TurnFacts[] = [
        { turn: 0, kpis: opening, markets: {}, activeEvents: [] },
        { turn: 0, kpis: { ...opening, cash: -1 }, markets: {}, activeEvents: [] },
        { turn: 0, kpis: { ...opening, cash: 1e9, profit: 1e9 }, markets: {}, activeEvents: ['port-strike'] },
      ];
      for (const facts of variants) {
        const direct = startScript(machine, facts);
        const memo = startScriptMemo(machine, script, facts);
        expect(memo.snapshot).toEqual(direct.snapshot);
        expect(memo.effects).toEqual(direct.effects);
        expect(startScriptMemo(machine, script, facts)).toBe(memo);
      }
    }
  });

  it('a frozen scenario keeps its hash; an unfrozen one is hashed again after a change', () => {
    const frozen = shippedScenario('tutorial');
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(scenarioHash(frozen)).toBe(hashString(canonicalJson(frozen)));
    expect(scenarioHash(frozen)).toBe(scenarioHash(frozen));
    const open = JSON.parse(JSON.stringify(frozen)) as Scenario & { turns: number };
    const before = scenarioHash(open);
    expect(before).toBe(scenarioHash(frozen));
    open.turns += 1;
    expect(scenarioHash(open)).not.toBe(before);
  });
});
