// Promotions (seed 000 §4.2 and ch. 6): flash sales, coupons, bundles, member
// prices and festival campaigns. Each changes what buyers pay and how readily
// they buy while it runs; the report judges it as §6.3 does (销量、客单价、
// 新客户数量、客户满意度、品牌知名度) against the market's normal week.
// The multipliers are model assumptions (README §12.2).
import type { Promotion } from './state';

/** Share of buyers who actually redeem a coupon: the rest pay the shelf price. */
export const COUPON_REDEEM = 0.5;
/** A coupon answers "extra costs", the first reason carts are abandoned (calibration.md §2 Baymard 48%). */
export const COUPON_PRICE_ABANDON = 0.8;
/** "Only today": a flash sale's urgency lifts the cart rate (限时促销). */
export const FLASH_URGENCY = 1.3;
/** A bundle of two suits fewer buyers than a single item (捆绑销售). */
export const BUNDLE_CART = 0.75;
export const BUNDLE_UNITS = 2;
/** A festival campaign (节日活动) lifts carts and is talked about; more so in the market's peak season. */
export const FESTIVAL_CART = 1.2;
export const FESTIVAL_AWARENESS = 0.02;
export const FESTIVAL_IN_SEASON = 1.5;

export function running(p: Promotion | null, turn: number): Promotion | null {
  return p !== null && turn >= p.from && turn <= p.until ? p : null;
}

/** Price every buyer pays, relative to the shelf price (per unit for a bundle). */
export function promoPriceFactor(p: Promotion | null, turn: number): number {
  const r = running(p, turn);
  if (!r) return 1;
  switch (r.kind) {
    case 'flashSale': case 'bundle': case 'festival': return 1 - r.depth;
    case 'coupon': return 1 - r.depth * COUPON_REDEEM;
    case 'memberPrice': return 1;
  }
}

/** Price returning customers (members) pay, relative to what others pay. */
export function memberPriceFactor(p: Promotion | null, turn: number): number {
  const r = running(p, turn);
  return r && r.kind === 'memberPrice' ? 1 - r.depth : 1;
}

/** Multiplier on the cart rate; `inSeason` when the market has a peak this week. */
export function promoCartFactor(p: Promotion | null, turn: number, inSeason: boolean): number {
  const r = running(p, turn);
  if (!r) return 1;
  switch (r.kind) {
    case 'flashSale': return FLASH_URGENCY;
    case 'bundle': return BUNDLE_CART;
    case 'festival': return 1 + (FESTIVAL_CART - 1) * (inSeason ? FESTIVAL_IN_SEASON : 1);
    default: return 1;
  }
}

export function promoPriceAbandonFactor(p: Promotion | null, turn: number): number {
  const r = running(p, turn);
  return r && r.kind === 'coupon' ? COUPON_PRICE_ABANDON : 1;
}

export function promoUnits(p: Promotion | null, turn: number): number {
  const r = running(p, turn);
  return r && r.kind === 'bundle' ? BUNDLE_UNITS : 1;
}

/** Awareness a festival campaign adds this week (word of mouth). */
export function promoAwareness(p: Promotion | null, turn: number, inSeason: boolean): number {
  const r = running(p, turn);
  return r && r.kind === 'festival' ? FESTIVAL_AWARENESS * (inSeason ? FESTIVAL_IN_SEASON : 1) : 0;
}
