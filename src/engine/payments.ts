// Payment methods a buyer can use in a market (calibration.md §2 payment mixes;
// seed 004 §05 支付安全风险, §06 failure 4). Which methods are offered decides who
// abandons checkout (funnel.ts), what each order costs in fees, how many parcels
// are cash on delivery (refused at the door: sales.ts) and how many prepaid
// orders come back as chargebacks (fraud.ts).
import type { Market, PaymentMethod } from './schema';

type PaymentShare = Market['paymentMix'][number];
import type { World } from './world';

/** Share of buyers whose preferred method is not offered. Buyers outside the listed mix take anything. */
export function missingPaymentShare(market: Market, offered: readonly string[]): number {
  if (offered.length === 0) return 1;
  let missing = 0;
  // Index loops over the scenario's lists here and below: they are frozen, and V8
  // (Node 20) walks a frozen array with for…of through a result object per element.
  const mix = market.paymentMix;
  for (let i = 0; i < mix.length; i += 1) if (!offered.includes(mix[i]!.method)) missing += mix[i]!.share;
  return missing > 1 ? 1 : missing;
}

/** Exposure to fraud chargebacks relative to a card, when the method does not say (model assumption). */
const EXPOSURE_BY_KIND: Readonly<Record<PaymentMethod['kind'], number>> = {
  card: 1, paypal: 0.7, bnpl: 0.5, ewallet: 0.3, bankTransfer: 0.1, instantTransfer: 0.05, cod: 0,
};

export function fraudExposure(method: PaymentMethod): number {
  return method.fraudExposure ?? EXPOSURE_BY_KIND[method.kind];
}

function shareOf(market: Market, id: string): PaymentShare | undefined {
  const mix = market.paymentMix;
  for (let i = 0; i < mix.length; i += 1) if (mix[i]!.method === id) return mix[i];
  return undefined;
}

/** A method's one-off setup cost in this market (the market may name its own). */
export function setupCostIn(market: Market | undefined, method: PaymentMethod): number {
  return (market && shareOf(market, method.id)?.setupCost) ?? method.setupCost;
}

/** How a company's orders in a market are paid, given the methods it offers. */
export interface PaymentProfile {
  /** Mean percentage fee and fixed fee (home minor units) per order. */
  rate: number;
  fixed: number;
  /** Share of orders paid cash on delivery. */
  codShare: number;
  /** Mean fraud exposure of the prepaid (non-COD) orders, relative to cards. */
  exposure: number;
  /** Mean fee per chargeback (home minor units), weighted by where disputes happen. */
  chargebackFee: number;
}

/**
 * Buyers spread over the offered methods in proportion to their preferences
 * (the market's paymentMix); a method nobody in the mix prefers still carries a
 * sliver of orders (weight 0.01). Fees may be the market's own (paymentMix entry).
 */
export function paymentProfile(world: World, market: Market, offered: readonly string[]): PaymentProfile {
  return paymentProfileInto(world, market, offered, { rate: 0, fixed: 0, codShare: 0, exposure: 0, chargebackFee: 0 });
}

/** paymentProfile written into `out` (the sales phase reuses one per batch; every field is set). */
export function paymentProfileInto(world: World, market: Market, offered: readonly string[], out: PaymentProfile): PaymentProfile {
  let weight = 0, rate = 0, fixed = 0, cod = 0, prepaid = 0, exposure = 0, cbFee = 0;
  for (let i = 0; i < offered.length; i += 1) {
    const id = offered[i]!;
    const method = world.payments.get(id);
    if (!method) continue;
    const local = shareOf(market, id);
    const w = local?.share ?? 0.01;
    weight += w;
    rate += w * (local?.feeRate ?? method.feeRate);
    fixed += w * (local?.fixedFee ?? method.fixedFee);
    if (method.kind === 'cod') { cod += w; continue; }
    const e = fraudExposure(method);
    prepaid += w;
    exposure += w * e;
    cbFee += w * e * method.chargebackFee;
  }
  const none = weight <= 0;
  out.rate = none ? 0 : rate / weight;
  out.fixed = none ? 0 : fixed / weight;
  out.codShare = none ? 0 : cod / weight;
  out.exposure = !none && prepaid > 0 ? exposure / prepaid : 0;
  out.chargebackFee = !none && exposure > 0 ? cbFee / exposure : 0;
  return out;
}

/** Mean fee rate and fixed fee per order (kept for callers that need only the fees). */
export function paymentCost(world: World, market: Market, offered: readonly string[]): { rate: number; fixed: number } {
  const p = paymentProfile(world, market, offered);
  return { rate: p.rate, fixed: p.fixed };
}
