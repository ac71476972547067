// Early-warning thresholds (seed 004 §05 風險預警機制: "設定匯率波動、客戶投訴率等關鍵指標，
// 實時觸發不同級別的風險預警信號"; lesson 20). Each indicator has three levels —
// watch, warning, critical — crossed in the direction that is bad for it (the
// engine side is src/engine/alerts.ts). Every field is optional with a default.
import { z } from 'zod';

const Levels = (watch: number, warning: number, critical: number, what: string) =>
  z.tuple([z.number().min(0).max(1e6), z.number().min(0).max(1e6), z.number().min(0).max(1e6)])
    .default([watch, warning, critical])
    .describe(`${what} [watch, warning, critical].`);

export const EarlyWarning = z.strictObject({
  fxVolatility: Levels(0.1, 0.15, 0.25, 'This week\'s move of a currency the company sells in, annualised (|Δrate| × √52); above is bad. cal. §5: 4–11% a year is normal'),
  // The KPI counts half of all returns, and online returns run at ~20% (apparel 25–40%), so
  // 10% is an ordinary week: under the balanced bot the campaign's markets measured a median of
  // 15.6% and a 99th percentile of 22.3% (10 seeds), so the watch level starts above that.
  complaintRate: Levels(0.2, 0.25, 0.35, 'Complaints per order in a market this turn; above is bad. cal. §Returns: online 20.4%, apparel 25–40%, half of returns count; levels above ordinary weeks (model assumption)'),
  // One complaint in five orders is 20%, the watch level: under the campaign's bots (5 seeds
  // each), 5 of the balanced seller's 53 complaint alerts and 46 of the aggressive seller's
  // 216 came from one or two complaints in a week, in markets with a handful of orders.
  // Optional, not defaulted, for the reason chargebackMinimum gives (alerts.ts COMPLAINT_MINIMUM).
  complaintMinimum: z.number().int().min(1).max(1e6).optional()
    .describe('Fewest complaints in a market in a turn for a complaint alert at any level (default 3); one or two among a handful of orders are chance (model assumption)'),
  chargebackRatio: Levels(0.0065, 0.009, 0.018, 'Chargebacks per order in a market this turn; above is bad. cal. §Crises: Visa early warning 0.65%, VDMP 0.9%, excessive 1.8%'),
  // The card schemes judge the ratio only above a count (cal. §Crises: Visa early warning
  // 0.65% with 75 a month, VDMP 0.9% with 100). A course's seller has a few dozen orders a
  // week in a market, where one chargeback is ~2%: under the campaign's bots (5 seeds each),
  // 41 of the balanced seller's 67 chargeback alerts and 135 of the aggressive seller's 168
  // came from a single chargeback, chance that the alert called critical.
  // Optional, not defaulted (alerts.ts CHARGEBACK_MINIMUM): a default would enter every
  // loaded scenario, so its hash, and every run file recorded before would stop matching.
  chargebackMinimum: z.number().int().min(1).max(1e6).optional()
    .describe('Fewest chargebacks in a market in a turn for a chargeback alert at any level (default 3); fewer are chance at a small seller\'s volume. cal. §Crises: card schemes count only above a minimum (Visa 75 a month); 3 a week scales that down (model assumption)'),
  stockCoverWeeks: Levels(4, 2, 1, 'Weeks of this turn\'s sales that the stock for a market (on hand and on the way) covers; below is bad (model assumption)'),
  cashRunwayWeeks: Levels(12, 6, 3, 'Weeks the cash lasts at this turn\'s net outflow; below is bad (model assumption)'),
  ratingDrop: Levels(0.05, 0.1, 0.2, 'Stars a market\'s rating lost this turn; above is bad (model assumption)'),
});
export type EarlyWarning = z.infer<typeof EarlyWarning>;
/** The indicators, each with its three levels (the minimums are counts, not indicators). */
export type Indicator = Exclude<keyof EarlyWarning, 'chargebackMinimum' | 'complaintMinimum'>;
