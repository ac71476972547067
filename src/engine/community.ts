// Community operations (社群运营, private traffic 私域流量): groups on WhatsApp, LINE
// or Telegram where a shop's buyers talk, share deals and invite friends (seed 004 §03
// 社交化互動策略: UGC活動、社群運營，通過用戶參與感強化品牌認同; §06 success 3:
// 東南亞市場通過WhatsApp社群運營實現用戶自發傳播，單月新增客戶超2萬，體現私域流量爆發力).
// A weekly budget (moderators, group content, small rewards for sharing) engages a
// share of the company's active customers in the market; engaged customers invite
// friends, who come with a friend's trust (the returning customers' funnel) and
// become new customers, and come back to look more often themselves. The spread is
// the buyers' own: it grows with the customer base and with their satisfaction, so a
// community built on unhappy buyers spreads little. Model assumptions: calibration.md
// has no row for community referral rates.
import type { CustomerPool } from './state';
import { COMMUNITY_DEFAULTS, type CommunitySpec, type Scenario } from './schema';
import { satisfactionPull } from './customerBase';

/**
 * Defaults of a scenario's `customers.community` (schema/buyers.ts COMMUNITY_DEFAULTS):
 * halfCost 10 — ¥0.10 a week per active customer engages half of them: group admins and
 * content scale with the groups, and a WhatsApp group costs nothing to host;
 * referralRate 0.25 — an engaged customer brings a quarter of a shopper a week (a friend
 * a month), five times a loyal customer's REFERRAL_RATE: sharing a deal in a group is one
 * tap; repeatBoost 0.5 — the group's posts bring past customers back to look up to 1.5×
 * as often (lapsed ones stay in the groups too).
 */
export const DEFAULT_COMMUNITY: Readonly<Omit<CommunitySpec, 'source'>> = COMMUNITY_DEFAULTS;

export function communitySpec(scenario: Scenario): Readonly<Omit<CommunitySpec, 'source'>> {
  return scenario.customers.community ?? DEFAULT_COMMUNITY;
}

/** Customers who bought lately or buy again (not the lapsed or lost): those a group keeps talking. */
export function activeCustomers(pool: CustomerPool): number {
  return pool.new + pool.growing + pool.mature;
}

/**
 * Share of the active customers the week's budget engages, with diminishing returns:
 * `weekly / (weekly + halfCost × active)` — half at `halfCost` a customer. 0 without a
 * budget, and 0 without customers: a group with no buyers in it engages no one.
 */
export function engagedShare(weekly: number, active: number, halfCost: number): number {
  if (weekly <= 0 || active <= 0) return 0;
  return weekly / (weekly + halfCost * active);
}

/** Friends invited this week by the engaged customers: new shoppers, with a friend's trust. */
export function communityReferrals(pool: CustomerPool, satisfaction: number, engaged: number, referralRate: number): number {
  return activeCustomers(pool) * engaged * referralRate * satisfactionPull(satisfaction);
}
