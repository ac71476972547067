import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { advanceScript, createScriptMachine, startScript, type ScriptEffect, type ScriptSnapshot } from '../../src/engine/script';
import type { Script } from '../../src/engine/schema';
import { labels, seasonFacts, seasonScript } from './fixtures';

const TURNS = 20;

/** The run as XState itself sees it, never leaving memory: the reference. */
function referenceRun(): { value: unknown; effects: unknown[] }[] {
  const machine = createScriptMachine(seasonScript);
  const plain = (actions: { type: string; params: unknown }[]) => actions.map(({ type, params }) => ({ type, params }));
  let [snapshot, actions] = initialTransition(machine, seasonFacts(0));
  const out = [{ value: snapshot.value, effects: plain(actions) }];
  for (let t = 1; t <= TURNS; t++) {
    [snapshot, actions] = transition(machine, snapshot, { type: 'TURN', facts: seasonFacts(t) });
    out.push({ value: snapshot.value, effects: plain(actions) });
  }
  return out;
}

/** The run through the script API; `reload` saves to JSON and rebuilds the machine every turn. */
function apiRun(reload: boolean, script: Script = seasonScript): { snapshot: ScriptSnapshot; effects: ScriptEffect[] }[] {
  let machine = createScriptMachine(script);
  const first = startScript(machine, seasonFacts(0));
  const out = [first];
  let snapshot = first.snapshot;
  for (let t = 1; t <= TURNS; t++) {
    if (reload) {
      snapshot = JSON.parse(JSON.stringify(snapshot)) as ScriptSnapshot;
      machine = createScriptMachine(JSON.parse(JSON.stringify(script)) as Script);
    }
    const step = advanceScript(machine, snapshot, seasonFacts(t));
    expect(step.problems).toEqual([]);
    out.push(step);
    snapshot = step.snapshot;
  }
  return out;
}

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

describe('a saved script resumes exactly', () => {
  it('plays the season script through every state', () => {
    const steps = apiRun(false);
    expect(steps.map((s) => labels(s.effects))).toEqual([
      ['welcome', 'enter launch', 'setObjective'], [], [], [], [],
      ['exit launch', 'on schedule', 'enter peak', 'triggerEvent'], [], [], [],
      ['sale', 'setParameter'], [], [],
      ['setParameter', 'exit peak', 'shockCurrency'], [], [], [], [], [],
      ['endScenario'], [], [],
    ]);
    expect(steps.map((s) => s.snapshot.status).lastIndexOf('active')).toBe(17);
  });

  it('matches XState run in memory, turn by turn', () => {
    const reference = referenceRun();
    const steps = apiRun(false);
    expect(steps.map((s) => ({ value: s.snapshot.value, effects: s.effects }))).toEqual(reference);
  });

  it('gives the same snapshots and effects when saved to JSON and reloaded every turn', () => {
    expect(apiRun(true)).toEqual(apiRun(false));
  });

  it('gives the same results from a frozen scenario', () => {
    const frozen = deepFreeze(JSON.parse(JSON.stringify(seasonScript)) as Script);
    expect(apiRun(true, frozen)).toEqual(apiRun(false));
  });

  it('snapshots are plain JSON', () => {
    for (const { snapshot } of apiRun(false)) {
      expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
      expect(Object.keys(snapshot).sort()).toEqual(['status', 'value']);
    }
  });

  it('does not depend on other machines or earlier runs', () => {
    const alone = apiRun(false);
    const a = createScriptMachine(seasonScript);
    const b = createScriptMachine(seasonScript);
    let sa = startScript(a, seasonFacts(0)).snapshot;
    let sb = startScript(b, seasonFacts(0)).snapshot;
    for (let t = 1; t <= TURNS; t++) {
      const stepB = advanceScript(b, sb, seasonFacts(t));
      const stepA = advanceScript(a, sa, seasonFacts(t));
      // Crossing machines: a snapshot is not tied to the machine that made it.
      expect(advanceScript(b, sa, seasonFacts(t))).toEqual(stepA);
      expect(stepA).toEqual(alone[t]);
      expect(stepB).toEqual(alone[t]);
      sa = stepA.snapshot;
      sb = stepB.snapshot;
    }
  });
});
