// The volume side of the forecast (issue 5 §2): how many orders a listing may
// expect next week once a price or a search-ad budget changes, worked out only
// from what the student knows — the orders, visitors and prices of their own last
// report, the shelf prices every seller sees, the published season calendar and ad
// prices, and a market's price sensitivity as the course states it for the region
// or as their own research measured it (seed 000 §2.1; README §15). The engine's
// funnel (README §2) and search-ad curve (§12.2) are public formulas: only their
// hidden inputs (true sensitivity, shoppers, fit) are replaced by these.
import { PLAYER_ID, PUBLIC_PRICE_SENSITIVITY, type Market, type StudentView } from '../engine';
import { homePerLocal, type Lookup } from '../bots/world';
import { referencePrice } from './reference';

/** Where the price sensitivity used for a market comes from. */
export type SensitivitySource = 'region' | 'research';

export interface MarketBasis {
  market: string;
  sensitivity: number;
  source: SensitivitySource;
  /** Cost per click, local minor units (the scenario's, or 4% of the mean reference price as the engine defaults it). */
  cpc: number;
  /** Searchers one can bid for (searchShare × the research estimates of shoppers), null without an estimate for every listed product. */
  searchers: number | null;
}

export interface VolumeInput {
  market: Market;
  product: string;
  channel: string;
  /** Price buyers pay next week, local minor units. */
  price: number;
  /** Listings the company will have in the market next week (search clicks are spread over them). */
  listingsInMarket: number;
  /** Weekly search budgets (home minor units) last week and next week. */
  searchBefore: number;
  searchAfter: number;
}

export interface VolumeEstimate {
  /** Orders buyers placed last week on this listing (before any stock-out), null when it was not on sale. */
  lastPlaced: number | null;
  /** Mean price buyers paid last week, local minor units. */
  lastPrice: number | null;
  /** Expected orders next week (null without last week's sales to scale from). */
  orders: number | null;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The region's usual sensitivity, or the latest research estimate for the market. */
export function marketBasis(lk: Lookup, view: StudentView, market: Market): MarketBasis {
  let sensitivity: number = PUBLIC_PRICE_SENSITIVITY[market.region];
  let source: SensitivitySource = 'region';
  for (const r of view.research) {
    if (r.market === market.id && r.measure === 'priceSensitivity' && r.estimate > 0) { sensitivity = r.estimate; source = 'research'; }
  }
  let refSum = 0, n = 0;
  for (const p of lk.scenario.products) for (const d of p.demand) if (d.market === market.id) { refSum += d.referencePrice; n += 1; }
  const cpc = market.ads.cpc ?? Math.max(1, Math.round(0.04 * (n > 0 ? refSum / n : 100)));
  // Shoppers: only from research ("visitors" of each product listed there); else unknown.
  const listed = [...new Set(view.company.listings.filter((l) => l.market === market.id).map((l) => l.product))];
  let shoppers: number | null = listed.length > 0 ? 0 : null;
  for (const product of listed) {
    let est: number | null = null;
    for (const r of view.research) if (r.market === market.id && r.product === product && r.measure === 'visitors') est = r.estimate;
    shoppers = shoppers === null || est === null ? null : shoppers + est;
  }
  return { market: market.id, sensitivity, source, cpc, searchers: shoppers === null ? null : market.ads.searchShare * shoppers };
}

/** Shoppers compare a price with the reference price and the other sellers' shelf prices (README §2, anchor). */
export function anchorPrice(lk: Lookup, view: StudentView, market: string, product: string): number | null {
  const ref = referencePrice(lk.scenario, market, product);
  if (ref === undefined) return null;
  let sum = 0, n = 0;
  for (const p of view.prices) if (p.company !== PLAYER_ID && p.market === market && p.product === product) { sum += p.price; n += 1; }
  return n === 0 ? ref : (ref + sum / n) / 2;
}

/** Share of visitors' carts that reach an order at a price, up to the factors a price does not move (README §2). */
export function priceResponse(price: number, anchor: number, sensitivity: number, priceAbandon: number): number {
  const rel = price / anchor;
  const carts = clamp(Math.pow(clamp(rel, 0.2, 5), -sensitivity), 0, 4);
  return carts * (1 - clamp(priceAbandon * clamp(rel, 0.5, 2), 0, 0.95));
}

/** Clicks a weekly search budget buys (README §12.2); without an estimate of searchers, every click at the CPC. */
export function searchClicksKnown(budgetHome: number, basis: MarketBasis, homePerLocalMinor: number): number {
  if (budgetHome <= 0) return 0;
  const spend = budgetHome / homePerLocalMinor;
  if (basis.searchers === null) return spend / basis.cpc;
  if (basis.searchers <= 0) return 0;
  return basis.searchers * (1 - Math.exp(-spend / (basis.cpc * basis.searchers)));
}

/**
 * Next week's orders on a listing: last week's placed orders, plus the extra paid
 * clicks converting as last week's visitors did, scaled by the price response at
 * the new price over the old, and by the season calendar (next week over last).
 */
export function expectedOrders(lk: Lookup, view: StudentView, basis: MarketBasis, x: VolumeInput): VolumeEstimate {
  let placed = 0, visitors = 0, weights = 0, weighted = 0, any = false;
  for (const c of view.lastReport?.sales ?? []) {
    if (c.market !== x.market.id || c.channel !== x.channel || c.product !== x.product) continue;
    any = true;
    placed += c.orders; visitors += c.visitors;
    weights += Math.max(1, c.orders); weighted += c.price * Math.max(1, c.orders);
  }
  if (!any) return { lastPlaced: null, lastPrice: null, orders: null };
  const lastPrice = weighted / weights;
  const anchor = anchorPrice(lk, view, x.market.id, x.product);
  let priceEffect = 1;
  if (anchor !== null && anchor > 0 && lastPrice > 0) {
    const before = priceResponse(lastPrice, anchor, basis.sensitivity, x.market.abandonment.price);
    const after = priceResponse(x.price, anchor, basis.sensitivity, x.market.abandonment.price);
    priceEffect = before > 0 ? after / before : 1;
  }
  const seasons = lk.seasonByTurn.get(x.market.id);
  const season = seasons ? (seasons[view.turn + 1] ?? 1) / (seasons[view.turn] ?? 1) : 1;
  const rate = homePerLocal(lk, view.fx, x.market);
  const extraClicks = (searchClicksKnown(x.searchAfter, basis, rate) - searchClicksKnown(x.searchBefore, basis, rate)) / Math.max(1, x.listingsInMarket);
  const conversion = visitors > 0 ? placed / visitors : 0;
  const orders = Math.max(0, (placed * season + extraClicks * conversion) * priceEffect);
  return { lastPlaced: placed, lastPrice, orders };
}
