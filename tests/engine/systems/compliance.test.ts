// Compliance (README §14; seed 000 ch. 9; lesson 11): trademarks and certificates
// cut the odds of a takedown; takedowns are strikes that can get a channel account
// suspended; unregistered sales where VAT/IOSS registration is required risk a
// penalty; security spending stops data breaches. Every registration is a paid,
// validated action that changes nothing when refused.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine';
import { worldOf } from '../../../src/engine/world';
import { securityCut, takedownChance } from '../../../src/engine/compliance';
import { noCompliance } from '../../../src/engine/company';
import { stateHash } from '../../../src/engine';
import { busy, entries, play, quiet, scenarioFrom, startOf, text, type Draft, type Turn } from './build';

type Rules = NonNullable<Draft['compliance']>;

/** The fixture's shop with compliance rules; every product listed on amazon in the US. */
function withRules(rules: Rules, edit: (s: Draft) => void = () => {}): Scenario {
  return scenarioFrom((s) => {
    quiet(s);
    busy(s);
    s.player.cash = 50_000_000;
    s.player.stock = [{ product: 'lamp', location: 'home', units: 1_000_000 }, { product: 'serum', location: 'home', units: 1_000_000 }];
    s.compliance = rules;
    edit(s);
  });
}

const lines = (t: Turn) => t.report.companies.player!.compliance.map((l) => l.en);
const takedowns = (turns: readonly Turn[]) => turns.reduce((n, t) => n + lines(t).filter((l) => l.startsWith('A complaint')).length, 0);
const refusals = (t: Turn) => t.report.companies.player!.refused.map((r) => r.reason.en);

describe('takedown odds (golden grid)', () => {
  const s = withRules({ markets: [{ market: 'US', ipComplaintChance: 0.02, certificationChance: 0.05, certifiedCategories: ['home'] }] });
  const world = worldOf(s);
  const lamp = { market: 'US', channel: 'amazon', product: 'lamp', price: 2999, discount: 0, discountUntil: 0 };
  const serum = { ...lamp, product: 'serum' };
  const de = { ...lamp, market: 'DE' };
  const k = (tm: boolean, cert: boolean, effective = 1) => ({
    ...noCompliance(),
    trademarks: tm ? [{ market: 'US', effectiveTurn: effective }] : [],
    certificates: cert ? [{ market: 'US', product: 'lamp', effectiveTurn: effective }] : [],
  });
  // trademark cut 0.7, certificate cut 0.9 (defaults)
  it.each([
    ['nothing registered, certified category', lamp, k(false, false), 0.02 + 0.05],
    ['trademark', lamp, k(true, false), 0.02 * 0.3 + 0.05],
    ['certificate', lamp, k(false, true), 0.02 + 0.05 * 0.1],
    ['both', lamp, k(true, true), 0.02 * 0.3 + 0.05 * 0.1],
    ['pending registrations do not count yet', lamp, k(true, true, 9), 0.07],
    ['a category that needs no certificate', serum, k(false, false), 0.02],
    ['a market without rules', de, k(false, false), 0],
  ])('%s', (_name, listing, state, p) => {
    expect(takedownChance(world, state, listing, 5)).toBeCloseTo(p, 12);
  });

  it('security cut: cutMax × (1 − e^(−spend / spendRef))', () => {
    expect(securityCut(world, 0)).toBe(0);
    expect(securityCut(world, 200_000)).toBeCloseTo(0.8 * (1 - Math.exp(-1)), 10);
    expect(securityCut(world, 400_000)).toBeCloseTo(0.8 * (1 - Math.exp(-2)), 10);
    expect(securityCut(world, 100_000_000)).toBeCloseTo(0.8, 10);
  });
});

describe('registrations are paid, validated actions', () => {
  const s = withRules({ trademark: { cost: 400_000, turns: 2 }, markets: [{ market: 'US', taxRegistration: true }, { market: 'DE' }] });

  it('a trademark costs its price at once and takes effect after its turns', () => {
    const [t1] = play(startOf(s), [[{ type: 'registerTrademark', market: 'US' }]]);
    expect(entries(t1!.report, 'trademark registration').map((e) => [e.debit, e.credit, e.amount, e.market])).toEqual([['risk', 'cash', 400_000, 'US']]);
    expect(t1!.state.companies.player!.compliance.trademarks).toEqual([{ effectiveTurn: 3, market: 'US' }]);
    expect(t1!.report.companies.player!.kpis.profit).toBeLessThan(t1!.report.companies.player!.kpis.revenue); // in profit
  });

  it.each([
    ['twice', [{ type: 'registerTrademark', market: 'US' }, { type: 'registerTrademark', market: 'US' }], /already registered or pending/],
    ['unknown market', [{ type: 'registerTrademark', market: 'FR' }], /no market "FR"/],
    ['product not sold there', [{ type: 'certifyProduct', market: 'DE', product: 'serum' }], /not sold in DE/],
    ['tax where none is required', [{ type: 'registerTax', market: 'DE' }], /does not require a tax registration/],
    ['security above the cash', [{ type: 'setSecuritySpend', weekly: 60_000_000 }], /more than the cash/],
  ])('refused: %s, and nothing changes', (_name, actions, reason) => {
    const start = startOf(s);
    const [t] = play(start, [actions]);
    expect(refusals(t!).at(-1)).toMatch(reason);
    const kept = actions.slice(0, actions.length - refusals(t!).length);
    const [only] = play(start, [kept]);
    expect(stateHash(only!.state)).toBe(stateHash(t!.state));
  });

  it('refused when the cash is short', () => {
    const poor = withRules({ markets: [{ market: 'US' }] }, (d) => { d.player.cash = 100_000; });
    const [t] = play(startOf(poor), [[{ type: 'certifyProduct', market: 'US', product: 'lamp' }]]);
    expect(refusals(t!)).toEqual(['Not enough cash for this.']);
  });
});

describe('takedowns and suspensions', () => {
  const sure = withRules({ takedownTurns: 2, suspension: { perStrike: 0 }, markets: [{ market: 'US', ipComplaintChance: 0.4 }] }, (d) => {
    d.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
  });

  it('a takedown removes the listing for takedownTurns, refuses relisting, then restores it at its price', () => {
    const turns = play(startOf(sure, 3), 12);
    const first = turns.findIndex((t) => lines(t).some((l) => l.startsWith('A complaint')));
    expect(first).toBeGreaterThanOrEqual(0);
    const down = turns[first]!;
    expect(down.state.companies.player!.listings).toEqual([]);
    expect(down.report.companies.player!.sales).toEqual([]); // down before shoppers came
    const [relist] = play(down.state, [[{ type: 'setPrice', market: 'US', channel: 'amazon', product: 'lamp', price: 2500 }]]);
    expect(refusals(relist!)[0]).toMatch(/down .* until turn/);
    const back = play(down.state, 2);
    expect(lines(back[1]!)).toContain('Your LED lamp listing is back on Amazon in US.'.replace('LED lamp', back[1]!.state.scenario.products[0]!.name.en).replace('Amazon', back[1]!.state.scenario.channels[0]!.name.en));
    expect(back[1]!.state.companies.player!.listings.map((l) => l.price)).toEqual([2999]);
  });

  it('a strike can get the channel account suspended: every listing there goes down', () => {
    const harsh = withRules({ takedownTurns: 1, suspension: { perStrike: 1, turns: 3 }, markets: [{ market: 'US', ipComplaintChance: 0.3 }] }, (d) => {
      d.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }, { market: 'US', channel: 'amazon', product: 'serum', price: 3499 }, { market: 'US', channel: 'site', product: 'serum', price: 3499 }];
    });
    const turns = play(startOf(harsh, 5), 10);
    const at = turns.findIndex((t) => lines(t).some((l) => l.includes('account is suspended')));
    expect(at).toBeGreaterThanOrEqual(0);
    const c = turns[at]!.state.companies.player!;
    const channel = c.compliance.strikes.find((x) => x.suspendedUntil > 0)!.channel;
    expect(c.listings.filter((l) => l.channel === channel)).toEqual([]);
    expect(c.compliance.strikes.find((x) => x.channel === channel)!.suspendedUntil).toBe(at + 1 + 2);
    // Back only when the suspension is over, whatever the takedown said.
    expect(turns[at + 2]!.state.companies.player!.listings.filter((l) => l.channel === channel)).toEqual([]);
    expect(lines(turns[at + 3]!).filter((l) => l.includes('is back on')).length).toBeGreaterThan(0);
  });

  it('lesson 11: a trademark and certificates cut takedowns (same seeds, 20 turns)', () => {
    const rules: Rules = { trademark: { turns: 0 }, certification: { turns: 0 }, suspension: { perStrike: 0 }, takedownTurns: 1, markets: [{ market: 'US', ipComplaintChance: 0.1, certificationChance: 0.1, certifiedCategories: ['home'] }] };
    const s = withRules(rules, (d) => { d.turns = 30; d.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }, { market: 'US', channel: 'site', product: 'serum', price: 3499 }]; });
    let plain = 0;
    let protectedCount = 0;
    for (let seed = 1; seed <= 12; seed += 1) {
      plain += takedowns(play(startOf(s, seed), 20));
      protectedCount += takedowns(play(startOf(s, seed), [[{ type: 'registerTrademark', market: 'US' }, { type: 'certifyProduct', market: 'US', product: 'lamp' }], ...Array.from({ length: 19 }, () => [])]));
    }
    // Expected per turn: 0.1 + 0.1 + 0.1 = 0.3 unprotected; 0.03 + 0.01 + 0.03 = 0.07 protected.
    expect(plain).toBeGreaterThan(40);
    expect(protectedCount).toBeLessThan(plain * 0.45);
  });
});

describe('tax registration', () => {
  const s = withRules({ taxRegistration: { cost: 100_000, turns: 0 }, markets: [{ market: 'US', ipComplaintChance: 0, taxRegistration: true, taxPenaltyChance: 1, taxPenaltyShare: 0.25 }] }, (d) => {
    d.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
  });

  it('unregistered sales are fined a share of last turn’s revenue; registered ones are not', () => {
    const turns = play(startOf(s), 3);
    const revenue = turns[0]!.report.companies.player!.markets.US!.revenue;
    expect(revenue).toBeGreaterThan(0);
    expect(entries(turns[1]!.report, 'tax penalty').map((e) => [e.debit, e.credit, e.amount, e.market])).toEqual([['risk', 'cash', Math.round(revenue * 0.25), 'US']]);
    expect(entries(turns[0]!.report, 'tax penalty')).toEqual([]); // nothing sold before turn 1
    const registered = play(startOf(s), [[{ type: 'registerTax', market: 'US' }], [], []]);
    expect(registered.flatMap((t) => entries(t.report, 'tax penalty'))).toEqual([]);
    expect(entries(registered[0]!.report, 'tax registration').map((e) => e.amount)).toEqual([100_000]);
  });
});

describe('security and data breaches', () => {
  const breach = (cutMax: number) => withRules({ security: { cutMax, spendRef: 1 }, markets: [] }, (d) => {
    d.events.push({
      id: 'leak', name: text('Data breach'), description: text('Card data leaked.'), durationTurns: 2, effects: [],
      crisis: { kind: 'dataBreach', answerWithinTurns: 1, impacts: [{ kind: 'cost', amount: 100_000, once: true }], options: [{ label: text('Notify'), text: text('Notify'), cost: 0, odds: 1, success: { severity: 0 }, failure: { severity: 1 } }] },
    } as Draft['events'][number]);
    d.script = {
      initial: 'w',
      states: { w: { on: { TURN: { guard: { type: 'turnIs', params: { turn: 2 } }, target: 'd', actions: [{ type: 'triggerEvent', params: { event: 'leak' } }] } } }, d: { type: 'final' } },
    } as Draft['script'];
  });
  const opened = (s: Scenario, spend: number, seed: number) => play(startOf(s, seed), [[{ type: 'setSecuritySpend', weekly: spend }], []])[1]!.state.companies.player!.crises.length;

  it('without security a breach opens; with full cover it never does, and the spend is paid weekly', () => {
    const s = breach(1);
    for (const seed of [1, 2, 3]) {
      expect(opened(s, 0, seed)).toBe(1);
      expect(opened(s, 10_000, seed)).toBe(0);
    }
    const turns = play(startOf(s), [[{ type: 'setSecuritySpend', weekly: 10_000 }], []]);
    expect(turns.map((t) => entries(t.report, 'data and payment security').map((e) => e.amount))).toEqual([[10_000], [10_000]]);
    expect(turns[1]!.report.companies.player!.crisisOutcomes.map((l) => l.en)).toEqual(['Data breach: your security spending kept the attackers out.']);
  });

  it('a partial cut stops some breaches, not all (12 seeds)', () => {
    const s = breach(0.5);
    let stopped = 0;
    for (let seed = 1; seed <= 12; seed += 1) stopped += 1 - opened(s, 1_000_000, seed);
    expect(stopped).toBeGreaterThan(1);
    expect(stopped).toBeLessThan(11);
  });
});
