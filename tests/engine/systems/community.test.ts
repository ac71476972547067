// Community operations (seed 004 §03 社群運營; §06 success 3: WhatsApp社群運營實現用戶
// 自發傳播): a weekly budget engages a share of the active customers, with diminishing
// returns; engaged customers invite friends (new customers, with a friend's trust) and
// come back more; the budget is paid with the ads while cash lasts. Undefined until
// first set, so a run that never sets it hashes as before the system existed.
import { describe, expect, it } from 'vitest';
import { activeCustomers, communityReferrals, DEFAULT_COMMUNITY, engagedShare } from '../../../src/engine/community';
import type { CustomerPool } from '../../../src/engine/state';
import { stateHash } from '../../../src/engine';
import { busy, entries, play, quiet, scenarioFrom, startOf, sum } from './build';

const POOL: CustomerPool = { atRisk: 40, growing: 200, hibernating: 30, lost: 10, mature: 100, new: 700 };

describe('community: the formulas', () => {
  it('engages half the active customers at halfCost each, with diminishing returns', () => {
    expect(activeCustomers(POOL)).toBe(1000);
    const half = DEFAULT_COMMUNITY.halfCost * 1000;
    expect(engagedShare(0, 1000, DEFAULT_COMMUNITY.halfCost)).toBe(0);
    // A group with no buyers in it engages no one.
    expect(engagedShare(half, 0, DEFAULT_COMMUNITY.halfCost)).toBe(0);
    expect(engagedShare(half, 1000, DEFAULT_COMMUNITY.halfCost)).toBeCloseTo(0.5, 12);
    expect(engagedShare(3 * half, 1000, DEFAULT_COMMUNITY.halfCost)).toBeCloseTo(0.75, 12);
    // Twice the budget engages less than twice as many.
    expect(engagedShare(2 * half, 1000, 10)).toBeLessThan(2 * engagedShare(half, 1000, 10));
  });

  it('refers friends by engaged customers × rate × (0.5 + satisfaction)', () => {
    expect(communityReferrals(POOL, 0.8, 0.5, 0.25)).toBeCloseTo(1000 * 0.5 * 0.25 * 1.3, 9);
    expect(communityReferrals(POOL, 0.3, 0.5, 0.25)).toBeLessThan(communityReferrals(POOL, 0.8, 0.5, 0.25));
    expect(communityReferrals(POOL, 0.8, 0, 0.25)).toBe(0);
  });
});

describe('community: in play', () => {
  // A busy shop with no rivals or seasons and stock to spare; the community runs from turn 2 on the base turn 1 built.
  const scenario = scenarioFrom((s) => { quiet(s); busy(s, 40_000); for (const st of s.player.stock) st.units = 1_000_000; });
  const TURNS = 12;
  const weekly = 300_000; // ¥3,000 a week
  const withCommunity = play(startOf(scenario), [[], ...Array.from({ length: TURNS - 1 }, (_, i) => (i === 0 ? [{ type: 'setCommunity', market: 'US', weekly }] : []))]);
  const without = play(startOf(scenario), TURNS);

  it('is paid every week as marketing, and brings referred friends who become new customers', () => {
    const paid = withCommunity.slice(1).map((t) => sum(entries(t.report, 'community operations').map((e) => e.amount)));
    expect(paid).toEqual(Array.from({ length: TURNS - 1 }, () => weekly));
    for (const t of withCommunity.slice(1)) expect(entries(t.report, 'community operations').every((e) => e.debit === 'ads' && e.market === 'US')).toBe(true);
    const referred = (ts: typeof without) => sum(ts.slice(2).map((t) => t.report.companies.player!.buyers.US!.customers.referredVisitors));
    const fresh = (ts: typeof without) => sum(ts.slice(2).map((t) => t.report.companies.player!.kpis.newCustomers));
    // Loyal customers refer a few friends without a community (customerBase.ts REFERRAL_RATE).
    expect(referred(withCommunity)).toBeGreaterThan(3 * referred(without));
    // Seen: 5,020 referred against 10, and 4,810 new customers against 4,304.
    expect(fresh(withCommunity)).toBeGreaterThan(1.05 * fresh(without));
    const last = withCommunity.at(-1)!.report.companies.player!.buyers.US!.customers.community;
    expect(last.weekly).toBe(weekly);
    expect(last.engaged).toBeGreaterThan(0);
    expect(last.engaged).toBeLessThan(1);
    // The report's engaged share is the one the week's referrals used (buyerMods), not worked out again.
    expect(last.engaged).toBeCloseTo(engagedShare(weekly, activeCustomers(withCommunity.at(-2)!.state.companies.player!.markets.US!.pool), DEFAULT_COMMUNITY.halfCost), 12);
  });

  it('is left out of the state hash until set, and hashed once set (even to 0)', () => {
    const state = without.at(-1)!.state;
    const withKey = (value: number | undefined) => {
      const c = state.companies.player!;
      return { ...state, companies: { ...state.companies, player: { ...c, markets: { ...c.markets, US: { ...c.markets.US!, community: value } } } } };
    };
    const dropped = (() => {
      const s = withKey(undefined);
      delete (s.companies.player!.markets.US as { community?: number }).community;
      return s;
    })();
    expect(state.companies.player!.markets.US!.community).toBeUndefined();
    expect(stateHash(withKey(undefined))).toBe(stateHash(dropped));
    expect(stateHash(withKey(0))).not.toBe(stateHash(dropped));
    expect(stateHash(withKey(0))).not.toBe(stateHash(withKey(100)));
  });

  it('is refused above the cash or for an unknown market, and changes nothing', () => {
    const poor = scenarioFrom((s) => { quiet(s); s.player.cash = 100_000; });
    const [t] = play(startOf(poor), [[{ type: 'setCommunity', market: 'US', weekly: 200_000 }, { type: 'setCommunity', market: 'XX', weekly: 1 }]]);
    const reasons = t!.report.companies.player!.refused.map((r) => r.reason.en);
    expect(reasons[0]).toMatch(/more than the cash on hand/);
    expect(reasons[1]).toMatch(/no market "XX"/);
    expect(t!.state.companies.player!.markets.US!.community).toBeUndefined();
  });

  it('needs a listing in the market (a community is of the company\'s own buyers), one listed earlier in the turn too; 0 always stops it', () => {
    const rich = scenarioFrom((s) => { quiet(s); busy(s); s.player.listings = s.player.listings.filter((l) => l.market !== 'DE'); });
    const [t] = play(startOf(rich), [[
      { type: 'setCommunity', market: 'DE', weekly: 100_000 },
      { type: 'setCommunity', market: 'DE', weekly: 0 },
      { type: 'setPrice', market: 'DE', channel: 'amazon', product: 'lamp', price: 2999 },
      { type: 'setCommunity', market: 'DE', weekly: 200_000 },
    ]]);
    const refused = t!.report.companies.player!.refused;
    expect(refused.map((r) => r.index)).toEqual([0]);
    expect(refused[0]!.reason.en).toMatch(/List a product in this market first/);
    expect(t!.state.companies.player!.markets.DE!.community).toBe(200_000);
  });
});
