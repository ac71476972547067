// The buying funnel for one listing (DESIGN.md §2 step 5): visitors → carts →
// checkouts → orders, with the reasons carts are abandoned (calibration.md §2,
// Baymard: extra costs, slow delivery, trust, missing payment method).
// Pure arithmetic on expected values; the sales phase draws the actual orders.
import { clamp, powReal } from './math';

export interface FunnelInput {
  visitors: number;
  baseCartRate: number;
  conversionFactor: number;
  fit: number;
  /** Price paid over the price shoppers compare it with. */
  relativePrice: number;
  priceSensitivity: number;
  rating: number;
  reviews: number;
  /** Base shares from the market's `abandonment` block. */
  priceAbandon: number;
  trustAbandon: number;
  perSlowDay: number;
  slowDays: number;
  /** Share of buyers whose preferred payment method is not offered, and how many of them leave. */
  missingPaymentShare: number;
  missingPaymentAbandon: number;
  /** Returning customers already trust the shop and buy more readily. */
  returning: boolean;
}

export interface FunnelResult {
  carts: number;
  checkouts: number;
  orders: number;
  abandoned: { price: number; delivery: number; trust: number; payment: number };
}

// The last price response worked out: a listing's new and returning shoppers usually
// see the same relative price, and x^y costs a logarithm and an exponential. Fields
// of one object, not module variables: V8 writes a number into an object's field in
// place, but gives each new value of a module variable a heap box (measured: 0.6 KB a turn).
const last = { x: Number.NaN, y: Number.NaN, pow: Number.NaN };

function priceResponseOf(x: number, y: number): number {
  if (x !== last.x || y !== last.y) { last.x = x; last.y = y; last.pow = powReal(x, y); }
  return last.pow;
}

/** Cart rate: elastic in price (lesson 13), lifted by a good rating (lesson 14). */
export function cartRate(f: FunnelInput): number {
  const priceResponse = clamp(priceResponseOf(clamp(f.relativePrice, 0.2, 5), -f.priceSensitivity), 0, 4);
  const ratingFactor = 0.6 + 0.1 * f.rating;
  const loyalty = f.returning ? 3 : 1;
  return clamp(f.baseCartRate * f.conversionFactor * f.fit * priceResponse * ratingFactor * loyalty, 0, 0.9);
}

/** Trust falls with a weak rating, and more for a shop with almost no reviews (Spiegel: 5 reviews +270%). */
export function trustShare(f: FunnelInput): number {
  if (f.returning) return 0;
  const fewReviews = f.reviews < 5 ? 1.5 : 1;
  return clamp(f.trustAbandon * clamp(5 - f.rating, 0.25, 2) * fewReviews, 0, 0.95);
}

export function runFunnel(f: FunnelInput): FunnelResult {
  return runFunnelInto(f, newFunnelResult());
}

/**
 * A result of zeros. Its reasons are listed in another order than a sales cell's
 * (demand.ts) on purpose: V8 gives objects with the same keys in the same order one
 * hidden class, and these fractions would make that class box every reason as a
 * heap number, the cells' whole numbers too (measured: ~2 KB a turn).
 */
export function newFunnelResult(): FunnelResult {
  return { carts: 0, checkouts: 0, orders: 0, abandoned: { delivery: 0, price: 0, trust: 0, payment: 0 } };
}

/** runFunnel writing into `out` (the demand phase reuses two results for all its listings). */
export function runFunnelInto(f: FunnelInput, out: FunnelResult): FunnelResult {
  const carts = f.visitors * cartRate(f);
  const aPrice = clamp(f.priceAbandon * clamp(f.relativePrice, 0.5, 2), 0, 0.95);
  const aDelivery = clamp(f.perSlowDay * Math.max(0, f.slowDays), 0, 0.9);
  const aTrust = trustShare(f);
  const aPay = clamp(f.missingPaymentAbandon * f.missingPaymentShare, 0, 1);
  const lostPrice = carts * aPrice;
  const afterPrice = carts - lostPrice;
  const lostDelivery = afterPrice * aDelivery;
  const afterDelivery = afterPrice - lostDelivery;
  const lostTrust = afterDelivery * aTrust;
  const checkouts = afterDelivery - lostTrust;
  const lostPayment = checkouts * aPay;
  out.carts = carts;
  out.checkouts = checkouts;
  out.orders = checkouts - lostPayment;
  out.abandoned.price = lostPrice;
  out.abandoned.delivery = lostDelivery;
  out.abandoned.trust = lostTrust;
  out.abandoned.payment = lostPayment;
  return out;
}

/** A funnel as the report sums it: whole counts, the reasons among them. */
export interface CountedFunnel {
  carts: number;
  orders: number;
  abandoned: { price: number; delivery: number; trust: number; payment: number };
}

const REASONS = ['price', 'delivery', 'trust', 'payment'] as const;
/** The fractional parts being shared out, in REASONS order (one array, not one per call). */
const remainders = [0, 0, 0, 0];

/**
 * Makes the reasons account for exactly the carts that did not become orders.
 * Each sales cell's reasons are the funnel's expected losses, rounded, while its
 * orders are drawn (noisyCount): summed, they missed carts − orders in 3,222 of
 * 3,375 market funnels of five balanced campaign runs, by ~10 carts, so a report
 * read "300 carts, 54 orders" above "240 carts abandoned, because of:" (246 were).
 * The carts lost are shared out in proportion to the expected losses (the largest
 * remainders take what flooring leaves; the earlier reason on a tie). A funnel
 * with no expected loss keeps no reason: none is invented.
 */
export function apportionReasons(f: CountedFunnel): void {
  const a = f.abandoned;
  const lost = f.carts > f.orders ? f.carts - f.orders : 0;
  const weight = a.price + a.delivery + a.trust + a.payment;
  if (weight === lost || weight <= 0) return;
  let given = 0;
  for (let i = 0; i < REASONS.length; i += 1) {
    const k = REASONS[i]!;
    const exact = (a[k] * lost) / weight;
    const whole = Math.floor(exact);
    remainders[i] = exact - whole;
    a[k] = whole;
    given += whole;
  }
  for (let left = lost - given; left > 0; left -= 1) {
    let best = 0;
    for (let i = 1; i < REASONS.length; i += 1) if (remainders[i]! > remainders[best]!) best = i;
    a[REASONS[best]!] += 1;
    remainders[best] = -1;
  }
}
