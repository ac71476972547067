// Customers (seed 004 §03 客戶管理策略, §05 客戶投訴分級響應機制; lessons 7, 14, 15): past
// buyers move through lifecycle stages and RFM segments and come back by stage,
// satisfaction and loyalty; a loyalty programme raises the repeat rate and, through
// referrals, cuts the cost of winning a customer; complaints settled severe cases and
// repeat buyers first keep the customers that bring revenue.
import { describe, expect, it } from 'vitest';
import { resolveTurn, stateHash } from '../../../src/engine';
import { lifecycle, memberTiers, nextPool, returningVisitors, rfmSegments } from '../../../src/engine/customerBase';
import { handleComplaints } from '../../../src/engine/complaints';
import type { CustomerPool } from '../../../src/engine/state';
import { busy, carrier, entries, market, play, quiet, scenarioFrom, startOf, sum, text, type Draft, type Turn } from './build';

const EMPTY: CustomerPool = { atRisk: 0, growing: 0, hibernating: 0, lost: 0, mature: 0, new: 0 };
const r = (x: number) => x.toFixed(0);

describe('golden: the customer pool', () => {
  it('1,000 first-time buyers and no more sales: stages after 4, 13, 26 and 52 weeks, by satisfaction and programme', () => {
    const rows: string[] = [];
    for (const [label, satisfaction, churnCut, boost] of [['sat 0.5', 0.5, 1, 1], ['sat 0.8', 0.8, 1, 1], ['sat 0.8 tiered', 0.8, 0.6, 1.5]] as const) {
      let repeats = 0;
      let pool: CustomerPool = nextPool(EMPTY, { newBuyers: 1000, repeatOrders: 0, satisfaction, complaintLossNew: 0, complaintLossRepeat: 0 }, churnCut);
      const marks: string[] = [];
      for (let week = 1; week <= 52; week += 1) {
        // The week's repeat orders: 30% of those who look again buy (a stand-in for the
        // funnel's returning buyers, who trust the shop and put three times as much in carts).
        const repeat = 0.3 * returningVisitors(pool, satisfaction, boost);
        repeats += repeat;
        pool = nextPool(pool, { newBuyers: 0, repeatOrders: repeat, satisfaction, complaintLossNew: 0, complaintLossRepeat: 0 }, churnCut);
        if ([4, 13, 26, 52].includes(week)) {
          const l = lifecycle(pool);
          marks.push(`w${week} ${r(l.new)}/${r(l.growing)}/${r(l.mature)}/${r(l.lapsing)}/${r(pool.lost)}`);
        }
      }
      rows.push(`${label} | ${marks.join(' ')} | repeat orders in a year ${r(repeats)}`);
    }
    expect(rows).toMatchInlineSnapshot(`
      [
        "sat 0.5 | w4 681/29/0/253/37 w13 287/49/3/373/288 w26 82/39/5/246/628 w52 7/13/5/62/914 | repeat orders in a year 157",
        "sat 0.8 | w4 750/40/1/191/18 w13 393/79/5/356/167 w26 154/79/13/326/428 w52 24/41/17/152/766 | repeat orders in a year 294",
        "sat 0.8 tiered | w4 808/62/1/122/7 w13 500/138/14/278/69 w26 250/163/38/340/209 w52 62/121/71/271/474 | repeat orders in a year 683",
      ]
    `);
  });

  it('loses customers over unsettled complaints at once, regulars first for repeat complainers', () => {
    const pool: CustomerPool = { ...EMPTY, new: 100, growing: 50, mature: 20 };
    const next = nextPool(pool, { newBuyers: 0, repeatOrders: 0, satisfaction: 0.8, complaintLossNew: 10, complaintLossRepeat: 30 }, 1);
    const calm = nextPool(pool, { newBuyers: 0, repeatOrders: 0, satisfaction: 0.8, complaintLossNew: 0, complaintLossRepeat: 0 }, 1);
    expect(calm.new - next.new).toBeCloseTo(10, 9);
    expect(next.mature).toBe(0);
    expect(calm.growing - next.growing).toBeCloseTo(30 - calm.mature, 9);
    expect(next.lost - calm.lost).toBeCloseTo(40, 9);
  });

  it('names RFM segments and member tiers from the stages', () => {
    const pool: CustomerPool = { atRisk: 5, growing: 20, hibernating: 7, lost: 3, mature: 10, new: 40 };
    expect(rfmSegments(pool)).toEqual({ champions: 10, loyal: 20, newCustomers: 40, atRisk: 5, hibernating: 7, lost: 3 });
    expect(lifecycle(pool)).toEqual({ new: 40, growing: 20, mature: 10, lapsing: 12 });
    expect(memberTiers(pool, 'none')).toEqual({ basic: 0, silver: 0, gold: 0 });
    expect(memberTiers(pool, 'points')).toEqual({ basic: 70, silver: 0, gold: 0 });
    expect(memberTiers(pool, 'tiered')).toEqual({ basic: 40, silver: 20, gold: 10 });
  });
});

describe('golden: complaint handling', () => {
  it('settled and lost by capacity, first come first served vs three levels (severe and repeat buyers first)', () => {
    const week = { served: 1000, repeatServed: 300, lost: 20, returned: 60, lateOrders: 200, serviceComplaints: 10 };
    const rows = [0, 20, 40, 80, 200].map((cap) => {
      const f = handleComplaints(week, cap, 'fifo');
      const t = handleComplaints(week, cap, 'tiered');
      return `cap ${cap} | fifo settled ${f.settled.toFixed(1)} lost ${f.lossNew.toFixed(1)}+${f.lossRepeat.toFixed(1)} | tiered settled ${t.settled.toFixed(1)} lost ${t.lossNew.toFixed(1)}+${t.lossRepeat.toFixed(1)}`;
    });
    expect(handleComplaints(week, 0, 'fifo').levels).toEqual([30, 30, 20]);
    expect(rows).toMatchInlineSnapshot(`
      [
        "cap 0 | fifo settled 0.0 lost 26.6+11.4 | tiered settled 0.0 lost 26.6+11.4",
        "cap 20 | fifo settled 20.0 lost 20.6+8.8 | tiered settled 20.0 lost 17.5+7.5",
        "cap 40 | fifo settled 40.0 lost 14.7+6.3 | tiered settled 40.0 lost 12.6+3.4",
        "cap 80 | fifo settled 80.0 lost 2.8+1.2 | tiered settled 80.0 lost 2.8+1.2",
        "cap 200 | fifo settled 80.0 lost 2.8+1.2 | tiered settled 80.0 lost 2.8+1.2",
      ]
    `);
  });

  it('with the same capacity, three levels settle as many and lose fewer customers, repeat ones above all (lesson 15)', () => {
    const week = { served: 1000, repeatServed: 300, lost: 20, returned: 60, lateOrders: 200, serviceComplaints: 0 };
    for (const cap of [10, 30, 50]) {
      const f = handleComplaints(week, cap, 'fifo');
      const t = handleComplaints(week, cap, 'tiered');
      expect(t.settled).toBeCloseTo(f.settled, 9);
      expect(t.lossRepeat).toBeLessThan(f.lossRepeat);
      expect(t.lossNew + t.lossRepeat).toBeLessThan(f.lossNew + f.lossRepeat);
    }
  });
});

/** A shop in the US that sells every week, native localisation, no rivals. */
function shopScenario(edit: (s: Draft) => void = () => {}) {
  return scenarioFrom((s) => {
    quiet(s);
    busy(s, 20_000);
    s.turns = 60;
    s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
    s.player.stock = [{ product: 'lamp', location: 'home', units: 5_000_000 }];
    s.player.payments = [{ market: 'US', methods: ['card', 'paypal'] }];
    s.carriers.push({ id: 'express', name: text('Express'), mode: 'express', service: 'parcel', markets: ['US'], perShipment: 900, perKg: 800, transitDays: [3, 5], customsDays: [0, 1], lossRate: 0.002, damageRate: 0.003 });
    s.player.fulfilment = [{ market: 'US', from: 'home', carrier: 'express' }];
    edit(s);
  });
}

const us = (t: Turn) => t.report.companies.player!.markets.US!;
const buyers = (t: Turn) => t.report.companies.player!.buyers.US!.customers;
const idle = (n: number) => Array.from({ length: n }, () => [] as unknown[]);
const mean = (xs: number[]) => sum(xs) / xs.length;

describe('the customer base in play', () => {
  const turns = play(startOf(shopScenario(), 3), idle(40));

  it('first-time buyers join as new, some come back and grow, quiet ones lapse; counts add up to all buyers ever', () => {
    const last = turns.at(-1)!;
    const l = buyers(last).lifecycle;
    expect(l.new).toBeGreaterThan(0);
    expect(l.growing).toBeGreaterThan(0);
    expect(l.mature).toBeGreaterThan(0);
    expect(l.lapsing).toBeGreaterThan(0);
    const pool = last.state.companies.player!.markets.US!.pool;
    const firstBuyers = sum(turns.map((t) => us(t).newCustomers));
    expect(pool.new + pool.growing + pool.mature + pool.atRisk + pool.hibernating + pool.lost).toBeCloseTo(firstBuyers, 6);
  });

  it('repeat orders grow as the base builds up', () => {
    expect(mean(turns.slice(30).map((t) => us(t).repeatRate))).toBeGreaterThan(mean(turns.slice(0, 5).map((t) => us(t).repeatRate)) + 0.02);
  });
});

describe('a loyalty programme (lesson 7)', () => {
  const s = shopScenario();
  const WEEKS = 40;
  const ads = { type: 'setAdBudget', market: 'US', weekly: 300_000 };
  const none = play(startOf(s, 5), [[ads], ...idle(WEEKS - 1)]);
  const tiered = play(startOf(s, 5), [[ads, { type: 'setLoyalty', market: 'US', programme: 'tiered' }], ...idle(WEEKS - 1)]);
  const late = (ts: Turn[]) => ts.slice(15);

  it('costs its setup once, a weekly fee and points on repeat purchases', () => {
    expect(entries(tiered[0]!.report, 'loyalty programme setup')[0]!.amount).toBe(2_000_000);
    for (const t of tiered.slice(1, 5)) {
      expect(entries(t.report, 'loyalty programme')[0]!.amount).toBe(80_000);
      const points = entries(t.report, 'loyalty points');
      if (t.report.companies.player!.sales.some((c) => c.returningOrders > 0)) expect(points[0]!.amount).toBeGreaterThan(0);
    }
    expect(buyers(tiered.at(-1)!).members.gold).toBeGreaterThan(0);
    expect(buyers(none.at(-1)!).members).toEqual({ basic: 0, silver: 0, gold: 0 });
  });

  it('raises the repeat rate and cuts the acquisition cost per new customer', () => {
    expect(mean(late(tiered).map((t) => us(t).repeatRate))).toBeGreaterThan(1.2 * mean(late(none).map((t) => us(t).repeatRate)));
    const cac = (ts: Turn[]) => sum(late(ts).map((t) => us(t).adSpend - sum(entries(t.report).filter((e) => e.memo.startsWith('loyalty')).map((e) => e.amount)))) / sum(late(ts).map((t) => us(t).newCustomers));
    expect(cac(tiered)).toBeLessThan(0.97 * cac(none));
    expect(mean(late(tiered).map((t) => buyers(t).acquisitionCost))).toBeLessThan(mean(late(none).map((t) => buyers(t).acquisitionCost)));
  });

  it('refuses a programme it cannot pay for, or an unknown market, and changes nothing', () => {
    const poor = startOf(scenarioFrom((d) => { quiet(d); d.player.cash = 100_000; }), 1);
    for (const a of [{ type: 'setLoyalty', market: 'US', programme: 'tiered' }, { type: 'setLoyalty', market: 'XX', programme: 'points' }]) {
      const res = resolveTurn(poor, [a]);
      expect(res.report.companies.player!.refused).toHaveLength(1);
      expect(stateHash(res.state)).toBe(stateHash(resolveTurn(poor, []).state));
    }
  });
});

describe('three-level complaint handling in play (lesson 15)', () => {
  // A lossy, slow carrier makes many complaints; the owner settles few a week.
  const s = shopScenario((d) => {
    const c = carrier(d, 'express');
    c.lossRate = 0.03;
    c.transitDays = [12, 16];
    market(d, 'US').deliveryToleranceDays = 10;
    d.customers = { complaintCapacity: 8 };
  });
  const WEEKS = 30;
  const fifo = play(startOf(s, 8), idle(WEEKS));
  const tiered = play(startOf(s, 8), [[{ type: 'setComplaintHandling', market: 'US', policy: 'tiered' }], ...idle(WEEKS - 1)]);

  it('reports the week’s complaints by level, settled and customers lost, and the complaint rate', () => {
    for (const t of fifo.slice(0, 5)) {
      const c = buyers(t).complaints;
      expect(c.policy).toBe('fifo');
      expect(c.total).toBeGreaterThan(c.settled);
      expect(c.settled).toBeGreaterThan(0);
      expect(us(t).complaintRate).toBeCloseTo(Math.min(1, c.total / us(t).orders), 9);
    }
    expect(entries(tiered[1]!.report, 'three-level complaint handling')[0]!.amount).toBe(30_000);
  });

  it('keeps more repeat customers and brings more repeat orders', () => {
    const regulars = (t: Turn) => t.state.companies.player!.markets.US!.pool.mature + t.state.companies.player!.markets.US!.pool.growing;
    expect(regulars(tiered.at(-1)!)).toBeGreaterThan(regulars(fifo.at(-1)!));
    const repeatOrders = (ts: Turn[]) => sum(ts.slice(10).flatMap((t) => t.report.companies.player!.sales.map((c) => c.returningOrders)));
    expect(repeatOrders(tiered)).toBeGreaterThan(repeatOrders(fifo));
  });
});
