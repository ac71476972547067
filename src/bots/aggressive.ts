// aggressive: growth at any price. It enters many markets with many products,
// lists at or below the going price, runs a four-week flash sale every eight weeks, spends big
// on ads and restocks its overseas warehouses by air.
import type { Action, StudentView } from '../engine';
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
};

/**
 * A four-week 15%-off flash sale in every market it sells in, every eight weeks:
 * on sale half the time (seed 000 ch. 6 限时促销), one action per market.
 */
function flashSales(view: StudentView, actions: Action[]): Action[] {
  const next = view.turn + 1;
  if (next % 8 !== 1 || view.turnsLeft < 4) return actions;
  // The shelves as they will stand once this turn's listing changes apply.
  const shelf = new Map(view.company.listings.map((l) => [`${l.market}|${l.channel}|${l.product}`, l.market]));
  for (const a of actions) {
    if (a.type === 'delist') shelf.delete(`${a.market}|${a.channel}|${a.product}`);
    else if (a.type === 'setPrice') shelf.set(`${a.market}|${a.channel}|${a.product}`, a.market);
  }
  const listed = new Set(shelf.values());
  const out = [...actions];
  for (const market of [...listed].sort()) {
    const running = view.company.markets[market]?.promotion;
    if (running && running.until >= next) continue;
    out.push({ type: 'runPromotion', market, kind: 'flashSale', depth: 0.15, turns: 4 });
  }
  return out;
}

export const aggressive: Bot = {
  name: 'aggressive',
  description: 'Many markets, prices at or below the going price, a flash sale every other month, big ad budgets, air freight restocking.',
  decide: (view, scenario) => flashSales(view, operate(view, scenario, AGGRESSIVE_STYLE, hooks)),
};
