// Customers (DESIGN.md §2 step 7; lessons 2, 14): satisfaction follows delivery
// time, returns, lost parcels and stock-outs; reviews move the rating toward it;
// buyers become customers who come back.
import { describe, expect, it } from 'vitest';
import { busy, play, quiet, scenarioFrom, startOf, text, type Turn } from './build';

const scenario = scenarioFrom((s) => {
  quiet(s);
  busy(s);
  s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
  s.player.stock = [{ product: 'lamp', location: 'home', units: 1_000_000 }];
  s.carriers.push(
    { id: 'express', name: text('Express'), mode: 'express', service: 'parcel', markets: ['US'], perShipment: 9000, perKg: 8000, transitDays: [2, 4], customsDays: [0, 1], lossRate: 0.002, damageRate: 0.005 },
    { id: 'slowboat', name: text('Slow parcel'), mode: 'postal', service: 'parcel', markets: ['US'], perShipment: 900, perKg: 3000, transitDays: [25, 30], customsDays: [3, 5], lossRate: 0.02, damageRate: 0.01 },
  );
});
const TURNS = 8;
const runWith = (carrier: string, seed = 21) =>
  play(startOf(scenario, seed), [[{ type: 'setFulfilment', market: 'US', from: 'home', carrier }], ...Array.from({ length: TURNS - 1 }, () => [])]);
const us = (t: Turn) => t.state.companies.player!.markets.US!;
const kpi = (t: Turn) => t.report.companies.player!.markets.US!;

describe('late deliveries vs fast ones (same seed)', () => {
  const fast = runWith('express');
  const slow = runWith('slowboat');

  it('the slow carrier is late and the fast one on time', () => {
    for (const t of fast) expect(kpi(t).deliveryDays).toBeLessThanOrEqual(10);
    for (const t of slow) expect(kpi(t).deliveryDays).toBeGreaterThan(10);
  });

  it('late deliveries lower satisfaction every turn', () => {
    for (let i = 0; i < TURNS; i += 1) expect(us(slow[i]!).satisfaction).toBeLessThan(us(fast[i]!).satisfaction);
    expect(us(slow.at(-1)!).satisfaction).toBeLessThan(us(slow[0]!).satisfaction);
    expect(us(slow.at(-1)!).satisfaction).toBeLessThan(0.5);
  });

  it('late deliveries pull the rating down from its opening 4 and keep it down; fast ones lift it', () => {
    const slowRatings = slow.map((t) => us(t).rating);
    const fastRatings = fast.map((t) => us(t).rating);
    for (let i = 0; i < TURNS; i += 1) {
      expect(slowRatings[i]).toBeLessThan(3);
      expect(fastRatings[i]).toBeGreaterThan(4);
    }
    // A week of slow parcels weighs more than the opening rating (10 reviews' worth).
    expect(slowRatings[0]).toBeLessThan(2);
    expect(slow.at(-1)!.report.companies.player!.kpis.rating).toBeCloseTo(slowRatings.at(-1)!, 12);
  });

  it('late deliveries bring more returns and complaints', () => {
    const total = (turns: Turn[], key: 'returnRate' | 'complaintRate') => turns.reduce((a, t) => a + kpi(t)[key], 0);
    expect(total(slow, 'returnRate')).toBeGreaterThan(total(fast, 'returnRate'));
    expect(total(slow, 'complaintRate')).toBeGreaterThan(total(fast, 'complaintRate'));
  });

  it('the rating stays inside 1–5 and reviews only accumulate', () => {
    for (const turns of [fast, slow]) {
      let reviews = 0;
      for (const t of turns) {
        expect(us(t).rating).toBeGreaterThanOrEqual(1);
        expect(us(t).rating).toBeLessThanOrEqual(5);
        expect(us(t).reviews).toBeGreaterThan(reviews);
        reviews = us(t).reviews;
      }
    }
  });

  it('holds over other seeds too', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const f = runWith('express', seed).at(-1)!;
      const s = runWith('slowboat', seed).at(-1)!;
      expect(us(s).rating).toBeLessThan(us(f).rating);
      expect(us(s).satisfaction).toBeLessThan(us(f).satisfaction);
    }
  });
});

describe('stock-outs', () => {
  it('lower satisfaction against the same shop with stock', () => {
    const short = scenarioFrom((s) => {
      quiet(s);
      busy(s);
      s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
      s.player.stock = [{ product: 'lamp', location: 'home', units: 50 }];
    });
    const full = scenarioFrom((s) => {
      quiet(s);
      busy(s);
      s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
      s.player.stock = [{ product: 'lamp', location: 'home', units: 1_000_000 }];
    });
    const [a] = play(startOf(short, 4), 1);
    const [b] = play(startOf(full, 4), 1);
    expect(kpi(a!).stockouts).toBeGreaterThan(0);
    expect(us(a!).satisfaction).toBeLessThan(us(b!).satisfaction);
  });
});

describe('customers', () => {
  it('grow by the new buyers of each turn, and some come back later', () => {
    const turns = runWith('express');
    let before = 0;
    for (const t of turns) {
      expect(us(t).customers - before).toBe(kpi(t).newCustomers);
      before = us(t).customers;
    }
    expect(kpi(turns[0]!).repeatRate).toBe(0);
    expect(kpi(turns.at(-1)!).repeatRate).toBeGreaterThan(0);
  });
});
