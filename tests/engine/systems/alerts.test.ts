// Early warning (issue 3 part 2; seed 004 §05 風險預警機制; lesson 20): indicators
// crossing the scenario's thresholds raise graded alerts in the report while there
// is still time to act — stock cover falls before the stock-out, a currency's jump
// is flagged the week it happens, a rating slide the week it starts.
import { describe, expect, it } from 'vitest';
import { levelOf } from '../../../src/engine/alerts';
import { carrier, play, quiet, scenarioFrom, startOf, text, type Draft } from './build';

function shop(edit: (s: Draft) => void = () => {}) {
  return scenarioFrom((s) => {
    quiet(s);
    s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
    s.player.stock = [{ product: 'lamp', location: 'home', units: 2000 }];
    s.player.awareness = [{ market: 'US', value: 0.5 }];
    for (const p of s.products) for (const d of p.demand) d.weeklyVisitors = 60_000;
    edit(s);
  });
}

const alertsOf = (t: { report: { companies: Record<string, { alerts: { indicator: string; level: string; value: number; threshold: number; market?: string }[] }> } }, who = 'player') =>
  t.report.companies[who]!.alerts;

describe('levels', () => {
  it('grid: the worst level crossed, in the indicator\'s bad direction', () => {
    const above = [0, 0.05, 0.07, 0.1, 0.15, 0.3].map((v) => levelOf(v, [0.05, 0.1, 0.2], true));
    const below = [10, 4, 3, 2, 1.5, 0.5].map((v) => levelOf(v, [4, 2, 1], false));
    expect(above).toEqual([-1, 0, 0, 1, 1, 2]);
    expect(below).toEqual([-1, -1, 0, 0, 1, 2]);
  });
});

describe('stock cover warns before the stock-out', () => {
  const turns = play(startOf(shop()), 12);
  const cover = turns.map((t) => alertsOf(t).find((a) => a.indicator === 'stockCoverWeeks'));
  const firstStockout = turns.findIndex((t) => t.report.companies.player!.kpis.stockouts > 0);

  it('raises watch, then warning, then critical as the weeks left shrink', () => {
    expect(firstStockout).toBeGreaterThan(2);
    const levels = cover.slice(0, firstStockout).filter((a) => a).map((a) => a!.level);
    expect(levels[0]).toBe('watch');
    expect(levels).toContain('warning');
    // The first alert comes at least two turns before stock runs out.
    expect(cover.findIndex((a) => a)).toBeLessThanOrEqual(firstStockout - 2);
    for (const a of cover.filter((x) => x)) {
      expect(a!.market).toBe('US');
      expect(a!.value).toBeLessThan(a!.threshold);
    }
  });

  it('quiet when the stock covers the thresholds', () => {
    const big = play(startOf(shop((s) => { s.player.stock = [{ product: 'lamp', location: 'home', units: 1_000_000 }]; })), 3);
    for (const t of big) expect(alertsOf(t).filter((a) => a.indicator === 'stockCoverWeeks')).toEqual([]);
  });

  it('thresholds come from the scenario', () => {
    const strict = play(startOf(shop((s) => { s.earlyWarning = { stockCoverWeeks: [100, 50, 2] }; })), 1);
    expect(alertsOf(strict[0]!).find((a) => a.indicator === 'stockCoverWeeks')).toMatchObject({ level: 'warning', threshold: 50 });
  });
});

describe('a currency jump is flagged the week it happens', () => {
  const scenario = shop((s) => {
    s.script = {
      initial: 'a',
      states: { a: { on: { TURN: { guard: { type: 'turnIs', params: { turn: 3 } }, target: 'b', actions: [{ type: 'shockCurrency', params: { currency: 'USD', multiply: 0.9 } }] } } }, b: { type: 'final' } },
    } as Draft['script'];
    for (const c of s.currencies) c.volatility = 0;
  });
  const turns = play(startOf(scenario), 4);

  it('critical at 10% in a week (72% annualised), nothing in calm weeks', () => {
    const fx = turns.map((t) => alertsOf(t).filter((a) => a.indicator === 'fxVolatility'));
    expect(fx[0]).toEqual([]);
    expect(fx[1]).toEqual([]);
    expect(fx[2]).toHaveLength(1);
    expect(fx[2]![0]!.level).toBe('critical');
    expect(fx[2]![0]!.value).toBeCloseTo(0.1 * Math.sqrt(52), 6);
    expect(fx[3]).toEqual([]);
  });
});

describe('complaints, a sliding rating and a short cash runway', () => {
  it('complaints: a carrier that loses one parcel in five', () => {
    const t = play(startOf(shop((s) => { carrier(s, 'postal').lossRate = 0.2; })), 2);
    const a = alertsOf(t[1]!).find((x) => x.indicator === 'complaintRate')!;
    expect(a.level).toBe('critical');
    expect(a.value).toBe(t[1]!.report.companies.player!.markets.US!.complaintRate);
  });

  it('rating: a crisis taking 0.5 stars a week', () => {
    const t = play(startOf(shop((s) => {
      s.events.push({
        id: 'c', name: text('Backlash'), description: text('x'), durationTurns: 3, chancePerTurn: 1, effects: [],
        crisis: { kind: 'prBacklash', impacts: [{ kind: 'rating', add: -0.5 }], options: [{ label: text('a'), text: text('b'), cost: 0, odds: 1 }] },
      } as Draft['events'][number]);
    })), 3);
    const drop = alertsOf(t[1]!).find((a) => a.indicator === 'ratingDrop' && a.market === 'US')!;
    expect(drop).toMatchObject({ level: 'critical', market: 'US' });
    expect(drop.value).toBeGreaterThan(0.2);
  });

  it('cash runway: heavy advertising against little cash', () => {
    // No stock, so no sales come in: the ads drain 3,000,000 at 600,000 a week.
    const t = play(startOf(shop((s) => { s.player.cash = 3_000_000; s.player.stock = []; })), [[{ type: 'setAdBudget', market: 'US', weekly: 600_000 }], []]);
    const r = t[1]!.report.companies.player!;
    const flow = r.ledger.reduce((a, e) => a + (e.debit === 'cash' ? e.amount : 0) - (e.credit === 'cash' ? e.amount : 0), 0);
    expect(flow).toBeLessThan(0);
    const a = alertsOf(t[1]!).find((x) => x.indicator === 'cashRunwayWeeks')!;
    expect(a.value).toBeCloseTo(r.kpis.cash / -flow, 9);
    expect(a.level).not.toBe('watch');
    expect(a.value).toBeLessThan(6);
  });

  it('rivals get no alerts', () => {
    const t = play(startOf(shop((s) => { s.competitors = [{ id: 'rival', name: text('Rival'), strategy: 'follow', priceIndex: 1, start: { cash: 100, stock: [{ product: 'lamp', location: 'home', units: 5 }], listings: [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }], fulfilment: [{ market: 'US', from: 'home', carrier: 'postal' }], payments: [{ market: 'US', methods: ['card'] }] } }]; })), 2);
    expect(alertsOf(t[1]!, 'rival')).toEqual([]);
  });
});

describe('complaints: a rate needs a count behind it', () => {
  // A handful of orders a week from a carrier that loses two parcels in five: a rate far
  // past the critical level, from one or two complaints.
  const run = (minimum?: number) => play(startOf(shop((s) => {
    carrier(s, 'postal').lossRate = 0.4;
    for (const p of s.products) for (const d of p.demand) d.weeklyVisitors = 300;
    if (minimum !== undefined) s.earlyWarning = { complaintMinimum: minimum };
  })), 6);
  const weeks = (minimum?: number) => run(minimum).map((t) => {
    const k = t.report.companies.player!.markets.US!;
    return { complaints: k.complaintRate * k.orders, rate: k.complaintRate, alert: alertsOf(t).find((a) => a.indicator === 'complaintRate') };
  });

  it('no alert for fewer than three complaints in the week, whatever their rate', () => {
    const w = weeks();
    expect(w.some((x) => x.complaints > 0 && x.complaints < 3 && x.rate >= 0.35)).toBe(true);
    for (const x of w) if (x.complaints < 3) expect(x.alert, JSON.stringify(x)).toBeUndefined();
  });

  it('the scenario sets the minimum', () => {
    const w = weeks(1);
    const small = w.filter((x) => x.complaints >= 1 && x.rate >= 0.35);
    expect(small.length).toBeGreaterThan(0);
    for (const x of small) expect(x.alert, JSON.stringify(x)).toMatchObject({ level: 'critical', market: 'US', value: x.rate });
  });
});

describe('chargebacks: a ratio needs a count behind it', () => {
  // A few chargebacks a week among a few hundred orders: some weeks one or two, some more.
  const run = (minimum?: number) => play(startOf(shop((s) => {
    s.markets.find((m) => m.id === 'US')!.fraudRate = 0.006;
    if (minimum !== undefined) s.earlyWarning = { chargebackMinimum: minimum };
  }), 5), 10);
  const weeks = (minimum?: number) => run(minimum).map((t) => {
    const k = t.report.companies.player!.markets.US!;
    return { count: Math.round(k.chargebackRatio * k.orders), ratio: k.chargebackRatio, alert: alertsOf(t).find((a) => a.indicator === 'chargebackRatio') };
  });

  it('no alert for fewer than three chargebacks in the week, whatever their ratio', () => {
    const w = weeks();
    // The run has both kinds of week, and ratios past the watch level among the quiet ones.
    expect(w.some((x) => x.count >= 3)).toBe(true);
    expect(w.some((x) => x.count > 0 && x.count < 3 && x.ratio >= 0.0065)).toBe(true);
    for (const x of w) {
      if (x.count < 3 || x.ratio < 0.0065) expect(x.alert, JSON.stringify(x)).toBeUndefined();
      else expect(x.alert, JSON.stringify(x)).toMatchObject({ market: 'US', value: x.ratio });
    }
  });

  it('the minimum comes from the scenario', () => {
    const w = weeks(1);
    expect(w.some((x) => x.count > 0 && x.count < 3 && x.alert !== undefined)).toBe(true);
    for (const x of w) expect(x.alert !== undefined).toBe(x.count >= 1 && x.ratio >= 0.0065);
  });
});
