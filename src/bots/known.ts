// What a bot knows of a market's price sensitivity: the region's usual value the
// public scenario shows, replaced by the latest research estimate once it has one
// (seed 000 §2.1; README §15). One scenario object per set of estimates, cached, so
// the bots' lookup tables are built only when an estimate arrives.
import type { Scenario, StudentView } from '../engine';

const cache = new WeakMap<Scenario, Map<string, Scenario>>();
const MAX_KEPT = 16;
/** The public scenario each known one was made from: they differ only in some markets' price sensitivity. */
const bases = new WeakMap<Scenario, Scenario>();

/**
 * The public scenario a known one was made from, or undefined for a scenario that
 * is not a known one. Everything but the markets whose price sensitivity was
 * measured is the very same objects, so tables built from it can be shared.
 */
export function baseOf(known: Scenario): Scenario | undefined {
  return bases.get(known);
}

export function knownScenario(pub: Scenario, view: StudentView): Scenario {
  const latest = new Map<string, number>();
  for (const r of view.research) if (r.measure === 'priceSensitivity' && r.estimate > 0) latest.set(r.market, r.estimate);
  if (latest.size === 0) return pub;
  const key = [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([m, e]) => `${m}=${e}`).join(',');
  let byKey = cache.get(pub);
  if (!byKey) { byKey = new Map(); cache.set(pub, byKey); }
  let known = byKey.get(key);
  if (!known) {
    // Each run draws its own estimates: keep only a few sets, or a long `chuhai simulate` would hoard them.
    if (byKey.size >= MAX_KEPT) byKey.clear();
    known = { ...pub, markets: pub.markets.map((m) => (latest.has(m.id) ? { ...m, priceSensitivity: latest.get(m.id)! } : m)) };
    byKey.set(key, known);
    bases.set(known, pub);
  }
  return known;
}
