// The forecast uses only what a student knows: changing the hidden demand of the
// scenario changes nothing in it; the pending decisions change it as they should.
import { describe, expect, it } from 'vitest';
import { newGame, studentView, publicScenario, type Scenario } from '../../src/engine';
import { forecast } from '../../src/game/forecast';
import { newSession } from '../../src/game/session';
import { PendingList } from '../../src/game/pending';
import { shippedScenario } from '../support/scenarios';

function withHiddenDemand(s: Scenario, factor: number): Scenario {
  return { ...s, products: s.products.map((p) => ({ ...p, demand: p.demand.map((d) => ({ ...d, weeklyVisitors: Math.round(d.weeklyVisitors * factor), fit: Math.min(2, d.fit * factor) })) })) };
}

describe('forecast', () => {
  const scenario = shippedScenario('tutorial');

  it('is the same whatever the hidden demand is', () => {
    const view = studentView(newGame(scenario, 1), 'player', null)!;
    const a = forecast(scenario, view, []);
    const b = forecast(withHiddenDemand(scenario, 1.7), view, []);
    const c = forecast(publicScenario(scenario), view, []);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a.listings.length).toBe(2);
    expect(a.weekly).toBeNull(); // nothing sold yet: no basis
  });

  it('prices a pending listing, its landed cost and margin, and the cash the decisions take', () => {
    const view = studentView(newGame(scenario, 1), 'player', null)!;
    const base = forecast(scenario, view, []);
    const pending = [
      { type: 'setPrice', market: 'US', channel: 'marketplace', product: 'led-lamp', price: 3999 },
      { type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: 2999 },
      { type: 'orderStock', product: 'serum', units: 300 },
      { type: 'setPayments', market: 'US', methods: ['card', 'paypal'] },
      { type: 'ship', product: 'serum', units: 100, to: 'wh-us', carrier: 'sea-us' },
    ];
    const f = forecast(scenario, view, pending);
    const lamp = f.listings.find((l) => l.product === 'led-lamp')!;
    expect(lamp.changed).toBe(true);
    expect(lamp.landed).toBeGreaterThan(0);
    expect(lamp.margin).toBe(lamp.margin); // a number
    const serum0 = base.listings.find((l) => l.product === 'serum' && l.channel === 'marketplace')!;
    const serum1 = f.listings.find((l) => l.product === 'serum' && l.channel === 'marketplace')!;
    expect(serum1.margin).toBeGreaterThan(serum0.margin); // dearer, same costs but fees
    const serum = scenario.products.find((p) => p.id === 'serum')!;
    expect(f.spend.sourcing).toBe(serum.unitCost * 300);
    expect(f.spend.setup).toBe(scenario.paymentMethods.find((p) => p.id === 'paypal')!.setupCost);
    expect(f.spend.freight).toBeGreaterThan(0);
    expect(f.cashAfter).toBe(view.company.cash - f.spend.sourcing - f.spend.freight - f.spend.duties - f.spend.setup);
    // Shipping 100 serum leaves 300 at home for the parcel route.
    expect(serum1.stock).toBe(300);
  });

  it('warns of a price below landed cost, and uses last week\'s orders for next week', () => {
    const s = newSession(scenario, '{}');
    s.endTurn(new PendingList());
    const view = s.view();
    const f = forecast(scenario, view, [{ type: 'setPrice', market: 'US', channel: 'own-site', product: 'serum', price: 100 }]);
    expect(f.warnings.some((w) => w.kind === 'loss' && w.channel === 'own-site')).toBe(true);
    const served = view.lastReport!.sales.filter((c) => c.channel === 'marketplace' && c.product === 'serum').reduce((a, c) => a + c.servedOrders, 0);
    expect(f.listings.find((l) => l.channel === 'marketplace')!.lastOrders).toBe(served);
    expect(f.weekly).not.toBeNull();
  });
});
