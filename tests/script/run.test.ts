import { describe, expect, it } from 'vitest';
import { advanceScript, createScriptMachine, startScript, validateScript, type ScriptSnapshot } from '../../src/engine/script';
import type { Script } from '../../src/engine/schema';
import { facts, labels, say, scenarioWith, text } from './fixtures';

const machineOf = (script: unknown) => createScriptMachine(script as Script);

describe('startScript', () => {
  it('runs entry actions from the root down to the initial leaf', () => {
    const machine = machineOf({
      initial: 'a', entry: say('root'),
      states: { a: { initial: 'b', entry: say('a'), states: { b: { entry: [say('b1'), say('b2')] } } } },
    });
    const { snapshot, effects, problems } = startScript(machine, facts(0));
    expect(labels(effects)).toEqual(['root', 'a', 'b1', 'b2']);
    expect(snapshot).toEqual({ value: { a: 'b' }, status: 'active' });
    expect(problems).toEqual([]);
  });

  it('takes `always` transitions with the starting facts (kpiBelow cash → endScenario)', () => {
    const script = {
      initial: 'trading',
      states: {
        trading: { always: { guard: { type: 'kpiBelow', params: { kpi: 'cash', value: 0 } }, target: 'bankrupt' } },
        bankrupt: { type: 'final', entry: { type: 'endScenario', params: { reason: text('out of cash') } } },
      },
    };
    const machine = machineOf(script);
    const broke = startScript(machine, facts(0, { kpis: { cash: -5 } }));
    expect(broke.effects).toEqual([{ type: 'endScenario', params: { reason: text('out of cash') } }]);
    expect(broke.snapshot).toEqual({ value: 'bankrupt', status: 'done' });
    const solvent = startScript(machine, facts(0, { kpis: { cash: 5 } }));
    expect(solvent.effects).toEqual([]);
    expect(solvent.snapshot).toEqual({ value: 'trading', status: 'active' });
  });
});

describe('advanceScript', () => {
  it('orders effects exit (inner first), transition, entry (outer first)', () => {
    const machine = machineOf({
      initial: 'a',
      states: {
        a: {
          initial: 'a1', exit: say('exit a'),
          states: { a1: { exit: say('exit a1'), on: { TURN: { target: '#goal', actions: [say('t1'), say('t2')] } } } },
        },
        b: { initial: 'b1', entry: say('enter b'), states: { b1: { id: 'goal', entry: say('enter b1') } } },
      },
    });
    const start = startScript(machine, facts(0));
    const step = advanceScript(machine, start.snapshot, facts(1));
    expect(labels(step.effects)).toEqual(['exit a1', 'exit a', 't1', 't2', 'enter b', 'enter b1']);
    expect(step.snapshot).toEqual({ value: { b: 'b1' }, status: 'active' });
  });

  it('runs the TURN transition, then `always` transitions with the same facts, in order', () => {
    const machine = machineOf({
      initial: 'a',
      states: {
        a: { on: { TURN: { target: 'b', actions: say('a→b') } } },
        b: {
          entry: say('enter b'),
          always: [
            { guard: { type: 'kpiBelow', params: { kpi: 'cash', value: 0 } }, target: 'c', actions: say('b→c') },
            { guard: { type: 'turnIs', params: { turn: 1 } }, target: 'd', actions: say('b→d') },
          ],
        },
        c: { entry: say('enter c') },
        d: { entry: say('enter d') },
      },
    });
    const start = startScript(machine, facts(0));
    expect(labels(advanceScript(machine, start.snapshot, facts(1, { kpis: { cash: -1 } })).effects)).toEqual(['a→b', 'enter b', 'b→c', 'enter c']);
    expect(labels(advanceScript(machine, start.snapshot, facts(1, { kpis: { cash: 1 } })).effects)).toEqual(['a→b', 'enter b', 'b→d', 'enter d']);
    const stuck = advanceScript(machine, start.snapshot, facts(2, { kpis: { cash: 1 } }));
    expect(labels(stuck.effects)).toEqual(['a→b', 'enter b']);
    expect(stuck.snapshot.value).toBe('b');
  });

  it('gives custom actions their params, copied from the script', () => {
    const params = { parameter: 'market.dutyRate', target: 'US', value: 0.25 };
    const script = { initial: 'a', states: { a: { on: { TURN: { actions: { type: 'setParameter', params } } } } } };
    const machine = machineOf(script);
    const { effects } = advanceScript(machine, startScript(machine, facts(0)).snapshot, facts(1));
    expect(effects).toEqual([{ type: 'setParameter', params }]);
    expect(effects[0]!.params).not.toBe(params);
  });

  it('a targetless TURN transition acts every turn without leaving', () => {
    const machine = machineOf({ initial: 'a', states: { a: { entry: say('enter'), exit: say('exit'), on: { TURN: { actions: say('tick') } } } } });
    let snapshot = startScript(machine, facts(0)).snapshot;
    for (let t = 1; t <= 3; t++) {
      const step = advanceScript(machine, snapshot, facts(t));
      expect(labels(step.effects)).toEqual(['tick']);
      snapshot = step.snapshot;
    }
  });

  it('stops at a top-level final state: status done, and no effects afterwards', () => {
    const machine = machineOf({
      initial: 'a',
      states: { a: { on: { TURN: 'end' } }, end: { type: 'final', entry: say('the end') } },
    });
    const end = advanceScript(machine, startScript(machine, facts(0)).snapshot, facts(1));
    expect(labels(end.effects)).toEqual(['the end']);
    expect(end.snapshot).toEqual({ value: 'end', status: 'done' });
    for (let t = 2; t < 5; t++) {
      const after = advanceScript(machine, end.snapshot, facts(t, { kpis: { cash: -1 } }));
      expect(after).toEqual({ snapshot: end.snapshot, effects: [], problems: [] });
    }
  });

  it('runs every active state\'s exit actions when the machine finishes (XState closes the states)', () => {
    const machine = machineOf({
      initial: 'a',
      states: { a: { on: { TURN: 'end' } }, end: { type: 'final', entry: say('enter end'), exit: say('exit end') } },
    });
    const end = advanceScript(machine, startScript(machine, facts(0)).snapshot, facts(1));
    expect(labels(end.effects)).toEqual(['enter end', 'exit end']);
  });

  it('a nested final state does not hide the facts from later `always` guards', () => {
    const machine = machineOf({
      initial: 'phase',
      states: {
        phase: {
          initial: 'working',
          states: { working: { on: { TURN: 'finished' } }, finished: { type: 'final' } },
          always: { guard: { type: 'turnAtLeast', params: { turn: 3 } }, target: 'next' },
        },
        next: { entry: say('next') },
      },
    });
    const start = startScript(machine, facts(0));
    const early = advanceScript(machine, start.snapshot, facts(1));
    expect(early.snapshot.value).toEqual({ phase: 'finished' });
    const later = advanceScript(machine, early.snapshot, facts(3));
    expect(labels(later.effects)).toEqual(['next']);
    expect(later.snapshot.value).toBe('next');
    // Reaching the final state and leaving in the same turn: XState raises its
    // done event, and the guard still sees the turn's facts.
    const direct = advanceScript(machine, start.snapshot, facts(3));
    expect(labels(direct.effects)).toEqual(['next']);
    expect(direct.snapshot.value).toBe('next');
  });

  it('reports an action name outside the registry instead of ignoring it silently', () => {
    const script = { initial: 'a', states: { a: { on: { TURN: { actions: [say('before'), { type: 'launchRocket', params: {} }, say('after')] } } } } };
    const machine = machineOf(script);
    const step = advanceScript(machine, startScript(machine, facts(0)).snapshot, facts(1));
    expect(labels(step.effects)).toEqual(['before', 'after']);
    expect(step.problems).toEqual([{ path: 'script', message: 'unknown action "launchRocket"; ignored' }]);
    expect(validateScript(scenarioWith(script))).toEqual([
      { path: 'script.states.a.on.TURN.actions[1].type', message: expect.stringContaining('unknown action "launchRocket"') },
    ]);
  });

  it('reports an action whose params are malformed instead of handing the engine a broken effect', () => {
    const machine = machineOf({ initial: 'a', states: { a: { on: { TURN: { actions: ['triggerEvent', { type: 'setObjective', params: { objective: 3 } }] } } } } });
    const step = advanceScript(machine, startScript(machine, facts(0)).snapshot, facts(1));
    expect(step.effects).toEqual([]);
    expect(step.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^action "triggerEvent" has invalid params/),
      expect.stringMatching(/^action "setObjective" has invalid params/),
    ]);
  });

  it('skips a turn whose guarded `always` transitions go round in a circle, rather than hang', () => {
    const late = { type: 'turnAtLeast', params: { turn: 3 } };
    const machine = machineOf({
      initial: 'a',
      states: { a: { always: { guard: late, target: 'b' } }, b: { always: { guard: late, target: 'a' } } },
    });
    const start = startScript(machine, facts(0));
    expect(start.snapshot.value).toBe('a');
    expect(advanceScript(machine, start.snapshot, facts(2))).toEqual({ snapshot: start.snapshot, effects: [], problems: [] });
    const looped = advanceScript(machine, start.snapshot, facts(3));
    expect(looped.snapshot).toEqual(start.snapshot);
    expect(looped.effects).toEqual([]);
    expect(looped.problems[0]?.message).toMatch(/^the script could not take turn 3: Infinite loop detected/);
    // The same circle at the start: the script stops instead.
    const atStart = startScript(machine, facts(5));
    expect(atStart.snapshot.status).toBe('done');
    expect(atStart.problems[0]?.message).toMatch(/^the script could not start/);
  });

  it('refuses a saved state that names no state of the script', () => {
    const machine = machineOf({ initial: 'a', states: { a: { initial: 'x', states: { x: {} } }, b: {} } });
    const bad: unknown[] = ['zz', 'toString', { a: 'y' }, { a: 'x', b: 'x' }, {}, 42, null, ['a'], { a: { x: 'toString' } }];
    for (const value of bad) {
      const saved = { value, status: 'active' } as ScriptSnapshot;
      const step = advanceScript(machine, saved, facts(1));
      expect(step.effects).toEqual([]);
      expect(step.snapshot).toEqual(saved);
      expect(step.problems).toHaveLength(1);
      expect(step.problems[0]!.path).toBe('script.value');
    }
  });
});
