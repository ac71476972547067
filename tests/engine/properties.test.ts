// Property tests over random action sequences (issue 2): the ledger sums to the
// change in cash, stock is conserved, nothing becomes NaN or negative, refused
// actions change nothing, and runs are reproducible from seed and actions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newGame, resolveTurn, stateHash, type GameState, type Scenario } from '../../src/engine';
import { hashCanonical } from '../../src/engine/hash';
import { shippedScenario } from '../support/scenarios';
import { findNaN, ledgerBalance, negatives, stockBalance } from '../support/invariants';

function actionArb(s: Scenario) {
  const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
  const market = pick([...s.markets.map((m) => m.id), 'XX']);
  const product = pick([...s.products.map((p) => p.id), 'nope', 'constructor']);
  const channel = pick([...s.channels.map((c) => c.id), 'nochannel']);
  const warehouse = pick([...s.warehouses.map((w) => w.id), 'home', 'nowhere']);
  const carrier = pick(s.carriers.map((c) => c.id));
  const money = fc.oneof(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: -5, max: 1e9 }), fc.constant(0));
  const units = fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: -10, max: 1e6 }));
  return fc.oneof(
    fc.record({ type: fc.constant('setPrice'), market, channel, product, price: money }),
    fc.record({ type: fc.constant('delist'), market, channel, product }),
    fc.record({ type: fc.constant('setDiscount'), market, channel, product, discount: fc.double({ min: -0.5, max: 1, noNaN: true }), turns: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ type: fc.constant('orderStock'), product, units }),
    fc.record({ type: fc.constant('ship'), product, units, to: warehouse, carrier }),
    fc.record({ type: fc.constant('setFulfilment'), market, from: warehouse, carrier }),
    fc.record({ type: fc.constant('setPayments'), market, methods: fc.subarray(s.paymentMethods.map((p) => p.id)) }),
    fc.record({ type: fc.constant('setAdBudget'), market, weekly: money }),
    // Crisis ids are "<event>-t<turn>": the tutorial's scripted one opens in turn 3, answerable in turn 4.
    fc.record({ type: fc.constant('hedgeFx'), currency: pick([...s.currencies.map((c) => c.code), 'XXX']), share: fc.double({ min: -0.2, max: 1.2, noNaN: true }), turns: fc.integer({ min: 0, max: 60 }) }),
    fc.record({ type: fc.constant('respondCrisis'), crisis: pick(['review-backlash-t3', 'supplier-outage-t12', 'nope']), option: fc.integer({ min: -1, max: 3 }) }),
    // Buyers (payments, marketing, customers, service).
    fc.record({ type: fc.constant('setFraudControl'), market, weekly: money }),
    fc.record({ type: fc.constant('setCommunity'), market, weekly: money }),
    fc.record({ type: fc.constant('setAdBudget'), market, weekly: money, kind: fc.constantFrom('search', 'social', 'tv') }),
    fc.record({ type: fc.constant('setLoyalty'), market, programme: fc.constantFrom('none', 'points', 'tiered', 'vip') }),
    fc.record({ type: fc.constant('setComplaintHandling'), market, policy: fc.constantFrom('fifo', 'tiered', 'ignore') }),
    fc.record({ type: fc.constant('setService'), market, agents: fc.integer({ min: -1, max: 40 }), localLanguage: fc.boolean(), localHours: fc.boolean() }),
    fc.record({ type: fc.constant('setReturnPolicy'), market, days: fc.constantFrom(14, 30, 60, 90), freeReturns: fc.boolean() }),
    fc.record({ type: fc.constant('runKolCampaign'), market, tier: fc.constantFrom('top', 'mid', 'micro', 'seeding', 'mega') }),
    fc.record({ type: fc.constant('setLocalisation'), market, level: fc.constantFrom('machine', 'human', 'native', 'emoji') }),
    fc.record({ type: fc.constant('runPromotion'), market, kind: fc.constantFrom('flashSale', 'coupon', 'bundle', 'memberPrice', 'festival', 'bogof'), depth: fc.double({ min: -0.1, max: 0.8, noNaN: true }), turns: fc.integer({ min: 0, max: 5 }) }),
    // Risk side (compliance, insurance, research, team).
    fc.record({ type: fc.constant('registerTrademark'), market }),
    fc.record({ type: fc.constant('certifyProduct'), market, product }),
    fc.record({ type: fc.constant('registerTax'), market }),
    fc.record({ type: fc.constant('setSecuritySpend'), weekly: money }),
    fc.record({ type: fc.constant('setCargoInsurance'), on: fc.constantFrom(true, false, 'yes') }),
    fc.record({ type: fc.constant('commissionResearch'), kind: fc.constantFrom('desk', 'field', 'experiment', 'expert', 'survey'), measure: fc.constantFrom('visitors', 'fit', 'priceSensitivity', 'mood'), market, product: fc.option(product, { nil: undefined }) }),
    fc.record({ type: fc.constant('setStaff'), role: fc.constantFrom('operations', 'marketing', 'service', 'data', 'ceo'), count: fc.integer({ min: -2, max: 60 }) }),
    fc.constantFrom({ type: 'qualifyBackupSupplier' }, { type: 'qualifyBackupSupplier', extra: 1 }),
    fc.constant({ type: 'launchRocket' }),
  );
}

function checkTurn(before: GameState, actions: unknown[]) {
  const hashBefore = stateHash(before);
  const { state, report } = resolveTurn(before, actions);
  // A turn never changes the state it was given (copy-on-write, no shared edits).
  expect(stateHash(before)).toBe(hashBefore);
  expect(findNaN(state)).toBeNull();
  expect(stockBalance(state)).toEqual([]);
  expect(ledgerBalance(before, state, report)).toEqual([]);
  expect(negatives(state)).toEqual([]);
  // stateHash walks the state by its known shape (stateShape.ts): the same hash as walking it blind.
  const { scenario: _scenario, ...dynamic } = state;
  expect(stateHash(state)).toBe(hashCanonical(dynamic));
  // Phases walk the scenario's sorted market ids (world.marketIds) instead of sorting each
  // company's presences: that is the same only while presences exist in scenario markets alone.
  const marketIds = new Set(state.scenario.markets.map((m) => m.id));
  for (const id of state.companyOrder) {
    for (const m of Object.keys(state.companies[id]!.markets)) expect(marketIds.has(m), `presence in "${m}"`).toBe(true);
  }
  return { state, report };
}

for (const name of ['tutorial', 'campaign-global']) {
  describe(`invariants over random play: ${name}`, () => {
    const scenario = shippedScenario(name);
    const turns = name === 'tutorial' ? 8 : 12;
    it('hold after every turn', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(fc.array(actionArb(scenario), { maxLength: 6 }), { minLength: turns, maxLength: turns }), (seed, plan) => {
          let state = newGame(scenario, seed);
          for (const actions of plan) state = checkTurn(state, actions).state;
        }),
        { numRuns: name === 'tutorial' ? 60 : 15, seed: 20261121 },
      );
    });

    it('refused actions change nothing', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(actionArb(scenario), { maxLength: 8 }), (seed, actions) => {
          const start = newGame(scenario, seed);
          const all = resolveTurn(start, actions);
          const refusedIdx = new Set(all.report.companies.player!.refused.map((r) => r.index));
          const kept = actions.filter((_, i) => !refusedIdx.has(i));
          const only = resolveTurn(start, kept);
          expect(only.report.companies.player!.refused).toEqual([]);
          expect(stateHash(only.state)).toBe(stateHash(all.state));
        }),
        { numRuns: 40, seed: 7 },
      );
    });

    it('same seed and actions give the same hashes; other seeds differ', () => {
      const plan = [[], [{ type: 'orderStock', product: scenario.products[0]!.id, units: scenario.products[0]!.moq }], [], []];
      const run = (seed: number) => {
        let s = newGame(scenario, seed);
        return plan.map((a) => { s = resolveTurn(s, a).state; return stateHash(s); });
      };
      expect(run(11)).toEqual(run(11));
      expect(run(12)).not.toEqual(run(11));
      expect(new Set([run(11).at(-1), run(12).at(-1), run(13).at(-1)]).size).toBe(3);
    });
  });
}
