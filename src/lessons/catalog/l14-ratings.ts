// Lesson 14 (seed 000 ch. 8 客户服务; seed 004 §03): ratings drive conversion, and
// slow delivery hurts ratings. One product in the US by parcel: express (2–5
// days) against postal (8–18 days + customs). Measured: the rating at turn 16.
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { campaignText, kpi, play, scripted } from '../lab';

const PRODUCT = 'serum';

const lab = (carrier: string) => sliceScenario(campaignText, {
  markets: ['US'], turns: 16, startWeek: 10, products: [PRODUCT], rivals: false,
  edit(s) {
    s.player = {
      cash: 30_000_000,
      stock: [{ product: PRODUCT, location: 'home', units: 100_000 }],
      listings: [{ market: 'US', channel: 'marketplace', product: PRODUCT, price: 1999 }],
      fulfilment: [{ market: 'US', from: 'home', carrier }],
      payments: [{ market: 'US', methods: ['card', 'paypal'] }],
      awareness: [{ market: 'US', value: 0.1 }],
      rating: 4,
    };
  },
});

let cached: { fast: ReturnType<typeof lab>; slow: ReturnType<typeof lab> } | null = null;

export const ratings: Lesson = {
  id: 14,
  title: 'Slow delivery hurts ratings (and ratings drive conversion)',
  titleZh: '配送慢拉低评分（评分影响转化）',
  source: 'seed 000 ch. 8 (service); seed 004 §03 (loyalty)',
  kpi: 'rating, US, at turn 16',
  compare: 'express parcels vs postal parcels',
  expect: 'up',
  sample(seed) {
    cached ??= { fast: lab('express'), slow: lab('epacket') };
    const fast = kpi(play(cached.fast, seed, scripted({})).reports, 'rating', 'last', [16, 16], 'US');
    const slow = kpi(play(cached.slow, seed, scripted({})).reports, 'rating', 'last', [16, 16], 'US');
    return fast - slow;
  },
};
