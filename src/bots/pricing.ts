// Pricing from public data (lesson 19): weigh the landed cost, the going price
// (reference and rivals' shelf prices) and the market's price sensitivity.
// Only + − × ÷ and Math.sqrt (DESIGN.md §4): powers go through square roots.
import type { Channel, Market, Product } from '../engine';
import { type Route, Quote } from './costs';
import type { Lookup, Rates } from './world';

/** x^y for x > 0, with y rounded to eighths: (x^(1/8))^(8y) from three square roots. */
export function powEighths(x: number, y: number): number {
  if (x <= 0) return 0;
  const root = Math.sqrt(Math.sqrt(Math.sqrt(x)));
  let n = Math.round(y * 8);
  const invert = n < 0;
  if (invert) n = -n;
  let r = 1;
  for (let i = 0; i < n; i += 1) r *= root;
  return invert ? 1 / r : r;
}

/** How many buyers a relative price keeps, as the funnel has it: cart response × (1 − price abandonment). */
export function priceResponse(market: Market, relative: number): number {
  const r = Math.min(5, Math.max(0.2, relative));
  const carts = Math.min(4, powEighths(r, -market.priceSensitivity));
  const abandon = Math.min(0.95, market.abandonment.price * Math.min(2, Math.max(0.5, relative)));
  return carts * (1 - abandon);
}

export interface PriceChoice { price: number; profit: number; value: number }

export interface Listing {
  market: Market; product: Product; channel: Channel; route: Route; methods: readonly string[];
}

/** The quote bestPrice sets up for each listing it prices, instead of a new one each time (bots price a hundred listings a turn). */
const scratch = new Quote();

/**
 * The price among `ratios` × anchor that earns the most (profit per order × buyers
 * kept), with at least `minMargin` of the price as profit. Null when none does.
 */
export function bestPrice(
  lk: Lookup, fx: Rates, l: Listing, anchor: number, ratios: readonly number[], minMargin: number,
): PriceChoice | null {
  const q = scratch.setUp(lk, fx, l.market, l.product, l.channel, l.route, l.methods);
  // The best so far in three numbers (price 0: none yet), one choice made at the end.
  let bestPrice = 0;
  let bestProfit = 0;
  let bestValue = 0;
  for (let i = 0; i < ratios.length; i += 1) {
    const price = Math.max(1, Math.round(anchor * ratios[i]!));
    const e = q.at(price);
    if (e.profit < minMargin * e.priceHome) continue;
    const value = e.profit * priceResponse(l.market, price / anchor);
    if (bestPrice === 0 || value > bestValue) { bestPrice = price; bestProfit = e.profit; bestValue = value; }
  }
  return bestPrice === 0 ? null : { price: bestPrice, profit: bestProfit, value: bestValue };
}

/** Ratios from `from` to `to` in steps. */
export function ratioGrid(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let r = from; r <= to + 1e-9; r += step) out.push(Math.round(r * 1000) / 1000);
  return out;
}

/** A price that is a rounding away from the current one is not worth a change (and keeps the report quiet). */
export function movedEnough(current: number | undefined, next: number, threshold = 0.02): boolean {
  if (current === undefined) return true;
  return Math.abs(next - current) > threshold * current;
}
