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
    expect(serum1.margin).toBeGreaterThan(serum0.margin!); // dearer, same costs but fees
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

  // Volume follows the decisions (seed 000 §5 pricing; README §2 price response,
  // §12.2 search ads), from what the student knows only.
  describe('expected orders', () => {
    const played = () => {
      const s = newSession(scenario, '{}');
      s.endTurn(new PendingList());
      return s.view();
    };
    const ownSite = (f: ReturnType<typeof forecast>) => f.listings.find((l) => l.product === 'serum' && l.channel === 'own-site')!;
    const serum = (f: ReturnType<typeof forecast>) => f.listings.find((l) => l.product === 'serum' && l.channel === 'marketplace')!;

    it('fall when the price rises and rise when it falls', () => {
      const view = played();
      const base = forecast(scenario, view, []);
      const now = view.company.listings.find((l) => l.product === 'serum' && l.channel === 'marketplace')!.price;
      const dearer = forecast(scenario, view, [{ type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: Math.round(now * 1.2) }]);
      const cheaper = forecast(scenario, view, [{ type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: Math.round(now * 0.85) }]);
      expect(serum(base).expectedOrders).toBeGreaterThan(0);
      expect(serum(dearer).expectedOrders).toBeLessThan(serum(base).expectedOrders!);
      expect(serum(cheaper).expectedOrders).toBeGreaterThan(serum(base).expectedOrders!);
      // The other listing keeps its volume.
      expect(ownSite(dearer).expectedOrders).toBe(ownSite(base).expectedOrders);
    });

    it('rise with a search-ad budget, and more with a bigger one', () => {
      const view = played();
      const base = forecast(scenario, view, []);
      const some = forecast(scenario, view, [{ type: 'setAdBudget', market: 'US', weekly: 20_000, kind: 'search' }]);
      const more = forecast(scenario, view, [{ type: 'setAdBudget', market: 'US', weekly: 80_000, kind: 'search' }]);
      expect(serum(some).expectedOrders).toBeGreaterThan(serum(base).expectedOrders!);
      expect(serum(more).expectedOrders).toBeGreaterThan(serum(some).expectedOrders!);
      expect(some.weekly).not.toBe(base.weekly);
    });

    it('use the research estimate of price sensitivity once the student has one, and say so', () => {
      const view = played();
      const region = forecast(scenario, view, []).bases.find((b) => b.market === 'US')!;
      expect(region.source).toBe('region');
      const researched = { ...view, research: [{ id: 'r1', kind: 'expert', measure: 'priceSensitivity', market: 'US', text: { zh: '', en: '' }, estimate: 3.2, error: 0.6, turn: 1 }] };
      const known = forecast(scenario, researched, []).bases.find((b) => b.market === 'US')!;
      expect(known).toMatchObject({ source: 'research', sensitivity: 3.2 });
      const now = view.company.listings.find((l) => l.product === 'serum' && l.channel === 'marketplace')!.price;
      const rise = [{ type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: Math.round(now * 1.2) }];
      // A more sensitive market loses more orders to the same rise.
      expect(serum(forecast(scenario, researched, rise)).expectedOrders).toBeLessThan(serum(forecast(scenario, view, rise)).expectedOrders!);
    });

    it('do not change with the hidden demand after a played week', () => {
      const view = played();
      const pending = [{ type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: 1999 }, { type: 'setAdBudget', market: 'US', weekly: 30_000, kind: 'search' }];
      const a = forecast(scenario, view, pending);
      expect(forecast(withHiddenDemand(scenario, 0.4), view, pending)).toEqual(a);
      expect(forecast(publicScenario(scenario), view, pending)).toEqual(a);
    });
  });
});
