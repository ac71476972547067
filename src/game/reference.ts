// A product's reference price in a market (seed 000 ch. 5: what shoppers expect to
// pay), read from the scenario — public data — for the price panel, the forms'
// checks and the forecast. The game keeps its own small index rather than reach
// into the bots' lookup tables, whose layout is theirs to tune for speed.
import type { Scenario } from '../engine';

const cache = new WeakMap<Scenario, Map<string, Map<string, number>>>();

function index(scenario: Scenario): Map<string, Map<string, number>> {
  let byMarket = cache.get(scenario);
  if (!byMarket) {
    byMarket = new Map();
    for (const p of scenario.products) {
      for (const d of p.demand) {
        let inner = byMarket.get(d.market);
        if (!inner) { inner = new Map(); byMarket.set(d.market, inner); }
        inner.set(p.id, d.referencePrice);
      }
    }
    cache.set(scenario, byMarket);
  }
  return byMarket;
}

/** The reference price in local minor units, or undefined where the product is not sold. */
export function referencePrice(scenario: Scenario, market: string, product: string): number | undefined {
  return index(scenario).get(market)?.get(product);
}

export function soldIn(scenario: Scenario, market: string, product: string): boolean {
  return referencePrice(scenario, market, product) !== undefined;
}
