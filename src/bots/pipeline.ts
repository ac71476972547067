// Goods on their way, as the view shows them: factory orders (arriving at the
// China warehouse) and shipments to overseas warehouses. Summed once per view in
// one pass: the bots ask per market and product, many times a turn, and the
// aggressive bot keeps dozens of shipments in the air.
import type { StudentView } from '../engine';
import { type ByTwo, LastOf, addTo } from './tables';

interface Pipeline {
  /** Factory orders reaching the China warehouse in the coming turn, by product. */
  arrivingHome: Map<string, number>;
  /** Shipments reaching a warehouse in the coming turn, by warehouse then product. */
  arriving: ByTwo<number>;
  /** Units of a product in transit to a warehouse (lost and damaged ones taken off), by warehouse then product. */
  inTransit: ByTwo<number>;
  /** Units on order from the factory, by product. */
  onOrder: Map<string, number>;
}

const cache = new LastOf<StudentView, Pipeline>();

function pipeline(view: StudentView): Pipeline {
  const hit = cache.get(view);
  if (hit) return hit;
  const next = view.turn + 1;
  const p: Pipeline = { arrivingHome: new Map(), arriving: new Map(), inTransit: new Map(), onOrder: new Map() };
  for (const o of view.company.sourcing) {
    p.onOrder.set(o.product, (p.onOrder.get(o.product) ?? 0) + o.units);
    if (o.arrivesTurn === next) p.arrivingHome.set(o.product, (p.arrivingHome.get(o.product) ?? 0) + o.units);
  }
  for (const s of view.company.shipments) {
    const units = s.units - s.lost - s.damaged;
    addTo(p.inTransit, s.to, s.product, units);
    if (s.arrivesTurn === next) addTo(p.arriving, s.to, s.product, units);
  }
  cache.set(view, p);
  return p;
}

/** Units that reach a location in phase 4 of the coming turn, in time to sell. */
export function arrivingNext(view: StudentView, location: string, product: string): number {
  const p = pipeline(view);
  return (location === 'home' ? p.arrivingHome.get(product) : p.arriving.get(location)?.get(product)) ?? 0;
}

export function inTransitTo(view: StudentView, location: string, product: string): number {
  return pipeline(view).inTransit.get(location)?.get(product) ?? 0;
}

export function onOrder(view: StudentView, product: string): number {
  return pipeline(view).onOrder.get(product) ?? 0;
}
