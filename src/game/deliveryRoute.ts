// Whether a market's orders can reach buyers. The engine gives a market no
// visitors at all while the shop has no delivery route there (phases/demand.ts,
// promisedDays): orders shipped from China need a parcel carrier, orders from an
// overseas warehouse a warehouse the scenario has. A first listing in a new market
// starts with neither, and nothing else says so — so the listing form, the
// pending decisions and the forecast ask this, about the company as it will be
// once the turn's pending decisions apply. Pure: tested in Node (tests/game).
import type { Scenario, StudentView } from '../engine';
import { worldOf } from '../engine';
import { canDeliver } from '../engine/company';

type AnyAction = Record<string, unknown> & { type: string };

/** Where a market's orders ship from: 'home' (parcels from China, by `carrier`) or an overseas warehouse's id. */
export interface Fulfilment { from: string; carrier: string | null }

/** Each market's fulfilment once the pending decisions apply; a market never entered has none. */
export function plannedFulfilment(view: StudentView, pending: readonly AnyAction[]): Map<string, Fulfilment> {
  const out = new Map<string, Fulfilment>();
  for (const m of Object.keys(view.company.markets).sort()) {
    const p = view.company.markets[m]!;
    out.set(m, { from: p.fulfilFrom, carrier: p.parcelCarrier });
  }
  for (const a of pending) {
    if (a.type !== 'setFulfilment') continue;
    const market = String(a.market);
    const from = String(a.from);
    // As the engine applies it (actions/shipping.ts): from China the carrier given,
    // from a warehouse the parcel carrier kept for later.
    const carrier = from === 'home' ? (typeof a.carrier === 'string' ? a.carrier : null) : out.get(market)?.carrier ?? null;
    out.set(market, { from, carrier });
  }
  return out;
}

/** The engine's own test (company.ts canDeliver): a route exists when its carrier or warehouse does. */
export function hasDeliveryRoute(scenario: Scenario, f: Fulfilment | undefined): boolean {
  return f !== undefined && canDeliver(worldOf(scenario), { fulfilFrom: f.from, parcelCarrier: f.carrier });
}

/** Markets with a listing once the pending decisions apply, in scenario order. */
function plannedListingMarkets(view: StudentView, pending: readonly AnyAction[]): Set<string> {
  const keys = new Set(view.company.listings.map((l) => `${l.market}|${l.channel}|${l.product}`));
  for (const a of pending) {
    const key = `${String(a.market)}|${String(a.channel)}|${String(a.product)}`;
    if (a.type === 'setPrice') keys.add(key);
    else if (a.type === 'delist') keys.delete(key);
  }
  return new Set([...keys].map((k) => k.split('|')[0]!));
}

/** Markets that will have a listing next week but no delivery route — and so no visitors. */
export function marketsWithoutRoute(scenario: Scenario, view: StudentView, pending: readonly AnyAction[]): string[] {
  const listed = plannedListingMarkets(view, pending);
  const fulfil = plannedFulfilment(view, pending);
  return scenario.markets.map((m) => m.id).filter((m) => listed.has(m) && !hasDeliveryRoute(scenario, fulfil.get(m)));
}
