// Lesson 14 (seed 004 §02 消費者對物流時效與關稅透明度要求嚴格; §06 success 4 物流時效縮短至3天…顯著提升客戶體驗): ratings drive conversion, and
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
  source: 'seed 004 §02 (buyers demand fast delivery); seed 004 §06 success 4 (3-day delivery improved the customer experience)',
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
