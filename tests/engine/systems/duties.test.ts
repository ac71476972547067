// Duties and VAT (calibration.md §4; lesson 17): parcels sent from China pay duty
// on their customs value unless they are at or under the market's de minimis, a
// flat per-item duty where one applies, and the VAT share of the price unless
// under the VAT threshold; stock sold from a warehouse in the market pays the VAT
// share only (its duty was paid on import).
import { describe, expect, it } from 'vitest';
import { toHome } from '../../../src/engine/fx';
import { busy, cloneMarket, entries, market, play, product, quiet, scenarioFrom, startOf, sum, text, type Turn } from './build';

const scenario = scenarioFrom((s) => {
  quiet(s);
  busy(s);
  // JP: ¥10,000 de minimis for duty and consumption tax (10%); priced in yen.
  cloneMarket(s, 'US', 'JP', (m) => {
    m.currency = 'JPY';
    m.paymentMix = [{ method: 'card', share: 1 }];
    m.tax = { vatRate: 0.1, dutyRate: 0.05, dutyFreeThreshold: 10000, vatFreeThreshold: 10000 };
  });
  s.currencies.push({ code: 'JPY', decimals: 0, rate: 0.048 });
  product(s, 'lamp').demand.find((d) => d.market === 'JP')!.referencePrice = 4500;
  s.warehouses.push({ id: 'deWh', name: text('DE warehouse'), market: 'DE', storagePerCbmWeek: 9000, lastMileCost: 4000, lastMileDays: [1, 3], capacityCbm: 100 });
  s.carriers.push({
    id: 'rail', name: text('China–Europe rail'), mode: 'sea', service: 'freight', markets: ['DE'],
    perShipment: 100000, perKg: 0, perCbm: 60000, transitDays: [18, 22], customsDays: [1, 3], lossRate: 0, damageRate: 0,
  });
  market(s, 'DE').paymentMix = [{ method: 'paypal', share: 1 }];
  s.player.stock = [{ product: 'lamp', location: 'home', units: 100_000 }, { product: 'lamp', location: 'deWh', units: 100_000 }];
  s.player.listings = [
    { market: 'US', channel: 'amazon', product: 'lamp', price: 2999 },
    { market: 'DE', channel: 'amazon', product: 'lamp', price: 2899 },
    { market: 'JP', channel: 'amazon', product: 'lamp', price: 4500 },
  ];
  s.player.fulfilment.push({ market: 'JP', from: 'home', carrier: 'postal' });
  s.player.payments.push({ market: 'JP', methods: ['card'] });
  s.player.awareness.push({ market: 'JP', value: 0.5 });
});
const start = startOf(scenario, 8);
const cur = { US: ['USD', 2], DE: ['EUR', 2], JP: ['JPY', 0] } as const;

/** The turn's sales cell for a market, and a converter at the turn's rate. */
function cellOf(t: Turn, m: keyof typeof cur) {
  const cell = t.report.companies.player!.sales.find((c) => c.market === m)!;
  const [code, decimals] = cur[m];
  const home = (local: number) => toHome(local, t.state.fx[code]!, decimals, 2);
  const kept = cell.servedOrders - cell.lostOrders - cell.returnedOrders;
  return { cell, home, kept };
}
const duty = (t: Turn, m: string) => sum(entries(t.report, 'duty on parcels').filter((e) => e.market === m).map((e) => e.amount));
const vat = (t: Turn, m: string) => sum(entries(t.report, 'VAT on sales').filter((e) => e.market === m).map((e) => e.amount));

describe('parcels to a market with no de minimis (US)', () => {
  const turns = play(start, 3);
  it('pay duty on every parcel: 5% of the price, no VAT', () => {
    for (const t of turns) {
      const { cell, home } = cellOf(t, 'US');
      expect(cell.servedOrders).toBeGreaterThan(0);
      expect(duty(t, 'US')).toBe(home(Math.round(cell.price * 0.05 * cell.servedOrders)));
      expect(vat(t, 'US')).toBe(0);
      expect(t.report.companies.player!.markets.US!.dutiesAndTaxes).toBe(duty(t, 'US'));
    }
  });
});

describe('parcels under a de minimis (JP ¥10,000 of customs value, i.e. the price net of 10% tax)', () => {
  it('at or under the threshold pay neither duty nor consumption tax', () => {
    const [t] = play(start, [[{ type: 'setPrice', market: 'JP', channel: 'amazon', product: 'lamp', price: 11000 }]]);
    expect(cellOf(t!, 'JP').cell.servedOrders).toBeGreaterThan(0);
    expect(duty(t!, 'JP')).toBe(0);
    expect(vat(t!, 'JP')).toBe(0);
    expect(t!.report.companies.player!.markets.JP!.dutiesAndTaxes).toBe(0);
  });

  it('one yen over pays both: duty on the value net of VAT, and the VAT share', () => {
    const [t] = play(start, [[{ type: 'setPrice', market: 'JP', channel: 'amazon', product: 'lamp', price: 11001 }]]);
    const { cell, home, kept } = cellOf(t!, 'JP');
    expect(cell.servedOrders).toBeGreaterThan(0);
    expect(duty(t!, 'JP')).toBe(home(Math.round(11001 * (1 - 0.1 / 1.1) * 0.05 * cell.servedOrders)));
    expect(vat(t!, 'JP')).toBe(home(Math.round(11001 * kept * (0.1 / 1.1))));
  });
});

describe('parcels under the EU threshold with a flat duty (DE)', () => {
  it('pay the €3 per-item duty instead of the ad valorem duty, and VAT (no VAT threshold above 0)', () => {
    const home = play(start, [[{ type: 'setFulfilment', market: 'DE', from: 'home', carrier: 'postal' }]])[0]!;
    const { cell, home: toCny, kept } = cellOf(home, 'DE');
    expect(cell.servedOrders).toBeGreaterThan(0);
    expect(duty(home, 'DE')).toBe(toCny(300 * cell.servedOrders));
    expect(vat(home, 'DE')).toBe(toCny(Math.round(2899 * kept * (0.19 / 1.19))));
  });
});

describe('sales from a warehouse in the market (DE)', () => {
  const turns = play(start, [[{ type: 'setFulfilment', market: 'DE', from: 'deWh' }], [], []]);
  it('pay the VAT share of the price and no parcel duty', () => {
    for (const t of turns) {
      const { cell, home, kept } = cellOf(t, 'DE');
      expect(cell.servedOrders).toBeGreaterThan(0);
      expect(duty(t, 'DE')).toBe(0);
      expect(vat(t, 'DE')).toBe(home(Math.round(cell.price * kept * (0.19 / 1.19))));
      expect(t.state.companies.player!.stock.deWh!.lamp).toBeLessThan(100_000);
    }
  });

  it('the stock paid its duty on import instead, at the category rate (home goods 3%, not the base 4%)', () => {
    const [t] = play(start, [[{ type: 'ship', product: 'lamp', units: 100, to: 'deWh', carrier: 'rail' }]]);
    expect(entries(t!.report, 'import duty')).toEqual([{ debit: 'duties', credit: 'cash', amount: Math.round(4500 * 100 * 0.03), memo: 'import duty', market: 'DE' }]);
  });
});
