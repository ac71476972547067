// Golden grids (STYLE.md: "golden tests that pin a formula's outputs over a grid
// of inputs, so a balance change is a reviewable diff"). Each block maps a small
// grid of inputs to rounded numbers; a deliberate change to a formula shows up
// here as a snapshot diff to read and accept (npx vitest run -u), an accidental
// one as a failure. The world's own steps (FX path, season calendar) are in
// world.test.ts.
import { describe, expect, it } from 'vitest';
import { newGame, type GameState } from '../../../src/engine';
import { cartRate, runFunnel, type FunnelInput } from '../../../src/engine/funnel';
import { parcelTax } from '../../../src/engine/duties';
import { expectedDays, freightCost } from '../../../src/engine/freight';
import { rateToMicro, toHome } from '../../../src/engine/fx';
import { worldOf } from '../../../src/engine/world';
import type { Category } from '../../../src/engine/schema';
import { cloneMarket, quiet, scenarioFrom, text } from '../systems/build';

const f = (x: number, digits: number) => x.toFixed(digits);

describe('the funnel', () => {
  const base: FunnelInput = {
    visitors: 10_000, baseCartRate: 0.08, conversionFactor: 1, fit: 1, relativePrice: 1, priceSensitivity: 1.5,
    rating: 4, reviews: 20, priceAbandon: 0.48, trustAbandon: 0.2, perSlowDay: 0.02, slowDays: 0,
    missingPaymentShare: 0, missingPaymentAbandon: 0.61, returning: false,
  };
  const prices = [0.1, 0.5, 0.8, 1, 1.25, 2, 10];

  it('cart rate (%) by relative price, for price sensitivity × rating', () => {
    const rows: string[] = [];
    for (const priceSensitivity of [0.5, 1.5, 3, 6]) {
      for (const rating of [2, 4, 5]) {
        const rates = prices.map((relativePrice) => f(100 * cartRate({ ...base, relativePrice, priceSensitivity, rating }), 2));
        rows.push(`ps ${priceSensitivity} ★${rating} | ${rates.join(' ')}`);
      }
    }
    rows.push(`returning ★4 ps 1.5 | ${prices.map((relativePrice) => f(100 * cartRate({ ...base, relativePrice, returning: true }), 2)).join(' ')}`);
    expect(rows).toMatchInlineSnapshot(`
      [
        "ps 0.5 ★2 | 14.31 9.05 7.16 6.40 5.72 4.53 2.86",
        "ps 0.5 ★4 | 17.89 11.31 8.94 8.00 7.16 5.66 3.58",
        "ps 0.5 ★5 | 19.68 12.45 9.84 8.80 7.87 6.22 3.94",
        "ps 1.5 ★2 | 25.60 18.10 8.94 6.40 4.58 2.26 0.57",
        "ps 1.5 ★4 | 32.00 22.63 11.18 8.00 5.72 2.83 0.72",
        "ps 1.5 ★5 | 35.20 24.89 12.30 8.80 6.30 3.11 0.79",
        "ps 3 ★2 | 25.60 25.60 12.50 6.40 3.28 0.80 0.05",
        "ps 3 ★4 | 32.00 32.00 15.62 8.00 4.10 1.00 0.06",
        "ps 3 ★5 | 35.20 35.20 17.19 8.80 4.51 1.10 0.07",
        "ps 6 ★2 | 25.60 25.60 24.41 6.40 1.68 0.10 0.00",
        "ps 6 ★4 | 32.00 32.00 30.52 8.00 2.10 0.13 0.00",
        "ps 6 ★5 | 35.20 35.20 33.57 8.80 2.31 0.14 0.00",
        "returning ★4 ps 1.5 | 90.00 67.88 33.54 24.00 17.17 8.49 2.15",
      ]
    `);
  });

  it('orders and abandonment of 10,000 visitors by slow days × missing payment share', () => {
    const rows: string[] = [];
    for (const slowDays of [-3, 0, 3, 10, 60]) {
      for (const missingPaymentShare of [0, 0.3, 1]) {
        const r = runFunnel({ ...base, slowDays, missingPaymentShare });
        const a = r.abandoned;
        rows.push(`slow ${slowDays} miss ${missingPaymentShare} | carts ${f(r.carts, 1)} −price ${f(a.price, 1)} −delivery ${f(a.delivery, 1)} −trust ${f(a.trust, 1)} −payment ${f(a.payment, 1)} = ${f(r.orders, 1)}`);
      }
    }
    for (const [label, input] of [
      ['3 reviews ★4', { ...base, reviews: 3 }], ['★2', { ...base, rating: 2 }], ['★5', { ...base, rating: 5 }],
      ['price ×1.5', { ...base, relativePrice: 1.5 }], ['price ×0.6', { ...base, relativePrice: 0.6 }], ['returning', { ...base, returning: true }],
    ] as const) {
      const r = runFunnel(input);
      rows.push(`${label} | carts ${f(r.carts, 1)} −price ${f(r.abandoned.price, 1)} −trust ${f(r.abandoned.trust, 1)} = ${f(r.orders, 1)}`);
    }
    expect(rows).toMatchInlineSnapshot(`
      [
        "slow -3 miss 0 | carts 800.0 −price 384.0 −delivery 0.0 −trust 83.2 −payment 0.0 = 332.8",
        "slow -3 miss 0.3 | carts 800.0 −price 384.0 −delivery 0.0 −trust 83.2 −payment 60.9 = 271.9",
        "slow -3 miss 1 | carts 800.0 −price 384.0 −delivery 0.0 −trust 83.2 −payment 203.0 = 129.8",
        "slow 0 miss 0 | carts 800.0 −price 384.0 −delivery 0.0 −trust 83.2 −payment 0.0 = 332.8",
        "slow 0 miss 0.3 | carts 800.0 −price 384.0 −delivery 0.0 −trust 83.2 −payment 60.9 = 271.9",
        "slow 0 miss 1 | carts 800.0 −price 384.0 −delivery 0.0 −trust 83.2 −payment 203.0 = 129.8",
        "slow 3 miss 0 | carts 800.0 −price 384.0 −delivery 25.0 −trust 78.2 −payment 0.0 = 312.8",
        "slow 3 miss 0.3 | carts 800.0 −price 384.0 −delivery 25.0 −trust 78.2 −payment 57.2 = 255.6",
        "slow 3 miss 1 | carts 800.0 −price 384.0 −delivery 25.0 −trust 78.2 −payment 190.8 = 122.0",
        "slow 10 miss 0 | carts 800.0 −price 384.0 −delivery 83.2 −trust 66.6 −payment 0.0 = 266.2",
        "slow 10 miss 0.3 | carts 800.0 −price 384.0 −delivery 83.2 −trust 66.6 −payment 48.7 = 217.5",
        "slow 10 miss 1 | carts 800.0 −price 384.0 −delivery 83.2 −trust 66.6 −payment 162.4 = 103.8",
        "slow 60 miss 0 | carts 800.0 −price 384.0 −delivery 374.4 −trust 8.3 −payment 0.0 = 33.3",
        "slow 60 miss 0.3 | carts 800.0 −price 384.0 −delivery 374.4 −trust 8.3 −payment 6.1 = 27.2",
        "slow 60 miss 1 | carts 800.0 −price 384.0 −delivery 374.4 −trust 8.3 −payment 20.3 = 13.0",
        "3 reviews ★4 | carts 800.0 −price 384.0 −trust 124.8 = 291.2",
        "★2 | carts 640.0 −price 307.2 −trust 133.1 = 199.7",
        "★5 | carts 880.0 −price 422.4 −trust 22.9 = 434.7",
        "price ×1.5 | carts 435.5 −price 313.5 −trust 24.4 = 97.5",
        "price ×0.6 | carts 1721.3 −price 495.7 −trust 245.1 = 980.5",
        "returning | carts 2400.0 −price 1152.0 −trust 0.0 = 1248.0",
      ]
    `);
  });
});

describe('parcel duty and VAT (local minor units per parcel / VAT share)', () => {
  const scenario = scenarioFrom((s) => {
    quiet(s);
    // US: no de minimis (fixture). DE: €150 duty threshold, VAT on everything, €3 flat (fixture).
    cloneMarket(s, 'US', 'JP', (m) => { m.tax = { vatRate: 0.1, dutyRate: 0.05, dutyFreeThreshold: 10000, vatFreeThreshold: 10000 }; });
    cloneMarket(s, 'US', 'UK', (m) => { m.tax = { vatRate: 0.2, dutyRate: 0.04, dutyByCategory: { beauty: 0 }, dutyFreeThreshold: 13500, vatFreeThreshold: null }; });
    cloneMarket(s, 'US', 'XX', (m) => { m.tax = { vatRate: 0.07, dutyRate: 0.1, dutyFreeThreshold: null, vatFreeThreshold: 5000, perItemDuty: 200 }; });
  });
  const state = newGame(scenario, 1);
  const world = worldOf(scenario);
  // Thresholds apply to the customs value (the price net of VAT): the pairs are
  // each market's edge — XX 5,000 × 1.07, JP 10,000 × 1.1, UK 13,500 × 1.2, DE 15,000 × 1.19.
  const values = [1000, 5350, 5351, 11000, 11001, 16200, 16201, 17850, 17851, 50000];

  it('by order value, for each market’s rules and category', () => {
    const rows: string[] = [`values | ${values.join(' ')}`];
    for (const [m, category] of [['US', 'home'], ['DE', 'home'], ['DE', 'beauty'], ['JP', 'home'], ['UK', 'home'], ['UK', 'beauty'], ['XX', 'home']] as [string, Category][]) {
      const cells = values.map((v) => {
        const t = parcelTax(state, world, m, category, v);
        return `${f(t.dutyLocal, 1)}/${f(100 * t.vatShare, 2)}%`;
      });
      rows.push(`${m} ${category} | ${cells.join(' ')}`);
    }
    expect(rows).toMatchInlineSnapshot(`
      [
        "values | 1000 5350 5351 11000 11001 16200 16201 17850 17851 50000",
        "US home | 50.0/0.00% 267.5/0.00% 267.6/0.00% 550.0/0.00% 550.1/0.00% 810.0/0.00% 810.1/0.00% 892.5/0.00% 892.6/0.00% 2500.0/0.00%",
        "DE home | 300.0/15.97% 300.0/15.97% 300.0/15.97% 300.0/15.97% 300.0/15.97% 300.0/15.97% 300.0/15.97% 300.0/15.97% 450.0/15.97% 1260.5/15.97%",
        "DE beauty | 300.0/15.97% 300.0/15.97% 300.0/15.97% 300.0/15.97% 300.0/15.97% 300.0/15.97% 300.0/15.97% 300.0/15.97% 600.0/15.97% 1680.7/15.97%",
        "JP home | 0.0/0.00% 0.0/0.00% 0.0/0.00% 0.0/0.00% 500.0/9.09% 736.4/9.09% 736.4/9.09% 811.4/9.09% 811.4/9.09% 2272.7/9.09%",
        "UK home | 0.0/16.67% 0.0/16.67% 0.0/16.67% 0.0/16.67% 0.0/16.67% 0.0/16.67% 540.0/16.67% 595.0/16.67% 595.0/16.67% 1666.7/16.67%",
        "UK beauty | 0.0/16.67% 0.0/16.67% 0.0/16.67% 0.0/16.67% 0.0/16.67% 0.0/16.67% 0.0/16.67% 0.0/16.67% 0.0/16.67% 0.0/16.67%",
        "XX home | 293.5/0.00% 700.0/0.00% 700.1/6.54% 1228.0/6.54% 1228.1/6.54% 1714.0/6.54% 1714.1/6.54% 1868.2/6.54% 1868.3/6.54% 4872.9/6.54%",
      ]
    `);
  });

  it('an unknown market pays nothing', () => {
    expect(parcelTax(state, world, 'nowhere', 'home', 10000)).toEqual({ dutyLocal: 0, vatShare: 0 });
  });
});

describe('freight', () => {
  const scenario = scenarioFrom((s) => {
    quiet(s);
    s.carriers.push(
      { id: 'express', name: text('Express'), mode: 'express', service: 'parcel', markets: ['US', 'DE'], perShipment: 9000, perKg: 8000, transitDays: [2, 5], customsDays: [0, 2], lossRate: 0.002, damageRate: 0.005 },
      { id: 'air', name: text('Air freight'), mode: 'air', service: 'freight', markets: ['US', 'DE'], perShipment: 80000, perKg: 3600, transitDays: [4, 8], customsDays: [1, 3], lossRate: 0.002, damageRate: 0.005 },
    );
    s.products.push({ id: 'sofa', name: text('Sofa'), category: 'home', tier: 'mid', unitCost: 90000, weightGrams: 30000, volumeCm3: 900000, moq: 10, leadTimeWeeks: 4, baseReturnRate: 0.02, demand: [] });
    s.events.push({
      id: 'crunch', name: text('Capacity crunch'), description: text('Freight dearer and slower.'), durationTurns: 4,
      effects: [{ kind: 'freightCost', carrier: 'postal', multiply: 1.5 }, { kind: 'transitDays', carrier: 'postal', add: 10 }, { kind: 'customsDays', multiply: 2 }],
    });
  });
  const world = worldOf(scenario);
  const state = newGame(scenario, 1);
  const pricier: GameState = { ...state, params: { ...state.params, carriers: { ...state.params.carriers, postal: { costFactor: 1.2, extraDays: 2 } } } };
  const crunch: GameState = { ...state, events: [{ id: 'crunch', startedTurn: 1, endsTurn: 4 }] };
  const carriers = ['postal', 'express', 'air', 'sea'];

  it('cost in home fen by carrier × product (serum 120 g, lamp 900 g, sofa 30 kg / 0.9 m³) × units', () => {
    const rows: string[] = [];
    for (const c of carriers) {
      for (const p of ['serum', 'lamp', 'sofa']) {
        const costs = [1, 10, 100, 1000].map((units) => freightCost(state, world, world.carriers.get(c)!, world.products.get(p)!, units, 'US'));
        rows.push(`${c} ${p} | ${costs.join(' ')}`);
      }
    }
    const lamp = world.products.get('lamp')!;
    const postal = world.carriers.get('postal')!;
    rows.push(`postal lamp ×1.2 cost factor | ${[1, 10].map((u) => freightCost(pricier, world, postal, lamp, u, 'US')).join(' ')}`);
    rows.push(`postal lamp in a crunch (×1.5) | ${[1, 10].map((u) => freightCost(crunch, world, postal, lamp, u, 'US')).join(' ')}`);
    expect(rows).toMatchInlineSnapshot(`
      [
        "postal serum | 2220 8700 73500 721500",
        "postal lamp | 6900 55500 541500 5401500",
        "postal sofa | 181500 1801500 18001500 180001500",
        "express serum | 9960 18600 105000 969000",
        "express lamp | 16200 81000 729000 7209000",
        "express sofa | 249000 2409000 24009000 240009000",
        "air serum | 80432 84320 123200 512000",
        "air lamp | 83240 112400 404000 3320000",
        "air sofa | 188000 1160000 10880000 108080000",
        "sea serum | 300027 300270 302700 327000",
        "sea lamp | 300540 305400 354000 840000",
        "sea sofa | 381000 1110000 8400000 81300000",
        "postal lamp ×1.2 cost factor | 8280 66600",
        "postal lamp in a crunch (×1.5) | 10350 83250",
      ]
    `);
  });

  it('promised days by carrier: plain, +2 extra days, in a crunch (+10 transit for postal, customs ×2 for all)', () => {
    const rows = carriers.map((c) => {
      const carrier = world.carriers.get(c)!;
      return `${c} | ${[state, pricier, crunch].map((s) => expectedDays(s, world, carrier, 'US')).join(' ')}`;
    });
    expect(rows).toMatchInlineSnapshot(`
      [
        "postal | 17.5 19.5 30",
        "express | 4.5 4.5 5.5",
        "air | 8 8 10",
        "sea | 34 34 38",
      ]
    `);
  });
});

describe('exchange-rate conversion', () => {
  it('toHome: local minor units → home minor units, by currency and decimals', () => {
    const amounts = [1, 49, 50, 99, 1999, 100_000, 123_456_789, -1999];
    const currencies: [string, number, number, number][] = [
      ['USD→CNY', 7.2, 2, 2], ['EUR→CNY', 7.8123, 2, 2], ['JPY→CNY', 0.048, 0, 2], ['IDR→CNY', 0.00045, 0, 2],
      ['KWD→CNY', 23.4567, 3, 2], ['USD→JPY', 151.37, 2, 0], ['CNY→CNY', 1, 2, 2],
    ];
    const rows = currencies.map(([label, rate, local, home]) => `${label} | ${amounts.map((a) => toHome(a, rateToMicro(rate), local, home)).join(' ')}`);
    expect(rows).toMatchInlineSnapshot(`
      [
        "USD→CNY | 7 353 360 713 14393 720000 888888881 -14393",
        "EUR→CNY | 8 383 391 773 15617 781230 964481473 -15617",
        "JPY→CNY | 5 235 240 475 9595 480000 592592587 -9595",
        "IDR→CNY | 0 2 2 4 90 4500 5555556 -90",
        "KWD→CNY | 2 115 117 232 4689 234567 289588886 -4689",
        "USD→JPY | 2 74 76 150 3026 151370 186876542 -3026",
        "CNY→CNY | 1 49 50 99 1999 100000 123456789 -1999",
      ]
    `);
  });
});
