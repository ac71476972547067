// The customer base of a company in a market (seed 004 §03 客戶管理策略: RFM,
// 客戶生命周期 新客→成長期→成熟期→衰退期, 會員等級體系; lessons 7 and 15). Past buyers
// come back to look each week at a rate set by their stage, their satisfaction and
// any loyalty programme; the demand phase runs them through the funnel as
// returning visitors. After the week they move between stages: repeat buyers grow,
// quiet ones lapse, lapsed ones are lost. Expected counts, no draws. The rates are
// model assumptions, tuned so about a quarter of buyers buy again within a year
// (calibration.md §6 repeat purchase ~28%).
import type { CustomerPool } from './state';
import type { LoyaltyProgramme, Scenario } from './schema';

/** Weekly chance that a customer of each stage looks at the shop again. */
export const VISIT_RATE: Readonly<Record<keyof CustomerPool, number>> = {
  new: 0.03, growing: 0.05, mature: 0.08, atRisk: 0.015, hibernating: 0.008, lost: 0,
};
/** Weekly chance that a customer who did not buy moves down a stage. */
export const LAPSE_RATE = { new: 1 / 12, growing: 1 / 16, mature: 1 / 26 } as const;
/** Weekly chance that a lapsed customer is lost for good (before satisfaction and loyalty). */
export const LOSS_RATE = { atRisk: 1 / 16, hibernating: 1 / 12 } as const;
/** Of the repeat buyers in `growing`, the share who become regulars (`mature`) with this order. */
export const GROW_TO_MATURE = 0.5;
/** Loyal customers (growing, mature) refer this many shoppers each a week: two or three a year (model assumption). */
export const REFERRAL_RATE = 0.05;

/**
 * Loyalty programmes (seed 004 §03: 積分兌換、專屬客服; lesson 7): points give back part
 * of repeat purchases; tiered membership adds perks for the best customers. Home minor
 * units for a CNY home. Model assumptions.
 */
export const DEFAULT_LOYALTY: Readonly<Record<Exclude<LoyaltyProgramme, 'none'>, {
  setupCost: number; weeklyCost: number; pointsRate: number; repeatBoost: number; churnCut: number; referralBoost: number;
}>> = {
  points: { setupCost: 500_000, weeklyCost: 20_000, pointsRate: 0.02, repeatBoost: 1.25, churnCut: 0.8, referralBoost: 2 },
  tiered: { setupCost: 2_000_000, weeklyCost: 80_000, pointsRate: 0.04, repeatBoost: 1.5, churnCut: 0.6, referralBoost: 3 },
};

const NO_PROGRAMME = { setupCost: 0, weeklyCost: 0, pointsRate: 0, repeatBoost: 1, churnCut: 1, referralBoost: 1 };

export function loyaltySpec(scenario: Scenario, p: LoyaltyProgramme) {
  return p === 'none' ? NO_PROGRAMME : scenario.customers.loyalty[p] ?? DEFAULT_LOYALTY[p];
}

/** Satisfied customers come back more: × (0.5 + satisfaction), 1.3 at 0.8. */
export function satisfactionPull(satisfaction: number): number {
  return 0.5 + satisfaction;
}

/** Returning visitors a week from the pool (the demand phase splits them over listings and applies the season). */
export function returningVisitors(pool: CustomerPool, satisfaction: number, repeatBoost: number): number {
  const k = satisfactionPull(satisfaction) * repeatBoost;
  return (pool.new * VISIT_RATE.new + pool.growing * VISIT_RATE.growing + pool.mature * VISIT_RATE.mature
    + pool.atRisk * VISIT_RATE.atRisk + pool.hibernating * VISIT_RATE.hibernating) * k;
}

/** Shoppers referred by loyal customers a week (new visitors). */
export function referredVisitors(pool: CustomerPool, referralBoost: number): number {
  return (pool.growing + pool.mature) * REFERRAL_RATE * referralBoost;
}

export interface PoolWeek {
  /** First-time buyers served this week, and repeat orders served from the pool. */
  newBuyers: number;
  repeatOrders: number;
  satisfaction: number;
  /** Customers lost to unresolved complaints this week, split by who complained (complaints.ts). */
  complaintLossNew: number;
  complaintLossRepeat: number;
}

/**
 * The pool after a week. Repeat orders are credited to the stages in proportion to
 * the visitors each sent; buyers move up (new → growing → mature; lapsed → growing),
 * the others lapse or are lost at rates cut by satisfaction and loyalty.
 */
export function nextPool(pool: CustomerPool, week: PoolWeek, churnCut: number): CustomerPool {
  if (week.newBuyers === 0 && pool.new + pool.growing + pool.mature + pool.atRisk + pool.hibernating === 0) return pool;
  // Stages send visitors in proportion to VISIT_RATE (satisfaction and loyalty scale
  // them all alike, so they cancel here); repeat orders are shared out the same way.
  const wNew = pool.new * VISIT_RATE.new, wGrowing = pool.growing * VISIT_RATE.growing, wMature = pool.mature * VISIT_RATE.mature;
  const wAtRisk = pool.atRisk * VISIT_RATE.atRisk, wHib = pool.hibernating * VISIT_RATE.hibernating;
  const total = wNew + wGrowing + wMature + wAtRisk + wHib;
  const f = total > 0 ? week.repeatOrders / total : 0;
  const buyNew = Math.min(pool.new, wNew * f), buyGrowing = Math.min(pool.growing, wGrowing * f), buyMature = Math.min(pool.mature, wMature * f);
  const buyAtRisk = Math.min(pool.atRisk, wAtRisk * f), buyHib = Math.min(pool.hibernating, wHib * f);
  const drift = churnCut * (1.5 - week.satisfaction);
  const quietNew = pool.new - buyNew;
  const quietGrowing = pool.growing - buyGrowing;
  const quietMature = pool.mature - buyMature;
  const quietAtRisk = pool.atRisk - buyAtRisk;
  const quietHib = pool.hibernating - buyHib;
  const lapseNew = quietNew * Math.min(1, LAPSE_RATE.new * drift);
  const lapseGrowing = quietGrowing * Math.min(1, LAPSE_RATE.growing * drift);
  const lapseMature = quietMature * Math.min(1, LAPSE_RATE.mature * drift);
  const lossAtRisk = quietAtRisk * Math.min(1, LOSS_RATE.atRisk * drift);
  const lossHib = quietHib * Math.min(1, LOSS_RATE.hibernating * drift);
  let nextNew = quietNew - lapseNew + week.newBuyers;
  let nextGrowing = quietGrowing - lapseGrowing + buyNew + buyGrowing * (1 - GROW_TO_MATURE) + buyAtRisk + buyHib;
  let nextMature = quietMature - lapseMature + buyMature + buyGrowing * GROW_TO_MATURE;
  // Complaints left unresolved cost customers at once: first-time complainers from
  // `new`, repeat ones from the regulars (mature first, then growing).
  const fromNew = Math.min(nextNew, week.complaintLossNew);
  nextNew -= fromNew;
  let repeat = week.complaintLossRepeat;
  const fromMature = Math.min(nextMature, repeat);
  nextMature -= fromMature; repeat -= fromMature;
  const fromGrowing = Math.min(nextGrowing, repeat);
  nextGrowing -= fromGrowing;
  // One record, built once its figures are final (it is kept in the state).
  return {
    new: nextNew,
    growing: nextGrowing,
    mature: nextMature,
    atRisk: quietAtRisk - lossAtRisk + lapseGrowing + lapseMature,
    hibernating: quietHib - lossHib + lapseNew,
    lost: pool.lost + lossAtRisk + lossHib + (fromNew + fromMature + fromGrowing),
  };
}

/** Lifecycle stages (seed 004 §03): lapsing = at risk + hibernating. */
export function lifecycle(pool: CustomerPool): { new: number; growing: number; mature: number; lapsing: number } {
  return { new: pool.new, growing: pool.growing, mature: pool.mature, lapsing: pool.atRisk + pool.hibernating };
}

/** RFM segments (recency, frequency, monetary; seed 004 §03 RFM模型分析法). */
export function rfmSegments(pool: CustomerPool): { champions: number; loyal: number; newCustomers: number; atRisk: number; hibernating: number; lost: number } {
  return { champions: pool.mature, loyal: pool.growing, newCustomers: pool.new, atRisk: pool.atRisk, hibernating: pool.hibernating, lost: pool.lost };
}

/** Members by tier under a programme: points makes every active customer a member; tiers rank them. */
export function memberTiers(pool: CustomerPool, programme: LoyaltyProgramme): { basic: number; silver: number; gold: number } {
  if (programme === 'none') return { basic: 0, silver: 0, gold: 0 };
  if (programme === 'points') return { basic: pool.new + pool.growing + pool.mature, silver: 0, gold: 0 };
  return { basic: pool.new, silver: pool.growing, gold: pool.mature };
}
