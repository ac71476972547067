import { describe, expect, it } from 'vitest';
import { validateScript } from '../../src/engine/script';
import type { Problem } from '../../src/engine/problems';
import type { Scenario } from '../../src/engine/schema';
import { say, scenarioWith, seasonScript, text } from './fixtures';

const validate = (script: unknown): Problem[] => validateScript(scenarioWith(script));
const paths = (script: unknown): string[] => validate(script).map((p) => p.path);

/** A one-state script whose state `a` has `extra` merged in, beside a plain state `b`. */
const oneState = (extra: object) => ({ initial: 'a', states: { a: { ...extra }, b: {} } });

describe('validateScript accepts', () => {
  it('a scenario without a script', () => {
    expect(validateScript({ events: [] } as unknown as Scenario)).toEqual([]);
  });

  it('a script that uses every guard, action and kind of target', () => {
    expect(validate(seasonScript)).toEqual([]);
  });

  it('guarded `always` transitions to itself or round a circle (left to the run time limit)', () => {
    const late = { type: 'turnAtLeast', params: { turn: 3 } };
    expect(validate({ initial: 'a', states: { a: { always: { guard: late, target: 'a' } } } })).toEqual([]);
    expect(validate({ initial: 'a', states: { a: { always: { guard: late, target: 'b' } }, b: { always: { guard: late, target: 'a' } } } })).toEqual([]);
  });

  it('a guardless `always` that leaves for good, and one to an ancestor that re-enters elsewhere', () => {
    expect(validate({ initial: 'a', states: { a: { always: { target: 'b' } }, b: {} } })).toEqual([]);
    expect(validate({
      initial: 'p',
      states: { p: { id: 'P', initial: 'x', states: { x: { on: { TURN: 'y' } }, y: { always: { target: '#P' } } } } },
    })).toEqual([]);
  });
});

describe('validateScript reports, with the exact path', () => {
  it('a target that does not resolve', () => {
    const script = {
      initial: 'launch',
      states: {
        launch: { on: { TURN: { target: 'peak' } } },
        peak: { on: { TURN: [{ target: 'launch' }, { guard: { type: 'turnIs', params: { turn: 4 } }, target: 'nowhere' }] } },
      },
    };
    expect(validate(script)).toEqual([
      { path: 'script.states.peak.on.TURN[1].target', message: '"nowhere": no state "nowhere" in the script; known: launch, peak' },
    ]);
  });

  it('every kind of bad target', () => {
    const script = {
      initial: 'a',
      on: { TURN: 'a' },
      always: [{ guard: { type: 'turnIs', params: { turn: 1 } }, target: '.a.zz' }],
      states: {
        a: {
          initial: 'x',
          states: { x: {} },
          on: {
            TURN: [
              { target: '#missing' }, { target: 'b..c' }, { target: 'toString' }, { target: '.' },
              { target: '#' }, { target: 'a\\.x' }, { target: '.y' },
            ],
          },
        },
      },
    };
    expect(validate(script)).toEqual([
      { path: 'script.on.TURN.target', message: '"a": from the script\'s root, name a child as ".a" or an id as "#id"' },
      { path: 'script.always[0].target', message: '".a.zz": no state "zz" in "a"; known: x' },
      { path: 'script.states.a.on.TURN[0].target', message: '"#missing": no state has the id "missing"; known: (machine)' },
      { path: 'script.states.a.on.TURN[1].target', message: '"b..c": no state "b" in the script; known: a' },
      { path: 'script.states.a.on.TURN[2].target', message: '"toString": no state "toString" in the script; known: a' },
      { path: 'script.states.a.on.TURN[3].target', message: '"." has an empty state name' },
      { path: 'script.states.a.on.TURN[4].target', message: '"#": no state has the id ""; known: (machine)' },
      { path: 'script.states.a.on.TURN[5].target', message: '"a\\.x": a target may not contain "\\"' },
      { path: 'script.states.a.on.TURN[6].target', message: '".y": no state "y" in "a"; known: x' },
    ]);
  });

  it('targets by id, through ids, and the root id', () => {
    const script = {
      id: 'root',
      initial: 'a',
      states: {
        a: { id: 'A', initial: 'x', states: { x: { on: { TURN: [{ target: '#A.y' }, { target: '#root.b' }, { target: '#(machine).b' }] } }, y: {} } },
        b: {},
      },
    };
    expect(validate(script)).toEqual([
      { path: 'script.states.a.states.x.on.TURN[2].target', message: '"#(machine).b": no state has the id "(machine)"; known: root, A' },
    ]);
  });

  it('an `initial` that names no child, or is missing', () => {
    expect(validate({ initial: 'zz', states: { a: {} } })).toEqual([
      { path: 'script.initial', message: '"zz" is not a child state of the script; known: a' },
    ]);
    expect(validate({ initial: 'a', states: {} })).toEqual([
      { path: 'script.initial', message: '"a": the script has no child states to start in' },
    ]);
    expect(validate({ initial: 'peak', states: { peak: { initial: 'toString', states: { warmup: {}, sale: {} } } } })).toEqual([
      { path: 'script.states.peak.initial', message: '"toString" is not a child state of "peak"; known: warmup, sale' },
    ]);
    expect(validate({ initial: 'peak', states: { peak: { states: { warmup: {} } } } })).toEqual([
      { path: 'script.states.peak.initial', message: 'a state with child states needs "initial"; known: warmup' },
    ]);
    expect(paths(oneState({ initial: 'x' }))).toEqual(['script.states.a.initial']);
  });

  it('state types that contradict their children, and duplicate ids', () => {
    expect(validate(oneState({ type: 'final', initial: 'x', states: { x: {} } }))).toEqual([
      { path: 'script.states.a.states', message: 'a state of type "final" cannot have child states' },
      { path: 'script.states.a.initial', message: '"x": "a" has no child states to start in' },
    ]);
    expect(validate(oneState({ type: 'compound' }))).toEqual([
      { path: 'script.states.a.type', message: 'a compound state needs child states' },
    ]);
    expect(validate({ id: 'S', initial: 'a', states: { a: { id: 'X' }, b: { id: 'X' }, c: { id: 'S' } } })).toEqual([
      { path: 'script.states.b.id', message: 'the id "X" is already used at script.states.a' },
      { path: 'script.states.c.id', message: 'the id "S" is already used at script' },
    ]);
  });

  it('an unknown event id, in an action or a guard', () => {
    expect(validate(oneState({
      entry: [say('hi'), { type: 'triggerEvent', params: { event: 'tsunami' } }],
      exit: { type: 'endEvent', params: { event: 'quake' } },
      on: { TURN: { guard: { type: 'eventActive', params: { event: 'flood' } }, target: 'b' } },
    }))).toEqual([
      { path: 'script.states.a.on.TURN.guard.params.event', message: 'no event "flood"; events: portStrike, viralVideo' },
      { path: 'script.states.a.entry[1].params.event', message: 'no event "tsunami"; events: portStrike, viralVideo' },
      { path: 'script.states.a.exit.params.event', message: 'no event "quake"; events: portStrike, viralVideo' },
    ]);
  });

  it('an unknown objective', () => {
    expect(validate(oneState({ on: { TURN: { actions: [{ type: 'setObjective', params: { objective: 'getRich' } }] } } }))).toEqual([
      { path: 'script.states.a.on.TURN.actions[0].params.objective', message: 'no objective "getRich"; objectives: reachProfit' },
    ]);
  });

  it('an unknown market in a KPI guard', () => {
    expect(validate(oneState({
      always: [
        { guard: { type: 'kpiBelow', params: { kpi: 'cash', value: 0 } }, target: 'b' },
        { guard: { type: 'kpiAtLeast', params: { kpi: 'gmv', value: 10, market: 'JP' } }, target: 'b' },
      ],
    }))).toEqual([
      { path: 'script.states.a.always[1].guard.params.market', message: 'no market "JP"; markets: US, DE' },
    ]);
  });

  it('a setParameter target of the wrong kind', () => {
    const set = (parameter: string, target: string) => ({ type: 'setParameter', params: { parameter, target, value: 1 } });
    expect(validate(oneState({
      entry: [set('market.vatRate', 'amazon'), set('channel.commission', 'US'), set('carrier.extraDays', 'seaFreight'), set('carrier.costFactor', 'air')],
    }))).toEqual([
      { path: 'script.states.a.entry[0].params.target', message: 'no market "amazon" ("amazon" is a channel); markets: US, DE' },
      { path: 'script.states.a.entry[1].params.target', message: 'no channel "US" ("US" is a market); channels: amazon' },
      { path: 'script.states.a.entry[3].params.target', message: 'no carrier "air"; carriers: seaFreight' },
    ]);
  });

  it('a currency the scenario does not have', () => {
    expect(validate(oneState({ entry: { type: 'shockCurrency', params: { currency: 'JPY', multiply: 1.2 } } }))).toEqual([
      { path: 'script.states.a.entry.params.currency', message: 'no currency "JPY"; currencies: USD, EUR, CNY' },
    ]);
  });

  it('a setParameter value outside the limits of the field it stands for', () => {
    const set = (parameter: string, target: string, value: number) => ({ type: 'setParameter', params: { parameter, target, value } });
    expect(validate(oneState({
      entry: [
        set('market.dutyRate', 'US', 34), set('market.vatRate', 'DE', 0.19), set('market.priceSensitivity', 'US', 0),
        set('market.dutyFreeThreshold', 'US', 80_000.5), set('market.vatFreeThreshold', 'DE', -1), set('channel.commission', 'amazon', 1.5),
        set('channel.feePerOrder', 'amazon', -100), set('carrier.extraDays', 'seaFreight', 2.5), set('carrier.costFactor', 'seaFreight', 1.4),
      ],
    }))).toEqual([
      { path: 'script.states.a.entry[0].params.value', message: 'market.dutyRate is a fraction, as markets[].tax.dutyRate (0.2 = 20%): must be at most 1 (it is 34)' },
      { path: 'script.states.a.entry[2].params.value', message: 'market.priceSensitivity is an elasticity, as markets[].priceSensitivity: must be at least 0.1 (it is 0)' },
      { path: 'script.states.a.entry[3].params.value', message: expect.stringContaining('must be a whole number (it is 80000.5)') },
      { path: 'script.states.a.entry[5].params.value', message: expect.stringContaining('must be at most 1 (it is 1.5)') },
      { path: 'script.states.a.entry[6].params.value', message: expect.stringContaining('must be at least 0 (it is -100)') },
      { path: 'script.states.a.entry[7].params.value', message: 'carrier.extraDays is whole days added to every shipment: must be a whole number (it is 2.5)' },
    ]);
  });

  it('a turn guard past the last turn, and a shock to the home currency: no-ops', () => {
    const script = oneState({
      entry: { type: 'shockCurrency', params: { currency: 'CNY', multiply: 1.2 } },
      on: { TURN: [
        { guard: { type: 'turnIs', params: { turn: 20 } }, target: 'b' },
        { guard: { type: 'turnAtLeast', params: { turn: 9 } }, target: 'b' },
        { guard: { type: 'turnIs', params: { turn: 8 } }, target: 'b' },
      ] },
    });
    expect(validateScript({ ...scenarioWith(script), turns: 8, homeCurrency: 'CNY' } as Scenario)).toEqual([
      { path: 'script.states.a.on.TURN[0].guard.params.turn', message: 'turn 20 is after the scenario\'s last turn (8), so this guard never holds' },
      { path: 'script.states.a.on.TURN[1].guard.params.turn', message: 'turn 9 is after the scenario\'s last turn (8), so this guard never holds' },
      { path: 'script.states.a.entry.params.currency', message: 'CNY is the home currency, whose rate is fixed, so this moves nothing; name the currency of a market' },
    ]);
  });

  it('a guardless `always` that stays in its own state', () => {
    expect(validate(oneState({ always: { target: 'a' } }))).toEqual([
      { path: 'script.states.a.always.target', message: expect.stringContaining('targets its own state') },
    ]);
    expect(paths({ initial: 'a', states: { a: { initial: 'x', states: { x: {}, y: {} }, always: [{ guard: { type: 'turnIs', params: { turn: 2 } }, target: 'b' }, { target: '.y' }] }, b: {} } }))
      .toEqual(['script.states.a.always[1].target']);
    expect(validate(oneState({ always: [{ actions: say('again') }] }))).toEqual([
      { path: 'script.states.a.always[0]', message: expect.stringContaining('without a guard or a target') },
    ]);
    expect(paths({ initial: 'a', always: { target: '.a' }, states: { a: {} } })).toEqual(['script.always.target']);
  });

  it('guardless `always` transitions that go round in a circle, once, at the first in the file', () => {
    const script = {
      initial: 'a',
      states: {
        a: { always: [{ guard: { type: 'turnIs', params: { turn: 1 } }, target: 'c' }, { target: 'b' }] },
        b: { initial: 'b1', states: { b1: { always: { target: '#back' } } } },
        c: { id: 'back', always: { target: 'a' } },
      },
    };
    expect(validate(script)).toEqual([
      { path: 'script.states.a.always[1]', message: '`always` transitions without guards go round in a circle (a → b1 → c → a): whenever no other guard holds, the turn never ends' },
    ]);
  });

  it('a guard or an action name outside the registry (schema bypassed)', () => {
    expect(validate(oneState({
      entry: [{ type: 'launchRocket', params: {} }, 'toString'],
      on: { TURN: { guard: { type: 'hasOwnProperty', params: {} }, target: 'b', actions: 'showMessage' } },
    }))).toEqual([
      { path: 'script.states.a.on.TURN.guard.type', message: 'unknown guard "hasOwnProperty"; known: turnIs, turnAtLeast, kpiAtLeast, kpiBelow, eventActive' },
      { path: 'script.states.a.entry[0].type', message: expect.stringMatching(/^unknown action "launchRocket"; known: triggerEvent, endEvent, /) },
      { path: 'script.states.a.entry[1]', message: expect.stringMatching(/^unknown action "toString"/) },
      { path: 'script.states.a.on.TURN.actions.params', message: expect.any(String) },
    ]);
  });

  it('keys and events a script never uses (schema bypassed)', () => {
    expect(paths(oneState({ after: { 1000: 'b' }, invoke: { src: 'x' }, on: { CLICK: 'b', TURN: 'b' } }))).toEqual([
      'script.states.a.after', 'script.states.a.invoke', 'script.states.a.on.CLICK',
    ]);
  });
});

describe('validateScript never throws', () => {
  const ring = { initial: 's0', states: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`s${i}`, { always: { target: `s${(i + 1) % 60}` } }])) };
  const weird: unknown[] = [
    null, 42, 'script', [], {}, { initial: 'a' }, { states: null }, { initial: 'a', states: { a: null } },
    { initial: 'a', states: { a: { on: null, always: 7, entry: null, exit: [null, 3, 'x'], states: [] } } },
    { initial: 'a', states: { a: { on: { TURN: [null, 1, 'b', { target: 5 }, { guard: 'turnIs' }, { guard: { type: 3 } }] } }, b: {} } },
    { initial: 'toString', states: { toString: { initial: 'valueOf', states: { valueOf: { on: { TURN: 'hasOwnProperty' } }, hasOwnProperty: {} } } } },
    { initial: 'a', states: { a: { always: { target: '#a' }, id: 'a' } } },
    { initial: 'a', states: { a: { entry: { type: 'setParameter', params: { parameter: 'warehouse.rent', target: 'x', value: 1 } } } } },
    { initial: 'a', states: { a: { entry: { type: 'setParameter', params: null }, on: { TURN: { guard: { type: 'kpiBelow', params: [] } } } } } },
    { id: 'r', initial: 'a', always: [{ target: '#r' }], states: { a: { id: 'r' } } },
    ring,
    { initial: 'a', states: { a: { initial: 'b', states: { b: { initial: 'c', states: { c: { always: { target: '#(machine)' } } } } } } } },
  ];
  it.each(weird.map((w, i) => [i, w] as const))('config %i', (_, script) => {
    let problems: Problem[] = [];
    expect(() => { problems = validate(script); }).not.toThrow();
    for (const p of problems) {
      expect(typeof p.path).toBe('string');
      expect(typeof p.message).toBe('string');
    }
  });

  it('still says what is wrong in them', () => {
    expect(validate(null)).toEqual([{ path: 'script', message: 'a script is an object with "initial" and "states"' }]);
    expect(validate({ id: 'r', initial: 'a', always: [{ target: '#r' }], states: { a: { id: 'r' } } }).map((p) => p.path))
      .toEqual(['script.states.a.id', 'script.always[0].target']);
    expect(validate(ring).map((p) => p.path)).toEqual(['script.states.s0.always']);
  });

  it('a valid scenario of the real shape needs no more than the fields it reads', () => {
    expect(validateScript({ script: { initial: 'a', states: { a: { entry: say('x') } } } } as unknown as Scenario)).toEqual([]);
    expect(validateScript({ script: { initial: 'a', states: { a: { entry: { type: 'endScenario', params: { reason: text('x') } } } } } } as unknown as Scenario)).toEqual([]);
  });
});
