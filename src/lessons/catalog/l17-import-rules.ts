// Lesson 17 (seed 004 §05 政策法规风险; calibration.md §4 EU €3 per-item duty from
// July 2026): a change in low-value-import rules changes landed cost, and pricing
// must follow. Phone cases sold in Germany by parcel at €11.99; in turn 3 the
// scenario's script brings in a €3 duty on every parcel. The treatment arm raises
// its price to carry the new duty (€14.99); the control arm keeps its price.
// Measured: profit in DE over turns 3–12.
import type { Action } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { campaignText, kpi, play, scripted } from '../lab';

const PRODUCT = 'phone-case';

let cached: ReturnType<typeof sliceScenario> | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, {
  markets: ['DE'], turns: 12, startWeek: 10, products: [PRODUCT], rivals: false,
  edit(s) {
    s.player = {
      cash: 30_000_000,
      stock: [{ product: PRODUCT, location: 'home', units: 100_000 }],
      listings: [{ market: 'DE', channel: 'marketplace', product: PRODUCT, price: 1199 }],
      fulfilment: [{ market: 'DE', from: 'home', carrier: 'epacket' }],
      payments: [{ market: 'DE', methods: ['card', 'paypal'] }],
      awareness: [{ market: 'DE', value: 0.1 }],
      rating: 4.3,
    };
    s.script = {
      initial: 'before',
      states: {
        before: { on: { TURN: [{ target: 'after', guard: { type: 'turnIs', params: { turn: 3 } },
          actions: [{ type: 'setParameter', params: { parameter: 'market.perItemDuty', target: 'DE', value: 300 } }] }] } },
        after: {},
      },
    };
  },
}));

const reprice: Action[] = [{ type: 'setPrice', market: 'DE', channel: 'marketplace', product: PRODUCT, price: 1499 }];

export const importRules: Lesson = {
  id: 17,
  title: 'Low-value import rule changes move landed cost; prices must follow',
  titleZh: '低值进口规则变化改变到岸成本，定价必须跟进',
  source: 'seed 004 §05 (policy risk); calibration.md §4 (EU €3 per item, July 2026)',
  kpi: 'profit, DE, sum of turns 3–12',
  compare: 'raise the price by the new €3 duty vs keep it',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, scripted({ 3: reprice })).reports, 'profit', 'sum', [3, 12], 'DE');
    const ctrl = kpi(play(s, seed, scripted({})).reports, 'profit', 'sum', [3, 12], 'DE');
    return treat - ctrl;
  },
};
