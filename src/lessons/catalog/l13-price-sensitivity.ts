// Lesson 13 (seed 004 §02 目标客户画像: 东南亚市场注重性价比): price elasticity
// differs by market — SEA is more price-sensitive than the US. The same product
// listed in Indonesia and the US at the going price with stock to spare; the
// treatment arm is 10% dearer in both. Measured: the fall in orders in ID minus
// the fall in the US (fractions), turns 1–8.
import type { Action } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { campaignText, kpi, play, scripted } from '../lab';

const PRODUCT = 'phone-case';
const PRICE = { US: 1299, ID: 59000 } as const;

let cached: ReturnType<typeof sliceScenario> | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, {
  markets: ['US', 'ID'], turns: 8, startWeek: 10, products: [PRODUCT], rivals: false,
  edit(s) {
    s.player = {
      cash: 30_000_000,
      stock: [{ product: PRODUCT, location: 'home', units: 200_000 }],
      listings: (['US', 'ID'] as const).map((m) => ({ market: m, channel: 'own-site', product: PRODUCT, price: PRICE[m] })),
      fulfilment: [{ market: 'US', from: 'home', carrier: 'express' }, { market: 'ID', from: 'home', carrier: 'express' }],
      payments: [{ market: 'US', methods: ['card', 'paypal'] }, { market: 'ID', methods: ['card', 'ewallet', 'bankVA', 'cod'] }],
      awareness: [{ market: 'US', value: 0.1 }, { market: 'ID', value: 0.1 }],
      rating: 4.5,
    };
  },
}));

const dearer: Action[] = (['US', 'ID'] as const).map((m) => ({ type: 'setPrice', market: m, channel: 'own-site', product: PRODUCT, price: Math.round(PRICE[m] * 1.1) }));

export const priceSensitivity: Lesson = {
  id: 13,
  title: 'Price sensitivity differs by market: SEA more than the US',
  titleZh: '各市场价格弹性不同：东南亚比美国更敏感',
  source: 'seed 004 §02 (customer profile: SEA values price); seed 000 ch. 4 (pricing)',
  kpi: 'orders, fall from a 10% price rise: ID minus US, turns 1–8',
  compare: '+10% price vs the going price, in ID and in the US',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    const base = play(s, seed, scripted({})).reports;
    const high = play(s, seed, scripted({ 1: dearer })).reports;
    const fall = (m: string) => {
      const b = kpi(base, 'orders', 'sum', [1, 8], m);
      return b > 0 ? 1 - kpi(high, 'orders', 'sum', [1, 8], m) / b : 0;
    };
    return fall('ID') - fall('US');
  },
};
