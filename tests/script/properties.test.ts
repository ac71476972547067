// Random small scripts, valid or not: whatever validateScript accepts must build,
// start and run for many turns without throwing, give well-formed effects, and
// resume from JSON exactly as if never saved.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ActionRef, type Script } from '../../src/engine/schema';
import { advanceScript, advanceScriptMemo, createScriptMachine, isQuietTurn, startScript, validateScript, type ScriptSnapshot, type ScriptStep, type TurnFacts } from '../../src/engine/script';
import { facts, say, scenarioWith, text } from './fixtures';

const TURNS = 12;

const guard = fc.constantFrom(
  { type: 'turnIs', params: { turn: 2 } },
  { type: 'turnAtLeast', params: { turn: 4 } },
  { type: 'kpiBelow', params: { kpi: 'cash', value: 0 } },
  { type: 'kpiAtLeast', params: { kpi: 'gmv', value: 5, market: 'US' } },
  { type: 'eventActive', params: { event: 'portStrike' } },
  { type: 'eventActive', params: { event: 'meteor' } },
);
const action = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      say('hello'),
      { type: 'triggerEvent', params: { event: 'portStrike' } },
      { type: 'setParameter', params: { parameter: 'channel.commission', target: 'amazon', value: 0.1 } },
      { type: 'endScenario', params: { reason: text('over') } },
    ),
    weight: 20,
  },
  { arbitrary: fc.constant({ type: 'setParameter', params: { parameter: 'market.vatRate', target: 'amazon', value: 0.2 } }), weight: 1 },
);
/** Mostly names that resolve from somewhere, some that never do. */
const target = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'c', 'x', 'y', '.x', '#A', '#A.x', '#(machine)', 'a.x'), weight: 12 },
  { arbitrary: fc.constantFrom('zz', '.', 'toString', 'b..c', '#Z'), weight: 1 },
);
/** Absent `absent` times in `absent + 1`; a key whose value is undefined is dropped. */
const sometimes = <T>(arb: fc.Arbitrary<T>, absent = 1) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: absent }, { arbitrary: arb, weight: 1 });
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const actions = fc.oneof(action, fc.array(action, { minLength: 1, maxLength: 2 }));
const transition = fc.record({ target: sometimes(target, 1), guard: sometimes(guard, 1), actions: sometimes(actions, 1) }).map(defined);
const transitions = fc.oneof(transition, fc.array(transition, { minLength: 1, maxLength: 3 }));

const stateFields = {
  id: sometimes(fc.constantFrom('A', 'B'), 4),
  type: sometimes(fc.constantFrom('atomic', 'compound', 'final'), 12),
  entry: sometimes(actions, 1),
  exit: sometimes(actions, 2),
  on: sometimes(transitions.map((TURN) => ({ TURN })), 1),
  always: sometimes(transitions, 2),
};
const leaf = fc.record(stateFields).map(defined);
const middle = fc.record({
  ...stateFields,
  states: fc.dictionary(fc.constantFrom('x', 'y'), leaf, { maxKeys: 2 }),
}).chain((s) => {
  const children = Object.keys(s.states);
  const initial = children.length > 0 ? fc.constantFrom(...children) : fc.constant(undefined);
  return initial.map((i) => defined({ ...s, states: children.length > 0 ? s.states : undefined, initial: i }));
});
const script = fc.record({
  states: fc.dictionary(fc.constantFrom('a', 'b', 'c'), middle, { minKeys: 1, maxKeys: 3 }),
  on: sometimes(transitions.map((TURN) => ({ TURN })), 4),
  always: sometimes(transitions, 4),
}).chain((s) => fc.constantFrom(...Object.keys(s.states)).map((initial) => defined({ ...s, initial })));
const turnFacts = fc.array(
  fc.record({ cash: fc.integer({ min: -3, max: 3 }), gmv: fc.integer({ min: 0, max: 9 }), strike: fc.boolean() }),
  { minLength: TURNS + 1, maxLength: TURNS + 1 },
).map((rows) => rows.map((r, t): TurnFacts => facts(t, {
  kpis: { cash: r.cash, gmv: r.gmv },
  markets: { US: { gmv: r.gmv } },
  activeEvents: r.strike ? ['portStrike'] : [],
})));

function play(config: Script, turns: readonly TurnFacts[], reload: boolean): ScriptStep[] {
  let machine = createScriptMachine(config);
  const steps = [startScript(machine, turns[0]!)];
  let snapshot = steps[0]!.snapshot;
  for (let t = 1; t < turns.length; t++) {
    if (reload) {
      snapshot = JSON.parse(JSON.stringify(snapshot)) as ScriptSnapshot;
      machine = createScriptMachine(config);
    }
    const step = advanceScript(machine, snapshot, turns[t]!);
    steps.push(step);
    snapshot = step.snapshot;
  }
  return steps;
}

describe('random scripts', () => {
  it('validateScript never throws, and what it accepts runs', () => {
    let accepted = 0;
    fc.assert(
      fc.property(script, turnFacts, (config, turns) => {
        const problems = validateScript(scenarioWith(config));
        for (const p of problems) expect(p.path).toMatch(/^script/);
        if (problems.length > 0) return;
        accepted += 1;
        const steps = play(config as unknown as Script, turns, false);
        for (const step of steps) {
          // Guarded `always` circles are the only thing validation leaves to run time.
          for (const p of step.problems) expect(p.message).toMatch(/Infinite loop detected/);
          for (const e of step.effects) expect(ActionRef.safeParse(e).success).toBe(true);
          expect(JSON.parse(JSON.stringify(step.snapshot))).toEqual(step.snapshot);
        }
        expect(play(config as unknown as Script, turns, true)).toEqual(steps);
      }),
      { seed: 20240917, numRuns: 3000 },
    );
    // The generator must reach the interesting case often enough to mean something.
    expect(accepted).toBeGreaterThan(100);
  });

  it('a turn judged quiet is one XState would leave unchanged (the engine skips it)', () => {
    let quiet = 0;
    let busy = 0;
    fc.assert(
      fc.property(script, turnFacts, (config, turns) => {
        if (validateScript(scenarioWith(config)).length > 0) return;
        const machine = createScriptMachine(config as unknown as Script);
        let snapshot = startScript(machine, turns[0]!).snapshot;
        for (let t = 1; t < turns.length; t++) {
          const step = advanceScript(machine, snapshot, turns[t]!);
          if (isQuietTurn(config as unknown as Script, snapshot, turns[t]!)) {
            quiet += 1;
            expect(step.effects).toEqual([]);
            expect(step.snapshot).toEqual(snapshot);
          } else busy += 1;
          snapshot = step.snapshot;
        }
      }),
      { seed: 20261122, numRuns: 3000 },
    );
    expect(quiet).toBeGreaterThan(500);
    expect(busy).toBeGreaterThan(500);
  });

  it('a remembered step is the step XState gives, whichever run met it first', () => {
    let hits = 0;
    fc.assert(
      fc.property(script, turnFacts, turnFacts, (config, first, second) => {
        if (validateScript(scenarioWith(config)).length > 0) return;
        const machine = createScriptMachine(config as unknown as Script);
        // Two runs on one machine (the memo is per machine): the second meets steps the first remembered.
        for (const turns of [first, second]) {
          let snapshot = startScript(machine, turns[0]!).snapshot;
          for (let t = 1; t < turns.length; t++) {
            const direct = advanceScript(machine, snapshot, turns[t]!);
            const memo = advanceScriptMemo(machine, config as unknown as Script, snapshot, turns[t]!);
            if (memo === advanceScriptMemo(machine, config as unknown as Script, snapshot, turns[t]!)) hits += 1;
            expect(memo.snapshot).toEqual(direct.snapshot);
            expect(memo.effects).toEqual(direct.effects);
            snapshot = direct.snapshot;
          }
        }
      }),
      { seed: 20261123, numRuns: 1500 },
    );
    expect(hits).toBeGreaterThan(1000);
  });
});
