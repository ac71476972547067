// Customer service and after-sales (seed 000 ch. 8; seed 004 §03 跨境溝通: 多語言,
// 時區差異和響應時效; lesson 18): agents answer buyers' contacts; in the buyers' language
// and hours, replies come fast and buyers are happier, complain less and rate the
// shop higher, at a wage. The return policy trades trust at checkout for returns.
import { describe, expect, it } from 'vitest';
import { resolveTurn, stateHash } from '../../../src/engine';
import { newPresence } from '../../../src/engine/company';
import { DEFAULT_SERVICE, responseHours, returnPolicyReturns, returnPolicyTrust, serviceCost, serviceWeek } from '../../../src/engine/service';
import { busy, entries, play, quiet, scenarioFrom, startOf, sum, text, type Draft, type Turn } from './build';

const team = (agents: number, localLanguage = false, localHours = false) => ({ ...newPresence(), agents, localLanguage, localHours });

describe('golden: reply time, cost and the return policy', () => {
  it('hours to reply by contacts a week × team', () => {
    const rows = [[0, false, false], [1, false, false], [1, true, true], [3, true, true]].map(([n, lang, hours]) => {
      const p = team(n as number, lang as boolean, hours as boolean);
      return `${n} agents${lang ? ' local' : ''} | ${[0, 20, 40, 100, 250, 600].map((c) => responseHours(DEFAULT_SERVICE, p, c).toFixed(1)).join(' ')} | ¥${serviceCost(DEFAULT_SERVICE, p) / 100}/week`;
    });
    expect(rows).toMatchInlineSnapshot(`
      [
        "0 agents | 14.0 21.0 42.0 72.0 72.0 72.0 | ¥0/week",
        "1 agents | 14.0 15.0 16.1 20.7 72.0 72.0 | ¥1000/week",
        "1 agents local | 2.0 2.1 2.3 3.0 10.3 72.0 | ¥1950/week",
        "3 agents local | 2.0 2.1 2.1 2.3 2.9 7.7 | ¥5850/week",
      ]
    `);
  });

  it('a week of 1,000 orders: contacts, hours, complaints caused, satisfaction lost, complaints the team can settle', () => {
    const rows = [team(0), team(1), team(2, true, true)].map((p) => {
      const w = serviceWeek(DEFAULT_SERVICE, true, p, 1000, 10);
      return `${p.agents}${p.localLanguage ? ' local' : ''} | ${w.contacts} contacts ${w.hours.toFixed(1)} h, ${w.complaints.toFixed(1)} complaints, −${w.satisfactionLoss.toFixed(3)} satisfaction, settles ${w.capacity}`;
    });
    expect(rows).toMatchInlineSnapshot(`
      [
        "0 | 150 contacts 72.0 h, 34.5 complaints, −0.130 satisfaction, settles 10",
        "1 | 150 contacts 27.1 h, 6.5 complaints, −0.060 satisfaction, settles 50",
        "2 local | 150 contacts 2.7 h, 0.0 complaints, −0.000 satisfaction, settles 106",
      ]
    `);
    const off = serviceWeek(DEFAULT_SERVICE, false, team(0), 1000, 10);
    expect([off.complaints, off.satisfactionLoss]).toEqual([0, 0]);
  });

  it('return policy: trust abandonment and returns multipliers', () => {
    const rows = ([14, 30, 60] as const).map((d) => `${d} days | trust ${returnPolicyTrust(d, false)} / free ${returnPolicyTrust(d, true).toFixed(2)} | returns ${returnPolicyReturns(d, false)} / free ${returnPolicyReturns(d, true).toFixed(3)}`);
    expect(rows).toMatchInlineSnapshot(`
      [
        "14 days | trust 1.15 / free 0.92 | returns 0.85 / free 1.105",
        "30 days | trust 1 / free 0.80 | returns 1 / free 1.300",
        "60 days | trust 0.9 / free 0.72 | returns 1.1 / free 1.430",
      ]
    `);
  });
});

/** A shop selling a few hundred orders a week in the US; service modelled. */
function shop(edit: (s: Draft) => void = () => {}) {
  return scenarioFrom((s) => {
    quiet(s);
    busy(s, 20_000);
    s.turns = 30;
    s.service = {};
    s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
    s.player.stock = [{ product: 'lamp', location: 'home', units: 5_000_000 }];
    s.carriers.push({ id: 'express', name: text('Express'), mode: 'express', service: 'parcel', markets: ['US'], perShipment: 900, perKg: 800, transitDays: [3, 5], customsDays: [0, 1], lossRate: 0.002, damageRate: 0.003 });
    s.player.fulfilment = [{ market: 'US', from: 'home', carrier: 'express' }];
    edit(s);
  });
}

const us = (t: Turn) => t.report.companies.player!.markets.US!;
const svc = (t: Turn) => t.report.companies.player!.buyers.US!.service;
const presence = (t: Turn) => t.state.companies.player!.markets.US!;
const idle = (n: number) => Array.from({ length: n }, () => [] as unknown[]);
const mean = (xs: number[]) => sum(xs) / xs.length;

describe('service in the buyers’ language and time zone (lesson 18)', () => {
  const s = shop();
  const WEEKS = 16;
  const none = play(startOf(s, 7), idle(WEEKS));
  const local = play(startOf(s, 7), [[{ type: 'setService', market: 'US', agents: 2, localLanguage: true, localHours: true }], ...idle(WEEKS - 1)]);

  it('answers faster and costs its wages every week', () => {
    for (let i = 0; i < WEEKS; i += 1) {
      expect(svc(local[i]!).responseHours).toBeLessThan(svc(none[i]!).responseHours);
      expect(svc(local[i]!).contacts).toBeGreaterThan(0);
    }
    expect(svc(local[3]!)).toMatchObject({ agents: 2, localLanguage: true, localHours: true });
    for (const t of local) expect(entries(t.report, 'customer service staff')).toEqual([{ debit: 'service', credit: 'cash', amount: 2 * 100_000 * 1.5 * 1.3, memo: 'customer service staff', market: 'US' }]);
    expect(us(local[0]!).serviceCost).toBe(390_000);
    expect(sum(none.map((t) => us(t).serviceCost))).toBe(0);
  });

  it('raises satisfaction and the rating, and lowers complaints', () => {
    expect(presence(local.at(-1)!).satisfaction).toBeGreaterThan(presence(none.at(-1)!).satisfaction + 0.05);
    expect(presence(local.at(-1)!).rating).toBeGreaterThan(presence(none.at(-1)!).rating);
    expect(mean(local.slice(2).map((t) => us(t).complaintRate))).toBeLessThan(mean(none.slice(2).map((t) => us(t).complaintRate)));
  });

  it('in a scenario that does not model service, slow replies change nothing', () => {
    const off = shop((d) => { delete d.service; });
    const a = play(startOf(off, 7), idle(4));
    const b = play(startOf(scenarioFrom((d) => { quiet(d); }), 7), idle(1));
    expect(b).toHaveLength(1);
    for (const t of a) expect(presence(t).satisfaction).toBeGreaterThan(0.79);
  });

  it('refuses a team it cannot pay a week for, or an unknown market, and changes nothing', () => {
    const poor = startOf(scenarioFrom((d) => { quiet(d); d.player.cash = 100_000; }), 1);
    for (const a of [{ type: 'setService', market: 'US', agents: 3, localLanguage: true, localHours: false }, { type: 'setService', market: 'XX', agents: 0, localLanguage: false, localHours: false }, { type: 'setReturnPolicy', market: 'XX', days: 30, freeReturns: true }]) {
      const r = resolveTurn(poor, [a]);
      expect(r.report.companies.player!.refused).toHaveLength(1);
      expect(stateHash(r.state)).toBe(stateHash(resolveTurn(poor, []).state));
    }
  });
});

describe('the return policy', () => {
  const s = shop((d) => { for (const p of d.products) p.baseReturnRate = 0.15; });
  const WEEKS = 10;
  const strict = play(startOf(s, 3), [[{ type: 'setReturnPolicy', market: 'US', days: 14, freeReturns: false }], ...idle(WEEKS - 1)]);
  const generous = play(startOf(s, 3), [[{ type: 'setReturnPolicy', market: 'US', days: 60, freeReturns: true }], ...idle(WEEKS - 1)]);

  it('a long window with free returns loses fewer carts to distrust but brings more returns and pays their postage', () => {
    const trust = (ts: Turn[]) => sum(ts.map((t) => t.report.companies.player!.funnel.US!.abandoned.trust)) / sum(ts.map((t) => t.report.companies.player!.funnel.US!.carts));
    expect(trust(generous)).toBeLessThan(0.8 * trust(strict));
    expect(mean(generous.map((t) => us(t).returnRate))).toBeGreaterThan(1.3 * mean(strict.map((t) => us(t).returnRate)));
    const postage = sum(generous.flatMap((t) => entries(t.report, 'free return postage').map((e) => e.amount)));
    expect(postage).toBeGreaterThan(0);
    expect(sum(strict.flatMap((t) => entries(t.report, 'free return postage').map((e) => e.amount)))).toBe(0);
    expect(generous[0]!.report.companies.player!.buyers.US!.service).toMatchObject({ returnDays: 60, freeReturns: true });
  });
});
