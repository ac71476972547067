// The turn report (DESIGN.md §2 step 8, §7): the P&L waterfall adds up to the
// profit exactly, and the per-market KPIs add up to the company's for every
// additive key, for the student and every rival, turn after turn.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newGame, resolveTurn, type CompanyReport, type GameState, type Scenario } from '../../../src/engine';
import type { KpiKey } from '../../../src/engine/schema';
import { shippedScenario } from '../../support/scenarios';
import { simplePlayerActions } from '../../support/simplePlayer';
import { busy, channel, quiet, scenarioFrom, sum, text } from './build';

const ADDITIVE: KpiKey[] = [
  'orders', 'revenue', 'gmv', 'platformFees', 'freightCost', 'dutiesAndTaxes', 'adSpend', 'unitsSold', 'visitors',
  'paymentFees', 'storageCost', 'stockouts', 'newCustomers',
];

function checkWaterfall(r: CompanyReport): void {
  const steps = r.waterfall.map((s) => s.step);
  expect(steps).toEqual(['revenue', 'fees', 'freight', 'duties', 'ads', 'goods', 'other', 'profit']);
  const amounts = r.waterfall.map((s) => s.amount);
  expect(sum(amounts.slice(0, -1))).toBe(amounts.at(-1));
  expect(amounts.at(-1)).toBe(r.kpis.profit);
  expect(amounts[0]).toBe(r.kpis.revenue);
  for (const a of amounts) expect(Number.isInteger(a)).toBe(true);
  // The lines and the cash bridge are the player's (rivals' reports carry KPIs).
  if (r.controller !== 'player') {
    expect([r.waterfall.every((s) => s.parts === undefined), r.cashBridge]).toEqual([true, null]);
    return;
  }
  // Each cost step's lines add up to it; revenue and profit have none.
  for (const s of r.waterfall) {
    if (s.step === 'revenue' || s.step === 'profit') expect(s.parts).toBeUndefined();
    else expect(sum(s.parts!.map((p) => p.amount)), `${r.company} ${s.step}`).toBe(s.amount);
  }
  // Profit to cash: every entry moves money between two accounts, so the bridge closes.
  const b = r.cashBridge!;
  const cashMoved = sum(r.ledger.map((e) => (e.debit === 'cash' ? e.amount : 0) - (e.credit === 'cash' ? e.amount : 0)));
  expect(b.profit).toBe(r.kpis.profit);
  expect(b.cash).toBe(cashMoved);
  expect(b.profit + b.unpaidSales + b.stock + b.frozen + b.capital, `${r.company} cash bridge ${JSON.stringify(b)}`).toBe(b.cash);
}

function checkMarketsAddUp(r: CompanyReport): void {
  const markets = Object.values(r.markets);
  for (const key of ADDITIVE) {
    expect(sum(markets.map((m) => m[key])), `${r.company}.${key}`).toBe(r.kpis[key]);
  }
}

function playChecked(scenario: Scenario, seed: number, turns: number, actions: (s: GameState) => unknown[]): number {
  let state = newGame(scenario, seed);
  let checked = 0;
  for (let t = 0; t < turns && !state.finished; t += 1) {
    const { state: next, report } = resolveTurn(state, actions(state));
    for (const id of next.companyOrder) {
      checkWaterfall(report.companies[id]!);
      checkMarketsAddUp(report.companies[id]!);
      checked += 1;
    }
    state = next;
  }
  return checked;
}

describe('the waterfall and the per-market KPIs', () => {
  it('add up on the global campaign, played by the simple player (all companies, 20 turns)', () => {
    expect(playChecked(shippedScenario('campaign-global'), 1, 20, (s) => simplePlayerActions(s))).toBeGreaterThan(20);
  });

  it('add up on the tutorial', () => {
    expect(playChecked(shippedScenario('tutorial'), 3, 8, (s) => simplePlayerActions(s))).toBeGreaterThan(0);
  });

  it('add up with payouts, an FX jump, warehouse sales, storage and ads in play', () => {
    const scenario = scenarioFrom((s) => {
      quiet(s);
      busy(s, 100_000);
      channel(s, 'amazon').payoutDelayTurns = 1;
      s.player.stock.push({ product: 'lamp', location: 'usWest', units: 3000 });
      s.events.push({ id: 'euroDrop', name: text('Euro falls'), description: text('EUR −10%.'), durationTurns: 2, chancePerTurn: 0.5, effects: [{ kind: 'fxRate', currency: 'EUR', multiply: 0.9 }] });
    });
    const plan = (s: GameState) => (s.turn === 0
      ? [{ type: 'setFulfilment', market: 'US', from: 'usWest' }, { type: 'setAdBudget', market: 'DE', weekly: 100_000 }, { type: 'orderStock', product: 'lamp', units: 500 }]
      : s.turn === 3 ? [{ type: 'ship', product: 'lamp', units: 400, to: 'usWest', carrier: 'sea' }] : []);
    expect(playChecked(scenario, 9, 10, plan)).toBe(10);
  });

  it('add up over random seeds of the campaign', () => {
    const scenario = shippedScenario('campaign-global');
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => { playChecked(scenario, seed, 6, (s) => simplePlayerActions(s)); }), { numRuns: 8, seed: 11 });
  });
});

describe('money KPIs follow the ledger', () => {
  it('profit = revenue − every cost line + the FX result', () => {
    const scenario = shippedScenario('campaign-global');
    let state = newGame(scenario, 4);
    for (let t = 0; t < 6; t += 1) {
      const { state: next, report } = resolveTurn(state, simplePlayerActions(state));
      const r = report.companies.player!;
      const k = r.kpis;
      const goods = sum(r.ledger.filter((e) => e.debit === 'cogs' || e.debit === 'writeOffs').map((e) => e.amount));
      expect(k.profit).toBe(k.revenue - k.platformFees - k.paymentFees - k.freightCost - k.dutiesAndTaxes - k.adSpend - k.storageCost - k.chargebacks - k.serviceCost - goods + k.fxGainLoss);
      expect(k.cash).toBe(next.companies.player!.cash);
      state = next;
    }
  });
});
