// balanced: a sound seller (seed 000 ch. 4–5; seed 004 success case 4). It enters
// the few markets and products where the going price best covers the landed cost
// (goods + freight + duty + VAT + commission + payment fees + returns), prices near
// the going price with a margin, offers the payment methods most buyers use,
// stocks overseas warehouses by sea where that beats parcels, reorders before stock
// runs out (ahead of the announced peaks), advertises moderately from what a market
// earns, and keeps a cash buffer.
// Localisation, fraud screening and small creator campaigns: buyers.ts.
// Trademarks, certificates, tax registration, insurance, research and staff: compliance.ts.
import type { Bot } from './types';
import type { Style } from './plan';
import { ratioGrid } from './pricing';
import { type Hooks, operate } from './seller';
import { answerCrises } from './crisis';
import { hedgeVolatile } from './hedging';
import { careForBuyers } from './buyers';
import { stayCompliant } from './compliance';

export const BALANCED_STYLE: Style = {
  key: 'balanced',
  channels: (c) => c.kind !== 'b2bPortal' && (c.weeklyFee === 0 || c.reach * c.conversionFactor >= 0.3),
  freightMode: 'sea',
  ratios: ratioGrid(0.85, 1.25, 0.05),
  minMargin: 0.08,
  selectMargin: 0.2,
  maxMarkets: 3,
  maxProducts: 5,
  paymentShare: 0.05,
  coverWeeks: 4,
  priorUnits: 20,
  stockShare: 0.5,
  reserve: 3_000_000,
};

const hooks: Hooks = {
  // A base budget to be found, more where the market earns: a quarter of last
  // week's profit before ads, at most ¥2,000 a week.
  ads(t, mp) {
    const k = t.view.lastReport?.markets[mp.market.id];
    const earned = k ? k.profit + k.adSpend : 0;
    return Math.min(200_000, Math.max(50_000, earned / 4));
  },
};

export const balanced: Bot = {
  name: 'balanced',
  description: 'Few markets with the best margin over landed cost, local payments, sea freight to overseas warehouses, moderate ads, a cash buffer.',
  // Crises first (the response is paid before the week's spending), then forwards.
  decide: (view, scenario) => [...answerCrises(view), ...hedgeVolatile(view, scenario), ...stayCompliant(view, scenario), ...careForBuyers(view, scenario), ...operate(view, scenario, BALANCED_STYLE, hooks)],
};
