// Stock planning from what the seller has seen: last week's orders per market and
// product (before any stock-out), the season calendar, lead and transit times.
import type { Market, Product, StudentView } from '../engine';
import { type Route, slowShare } from './costs';
import { type Lookup, lastDemand, seasonAt, seen } from './world';

/**
 * What orders seen on `seenRoute` become on `route`: orders seen through slow
 * parcels understate what a warehouse would sell.
 */
export function routeAdjustment(m: Market, route: Route, seenRoute: Route): number {
  return (1 - slowShare(m, route)) / Math.max(0.1, 1 - slowShare(m, seenRoute));
}

/** Weekly orders to expect at a season multiplier of 1, on the route `adjust` (routeAdjustment) leads to. */
export function baseDemand(lk: Lookup, view: StudentView, m: Market, p: Product, adjust: number, prior: number): number {
  const seen = lastDemand(lk, view, m.id, p.id);
  if (seen === null) return prior;
  return Math.max(prior / 4, (seen / seasonAt(lk, m, Math.max(1, view.turn))) * adjust);
}

/** A prior for a listing without history: the mean of the market's listed products, else the style's guess. */
export function marketPrior(lk: Lookup, view: StudentView, m: Market, fallback: number): number {
  const s = seen(lk, view);
  const at = lk.marketAt.get(m.id);
  const n = at === undefined ? 0 : s.marketProducts[at]!;
  if (n === 0) return fallback;
  return Math.max(fallback / 4, s.marketSum[at!]! / n / seasonAt(lk, m, Math.max(1, view.turn)));
}

/** Units sold over turns [from, to] at base weekly demand, season by season, within the run. */
export function demandOver(lk: Lookup, m: Market, base: number, from: number, to: number): number {
  let units = 0;
  const last = Math.min(to, lk.scenario.turns);
  const byTurn = lk.seasonByTurn.get(m.id); // seasonAt, looked up once for the loop
  for (let t = Math.max(1, from); t <= last; t += 1) units += base * (byTurn?.[t] ?? 1);
  return units;
}

/** Tracks cash as actions are planned, so each one is affordable when the engine checks it. */
export class Budget {
  constructor(public cash: number, private readonly reserve: number) {}
  get free(): number { return this.cash - this.reserve; }
  spend(amount: number): boolean {
    if (amount > this.free) return false;
    this.cash -= amount;
    return true;
  }
}
