// The forecast preview (issue 5 §2): what the turn's pending decisions are
// expected to do, worked out only from what the student knows — the public
// scenario (prices shoppers expect, costs, carriers, taxes, fees, ad prices, the
// season calendar), the exchange rates on the screen, the company's own state,
// last week's report and the research it bought. It never reads the hidden demand.
// The unit economics are the landed-cost sums of lesson 4 (src/bots/costs.ts, the
// same public formulas the bots use); volume follows prices and search ads through
// forecastVolume.ts.
import type { Carrier, Scenario, StudentView } from '../engine';
import { lookup, homePerLocal, type Lookup } from '../bots/world';
import { dutyRateOf, freightFor, quote, type Route } from '../bots/costs';
import { moreSpend } from './validateMore';
import { riskSpend } from './validateRisk';
import { weeklyRunning } from './running';
import { expectedOrders, marketBasis, type MarketBasis } from './forecastVolume';
import { hasDeliveryRoute, plannedFulfilment, type Fulfilment } from './deliveryRoute';

type AnyAction = Record<string, unknown> & { type: string };

export interface ListingForecast {
  market: string; channel: string; product: string;
  /** Price buyers pay next week (local minor units), after a running or pending discount. */
  price: number;
  currency: string;
  /**
   * Per order, home minor units. Landed costs and margin are null when there is
   * no route to quote: a listing in a market without a delivery route gets no
   * visitors (`deliverable`), and counting its price less the goods as margin
   * showed a 92% margin on sales that cannot happen.
   */
  priceHome: number; landed: number | null; goods: number; margin: number | null;
  /** Margin ÷ price (without VAT in the price: as a share of what the buyer pays); null with the margin. */
  marginRate: number | null;
  /** False when the market has no delivery route once the pending decisions apply (deliveryRoute.ts): no visitors, no orders. */
  deliverable: boolean;
  /** Orders served last week on this listing (null when it was not on sale). */
  lastOrders: number | null;
  /** Orders expected next week after the pending price and search-ad decisions (null: no sales last week to scale from). */
  expectedOrders: number | null;
  /** Units at the location that fulfils this market. */
  stock: number;
  fulfilFrom: string;
  /** expectedOrders × margin: the week's contribution. */
  expected: number | null;
  changed: boolean;
}

export interface Spend { sourcing: number; freight: number; duties: number; setup: number }

export interface Forecast {
  listings: ListingForecast[];
  /** Cash paid when the turn resolves for the pending decisions (home minor units). */
  spend: Spend;
  /** Weekly ad budgets (social and search) after the pending decisions, summed over markets. */
  ads: number;
  cashNow: number;
  cashAfter: number;
  /** Other weekly running costs: fraud screening, service, loyalty, complaint handling, security, salaries (running.ts). */
  running: number;
  /** Σ expected − ads − running: next week's contribution at the expected orders. */
  weekly: number | null;
  warnings: ForecastWarning[];
  /** What the volume estimate assumes, per market with a listing: price sensitivity and its source, cost per click, searchers. */
  bases: MarketBasis[];
}

export type ForecastWarning =
  /** Listed in a market with no delivery route: the engine sends it no visitors. */
  | { kind: 'noRoute'; market: string }
  | { kind: 'loss'; market: string; channel: string; product: string }
  /** `orders`: expected next week where there is a basis, else last week's. */
  | { kind: 'sellOut'; market: string; product: string; stock: number; orders: number }
  | { kind: 'noStock'; market: string; product: string }
  | { kind: 'cash'; cashAfter: number };

/** The company as it will be once the pending decisions apply (listings, fulfilment, payments, ads). */
interface Planned {
  listings: { market: string; channel: string; product: string; price: number; discount: number; changed: boolean }[];
  fulfil: Map<string, Fulfilment>;
  payments: Map<string, string[]>;
  ads: Map<string, number>;
  /** Home stock after pending shipments, by product. */
  home: Map<string, number>;
}

function plan(view: StudentView, pending: readonly AnyAction[]): Planned {
  const c = view.company;
  const nextTurn = view.turn + 1;
  const listings = c.listings.map((l) => ({
    market: l.market, channel: l.channel, product: l.product, price: l.price,
    discount: l.discount > 0 && nextTurn <= l.discountUntil ? l.discount : 0, changed: false,
  }));
  const fulfil = plannedFulfilment(view, pending);
  const payments = new Map<string, string[]>();
  const ads = new Map<string, number>();
  for (const m of Object.keys(c.markets).sort()) {
    const p = c.markets[m]!;
    payments.set(m, [...p.payments]);
    ads.set(m, p.adBudget);
    ads.set(`${m}|search`, p.searchBudget ?? 0);
    // Community operations are booked as marketing with the ads (phases/costs.ts).
    ads.set(`${m}|community`, p.community ?? 0);
  }
  const home = new Map<string, number>(Object.entries(c.stock.home ?? {}));
  const same = (a: AnyAction) => (l: { market: string; channel: string; product: string }) =>
    l.market === a.market && l.channel === a.channel && l.product === a.product;
  for (const a of pending) {
    switch (a.type) {
      case 'setPrice': {
        const l = listings.find(same(a));
        if (l) { l.price = Number(a.price); l.changed = true; }
        else listings.push({ market: String(a.market), channel: String(a.channel), product: String(a.product), price: Number(a.price), discount: 0, changed: true });
        break;
      }
      case 'delist': {
        const i = listings.findIndex(same(a));
        if (i >= 0) listings.splice(i, 1);
        break;
      }
      case 'setDiscount': {
        const l = listings.find(same(a));
        if (l) { l.discount = Number(a.discount); l.changed = true; }
        break;
      }
      case 'setPayments': payments.set(String(a.market), (a.methods as string[]).slice()); break;
      case 'setAdBudget': ads.set(a.kind === 'search' ? `${String(a.market)}|search` : String(a.market), Number(a.weekly)); break;
      case 'setCommunity': ads.set(`${String(a.market)}|community`, Number(a.weekly)); break;
      case 'ship': home.set(String(a.product), (home.get(String(a.product)) ?? 0) - Number(a.units)); break;
      default: break;
    }
  }
  return { listings, fulfil, payments, ads, home };
}

/** The cheapest freight carrier to a market, the one a careful seller would quote first. */
export function cheapestFreight(lk: Lookup, market: string): Carrier | undefined {
  let best: Carrier | undefined;
  for (const c of lk.scenario.carriers) {
    if (c.service !== 'freight' || !c.markets.includes(market)) continue;
    if (!best || c.perKg < best.perKg) best = c;
  }
  return best;
}

function routeOf(lk: Lookup, market: string, f: Fulfilment | undefined): Route | null {
  if (!f || f.from === 'home') {
    const carrier = f?.carrier ? lk.carriers.get(f.carrier) : undefined;
    return carrier ? { kind: 'parcel', carrier } : null;
  }
  const warehouse = lk.warehouses.get(f.from);
  const carrier = cheapestFreight(lk, market);
  // A typical sea batch held about a month: the per-unit freight and storage estimate.
  return warehouse && carrier ? { kind: 'warehouse', warehouse, carrier, batch: 200, holdWeeks: 4 } : null;
}

/** Cash an action takes when the turn resolves (home minor units), by kind. */
export function actionSpend(scenario: Scenario, view: StudentView, a: AnyAction): Spend {
  const lk = lookup(scenario);
  const out: Spend = { sourcing: 0, freight: 0, duties: 0, setup: 0 };
  if (a.type === 'orderStock') {
    const p = lk.products.get(String(a.product));
    if (p) out.sourcing = p.unitCost * Number(a.units);
  } else if (a.type === 'ship') {
    const p = lk.products.get(String(a.product));
    const c = lk.carriers.get(String(a.carrier));
    const wh = lk.warehouses.get(String(a.to));
    const m = wh ? lk.markets.get(wh.market) : undefined;
    if (p && c && m) {
      out.freight = freightFor(c, p, Number(a.units));
      out.duties = Math.round(p.unitCost * Number(a.units) * dutyRateOf(m, p));
    }
  } else if (a.type === 'setPayments') {
    const current = view.company.markets[String(a.market)]?.payments ?? [];
    for (const id of a.methods as string[]) if (!current.includes(id)) out.setup += lk.payments.get(id)?.setupCost ?? 0;
  } else if (a.type === 'runKolCampaign' || a.type === 'setLocalisation' || a.type === 'setLoyalty' || a.type === 'runPromotion') {
    out.setup += moreSpend({ scenario, view }, a);
  } else if (a.type === 'respondCrisis') {
    const crises = (view as { crises?: { id: string; options: { cost: number }[] }[] }).crises ?? [];
    out.setup += crises.find((c) => c.id === a.crisis)?.options[Number(a.option)]?.cost ?? 0;
  } else {
    out.setup += riskSpend(scenario, a);
  }
  return out;
}

export function totalSpend(s: Spend): number { return s.sourcing + s.freight + s.duties + s.setup; }

/**
 * A channel's commission and fee per order as they stand now (channelFees.ts: a script's
 * setParameter or a running event may have changed the scenario's); without it the
 * forecast prices with the scenario's, which after the social shop's fee rise
 * understated the commission by 2 points.
 */
export type LiveFees = (channel: string, market: string) => { commission: number; feePerOrder: number } | null;

export function forecast(scenario: Scenario, view: StudentView, pending: readonly AnyAction[], liveFees?: LiveFees): Forecast {
  const lk = lookup(scenario);
  const p = plan(view, pending);
  const spend: Spend = { sourcing: 0, freight: 0, duties: 0, setup: 0 };
  for (const a of pending) {
    const s = actionSpend(scenario, view, a);
    spend.sourcing += s.sourcing; spend.freight += s.freight; spend.duties += s.duties; spend.setup += s.setup;
  }
  const before = new Map<string, number>();
  for (const m of Object.keys(view.company.markets)) before.set(m, view.company.markets[m]!.searchBudget ?? 0);
  const listingsIn = new Map<string, number>();
  for (const l of p.listings) listingsIn.set(l.market, (listingsIn.get(l.market) ?? 0) + 1);
  const bases = new Map<string, MarketBasis>();
  const served = new Map<string, number>();
  for (const cell of view.lastReport?.sales ?? []) {
    const key = `${cell.market}|${cell.channel}|${cell.product}`;
    served.set(key, (served.get(key) ?? 0) + cell.servedOrders);
  }
  const listings: ListingForecast[] = [];
  const warnings: ForecastWarning[] = [];
  const ordersByStock = new Map<string, { stock: number; orders: number; market: string; product: string }>();
  const unrouted = new Set<string>();
  let weekly: number | null = null;
  for (const l of p.listings) {
    const market = lk.markets.get(l.market);
    const product = lk.products.get(l.product);
    const channel = lk.channels.get(l.channel);
    if (!market || !product || !channel) continue;
    const f = p.fulfil.get(l.market);
    const deliverable = hasDeliveryRoute(scenario, f);
    if (!deliverable) unrouted.add(l.market);
    const route = deliverable ? routeOf(lk, l.market, f) : null;
    const price = l.discount > 0 ? Math.max(1, Math.round(l.price * (1 - l.discount))) : l.price;
    const from = f?.from ?? 'home';
    const stock = from === 'home' ? Math.max(0, p.home.get(l.product) ?? 0) : (view.company.stock[from]?.[l.product] ?? 0);
    const key = `${l.market}|${l.channel}|${l.product}`;
    const lastOrders = served.has(key) ? served.get(key)! : null;
    const goods = product.unitCost * channel.unitsPerOrder;
    let priceHome = Math.round(price * channel.unitsPerOrder * homePerLocal(lk, view.fx, market));
    let landed: number | null = null;
    let margin: number | null = null;
    if (route) {
      const fees = liveFees?.(l.channel, l.market);
      const priced = fees ? { ...channel, commission: fees.commission, feePerOrder: fees.feePerOrder } : channel;
      const e = quote(lk, view.fx, market, product, priced, route, p.payments.get(l.market) ?? [])(price);
      priceHome = Math.round(e.priceHome);
      landed = Math.round(e.landed);
      margin = Math.round(e.profit);
    }
    let basis = bases.get(l.market);
    if (!basis) { basis = marketBasis(lk, view, market); bases.set(l.market, basis); }
    const volume = expectedOrders(lk, view, basis, {
      market, product: l.product, channel: l.channel, price, listingsInMarket: listingsIn.get(l.market) ?? 1,
      searchBefore: before.get(l.market) ?? 0, searchAfter: p.ads.get(`${l.market}|search`) ?? 0,
    });
    // No route, no visitors (the engine's rule), so none of the orders a basis would give.
    const expOrders = !deliverable ? 0 : volume.orders === null ? null : Math.round(volume.orders);
    const expected = expOrders === null || margin === null ? null : expOrders * margin;
    if (expected !== null) weekly = (weekly ?? 0) + expected;
    listings.push({
      market: l.market, channel: l.channel, product: l.product, price, currency: market.currency,
      priceHome, landed, goods, margin, marginRate: margin === null ? null : priceHome > 0 ? margin / priceHome : 0,
      deliverable, lastOrders, expectedOrders: expOrders, stock, fulfilFrom: from, expected, changed: l.changed,
    });
    if (margin !== null && margin < 0) warnings.push({ kind: 'loss', market: l.market, channel: l.channel, product: l.product });
    const sk = `${l.market}|${l.product}`;
    const agg = ordersByStock.get(sk) ?? { stock, orders: 0, market: l.market, product: l.product };
    agg.orders += expOrders ?? lastOrders ?? 0;
    ordersByStock.set(sk, agg);
  }
  // First among the warnings: nothing else matters in a market no order can reach.
  for (const m of scenario.markets) if (unrouted.has(m.id)) warnings.unshift({ kind: 'noRoute', market: m.id });
  for (const a of [...ordersByStock.values()].sort((x, y) => (x.market + x.product < y.market + y.product ? -1 : 1))) {
    if (a.stock <= 0) warnings.push({ kind: 'noStock', market: a.market, product: a.product });
    else if (a.orders > a.stock) warnings.push({ kind: 'sellOut', market: a.market, product: a.product, stock: a.stock, orders: a.orders });
  }
  let ads = 0;
  for (const v of p.ads.values()) ads += v;
  const cashNow = view.company.cash;
  const cashAfter = cashNow - totalSpend(spend);
  const running = weeklyRunning(scenario, view, pending);
  if (cashAfter < ads + running) warnings.push({ kind: 'cash', cashAfter });
  const basisList = [...bases.values()].sort((a, b) => (a.market < b.market ? -1 : a.market > b.market ? 1 : 0));
  return { listings, spend, ads, running, cashNow, cashAfter, weekly: weekly === null ? null : weekly - ads - running, warnings, bases: basisList };
}
