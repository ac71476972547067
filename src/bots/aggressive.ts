// aggressive: growth at any price. It enters many markets with many products,
// lists at or below the going price, runs a four-week discount every eight weeks, spends big
// on ads and restocks its overseas warehouses by air.
import type { Bot } from './types';
import type { Style } from './plan';
import { ratioGrid } from './pricing';
import { type Hooks, operate } from './seller';

export const AGGRESSIVE_STYLE: Style = {
  key: 'aggressive',
  channels: (c) => c.kind !== 'b2bPortal',
  freightMode: 'air',
  ratios: ratioGrid(0.8, 0.95, 0.05),
  minMargin: 0,
  selectMargin: 0.05,
  maxMarkets: 6,
  maxProducts: 8,
  paymentShare: 0,
  coverWeeks: 3,
  priorUnits: 30,
  stockShare: 0.6,
  reserve: 1_000_000,
  // Growth at any price keeps its shelves up through a sell-out and takes the
  // stock-outs (and the ratings they cost) — and its run file stays small.
  keepSoldOut: true,
};

const hooks: Hooks = {
  ads: () => 400_000, // ¥4,000 a week in every market
  promote(t, _mp, l) {
    // A four-week 15% discount every eight weeks: on sale half the time, with
    // one action per listing every two months, so its run files stay small.
    const running = l.current !== undefined && l.current.discount > 0 && l.current.discountUntil >= t.next;
    if (running || t.next % 8 !== 1) return [];
    return [{ type: 'setDiscount', market: _mp.market.id, channel: l.channel, product: l.product, discount: 0.15, turns: 4 }];
  },
};

export const aggressive: Bot = {
  name: 'aggressive',
  description: 'Many markets, prices at or below the going price, frequent discounts, big ad budgets, air freight restocking.',
  decide: (view, scenario) => operate(view, scenario, AGGRESSIVE_STYLE, hooks),
};
