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

/** The latest estimate of each market's price sensitivity, markets in the order they were first estimated. */
interface Estimates { markets: string[]; values: number[] }

/**
 * The estimates behind the last known scenario of each public one: most turns bring
 * no new result, and the same estimates give the same scenario without building
 * its key (a Map, a sort and a string each turn).
 */
const lastOf = new WeakMap<Scenario, { estimates: Estimates; known: Scenario }>();

function sameEstimates(a: Estimates, b: Estimates): boolean {
  if (a.markets.length !== b.markets.length) return false;
  for (let i = 0; i < a.markets.length; i += 1) if (a.markets[i] !== b.markets[i] || a.values[i] !== b.values[i]) return false;
  return true;
}

export function knownScenario(pub: Scenario, view: StudentView): Scenario {
  const estimates: Estimates = { markets: [], values: [] };
  for (const r of view.research) {
    if (r.measure !== 'priceSensitivity' || !(r.estimate > 0)) continue;
    const at = estimates.markets.indexOf(r.market);
    if (at < 0) { estimates.markets.push(r.market); estimates.values.push(r.estimate); } else estimates.values[at] = r.estimate;
  }
  if (estimates.markets.length === 0) return pub;
  const last = lastOf.get(pub);
  if (last && sameEstimates(last.estimates, estimates)) return last.known;
  const known = knownFor(pub, estimates);
  lastOf.set(pub, { estimates, known });
  return known;
}

function knownFor(pub: Scenario, estimates: Estimates): Scenario {
  const latest = new Map(estimates.markets.map((m, i) => [m, estimates.values[i]!]));
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
