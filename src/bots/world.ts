// What a bot knows about the world: lookup tables over the public scenario, built
// once per scenario object, and the exchange rates and shelf prices of the view.
// Only public data: reference prices, costs, taxes, carriers — never true demand.
import type {
  Carrier, Channel, Currency, Market, PaymentMethod, Product, Scenario, StudentView, Warehouse,
} from '../engine';
import { weekOfTurn, worldOf } from '../engine';
import { baseOf } from './known';
import { LastOf, inner } from './tables';

/** Home units per local unit by currency code, as decimals (StudentView.fx). */
export type Rates = Record<string, number>;

export interface Lookup {
  scenario: Scenario;
  markets: Map<string, Market>;
  products: Map<string, Product>;
  channels: Map<string, Channel>;
  carriers: Map<string, Carrier>;
  warehouses: Map<string, Warehouse>;
  payments: Map<string, PaymentMethod>;
  currencies: Map<string, Currency>;
  /** referencePrice by market, then product (referencePrice reads it); a missing entry means the product is not sold there. */
  reference: Map<string, Map<string, number>>;
  homeDecimals: number;
  /** Season multiplier by market id, indexed by turn (1 … turns). */
  seasonByTurn: Map<string, number[]>;
  /** Each market's, product's (sorted) and channel's position: the indexes of the per-view tables (seen). */
  marketAt: Map<string, number>;
  productAt: Map<string, number>;
  channelAt: Map<string, number>;
  /** Product ids in sorted order (as Array.prototype.sort puts them). */
  sortedProductIds: string[];
}

const cache = new WeakMap<Scenario, Lookup>();

/** The engine's lookup tables over the (public) scenario, plus what bots add: reference prices and seasons by turn. */
export function lookup(scenario: Scenario): Lookup {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const base = baseOf(scenario);
  // A known scenario differs from its base only in some markets (their price
  // sensitivity): the other tables are the base's, made once per run of seeds.
  const lk = base ? { ...lookup(base), scenario, markets: new Map(scenario.markets.map((m) => [m.id, m])) } : build(scenario);
  cache.set(scenario, lk);
  return lk;
}

function build(scenario: Scenario): Lookup {
  const w = worldOf(scenario);
  const reference = new Map<string, Map<string, number>>();
  for (const p of scenario.products) for (const d of p.demand) inner(reference, d.market).set(p.id, d.referencePrice);
  return {
    scenario,
    markets: w.markets,
    products: w.products,
    channels: w.channels,
    carriers: w.carriers,
    warehouses: w.warehouses,
    payments: w.payments,
    currencies: w.currencies,
    reference,
    homeDecimals: w.homeDecimals,
    // The season calendar is public: the engine's table, read by turn.
    seasonByTurn: new Map(scenario.markets.map((m) => {
      const byWeek = w.seasonByWeek.get(m.id)!;
      const byTurn = [1];
      for (let t = 1; t <= scenario.turns; t += 1) byTurn.push(byWeek[weekOfTurn(scenario, t)] ?? 1);
      return [m.id, byTurn];
    })),
    // The engine's own indexes of the same scenario (world.ts): markets in the scenario's order, products sorted.
    marketAt: w.marketIndex,
    productAt: w.productIndex,
    channelAt: new Map(scenario.channels.map((c, i) => [c.id, i])),
    sortedProductIds: w.productIds,
  };
}

/** A product's reference price in a market (local minor units), or undefined where it is not sold. */
export function referencePrice(lk: Lookup, market: string, product: string): number | undefined {
  return lk.reference.get(market)?.get(product);
}

function tenTo(n: number): number {
  let x = 1;
  for (let i = 0; i < Math.abs(n); i += 1) x *= 10;
  return n < 0 ? 1 / x : x;
}

/** Home minor units per local minor unit of a market's currency, at the view's rate. */
export function homePerLocal(lk: Lookup, fx: Rates, market: Market): number {
  const cur = lk.currencies.get(market.currency);
  const rate = (Object.hasOwn(fx, market.currency) ? fx[market.currency] : undefined) ?? cur?.rate ?? 1;
  return rate * tenTo(lk.homeDecimals - (cur?.decimals ?? 2));
}

export const toLocal = (lk: Lookup, fx: Rates, m: Market, home: number) => Math.round(home / homePerLocal(lk, fx, m));

/** The scenario's opening rates: plans made from them do not flip as rates wander. */
export function openingRates(lk: Lookup): Rates {
  const fx: Rates = {};
  for (const c of lk.scenario.currencies) fx[c.code] = c.rate;
  return fx;
}

export function channelsOf(lk: Lookup, market: string): Channel[] {
  return lk.scenario.channels.filter((c) => c.markets.includes(market));
}

export function productsIn(lk: Lookup, market: string): Product[] {
  return lk.scenario.products.filter((p) => referencePrice(lk, market, p.id) !== undefined);
}

export function warehouseIn(lk: Lookup, market: string): Warehouse | undefined {
  return lk.scenario.warehouses.find((w) => w.market === market);
}

/** The season multiplier of a market in a turn of the run (1 outside it). */
export function seasonAt(lk: Lookup, m: Market, turn: number): number {
  return lk.seasonByTurn.get(m.id)?.[turn] ?? 1;
}

/** The highest season multiplier over turns [from, to] (inclusive), within the run. */
export function peakAhead(lk: Lookup, m: Market, from: number, to: number): number {
  let best = 1;
  const last = Math.min(to, lk.scenario.turns);
  const byTurn = lk.seasonByTurn.get(m.id); // seasonAt, looked up once for the loop
  for (let t = Math.max(1, from); t <= last; t += 1) best = Math.max(best, byTurn?.[t] ?? 1);
  return best;
}

/**
 * Where a (market, product) pair sits in the per-view tables: market × products +
 * product, by the scenario's order; -1 for an id the scenario does not have. Arrays
 * indexed so, not maps of maps keyed by ids: building those maps was the largest
 * part of seen (a new map per market, a record per pair, every turn).
 */
export function slotOf(lk: Lookup, market: string, product: string): number {
  const m = lk.marketAt.get(market);
  const p = lk.productAt.get(product);
  return m === undefined || p === undefined ? -1 : m * lk.productAt.size + p;
}

/** What a view shows, indexed once per view: shelf listings, rivals' prices and last week's orders. */
export interface Seen {
  /**
   * Own listings by slot, as positions in view.company.listings: the last one at
   * each slot (-1: none), and for each listing the one before it at its slot, so
   * a slot's few channels are a short walk (listingIndex).
   */
  lastListed: number[];
  listedBefore: number[];
  /** Other sellers' shelf prices by slot (slotOf): their sum and how many. */
  otherSum: number[];
  otherCount: number[];
  /** Orders placed last week by slot, over all channels, and the sales cells behind them (0: not on sale). */
  orders: number[];
  orderCells: number[];
  /** Per market position: orders last week summed over products, and how many products sold there. */
  marketSum: number[];
  marketProducts: number[];
}

const seenCache = new LastOf<StudentView, Seen>();

/** n times the value (a loop: Array.prototype.fill was as slow as the rest of seen in the bots' CPU profile). */
function filled(n: number, value: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i += 1) out[i] = value;
  return out;
}

const zeros = (n: number) => filled(n, 0);

export function seen(lk: Lookup, view: StudentView): Seen {
  const hit = seenCache.get(view);
  if (hit) return hit;
  const slots = lk.marketAt.size * lk.productAt.size;
  const out: Seen = {
    lastListed: filled(slots, -1),
    listedBefore: filled(view.company.listings.length, -1),
    otherSum: zeros(slots), otherCount: zeros(slots),
    orders: zeros(slots), orderCells: zeros(slots),
    marketSum: zeros(lk.marketAt.size), marketProducts: zeros(lk.marketAt.size),
  };
  const own = view.company.listings;
  for (let i = 0; i < own.length; i += 1) {
    const slot = slotOf(lk, own[i]!.market, own[i]!.product);
    if (slot < 0) continue;
    out.listedBefore[i] = out.lastListed[slot]!;
    out.lastListed[slot] = i;
  }
  for (const p of view.prices) {
    if (p.company === view.company.id) continue;
    const slot = slotOf(lk, p.market, p.product);
    if (slot < 0) continue;
    out.otherSum[slot]! += p.price;
    out.otherCount[slot]! += 1;
  }
  // A market's orders are summed over its products in the order they first show in
  // the sales, as before the tables were arrays (the same sum to the last bit).
  const firstSeen: number[] = [];
  for (const c of view.lastReport?.sales ?? []) {
    const slot = slotOf(lk, c.market, c.product);
    if (slot < 0) continue;
    if (out.orderCells[slot] === 0) firstSeen.push(slot);
    out.orders[slot]! += c.orders;
    out.orderCells[slot]! += 1;
  }
  for (const slot of firstSeen) {
    const m = Math.floor(slot / lk.productAt.size);
    out.marketSum[m]! += out.orders[slot]!;
    out.marketProducts[m]! += 1;
  }
  seenCache.set(view, out);
  return out;
}

/** The position of an own listing in view.company.listings (the last one, were there two), or -1 when there is none. */
export function listingIndex(lk: Lookup, view: StudentView, market: string, channel: string, product: string): number {
  const slot = slotOf(lk, market, product);
  if (slot < 0) return -1;
  const s = seen(lk, view);
  const own = view.company.listings;
  let i = s.lastListed[slot]!;
  while (i >= 0 && own[i]!.channel !== channel) i = s.listedBefore[i]!;
  return i;
}

export function listingOf(lk: Lookup, view: StudentView, market: string, channel: string, product: string) {
  const i = listingIndex(lk, view, market, channel, product);
  return i < 0 ? undefined : view.company.listings[i];
}

/** The price shoppers compare with: the reference price, or its mean with the other sellers' shelf prices (as the engine's anchor). */
export function goingPrice(lk: Lookup, view: StudentView, market: string, product: string): number {
  const ref = referencePrice(lk, market, product) ?? 0;
  const s = seen(lk, view);
  const slot = slotOf(lk, market, product);
  const n = slot < 0 ? 0 : s.otherCount[slot]!;
  return n > 0 ? (ref + s.otherSum[slot]! / n) / 2 : ref;
}

const listedCache = new LastOf<StudentView, readonly string[]>();

/** The markets the company has listings in, sorted by id: made once per view for the decisions that go market by market. */
export function listedMarkets(view: StudentView): readonly string[] {
  let markets = listedCache.get(view);
  if (!markets) {
    const found: string[] = [];
    for (const l of view.company.listings) if (!found.includes(l.market)) found.push(l.market);
    markets = found.sort();
    listedCache.set(view, markets);
  }
  return markets;
}

/** The products the company lists in a market, sorted by id (listedMarkets' order, from seen's tables). */
export function listedProducts(lk: Lookup, view: StudentView, market: string): string[] {
  const s = seen(lk, view);
  const out: string[] = [];
  for (const id of lk.sortedProductIds) {
    const slot = slotOf(lk, market, id);
    if (slot >= 0 && s.lastListed[slot]! >= 0) out.push(id);
  }
  return out;
}

/** How many markets × channels the company sells in (its listings' distinct pairs). */
export function sellingPairs(lk: Lookup, view: StudentView): number {
  const seenPair: boolean[] = [];
  let pairs = 0;
  for (const l of view.company.listings) {
    const m = lk.marketAt.get(l.market);
    const c = lk.channelAt.get(l.channel);
    if (m === undefined || c === undefined) continue; // the engine lists only the scenario's markets and channels
    const pair = m * lk.channelAt.size + c;
    if (!seenPair[pair]) { seenPair[pair] = true; pairs += 1; }
  }
  return pairs;
}

/** Own stock of a product at a location (own keys only). */
export function stockAt(view: StudentView, location: string, product: string): number {
  const at = Object.hasOwn(view.company.stock, location) ? view.company.stock[location]! : undefined;
  return at && Object.hasOwn(at, product) ? at[product]! : 0;
}

/** Units ordered last turn (before the stock cap) for a product in a market, over all channels; null if it was not on sale. */
export function lastDemand(lk: Lookup, view: StudentView, market: string, product: string): number | null {
  const s = seen(lk, view);
  const slot = slotOf(lk, market, product);
  return slot >= 0 && s.orderCells[slot]! > 0 ? s.orders[slot]! : null;
}
