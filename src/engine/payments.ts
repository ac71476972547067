// Payment methods a buyer can use in a market (calibration.md §2 payment mixes).
import type { Market } from './schema';
import type { World } from './world';

/** Share of buyers whose preferred method is not offered. Buyers outside the listed mix take anything. */
export function missingPaymentShare(market: Market, offered: readonly string[]): number {
  if (offered.length === 0) return 1;
  let missing = 0;
  for (const p of market.paymentMix) if (!offered.includes(p.method)) missing += p.share;
  return missing > 1 ? 1 : missing;
}

/** Average fee rate and fixed fee per order over the methods buyers actually use. */
export function paymentCost(world: World, market: Market, offered: readonly string[]): { rate: number; fixed: number } {
  let weight = 0;
  let rate = 0;
  let fixed = 0;
  for (const id of offered) {
    const method = world.payments.get(id);
    if (!method) continue;
    // Buyers spread over the offered methods in proportion to their preferences;
    // a method nobody prefers still carries a sliver of orders.
    const w = market.paymentMix.find((p) => p.method === id)?.share ?? 0.01;
    weight += w;
    rate += w * method.feeRate;
    fixed += w * method.fixedFee;
  }
  return weight > 0 ? { rate: rate / weight, fixed: fixed / weight } : { rate: 0, fixed: 0 };
}
