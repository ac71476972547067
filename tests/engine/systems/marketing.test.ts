// Marketing (seed 000 ch. 6–7; seed 004 §06 failure 3; lessons 3 and 10): search
// ads bought per click, social ads per thousand impressions, creator campaigns by
// tier with a lasting effect, localisation and the risk of a cultural backlash,
// and promotions judged against a normal week (seed 000 §6.3).
import { describe, expect, it } from 'vitest';
import { resolveTurn, stateHash, type Scenario } from '../../../src/engine';
import { worldOf } from '../../../src/engine/world';
import {
  addBuzz, adPrices, DEFAULT_KOL_TIERS, kolImpulse, legacySocialLift, localisationConversion, searchClicks, socialLift,
} from '../../../src/engine/marketing';
import { busy, entries, market, play, quiet, scenarioFrom, startOf, sum, type Draft, type Turn } from './build';
import type { KolTier } from '../../../src/engine/schema';

const TIERS: KolTier[] = ['top', 'mid', 'micro', 'seeding'];

function shop(edit: (s: Draft) => void = () => {}): Scenario {
  return scenarioFrom((s) => {
    quiet(s);
    busy(s, 20_000);
    s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
    s.player.stock = [{ product: 'lamp', location: 'home', units: 2_000_000 }];
    s.player.awareness = [{ market: 'US', value: 0.1 }];
    market(s, 'US').ads = { cpc: 98, cpm: 1878, searchShare: 0.3 };
    s.turns = 30;
    edit(s);
  });
}

const us = (t: Turn) => t.report.companies.player!.markets.US!;
const presence = (t: Turn) => t.state.companies.player!.markets.US!;
const idle = (n: number) => Array.from({ length: n }, () => [] as unknown[]);

describe('golden: ad and creator curves', () => {
  it('search clicks for spend / (CPC × searchers): the first clicks cost the CPC, then each costs more', () => {
    const cap = 10_000;
    const row = [0, 0.01, 0.1, 0.5, 1, 2, 5].map((x) => searchClicks(x * 98 * cap, 98, cap).toFixed(0));
    expect(row).toMatchInlineSnapshot(`
      [
        "0",
        "100",
        "952",
        "3935",
        "6321",
        "8647",
        "9933",
      ]
    `);
    expect(searchClicks(98 * 100, 98, cap)).toBeGreaterThan(99); // ≈ spend / CPC at first
  });

  it('social lift by impressions per audience member (saturates at 0.12)', () => {
    const audience = 150_000;
    const row = [0, 0.05, 0.1, 0.3, 1, 3].map((x) => socialLift(x * audience * 1878 / 1000, 1878, audience).toFixed(4));
    expect(row).toMatchInlineSnapshot(`
      [
        "0.0000",
        "0.0167",
        "0.0311",
        "0.0712",
        "0.1140",
        "0.1200",
      ]
    `);
  });

  it('creator tiers: share of a 150,000 audience engaged, and per ¥10,000 (lesson 10: mid and low tiers are cheaper per engaged person)', () => {
    const rows = TIERS.map((t) => {
      const spec = DEFAULT_KOL_TIERS[t];
      const impulse = kolImpulse(spec.reach, spec.engagement, 150_000);
      return `${t} ¥${spec.cost / 100} | ${(100 * impulse).toFixed(2)}% | per ¥10k ${(100 * impulse / (spec.cost / 1_000_000)).toFixed(3)}%`;
    });
    expect(rows).toMatchInlineSnapshot(`
      [
        "top ¥200000 | 12.48% | per ¥10k 0.624%",
        "mid ¥30000 | 5.82% | per ¥10k 1.941%",
        "micro ¥8000 | 2.37% | per ¥10k 2.964%",
        "seeding ¥5000 | 1.59% | per ¥10k 3.175%",
      ]
    `);
    expect(addBuzz(0.5, 0.5)).toBe(0.75);
  });

  it('localisation: conversion by level and cultural distance', () => {
    const s = shop();
    const m = worldOf(s).markets.get('US')!;
    const rows = [0.5, 1, 1.4].map((d) => `distance ${d} | ${(['machine', 'human', 'native'] as const).map((l) => localisationConversion(s, { ...m, culturalDistance: d }, l).toFixed(3)).join(' ')}`);
    expect(rows).toMatchInlineSnapshot(`
      [
        "distance 0.5 | 0.925 1.000 1.050",
        "distance 1 | 0.850 1.000 1.100",
        "distance 1.4 | 0.790 1.000 1.140",
      ]
    `);
  });

  it('defaults: CPC 4% of the mean reference price; no CPM (the legacy social response); audience twice the weekly shoppers', () => {
    const s = scenarioFrom(quiet);
    const de = worldOf(s).markets.get('DE')!;
    expect(adPrices(s, de)).toEqual({ cpc: 112, cpm: null, searchShare: 0.3, audience: 16_000 });
    expect([0, 50_000, 200_000, 2_000_000].map((x) => legacySocialLift(x).toFixed(4))).toEqual(['0.0000', '0.0267', '0.0400', '0.0608']);
  });
});

describe('search ads (priced per click)', () => {
  const s = shop((d) => { d.player.localisation = [{ market: 'US', level: 'native' }]; });
  const plan = (weekly: number) => play(startOf(s, 4), [[{ type: 'setAdBudget', market: 'US', weekly, kind: 'search' }], ...idle(3)]);
  const none = plan(0);
  const some = plan(200_000);
  const lots = plan(2_000_000);

  it('bring clicks the same week, on top of the shop’s own visitors, and more orders', () => {
    for (let i = 0; i < 4; i += 1) {
      expect(none[i]!.report.companies.player!.buyers.US!.marketing.paidVisitors).toBe(0);
      expect(some[i]!.report.companies.player!.buyers.US!.marketing.paidVisitors).toBeGreaterThan(200);
      expect(us(some[i]!).visitors).toBeGreaterThan(us(none[i]!).visitors);
    }
    expect(sum(some.map((t) => us(t).orders))).toBeGreaterThan(sum(none.map((t) => us(t).orders)));
  });

  it('cost their budget each week ("search ads"), and ten times the budget buys fewer than ten times the clicks', () => {
    for (const t of some) expect(entries(t.report, 'search ads')).toEqual([{ debit: 'ads', credit: 'cash', amount: 200_000, memo: 'search ads', market: 'US' }]);
    const clicks = (ts: Turn[]) => ts[0]!.report.companies.player!.buyers.US!.marketing.paidVisitors;
    expect(clicks(lots)).toBeGreaterThan(clicks(some));
    // Per yuan: ten times the budget buys clicks at a dearer average price.
    expect(clicks(lots) / 2_000_000).toBeLessThan(0.85 * (clicks(some) / 200_000));
  });
});

describe('creator campaigns (KOL/KOC; lesson 10)', () => {
  const s = shop((d) => { d.player.localisation = [{ market: 'US', level: 'native' }]; });
  const WEEKS = 10;
  const base = play(startOf(s, 5), idle(WEEKS));
  const campaign = (tier: KolTier) => play(startOf(s, 5), [[{ type: 'runKolCampaign', market: 'US', tier }], ...idle(WEEKS - 1)]);
  const runs = Object.fromEntries(TIERS.map((t) => [t, campaign(t)])) as Record<KolTier, Turn[]>;
  /** Awareness-weeks gained over the run, per ¥10,000. */
  const perCost = (t: KolTier) => sum(runs[t].map((x, i) => presence(x).awareness - presence(base[i]!).awareness)) / (DEFAULT_KOL_TIERS[t].cost / 1_000_000);

  it('are paid once, at the start, as marketing', () => {
    const e = entries(runs.mid[0]!.report, 'KOL/KOC campaign (mid)');
    expect(e).toEqual([{ debit: 'ads', credit: 'cash', amount: 3_000_000, memo: 'KOL/KOC campaign (mid)', market: 'US' }]);
    expect(runs.mid[0]!.report.companies.player!.buyers.US!.marketing.kolCampaigns).toEqual(['mid']);
    expect(sum(runs.mid.slice(1).map((t) => us(t).adSpend))).toBe(0);
  });

  it('keep lifting awareness for weeks after the one payment (a lasting effect)', () => {
    const gap = runs.mid.map((t, i) => presence(t).awareness - presence(base[i]!).awareness);
    for (const g of gap) expect(g).toBeGreaterThan(0);
    expect(gap[5]).toBeGreaterThan(gap[0]!);
    expect(presence(runs.mid[WEEKS - 1]!).buzz).toBeGreaterThan(0);
    expect(presence(runs.mid[WEEKS - 1]!).buzz).toBeLessThan(presence(runs.mid[0]!).buzz);
  });

  it('a top creator lifts awareness most, but mid-tier, micro and seeding buy more awareness per yuan', () => {
    const gain = (t: KolTier) => presence(runs[t][WEEKS - 1]!).awareness;
    expect(gain('top')).toBeGreaterThan(gain('mid'));
    for (const t of ['mid', 'micro', 'seeding'] as const) expect(perCost(t)).toBeGreaterThan(2 * perCost('top'));
  });

  it('refuses a campaign the company cannot pay for, and an unknown tier or market, changing nothing', () => {
    const poor = startOf(scenarioFrom((d) => { quiet(d); d.player.cash = 100_000; }), 1);
    for (const a of [{ type: 'runKolCampaign', market: 'US', tier: 'top' }, { type: 'runKolCampaign', market: 'XX', tier: 'micro' }, { type: 'runKolCampaign', market: 'US', tier: 'mega' }]) {
      const r = resolveTurn(poor, [a]);
      expect(r.report.companies.player!.refused).toHaveLength(1);
      expect(stateHash(r.state)).toBe(stateHash(resolveTurn(poor, []).state));
    }
  });
});

describe('localisation and cultural backlash (lesson 3; seed 004 §06 failure 3)', () => {
  const s = shop((d) => { market(d, 'US').culturalDistance = 1.3; });
  const TURNS = 16;
  const SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);
  const ads = { type: 'setAdBudget', market: 'US', weekly: 300_000 };
  const runWith = (level: 'machine' | 'native', seed: number) =>
    play(startOf(s, seed), [level === 'native' ? [ads, { type: 'setLocalisation', market: 'US', level }] : [ads], ...idle(TURNS - 1)]);

  it('native transcreation costs its price once and converts better than machine translation', () => {
    const machine = runWith('machine', 3);
    const native = runWith('native', 3);
    expect(entries(native[0]!.report, 'localisation')).toEqual([{ debit: 'ads', credit: 'cash', amount: 3_000_000, memo: 'localisation', market: 'US' }]);
    expect(entries(machine[0]!.report, 'localisation')).toEqual([]);
    const f = (t: Turn) => t.report.companies.player!.funnel.US!;
    expect(f(native[0]!).carts / f(native[0]!).visitors).toBeGreaterThan(1.2 * (f(machine[0]!).carts / f(machine[0]!).visitors));
  });

  it('advertising with machine translation often ends in a backlash; native transcreation rarely', () => {
    const backlashes = (level: 'machine' | 'native') => SEEDS.filter((seed) => runWith(level, seed).some((t) => presence(t).backlashUntil > 0)).length;
    const machine = backlashes('machine');
    expect(machine).toBeGreaterThan(SEEDS.length / 2);
    expect(backlashes('native')).toBeLessThan(machine / 4);
  });

  it('a backlash is news, lasts twelve turns and cuts sales by more than half (−60% in the seed)', () => {
    const seed = SEEDS.find((x) => runWith('machine', x).slice(0, 4).some((t) => presence(t).backlashUntil > 0))!;
    const hit = runWith('machine', seed);
    const calm = runWith('native', seed);
    const start = hit.findIndex((t) => presence(t).backlashUntil > 0);
    expect(hit[start]!.report.news.some((n) => n.en.includes('backlash'))).toBe(true);
    expect(presence(hit[start]!).backlashUntil).toBe(hit[start]!.report.turn + 12);
    const during = hit.slice(start + 1, start + 9);
    expect(during.every((t) => t.report.companies.player!.buyers.US!.marketing.backlash)).toBe(true);
    const calmDuring = calm.slice(start + 1, start + 9);
    const ratio = sum(during.map((t) => us(t).orders)) / sum(calmDuring.map((t) => us(t).orders));
    expect(ratio).toBeLessThan(0.5);
  });

  it('does not risk a backlash in weeks without marketing', () => {
    for (const seed of SEEDS.slice(0, 8)) {
      for (const t of play(startOf(s, seed), idle(8))) expect(presence(t).backlashUntil).toBe(0);
    }
  });

  it('refuses a level it cannot pay for; going back to a cheaper level refunds nothing and costs nothing', () => {
    const poor = startOf(scenarioFrom((d) => { quiet(d); d.player.cash = 100_000; }), 1);
    const r = resolveTurn(poor, [{ type: 'setLocalisation', market: 'US', level: 'native' }]);
    expect(r.report.companies.player!.refused).toHaveLength(1);
    expect(stateHash(r.state)).toBe(stateHash(resolveTurn(poor, []).state));
    const [a, b] = play(startOf(s, 2), [[{ type: 'setLocalisation', market: 'US', level: 'native' }], [{ type: 'setLocalisation', market: 'US', level: 'human' }]]);
    expect(entries(a!.report, 'localisation')[0]!.amount).toBe(3_000_000);
    expect(entries(b!.report, 'localisation')).toEqual([]);
    expect(presence(b!).localisation).toBe('human');
  });
});

describe('promotions, judged as seed 000 §6.3 does', () => {
  const s = shop((d) => { d.player.localisation = [{ market: 'US', level: 'native' }]; });
  const WARM = 6;
  const promo = (kind: string, depth: number, turns = 2) =>
    play(startOf(s, 9), [...idle(WARM), [{ type: 'runPromotion', market: 'US', kind, depth, turns }], ...idle(3)]);
  const none = play(startOf(s, 9), idle(WARM + 4));
  const report = (t: Turn) => t.report.companies.player!.buyers.US!.promotion;

  it('a flash sale cuts the price, lifts sales over the normal week, and is evaluated while it runs', () => {
    const run = promo('flashSale', 0.3);
    const during = run.slice(WARM, WARM + 2);
    for (const t of during) {
      const r = report(t)!;
      expect(r.kind).toBe('flashSale');
      expect(r.baselineOrders).toBeGreaterThan(0);
      expect(r.salesLift).toBeGreaterThan(0.3);
      expect(r.orders).toBe(us(t).orders);
      expect(r.newCustomers).toBe(us(t).newCustomers);
      expect(r.aovLocal).toBeCloseTo(2999 * 0.7, -1);
      expect(r.baselineAovLocal).toBeCloseTo(2999, 0);
      expect(t.report.companies.player!.sales[0]!.price).toBe(Math.round(2999 * 0.7));
    }
    expect(report(run[WARM + 2]!)).toBeNull();
    expect(sum(during.map((t) => us(t).orders))).toBeGreaterThan(1.3 * sum(none.slice(WARM, WARM + 2).map((t) => us(t).orders)));
  });

  it('a coupon discounts only the buyers who redeem it, so the mean price falls by half the depth', () => {
    const t = promo('coupon', 0.2)[WARM]!;
    expect(t.report.companies.player!.sales[0]!.price).toBe(Math.round(2999 * 0.9));
    expect(report(t)!.salesLift).toBeGreaterThan(0);
  });

  it('a bundle sells two units per order at the bundle price: higher AOV, more units per order', () => {
    const run = promo('bundle', 0.15);
    const t = run[WARM]!;
    const cell = t.report.companies.player!.sales[0]!;
    expect(cell.unitsPerOrder).toBe(2);
    expect(cell.price).toBe(Math.round(2999 * 0.85));
    expect(us(t).unitsSold).toBeGreaterThan(1.9 * (us(t).orders - sum(t.report.companies.player!.sales.map((c) => c.lostOrders + c.returnedOrders))));
    expect(report(t)!.aovLocal).toBeGreaterThan(1.6 * report(t)!.baselineAovLocal);
    expect(run[WARM + 2]!.report.companies.player!.sales[0]!.unitsPerOrder).toBe(1);
  });

  it('a member price is paid by returning customers only', () => {
    const run = promo('memberPrice', 0.3, 4);
    for (const t of run.slice(WARM, WARM + 4)) {
      const cell = t.report.companies.player!.sales[0]!;
      if (cell.returningOrders === 0 || cell.returningOrders === cell.orders) continue;
      expect(cell.price).toBeLessThan(2999);
      expect(cell.price).toBeGreaterThan(Math.round(2999 * 0.7));
    }
  });

  it('a festival campaign costs its fee, lifts carts and awareness', () => {
    const run = promo('festival', 0.1);
    const t = run[WARM]!;
    expect(entries(t.report, 'festival campaign')).toEqual([{ debit: 'ads', credit: 'cash', amount: 500_000, memo: 'festival campaign', market: 'US' }]);
    expect(presence(t).awareness).toBeGreaterThan(presence(none[WARM]!).awareness);
    expect(report(t)!.awareness).toBe(presence(t).awareness);
  });

  it('judges a promotion by what changed: new customers of the week before, awareness and satisfaction since it began', () => {
    const run = promo('festival', 0.1, 3);
    const before = run[WARM - 1]!;
    for (const t of run.slice(WARM, WARM + 3)) {
      const r = report(t)!;
      expect(r.newCustomersBefore).toBe(us(before).newCustomers);
      expect(r.awarenessChange).toBeCloseTo(presence(t).awareness - presence(before).awareness, 12);
      expect(r.satisfactionChange).toBeCloseTo(presence(t).satisfaction - presence(before).satisfaction, 12);
    }
    // A festival is talked about: awareness climbs over the weeks it runs.
    expect(report(run[WARM + 2]!)!.awarenessChange).toBeGreaterThan(report(run[WARM]!)!.awarenessChange);
    expect(report(run[WARM]!)!.awarenessChange).toBeGreaterThan(0);
  });

  it('refuses a second promotion while one runs, one without a listing, and a festival it cannot pay for', () => {
    const [first] = play(startOf(s, 9), [[{ type: 'runPromotion', market: 'US', kind: 'coupon', depth: 0.1, turns: 3 }]]);
    const again = resolveTurn(first!.state, [{ type: 'runPromotion', market: 'US', kind: 'flashSale', depth: 0.2, turns: 1 }]);
    expect(again.report.companies.player!.refused).toHaveLength(1);
    expect(stateHash(again.state)).toBe(stateHash(resolveTurn(first!.state, []).state));
    const bare = startOf(scenarioFrom((d) => { quiet(d); d.player.listings = []; }), 1);
    expect(resolveTurn(bare, [{ type: 'runPromotion', market: 'US', kind: 'coupon', depth: 0.1, turns: 1 }]).report.companies.player!.refused).toHaveLength(1);
    const poor = startOf(scenarioFrom((d) => { quiet(d); d.player.cash = 1000; }), 1);
    expect(resolveTurn(poor, [{ type: 'runPromotion', market: 'US', kind: 'festival', depth: 0.1, turns: 1 }]).report.companies.player!.refused).toHaveLength(1);
  });
});
