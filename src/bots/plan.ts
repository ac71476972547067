// Market entry from public data: for each market, the route (parcels from China
// or an overseas warehouse), the products worth selling there and the channels,
// ranked by what an order earns at the best price. Made once per scenario at the
// opening exchange rates, so the plan does not flip as rates wander.
import type { Carrier, Channel, Market, Product, Scenario } from '../engine';
import { type Route, freightCarrier, slowShare, transitWeeks } from './costs';
import { bestPrice } from './pricing';
import { type Lookup, type Rates, channelsOf, homePerLocal, lookup, openingRates, productsIn, referencePrice, warehouseIn } from './world';

/** How a bot plays: the knobs that tell balanced, aggressive and naive apart. */
export interface Style {
  key: string;
  /** Channels it sells on. */
  channels(c: Channel): boolean;
  /** Freight mode to stock overseas warehouses, or null for parcels only. */
  freightMode: 'sea' | 'air' | null;
  /** Candidate prices as multiples of the going price. */
  ratios: readonly number[];
  /** Least profit, as a share of the price, to keep a listing. */
  minMargin: number;
  /** Least profit share to enter a product in a market. */
  selectMargin: number;
  maxMarkets: number;
  maxProducts: number;
  /** Offer every payment method preferred by at least this share of buyers. */
  paymentShare: number;
  /** Weeks of sales kept beyond the time it takes to bring more. */
  coverWeeks: number;
  /** Weekly units assumed for a listing with no sales history. */
  priorUnits: number;
  /** Share of the free cash (above the reserve) put into factory orders in one week. */
  stockShare: number;
  /** Cash kept untouched (home minor units). */
  reserve: number;
  /** Leave sold-out listings up (orders taken beyond stock become stock-outs) instead of delisting them. */
  keepSoldOut?: boolean;
}

export interface MarketPlan {
  market: Market;
  channels: Channel[];
  methods: string[];
  /** The parcel carrier for home fulfilment (before a warehouse is stocked, or always); null when none serves the market. */
  parcel: Carrier | null;
  /** The warehouse route when the plan uses one. */
  warehouse: Extract<Route, { kind: 'warehouse' }> | null;
  products: Product[];
  score: number;
}

export interface Plan { markets: MarketPlan[]; products: Product[] }

const cache = new WeakMap<Scenario, Map<string, Plan>>();

export function planFor(scenario: Scenario, style: Style): Plan {
  let byStyle = cache.get(scenario);
  if (!byStyle) { byStyle = new Map(); cache.set(scenario, byStyle); }
  const hit = byStyle.get(style.key);
  if (hit) return hit;
  const lk = lookup(scenario);
  const fx = openingRates(lk);
  const markets: MarketPlan[] = [];
  for (const m of scenario.markets) {
    const mp = marketPlan(lk, fx, m, style);
    if (mp) markets.push(mp);
  }
  markets.sort((a, b) => b.score - a.score || (a.market.id < b.market.id ? -1 : 1));
  const chosen = markets.slice(0, style.maxMarkets);
  const products = scenario.products.filter((p) => chosen.some((mp) => mp.products.includes(p)));
  const plan = { markets: chosen, products };
  byStyle.set(style.key, plan);
  return plan;
}

/**
 * A market's plan depends on the market and on the rest of the scenario, which a
 * known scenario shares with its base (known.ts): when a research estimate arrives
 * for one market, the others keep their plans. Keyed by the scenario's product
 * list (the same array in every known scenario of one base), then by the market.
 */
const marketPlans = new WeakMap<readonly Product[], WeakMap<Market, Map<string, MarketPlan | null>>>();

function marketPlan(lk: Lookup, fx: Rates, m: Market, style: Style): MarketPlan | null {
  let byMarket = marketPlans.get(lk.scenario.products);
  if (!byMarket) { byMarket = new WeakMap(); marketPlans.set(lk.scenario.products, byMarket); }
  let byStyle = byMarket.get(m);
  if (!byStyle) { byStyle = new Map(); byMarket.set(m, byStyle); }
  if (byStyle.has(style.key)) return byStyle.get(style.key)!;
  const mp = planMarket(lk, fx, m, style);
  byStyle.set(style.key, mp);
  return mp;
}

export function methodsFor(lk: Lookup, m: Market, minShare: number): string[] {
  const mix = [...m.paymentMix].sort((a, b) => b.share - a.share || (a.method < b.method ? -1 : 1));
  const out = mix.filter((p) => p.share >= minShare && lk.payments.has(p.method)).map((p) => p.method);
  return out.length > 0 ? out : mix.slice(0, 1).map((p) => p.method);
}

/** The channel that brings the most buyers: reach × conversion. */
export function mainChannel(channels: readonly Channel[]): Channel | undefined {
  let best: Channel | undefined;
  for (const c of channels) if (!best || c.reach * c.conversionFactor > best.reach * best.conversionFactor) best = c;
  return best;
}

interface RouteScore { route: Route; score: number; values: Map<Product, number> }

function scoreRoute(lk: Lookup, fx: Rates, m: Market, ch: Channel, route: Route, methods: string[], style: Style): RouteScore {
  const values = new Map<Product, number>();
  let score = 0;
  const keep = 1 - slowShare(m, route);
  for (const p of productsIn(lk, m.id)) {
    if (route.kind === 'parcel' && route.carrier.maxWeightGrams !== undefined && p.weightGrams * ch.unitsPerOrder > route.carrier.maxWeightGrams) continue;
    const ref = referencePrice(lk, m.id, p.id) ?? 0;
    const best = bestPrice(lk, fx, { market: m, product: p, channel: ch, route, methods }, ref, style.ratios, style.selectMargin);
    if (!best) continue;
    // Value per shopper, in yuan-equivalent per ¥ of price: comparable across products.
    const v = (best.value * keep) / Math.max(1, ref * homePerLocal(lk, fx, m));
    values.set(p, v);
    score += v;
  }
  return { route, score, values };
}

function planMarket(lk: Lookup, fx: Rates, m: Market, style: Style): MarketPlan | null {
  const all = channelsOf(lk, m.id);
  const preferred = all.filter((c) => style.channels(c));
  const channels = preferred.length > 0 ? preferred : all; // a B2B-only market is still a market
  const ch = mainChannel(channels);
  if (!ch) return null;
  const methods = methodsFor(lk, m, style.paymentShare);
  let parcel: RouteScore | null = null;
  let parcelCarrier: Carrier | null = null;
  for (const c of lk.scenario.carriers) {
    if (c.service !== 'parcel' || !c.markets.includes(m.id)) continue;
    const s = scoreRoute(lk, fx, m, ch, { kind: 'parcel', carrier: c }, methods, style);
    if (!parcel || s.score > parcel.score) { parcel = s; parcelCarrier = c; }
  }
  let chosen = parcel;
  let warehouse: MarketPlan['warehouse'] = null;
  const wh = warehouseIn(lk, m.id);
  const fc = style.freightMode ? freightCarrier(lk, m.id, style.freightMode) : undefined;
  // A warehouse pays only if it sells for a good part of the run after the first
  // shipment lands, unless the seller starts with stock there or has no parcel service.
  const stocked = lk.scenario.player.stock.some((s) => s.location === wh?.id && s.units > 0);
  const long = fc !== undefined && lk.scenario.turns - transitWeeks(fc) >= Math.max(8, lk.scenario.turns / 2);
  if (wh && fc && (long || stocked || !parcel)) {
    const route: Route = { kind: 'warehouse', warehouse: wh, carrier: fc, batch: 300, holdWeeks: style.coverWeeks + transitWeeks(fc) / 2 };
    const s = scoreRoute(lk, fx, m, ch, route, methods, style);
    if (!parcel || s.score > parcel.score * 1.1) { chosen = s; warehouse = route; }
  }
  if (!chosen) return null;
  const ranked = [...chosen.values.entries()].sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1));
  const products = ranked.slice(0, style.maxProducts).map(([p]) => p);
  if (products.length === 0) return null;
  const score = ranked.slice(0, style.maxProducts).reduce((a, [, v]) => a + v, 0);
  return { market: m, channels, methods, parcel: parcelCarrier, warehouse, products, score };
}
