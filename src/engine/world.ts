// Lookup tables derived once from a frozen scenario and cached by identity, so a
// turn never searches lists. Pure: the cache only remembers what it computed.
import type {
  Carrier, Channel, Currency, EventType, Market, PaymentMethod, Product, ProductDemand, Scenario, Warehouse,
} from './schema';

export interface ProductInMarket { product: Product; demand: ProductDemand }

export interface World {
  scenario: Scenario;
  markets: Map<string, Market>;
  products: Map<string, Product>;
  channels: Map<string, Channel>;
  carriers: Map<string, Carrier>;
  warehouses: Map<string, Warehouse>;
  payments: Map<string, PaymentMethod>;
  events: Map<string, EventType>;
  currencies: Map<string, Currency>;
  channelsByMarket: Map<string, Channel[]>;
  productsByMarket: Map<string, ProductInMarket[]>;
  demand: Map<string, ProductDemand>;
  /** The same, by market then product: no joined key to build per lookup. */
  demandByMarket: Map<string, Map<string, ProductDemand>>;
  /** Market and product ids in code-unit order (the order of `Object.keys(...).sort()`), and each product's place in it. */
  marketIds: string[];
  productIds: string[];
  /** The products in productIds' order (a loop over productIds reads each product without a lookup). */
  sortedProducts: Product[];
  /** Each market's place in the scenario's list (for per-market arrays). */
  marketIndex: Map<string, number>;
  productIndex: Map<string, number>;
  /** Per market: the freight carrier with the lowest perKg + perCbm / 100 (the first on a tie), or null. */
  cheapestFreight: Map<string, Carrier | null>;
  /** Season multiplier by market, indexed by week of year 1–53. */
  seasonByWeek: Map<string, number[]>;
  seasonNameByWeek: Map<string, (string | null)[]>;
  homeDecimals: number;
}

const cache = new WeakMap<Scenario, World>();

export function demandKey(market: string, product: string): string {
  return `${market}|${product}`;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

export function worldOf(scenario: Scenario): World {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const channelsByMarket = new Map<string, Channel[]>();
  const productsByMarket = new Map<string, ProductInMarket[]>();
  const demand = new Map<string, ProductDemand>();
  const demandByMarket = new Map<string, Map<string, ProductDemand>>();
  const seasonByWeek = new Map<string, number[]>();
  const seasonNameByWeek = new Map<string, (string | null)[]>();
  for (const m of scenario.markets) {
    channelsByMarket.set(m.id, scenario.channels.filter((c) => c.markets.includes(m.id)));
    productsByMarket.set(m.id, []);
    const mult: number[] = new Array(54).fill(1);
    const names: (string | null)[] = new Array(54).fill(null);
    for (const s of m.seasons) {
      for (let w = 1; w <= 53; w += 1) {
        const inside = s.fromWeek <= s.toWeek ? w >= s.fromWeek && w <= s.toWeek : w >= s.fromWeek || w <= s.toWeek;
        // Overlapping seasons do not stack: a peak beats a quiet spell, the
        // stronger peak beats the weaker. A quiet season (< 1) applies alone.
        if (inside && (names[w] === null || s.multiplier > (mult[w] ?? 1))) { mult[w] = s.multiplier; names[w] = s.id; }
      }
    }
    seasonByWeek.set(m.id, mult);
    seasonNameByWeek.set(m.id, names);
  }
  for (const p of scenario.products) {
    for (const d of p.demand) {
      productsByMarket.get(d.market)?.push({ product: p, demand: d });
      demand.set(demandKey(d.market, p.id), d);
      let byProduct = demandByMarket.get(d.market);
      if (!byProduct) { byProduct = new Map(); demandByMarket.set(d.market, byProduct); }
      byProduct.set(p.id, d);
    }
  }
  const productIds = scenario.products.map((p) => p.id).sort();
  const cheapestFreight = new Map<string, Carrier | null>();
  for (const m of scenario.markets) cheapestFreight.set(m.id, cheapestFreightTo(scenario, m.id));
  const currencies = new Map(scenario.currencies.map((c) => [c.code, c]));
  const world: World = {
    scenario,
    markets: byId(scenario.markets),
    products: byId(scenario.products),
    channels: byId(scenario.channels),
    carriers: byId(scenario.carriers),
    warehouses: byId(scenario.warehouses),
    payments: byId(scenario.paymentMethods),
    events: byId(scenario.events),
    currencies,
    channelsByMarket,
    productsByMarket,
    demand,
    demandByMarket,
    marketIds: scenario.markets.map((m) => m.id).sort(),
    productIds,
    sortedProducts: productIds.map((id) => scenario.products.find((p) => p.id === id)!),
    marketIndex: new Map(scenario.markets.map((m, i) => [m.id, i])),
    productIndex: new Map(productIds.map((id, i) => [id, i])),
    cheapestFreight,
    seasonByWeek,
    seasonNameByWeek,
    homeDecimals: currencies.get(scenario.homeCurrency)?.decimals ?? 2,
  };
  cache.set(scenario, world);
  return world;
}

/** A product's demand in a market, or undefined where it is not sold. */
export function demandIn(world: World, market: string, product: string): ProductDemand | undefined {
  return world.demandByMarket.get(market)?.get(product);
}

function cheapestFreightTo(scenario: Scenario, market: string): Carrier | null {
  let best: Carrier | null = null;
  let bestCost = Infinity;
  for (const c of scenario.carriers) {
    if (c.service !== 'freight' || !c.markets.includes(market)) continue;
    const cost = c.perKg + c.perCbm / 100;
    if (cost < bestCost) { bestCost = cost; best = c; }
  }
  return best;
}

/** Week of the year (1–52) of a turn. */
export function weekOfTurn(scenario: Scenario, turn: number): number {
  return ((scenario.startWeek - 1 + turn - 1) % 52) + 1;
}
