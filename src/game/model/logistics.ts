// Routes, shipments and warehouses from the company's state (seed 000 ch. 5.2:
// parcels direct from China vs stock sent ahead to an overseas warehouse).
// A shipment's place on its route is the share of whole weeks it has travelled,
// as the engine moves goods in weeks (phases/logistics.ts); it is "delayed" when
// its drawn days exceed the carrier's published transit plus customs range, or an
// event that slows its carrier was running when it left (freight.ts drawDays).
import type { Carrier, Company, GameState, Scenario, TurnReport } from '../../engine';
import type { MapPoint, RouteLine, ShipmentMarker, TransportMode, WarehouseNode } from './types';
import { routePath, pointAlong } from './routes';
import { slows } from './events';

export interface Site { at: MapPoint; lat: number; lon: number; region: string }

export function sumUnits(at: Readonly<Record<string, number>> | undefined): number {
  if (!at) return 0;
  let n = 0;
  for (const k of Object.keys(at)) n += at[k] ?? 0;
  return n;
}

/** The events running when a shipment sent in `turn` left: those active at the end of the turn before. */
function activeAtSend(reports: readonly TurnReport[], turn: number): readonly string[] {
  for (let i = reports.length - 1; i >= 0; i -= 1) {
    const r = reports[i]!;
    if (r.turn === turn - 1) return r.events.active;
    if (r.turn < turn - 1) break;
  }
  return [];
}

/** Events active now that slow, dearen or lose goods on this carrier to this market. */
function disruptions(scenario: Scenario, state: GameState, carrier: string, market: string) {
  const out = [];
  for (const a of state.events) {
    const ev = scenario.events.find((e) => e.id === a.id);
    if (!ev) continue;
    const hits = ev.effects.some((e) => (e.kind === 'transitDays' || e.kind === 'customsDays' || e.kind === 'freightCost' || e.kind === 'lossRate')
      && (e.carrier === undefined || e.carrier === carrier) && (e.market === undefined || e.market === market));
    if (hits) out.push(ev.name);
  }
  return out;
}

export interface Logistics { routes: RouteLine[]; shipments: ShipmentMarker[]; warehouses: WarehouseNode[] }

export function buildLogistics(
  scenario: Scenario, state: GameState, reports: readonly TurnReport[], company: Company, sites: Map<string, Site>,
): Logistics {
  const carriers = new Map<string, Carrier>(scenario.carriers.map((c) => [c.id, c]));
  const routes = new Map<string, RouteLine>();
  const routeTo = (carrier: Carrier, to: string, market: string): RouteLine | undefined => {
    const key = `${carrier.id}>${to}`;
    const have = routes.get(key);
    if (have) return have;
    const site = sites.get(market);
    if (!site) return undefined;
    const mode: TransportMode = carrier.mode;
    const line: RouteLine = {
      key, carrier: carrier.id, carrierName: carrier.name, mode, kind: carrier.service, to,
      path: routePath(mode, site.region, site), disrupted: disruptions(scenario, state, carrier.id, market),
    };
    routes.set(key, line);
    return line;
  };

  // Parcels: each listed market served from China has its parcel carrier's line.
  for (const m of scenario.markets) {
    const p = company.markets[m.id];
    if (!p || p.fulfilFrom !== 'home' || p.parcelCarrier === null) continue;
    if (!company.listings.some((l) => l.market === m.id)) continue;
    const c = carriers.get(p.parcelCarrier);
    if (c) routeTo(c, m.id, m.id);
  }

  const warehouseMarket = new Map(scenario.warehouses.map((w) => [w.id, w.market]));
  const shipments: ShipmentMarker[] = [];
  const inbound = new Map<string, number>();
  for (const s of [...company.shipments].sort((a, b) => a.id - b.id)) {
    const c = carriers.get(s.carrier);
    const market = warehouseMarket.get(s.to);
    if (!c || market === undefined) continue;
    const line = routeTo(c, s.to, market);
    if (!line) continue;
    inbound.set(s.to, (inbound.get(s.to) ?? 0) + s.units);
    const span = s.arrivesTurn - s.sentTurn + 1;
    const progress = Math.max(0, Math.min(1, (state.turn - s.sentTurn + 1) / span));
    const published = c.transitDays[1] + c.customsDays[1];
    const slowedAtSend = activeAtSend(reports, s.sentTurn).some((id) => {
      const ev = scenario.events.find((e) => e.id === id);
      return ev !== undefined && slows(ev, c.id, market);
    });
    const product = scenario.products.find((p) => p.id === s.product);
    shipments.push({
      id: s.id, route: line.key, mode: c.mode, product: product?.name ?? { zh: s.product, en: s.product },
      units: s.units, to: s.to, sentTurn: s.sentTurn, arrivesTurn: s.arrivesTurn, progress,
      at: pointAlong(line.path, progress), delayed: s.days > published || slowedAtSend,
    });
  }

  const warehouses: WarehouseNode[] = [];
  for (const w of scenario.warehouses) {
    const units = sumUnits(company.stock[w.id]);
    const coming = inbound.get(w.id) ?? 0;
    const serves = Object.keys(company.markets).some((m) => company.markets[m]!.fulfilFrom === w.id);
    if (units === 0 && coming === 0 && !serves) continue;
    const site = sites.get(w.market);
    if (!site) continue;
    warehouses.push({ id: w.id, name: w.name, market: w.market, at: site.at, units, inbound: coming });
  }
  return { routes: [...routes.values()], shipments, warehouses };
}
