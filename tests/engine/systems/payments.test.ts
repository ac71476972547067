// Payments (seed 004 §05 支付安全风险, §06 failure 4; calibration.md §2, §7;
// lessons 1 and 16): which methods a shop offers decides who abandons checkout,
// what each order costs, how many parcels are cash on delivery (and refused at
// the door), and how many prepaid orders come back as chargebacks.
import { describe, expect, it } from 'vitest';
import { resolveTurn, stateHash } from '../../../src/engine';
import { worldOf } from '../../../src/engine/world';
import { fraudExposure, missingPaymentShare, paymentProfile, setupCostIn } from '../../../src/engine/payments';
import { chargebackChance, FRAUD_CUT_MAX, fraudCut } from '../../../src/engine/fraud';
import { busy, entries, market, play, quiet, scenarioFrom, startOf, sum, text, type Draft, type Turn } from './build';

/** The US alone, with a COD method and a bank transfer added; the shares of the mix are the test's. */
function payScenario(edit: (s: Draft) => void = () => {}) {
  return scenarioFrom((s) => {
    quiet(s);
    busy(s, 200_000);
    s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
    s.player.stock = [{ product: 'lamp', location: 'home', units: 2_000_000 }];
    s.player.payments = [{ market: 'US', methods: ['card'] }];
    s.player.fulfilment = [{ market: 'US', from: 'home', carrier: 'postal' }];
    s.paymentMethods.push(
      { id: 'cod', name: text('COD'), kind: 'cod', feeRate: 0.02, fixedFee: 800, setupCost: 100_000 },
      { id: 'bank', name: text('Bank transfer'), kind: 'bankTransfer', feeRate: 0.005, fixedFee: 200, setupCost: 50_000 },
    );
    const us = market(s, 'US');
    us.paymentMix = [{ method: 'cod', share: 0.55 }, { method: 'card', share: 0.3 }, { method: 'bank', share: 0.1, setupCost: 20_000 }];
    edit(s);
  });
}

const us = (t: Turn) => t.report.companies.player!.markets.US!;

describe('the payment profile (who pays how)', () => {
  const scenario = payScenario();
  const world = worldOf(scenario);
  const m = world.markets.get('US')!;

  it('spreads orders over the offered methods by the buyers’ preference shares', () => {
    const p = paymentProfile(world, m, ['card', 'cod']);
    expect(p.codShare).toBeCloseTo(0.55 / 0.85, 12);
    // card 2.9% + ¥2 and COD 2% + ¥8, weighted 0.3 : 0.55
    expect(p.rate).toBeCloseTo((0.3 * 0.029 + 0.55 * 0.02) / 0.85, 12);
    expect(p.fixed).toBeCloseTo((0.3 * 200 + 0.55 * 800) / 0.85, 9);
    expect(p.exposure).toBe(1); // only cards among the prepaid methods
  });

  it('takes exposure from the method kind, and COD carries none', () => {
    const kinds = Object.fromEntries(scenario.paymentMethods.map((x) => [x.id, fraudExposure(x)]));
    expect(kinds).toEqual({ card: 1, paypal: 0.7, cod: 0, bank: 0.1 });
    const onlyCod = paymentProfile(world, m, ['cod']);
    expect(onlyCod.codShare).toBe(1);
    expect(onlyCod.exposure).toBe(0);
    const bankAndCard = paymentProfile(world, m, ['card', 'bank']);
    expect(bankAndCard.exposure).toBeCloseTo((0.3 * 1 + 0.1 * 0.1) / 0.4, 12);
  });

  it('counts buyers whose preferred method is missing from the preference shares', () => {
    expect(missingPaymentShare(m, ['card'])).toBeCloseTo(0.65, 12);
    expect(missingPaymentShare(m, ['card', 'cod'])).toBeCloseTo(0.1, 12);
    expect(missingPaymentShare(m, [])).toBe(1);
  });

  it('uses a market’s own setup cost when its mix names one', () => {
    expect(setupCostIn(m, world.payments.get('bank')!)).toBe(20_000);
    expect(setupCostIn(m, world.payments.get('cod')!)).toBe(100_000);
    const [t] = play(startOf(scenario, 3), [[{ type: 'setPayments', market: 'US', methods: ['card', 'bank'] }]]);
    expect(entries(t!.report, 'payment method setup')).toEqual([{ debit: 'paymentFees', credit: 'cash', amount: 20_000, memo: 'payment method setup', market: 'US' }]);
  });
});

describe('offering the method most buyers prefer (lesson 1)', () => {
  const scenario = payScenario();
  const TURNS = 6;
  const cardsOnly = play(startOf(scenario, 8), TURNS);
  const withCod = play(startOf(scenario, 8), [[{ type: 'setPayments', market: 'US', methods: ['card', 'cod'] }], ...Array.from({ length: TURNS - 1 }, () => [])]);

  it('cuts checkout abandonment and lifts orders', () => {
    const mean = (ts: Turn[], f: (t: Turn) => number) => sum(ts.map(f)) / ts.length;
    expect(mean(cardsOnly, (t) => us(t).checkoutAbandonment) - mean(withCod, (t) => us(t).checkoutAbandonment)).toBeGreaterThan(0.07);
    expect(mean(withCod, (t) => us(t).orders)).toBeGreaterThan(1.3 * mean(cardsOnly, (t) => us(t).orders));
  });

  it('but COD parcels are refused at the door: more returns, freight both ways, no revenue', () => {
    const refused = sum(withCod.flatMap((t) => t.report.companies.player!.sales.map((c) => c.refusedOrders)));
    expect(refused).toBeGreaterThan(0);
    expect(sum(cardsOnly.flatMap((t) => t.report.companies.player!.sales.map((c) => c.refusedOrders)))).toBe(0);
    const returns = (ts: Turn[]) => sum(ts.map((t) => us(t).returnRate)) / ts.length;
    expect(returns(withCod) - returns(cardsOnly)).toBeGreaterThan(0.03);
    for (const t of withCod) {
      const cells = t.report.companies.player!.sales;
      const r = sum(cells.map((c) => c.refusedOrders));
      const back = sum(entries(t.report, 'refused COD parcels sent back').map((e) => e.amount));
      const out = sum(entries(t.report, 'parcel postage').map((e) => e.amount));
      const served = sum(cells.map((c) => c.servedOrders));
      // The same postage per parcel on the way back as on the way out.
      expect(back * served).toBe(out * r);
      // Revenue only for kept orders: price × kept, converted.
      const kept = sum(cells.map((c) => c.unitsSold));
      expect(kept).toBe(served - sum(cells.map((c) => c.lostOrders + c.returnedOrders)));
    }
  });
});

describe('fraud and chargebacks (lesson 16)', () => {
  const scenario = payScenario((s) => { market(s, 'US').fraudRate = 0.05; });
  const TURNS = 6;
  const open = play(startOf(scenario, 12), TURNS);
  const screened = play(startOf(scenario, 12), [[{ type: 'setFraudControl', market: 'US', weekly: 2_000_000 }], ...Array.from({ length: TURNS - 1 }, () => [])]);

  it('books chargebacks as losses in cash, at the order value plus the fee, and reports their ratio', () => {
    for (const t of open) {
      const k = us(t);
      const cb = entries(t.report, 'chargebacks');
      expect(cb.length).toBe(1);
      expect(cb[0]).toMatchObject({ debit: 'chargebacks', credit: 'cash', market: 'US' });
      expect(k.chargebacks).toBe(cb[0]!.amount);
      expect(k.chargebackRatio).toBeGreaterThan(0.02);
      expect(k.chargebackRatio).toBeLessThan(0.08);
      // A chargeback reverses about one order's value (the fixture's card fee per dispute is 0).
      const n = Math.round(k.chargebackRatio * k.orders);
      expect(k.chargebacks / n).toBeGreaterThan(0.8 * k.aov);
      expect(k.chargebacks / n).toBeLessThan(1.2 * k.aov);
    }
    const t = open[0]!.report.companies.player!;
    expect(t.kpis.profit).toBe(sum(t.waterfall.filter((w) => w.step !== 'profit').map((w) => w.amount)));
  });

  it('fraud screening cuts chargebacks, costs its budget as a payment fee, and shows in the ratio', () => {
    const ratio = (ts: Turn[]) => sum(ts.map((t) => us(t).chargebackRatio)) / ts.length;
    expect(ratio(screened)).toBeLessThan(0.6 * ratio(open));
    for (const t of screened) {
      expect(entries(t.report, 'fraud screening')).toEqual([{ debit: 'paymentFees', credit: 'cash', amount: 2_000_000, memo: 'fraud screening', market: 'US' }]);
    }
  });

  it('a shop that takes only cash on delivery has no chargebacks', () => {
    const cod = play(startOf(scenario, 12), [[{ type: 'setPayments', market: 'US', methods: ['cod'] }], [], []]);
    for (const t of cod) {
      expect(entries(t.report, 'chargebacks')).toEqual([]);
      expect(us(t).chargebackRatio).toBe(0);
    }
  });

  it('refuses a budget for an unknown market or above the cash, and changes nothing', () => {
    const start = startOf(scenarioFrom((s) => { quiet(s); s.player.cash = 1000; }), 2);
    for (const a of [{ type: 'setFraudControl', market: 'XX', weekly: 10 }, { type: 'setFraudControl', market: 'US', weekly: 5000 }]) {
      const r = resolveTurn(start, [a]);
      expect(r.report.companies.player!.refused.map((x) => x.reason.en)).toHaveLength(1);
      expect(r.report.companies.player!.refused[0]!.reason.zh.length).toBeGreaterThan(0);
      expect(stateHash(r.state)).toBe(stateHash(resolveTurn(start, []).state));
    }
  });
});

describe('golden: fraud screening and chargeback chance', () => {
  it('share of fraud stopped by spend as a share of prepaid sales (diminishing returns)', () => {
    const shares = [0, 0.001, 0.0025, 0.005, 0.01, 0.02, 0.05];
    const row = shares.map((x) => fraudCut(x * 1_000_000, 1_000_000).toFixed(3));
    expect(row).toMatchInlineSnapshot(`
      [
        "0.000",
        "0.127",
        "0.275",
        "0.442",
        "0.605",
        "0.687",
        "0.700",
      ]
    `);
    for (let i = 2; i < shares.length; i += 1) {
      const gainBefore = fraudCut(shares[i - 1]! * 1e6, 1e6) - fraudCut(shares[i - 2]! * 1e6, 1e6);
      expect(fraudCut(shares[i]! * 1e6, 1e6)).toBeLessThanOrEqual(FRAUD_CUT_MAX);
      expect(gainBefore).toBeGreaterThanOrEqual(0);
    }
  });

  it('chance per prepaid order by fraud rate × exposure × cut', () => {
    const rows: string[] = [];
    for (const rate of [0.005, 0.01, 0.05]) {
      rows.push(`${rate} | ${[1, 0.7, 0.1].map((e) => [0, 0.44, 0.7].map((c) => (100 * chargebackChance(rate, e, c)).toFixed(3)).join(' ')).join(' / ')}`);
    }
    expect(rows).toMatchInlineSnapshot(`
      [
        "0.005 | 0.500 0.280 0.150 / 0.350 0.196 0.105 / 0.050 0.028 0.015",
        "0.01 | 1.000 0.560 0.300 / 0.700 0.392 0.210 / 0.100 0.056 0.030",
        "0.05 | 5.000 2.800 1.500 / 3.500 1.960 1.050 / 0.500 0.280 0.150",
      ]
    `);
  });
});
