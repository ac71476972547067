// Sourcing (seed 000 ch. 3): the factory is paid when the order is placed, and
// the goods reach the China warehouse `leadTimeWeeks` turns later.
import { describe, expect, it } from 'vitest';
import { resolveTurn } from '../../../src/engine';
import { entries, play, product, quiet, scenarioFrom, startOf } from './build';

// No listings: nothing sells, so stock and cash move only by the order.
const scenario = scenarioFrom((s) => {
  quiet(s);
  s.player.listings = [];
  product(s, 'lamp').leadTimeWeeks = 3;
});
const start = startOf(scenario, 5);
const lamp = scenario.products.find((p) => p.id === 'lamp')!;

describe('a sourcing order', () => {
  const order = { type: 'orderStock', product: 'lamp', units: 250 };
  const turns = play(start, [[order], [], [], [], []]);

  it('takes units × unitCost from cash in the turn it is placed', () => {
    const cost = 250 * lamp.unitCost;
    const without = resolveTurn(start, []).state.companies.player!.cash;
    expect(turns[0]!.state.companies.player!.cash).toBe(without - cost);
    expect(turns[0]!.state.companies.player!.cash).toBe(start.companies.player!.cash - cost);
  });

  it('is booked as inventory paid in cash', () => {
    expect(entries(turns[0]!.report, 'goods purchased')).toEqual([
      { debit: 'inventory', credit: 'cash', amount: 250 * lamp.unitCost, memo: 'goods purchased' },
    ]);
    const ledger = turns[0]!.state.companies.player!.ledger;
    expect(ledger.inventory - start.companies.player!.ledger.inventory).toBe(250 * lamp.unitCost);
    expect(ledger.cash).toBe(turns[0]!.state.companies.player!.cash);
  });

  it('counts as ordered at once and waits in the sourcing list', () => {
    const c = turns[0]!.state.companies.player!;
    expect(c.flows.lamp!.ordered - start.companies.player!.flows.lamp!.ordered).toBe(250);
    expect(c.sourcing).toEqual([{ id: expect.any(Number), product: 'lamp', units: 250, arrivesTurn: 1 + lamp.leadTimeWeeks }]);
  });

  it('arrives at home exactly leadTimeWeeks turns later, not before', () => {
    const home = turns.map((t) => t.state.companies.player!.stock.home!.lamp);
    const before = start.companies.player!.stock.home!.lamp!;
    expect(home).toEqual([before, before, before, before + 250, before + 250]);
    const arrivalTurns = turns.flatMap((t) => t.report.companies.player!.arrivals.map((a) => ({ turn: t.report.turn, ...a })));
    expect(arrivalTurns).toEqual([{ turn: 4, company: 'player', kind: 'sourcing', product: 'lamp', units: 250, lost: 0, damaged: 0, to: 'home' }]);
    expect(turns[3]!.state.companies.player!.sourcing).toEqual([]);
  });

  it('costs nothing more on arrival', () => {
    expect(turns[3]!.state.companies.player!.cash).toBe(turns[2]!.state.companies.player!.cash);
  });

  it('with a lead time of 0 arrives in the same turn', () => {
    const instant = scenarioFrom((s) => { quiet(s); s.player.listings = []; product(s, 'lamp').leadTimeWeeks = 0; });
    const s0 = startOf(instant, 5);
    const { state } = resolveTurn(s0, [order]);
    expect(state.companies.player!.stock.home!.lamp).toBe(s0.companies.player!.stock.home!.lamp! + 250);
  });

  it('several orders arrive each on its own schedule', () => {
    const plan = [[order], [{ type: 'orderStock', product: 'lamp', units: 100 }], [], [], []];
    const home = play(start, plan).map((t) => t.state.companies.player!.stock.home!.lamp! - start.companies.player!.stock.home!.lamp!);
    expect(home).toEqual([0, 0, 0, 250, 350]);
  });
});
