// Events and the scenario script (DESIGN.md §2 steps 2–3): the script may fire an
// event (whose effects last its duration), change a parameter from that turn on,
// or end the run; a finished run refuses further turns.
import { describe, expect, it } from 'vitest';
import { resolveTurn, stateHash, type Scenario } from '../../../src/engine';
import { worldOf } from '../../../src/engine/world';
import { expectedDays } from '../../../src/engine/freight';
import { dutyRate } from '../../../src/engine/duties';
import { toHome } from '../../../src/engine/fx';
import { busy, entries, play, quiet, scenarioFrom, startOf, sum, text, type Draft, type Turn } from './build';

/** The US shop of the fixture, with a one-step script: at `turn`, do `actions`. */
function scripted(turn: number, actions: unknown, more: (s: Draft) => void = () => {}): Scenario {
  return scenarioFrom((s) => {
    quiet(s);
    busy(s);
    s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
    s.player.stock = [{ product: 'lamp', location: 'home', units: 1_000_000 }, { product: 'serum', location: 'home', units: 1000 }];
    s.events.push({
      id: 'postalStrike', name: text('Postal strike'), description: text('Parcels are slow.'),
      durationTurns: 3, effects: [{ kind: 'transitDays', carrier: 'postal', add: 10 }],
    });
    s.script = {
      initial: 'waiting',
      states: {
        waiting: { on: { TURN: { guard: { type: 'turnIs', params: { turn } }, target: 'done', actions } } },
        done: { type: 'final' },
      },
    } as Draft['script'];
    more(s);
  });
}

describe('a script that triggers an event', () => {
  const scenario = scripted(2, [{ type: 'triggerEvent', params: { event: 'postalStrike' } }, { type: 'showMessage', params: { text: text('Strike!') } }]);
  const world = worldOf(scenario);
  const postal = world.carriers.get('postal')!;
  const sea = world.carriers.get('sea')!;
  const turns = play(startOf(scenario, 3), [[], [{ type: 'ship', product: 'serum', units: 500, to: 'usWest', carrier: 'sea' }], [], [], [], []]);
  const promised = (t: Turn) => expectedDays(t.state, world, postal, 'US');

  it('starts it in that turn and ends it after its duration', () => {
    expect(turns.map((t) => t.report.events.started)).toEqual([[], ['postalStrike'], [], [], [], []]);
    expect(turns.map((t) => t.report.events.active)).toEqual([[], ['postalStrike'], ['postalStrike'], ['postalStrike'], [], []]);
    expect(turns[4]!.report.events.ended).toEqual(['postalStrike']);
    expect(turns[1]!.report.messages.map((m) => m.en)).toEqual(['Strike!']);
    expect(turns[1]!.report.news.map((n) => n.en)).toContain('Postal strike');
  });

  it('raises the named carrier’s transit days while it lasts, and no other carrier’s', () => {
    // Postal: transit 10–20 and customs 1–4 → 17.5 days promised; sea: 30 + 4.
    expect(turns.map(promised)).toEqual([17.5, 27.5, 27.5, 27.5, 17.5, 17.5]);
    for (const t of turns) expect(expectedDays(t.state, world, sea, 'US')).toBe(34);
  });

  it('delays the parcels sent during the strike, drawn within the shifted range', () => {
    turns.forEach((t, i) => {
      const days = t.report.companies.player!.sales[0]!.deliveryDays;
      const strike = i >= 1 && i <= 3 ? 10 : 0;
      expect(days).toBeGreaterThanOrEqual(11 + strike);
      expect(days).toBeLessThanOrEqual(24 + strike);
    });
  });

  it('leaves a sea shipment sent during a postal strike on its own schedule', () => {
    const s = turns[1]!.state.companies.player!.shipments[0]!;
    expect(s.days).toBeGreaterThanOrEqual(27);
    expect(s.days).toBeLessThanOrEqual(41);
  });
});

describe('a script that sets a parameter', () => {
  const scenario = scripted(3, [
    { type: 'setParameter', params: { parameter: 'market.dutyRate', target: 'US', value: 0.25 } },
    { type: 'setParameter', params: { parameter: 'market.dutyFreeThreshold', target: 'DE', value: -1 } },
  ]);
  const world = worldOf(scenario);
  const turns = play(startOf(scenario, 4), 4);

  it('changes the duty rate from that turn on', () => {
    expect(turns.map((t) => t.state.params.markets.US!.dutyRate)).toEqual([0.05, 0.05, 0.25, 0.25]);
    expect(turns.map((t) => dutyRate(t.state, world, 'US', 'home'))).toEqual([0.05, 0.05, 0.25, 0.25]);
  });

  it('parcels pay the new rate in that very turn', () => {
    turns.forEach((t, i) => {
      const cell = t.report.companies.player!.sales.find((c) => c.market === 'US')!;
      const rate = i >= 2 ? 0.25 : 0.05;
      const paid = sum(entries(t.report, 'duty on parcels').map((e) => e.amount));
      expect(paid).toBe(toHome(Math.round(2999 * rate * cell.servedOrders), t.state.fx.USD!, 2, 2));
    });
  });

  it('a negative threshold removes the de minimis', () => {
    expect(turns.map((t) => t.state.params.markets.DE!.dutyFreeThreshold)).toEqual([15000, 15000, null, null]);
  });

  it('the scenario’s own numbers are not touched', () => {
    expect(scenario.markets.find((m) => m.id === 'US')!.tax.dutyRate).toBe(0.05);
  });
});

describe('a script that ends the scenario', () => {
  const reason = text('The board closes the shop.');
  const scenario = scripted(2, { type: 'endScenario', params: { reason } });
  const [t1, t2] = play(startOf(scenario, 5), 2);

  it('finishes the run in that turn, with its reason', () => {
    expect(t1!.state.finished).toBe(false);
    expect(t2!.state.finished).toBe(true);
    expect(t2!.state.endReason).toEqual(reason);
    expect(t2!.report.finished).toBe(true);
    expect(t2!.report.endReason).toEqual(reason);
  });

  it('later turns are refused with "The run has ended" and change nothing', () => {
    const ended = t2!.state;
    const { state, report } = resolveTurn(ended, [{ type: 'orderStock', product: 'lamp', units: 100 }]);
    expect(state).toBe(ended);
    expect(stateHash(state)).toBe(stateHash(ended));
    expect(report.turn).toBe(2);
    expect(report.finished).toBe(true);
    const refused = report.companies.player!.refused;
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason.en).toBe('The run has ended.');
    expect(refused[0]!.reason.zh.length).toBeGreaterThan(0);
    expect(report.companies.player!.ledger).toEqual([]);
  });

  it('the last scheduled turn ends a run the same way', () => {
    const short = scenarioFrom((s) => { quiet(s); s.turns = 2; });
    const [, last] = play(startOf(short, 5), 2);
    expect(last!.state.finished).toBe(true);
    expect(last!.state.endReason?.en).toMatch(/last turn/);
    expect(resolveTurn(last!.state, []).report.companies.player!.refused[0]!.reason.en).toBe('The run has ended.');
  });
});
