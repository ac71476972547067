// Demand and the funnel (DESIGN.md §2 step 5; lessons 1, 13, 14): visitors follow
// awareness, carts follow price by the market's sensitivity, missing payment
// methods and slow delivery lose buyers at checkout, and stock caps sales.
// Visitors, carts and a sales cell's abandonment are expected values
// (deterministic); only the orders are drawn, so the assertions on orders are
// bounds, not values. A market funnel's reasons are those expectations shared out
// over the carts the drawn orders left (funnel.ts apportionReasons), so the
// abandonment rates are read off the cell.
import { describe, expect, it } from 'vitest';
import { resolveTurn, type Scenario } from '../../../src/engine';
import { busy, cloneMarket, market, play, quiet, scenarioFrom, startOf, text, type Draft } from './build';

function usOnly(s: Draft): void {
  quiet(s);
  busy(s);
  s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
  s.player.stock = [{ product: 'lamp', location: 'home', units: 100_000 }];
}

const funnelUS = (scenario: Scenario, actions: unknown[] = [], seed = 1) =>
  resolveTurn(startOf(scenario, seed), actions).report.companies.player!.funnel.US!;

/** The one US listing's sales cell: its expected carts and losses, before the report shares out the drawn orders' difference. */
const cellUS = (scenario: Scenario, actions: unknown[] = [], seed = 1) =>
  resolveTurn(startOf(scenario, seed), actions).report.companies.player!.sales.find((c) => c.market === 'US')!;

describe('awareness', () => {
  it('brings more visitors, strictly, at every level', () => {
    const visitors = [0, 0.05, 0.2, 0.5, 1].map((value) =>
      funnelUS(scenarioFrom((s) => { usOnly(s); s.player.awareness = [{ market: 'US', value }]; })).visitors);
    for (let i = 1; i < visitors.length; i += 1) expect(visitors[i]).toBeGreaterThan(visitors[i - 1]!);
    expect(visitors[0]).toBeGreaterThan(0); // an unknown shop is still found by some searchers
  });

  it('grows with advertising and fades without it', () => {
    const scenario = scenarioFrom(usOnly);
    const aware = (plan: unknown[][]) => play(startOf(scenario, 2), plan).map((t) => t.state.companies.player!.markets.US!.awareness);
    const withAds = aware([[{ type: 'setAdBudget', market: 'US', weekly: 500_000 }], [], []]);
    const without = aware([[], [], []]);
    withAds.forEach((a, i) => expect(a).toBeGreaterThan(without[i]!));
    expect(withAds[2]).toBeGreaterThan(withAds[0]!);
  });
});

describe('price response (lesson 13)', () => {
  // Two markets alike in all but price sensitivity; the same shop in both.
  const scenario = scenarioFrom((s) => {
    usOnly(s);
    market(s, 'US').priceSensitivity = 1;
    cloneMarket(s, 'US', 'SEA', (m) => { m.priceSensitivity = 3; m.name = text('Price-sensitive market'); });
    s.player.listings.push({ market: 'SEA', channel: 'amazon', product: 'lamp', price: 2999 });
    s.player.fulfilment.push({ market: 'SEA', from: 'home', carrier: 'postal' });
    s.player.payments.push({ market: 'SEA', methods: ['card', 'paypal'] });
    s.player.awareness.push({ market: 'SEA', value: 0.5 });
  });
  const carts = (price: number) => {
    const setPrice = (m: string) => ({ type: 'setPrice', market: m, channel: 'amazon', product: 'lamp', price });
    const f = resolveTurn(startOf(scenario, 3), [setPrice('US'), setPrice('SEA')]).report.companies.player!.funnel;
    return { US: f.US!.carts, SEA: f.SEA!.carts };
  };

  it('a higher price fills fewer carts, and far fewer where shoppers are more price-sensitive', () => {
    const at = carts(2999);
    const dear = carts(3899); // 30% over the reference price
    expect(at.US).toBe(at.SEA); // same visitors, same cart rate at the reference price
    const keptUS = dear.US / at.US;
    const keptSEA = dear.SEA / at.SEA;
    expect(keptUS).toBeLessThan(1);
    expect(keptSEA).toBeLessThan(keptUS);
    // Elasticity: (1.3)^-1 ≈ 0.77 and (1.3)^-3 ≈ 0.46, to the rounding of whole carts.
    expect(keptUS).toBeCloseTo(1 / 1.3, 2);
    expect(keptSEA).toBeCloseTo(1 / (1.3 * 1.3 * 1.3), 2);
  });

  it('a lower price fills more carts, more so where shoppers are more price-sensitive', () => {
    const at = carts(2999);
    const cheap = carts(2299);
    expect(cheap.US).toBeGreaterThan(at.US);
    expect(cheap.SEA / at.SEA).toBeGreaterThan(cheap.US / at.US);
  });
});

describe('checkout abandonment', () => {
  it('a missing payment method loses the buyers who prefer it (lesson 1)', () => {
    const scenario = scenarioFrom(usOnly);
    const all = funnelUS(scenario, [{ type: 'setPayments', market: 'US', methods: ['card', 'paypal'] }]);
    const cardOnly = funnelUS(scenario, [{ type: 'setPayments', market: 'US', methods: ['card'] }]);
    const none = funnelUS(scenario, [{ type: 'setPayments', market: 'US', methods: [] }]);
    expect(all.abandoned.payment).toBe(0);
    expect(cardOnly.abandoned.payment).toBeGreaterThan(0);
    expect(none.abandoned.payment).toBeGreaterThan(cardOnly.abandoned.payment);
    // 30% prefer PayPal and 61% of them leave.
    expect(cardOnly.abandoned.payment / cardOnly.checkouts).toBeCloseTo(0.3 * 0.61, 2);
    expect(none.orders).toBeLessThan(cardOnly.orders);
    const kpi = (methods: string[]) => resolveTurn(startOf(scenario, 1), [{ type: 'setPayments', market: 'US', methods }]).report.companies.player!.kpis.checkoutAbandonment;
    expect(kpi(['card'])).toBeGreaterThan(kpi(['card', 'paypal']));
  });

  it('slow delivery loses buyers; delivery within the tolerance loses none', () => {
    const scenario = scenarioFrom((s) => {
      usOnly(s);
      s.carriers.push({
        id: 'express', name: text('Express'), mode: 'express', service: 'parcel', markets: ['US'],
        perShipment: 9000, perKg: 8000, transitDays: [3, 5], customsDays: [0, 1], lossRate: 0.002, damageRate: 0.005,
      });
    });
    const by = (carrier: string) => funnelUS(scenario, [{ type: 'setFulfilment', market: 'US', from: 'home', carrier }]);
    const fast = by('express'); // 4.5 days against a tolerance of 10
    const slow = by('postal'); // 17.5 days: 7.5 days late at 2% each
    expect(fast.abandoned.delivery).toBe(0);
    expect(slow.abandoned.delivery).toBeGreaterThan(0);
    const slowCell = cellUS(scenario, [{ type: 'setFulfilment', market: 'US', from: 'home', carrier: 'postal' }]);
    expect(slowCell.abandoned.delivery / (slowCell.carts - slowCell.abandoned.price)).toBeCloseTo(7.5 * 0.02, 2);
    expect(slow.checkouts).toBeLessThan(fast.checkouts);
    const fromWarehouse = funnelUS(scenario, [{ type: 'setFulfilment', market: 'US', from: 'usWest' }]);
    expect(fromWarehouse.abandoned.delivery).toBe(0);
  });
});

describe('stock caps sales', () => {
  it('a stock-out loses orders, counted in the stockouts KPI; stock never goes below zero', () => {
    const scenario = scenarioFrom((s) => { usOnly(s); s.player.stock = [{ product: 'lamp', location: 'home', units: 5 }]; });
    const turns = play(startOf(scenario, 4), 3);
    const first = turns[0]!.report.companies.player!;
    expect(first.funnel.US!.orders).toBeGreaterThan(5);
    expect(first.kpis.orders).toBe(5);
    expect(first.kpis.stockouts).toBe(first.funnel.US!.orders - 5);
    expect(first.markets.US!.stockouts).toBe(first.kpis.stockouts);
    for (const t of turns) expect(t.state.companies.player!.stock.home!.lamp).toBe(0);
    expect(turns[1]!.report.companies.player!.kpis.orders).toBe(0);
    expect(turns[1]!.report.companies.player!.kpis.stockouts).toBeGreaterThan(0);
  });

  it('B2B orders of 50 units are served whole, shared with retail, and never oversell', () => {
    const scenario = scenarioFrom((s) => {
      usOnly(s);
      s.channels.push({ id: 'b2b', name: text('B2B portal'), kind: 'b2bPortal', markets: ['US'], reach: 0.1, commission: 0.03, unitsPerOrder: 50 });
      s.player.listings.push({ market: 'US', channel: 'b2b', product: 'lamp', price: 2200 });
    });
    for (let seed = 1; seed <= 20; seed += 1) {
      const stock = 120 + seed * 7; // 127 … 260: never a whole number of B2B orders
      const start = { ...startOf(scenario, seed) };
      start.companies = { ...start.companies, player: { ...start.companies.player!, stock: { ...start.companies.player!.stock, home: { lamp: stock } } } };
      let left = stock;
      for (const t of play(start, 3)) {
        const cells = t.report.companies.player!.sales;
        const b2b = cells.find((c) => c.channel === 'b2b')!;
        const used = cells.reduce((a, c) => a + c.servedOrders * (c.channel === 'b2b' ? 50 : 1), 0);
        expect(b2b.orders).toBeGreaterThan(0);
        expect(b2b.unitsSold % 50).toBe(0);
        expect(used).toBeLessThanOrEqual(left);
        left -= used;
        expect(t.state.companies.player!.stock.home!.lamp).toBe(left);
        expect(left).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
