import { describe, expect, it } from 'vitest';
import { advanceScript, createScriptMachine, GUARDS, startScript } from '../../src/engine/script';
import type { Script } from '../../src/engine/schema';
import { facts, say } from './fixtures';

function check(name: string, f: ReturnType<typeof facts>, params: unknown): boolean {
  const guard = GUARDS.get(name);
  if (!guard) throw new Error(`no guard ${name}`);
  return guard(f, params);
}

describe('guards', () => {
  it('turnIs holds on that turn only', () => {
    expect(check('turnIs', facts(4), { turn: 4 })).toBe(true);
    expect(check('turnIs', facts(5), { turn: 4 })).toBe(false);
  });

  it('turnAtLeast holds from that turn on', () => {
    expect(check('turnAtLeast', facts(3), { turn: 4 })).toBe(false);
    expect(check('turnAtLeast', facts(4), { turn: 4 })).toBe(true);
    expect(check('turnAtLeast', facts(9), { turn: 4 })).toBe(true);
  });

  it('kpiAtLeast compares the company KPI, or the market KPI when a market is named', () => {
    const f = facts(1, { kpis: { gmv: 500 }, markets: { US: { gmv: 50 } } });
    expect(check('kpiAtLeast', f, { kpi: 'gmv', value: 500 })).toBe(true);
    expect(check('kpiAtLeast', f, { kpi: 'gmv', value: 501 })).toBe(false);
    expect(check('kpiAtLeast', f, { kpi: 'gmv', value: 50, market: 'US' })).toBe(true);
    expect(check('kpiAtLeast', f, { kpi: 'gmv', value: 51, market: 'US' })).toBe(false);
  });

  it('kpiBelow is strictly below', () => {
    const f = facts(1, { kpis: { cash: -1 }, markets: { DE: { returnRate: 0.2 } } });
    expect(check('kpiBelow', f, { kpi: 'cash', value: 0 })).toBe(true);
    expect(check('kpiBelow', f, { kpi: 'cash', value: -1 })).toBe(false);
    expect(check('kpiBelow', f, { kpi: 'returnRate', value: 0.3, market: 'DE' })).toBe(true);
    expect(check('kpiBelow', f, { kpi: 'returnRate', value: 0.2, market: 'DE' })).toBe(false);
  });

  it('a KPI the report does not carry satisfies neither test', () => {
    const f = facts(1, { kpis: {}, markets: { US: {} } });
    for (const name of ['kpiAtLeast', 'kpiBelow']) {
      expect(check(name, f, { kpi: 'cash', value: 0 })).toBe(false);
      expect(check(name, f, { kpi: 'cash', value: 0, market: 'US' })).toBe(false);
      expect(check(name, f, { kpi: 'cash', value: 0, market: 'JP' })).toBe(false);
      expect(check(name, f, { kpi: 'cash', value: 0, market: 'toString' })).toBe(false);
    }
  });

  it('eventActive holds while the event is active', () => {
    expect(check('eventActive', facts(1, { activeEvents: ['portStrike'] }), { event: 'portStrike' })).toBe(true);
    expect(check('eventActive', facts(1, { activeEvents: ['viralVideo'] }), { event: 'portStrike' })).toBe(false);
  });

  it('malformed params make a guard false, never a throw', () => {
    for (const name of GUARDS.keys()) {
      for (const params of [undefined, null, 3, 'x', {}, { turn: '4', kpi: 7, value: 'a', event: 1 }]) {
        expect(check(name, facts(4), params)).toBe(false);
      }
    }
  });

  it('the registry holds exactly the schema guards and no Object.prototype names', () => {
    expect([...GUARDS.keys()]).toEqual(['turnIs', 'turnAtLeast', 'kpiAtLeast', 'kpiBelow', 'eventActive']);
    expect(GUARDS.has('toString')).toBe(false);
  });

  it('binds each guard by name inside the machine, reading the TURN facts', () => {
    const cases: [unknown, ReturnType<typeof facts>, ReturnType<typeof facts>][] = [
      [{ type: 'turnIs', params: { turn: 2 } }, facts(2), facts(3)],
      [{ type: 'turnAtLeast', params: { turn: 2 } }, facts(5), facts(1)],
      [{ type: 'kpiAtLeast', params: { kpi: 'orders', value: 10 } }, facts(1, { kpis: { orders: 10 } }), facts(1, { kpis: { orders: 9 } })],
      [{ type: 'kpiBelow', params: { kpi: 'rating', value: 4, market: 'US' } }, facts(1, { markets: { US: { rating: 3.9 } } }), facts(1, { markets: { US: { rating: 4 } } })],
      [{ type: 'eventActive', params: { event: 'portStrike' } }, facts(1, { activeEvents: ['portStrike'] }), facts(1)],
    ];
    for (const [guard, yes, no] of cases) {
      const machine = createScriptMachine({
        initial: 'waiting',
        states: { waiting: { on: { TURN: { guard, target: 'fired' } } }, fired: { entry: say('fired') } },
      } as unknown as Script);
      const start = startScript(machine, facts(0));
      expect(advanceScript(machine, start.snapshot, yes).snapshot.value).toBe('fired');
      expect(advanceScript(machine, start.snapshot, no).snapshot.value).toBe('waiting');
    }
  });
});
