import type { Listing } from './state';
import { roundMoney } from './math';

/** The price a buyer pays this turn: the shelf price less any running discount. */
export function effectivePrice(l: Listing, turn: number): number {
  if (l.discount > 0 && turn <= l.discountUntil) return Math.max(1, roundMoney(l.price * (1 - l.discount)));
  return l.price;
}
