// Phase 5a: demand per market × product × channel for every company's listings
// (DESIGN.md §2 step 5): base demand × season × growth, split among the sellers
// in each channel by awareness, then run through the funnel. The orders drawn
// here are what buyers want; the sales phase caps them by stock.
import type { Company, GameState, Listing } from '../state';
import type { World } from '../world';
import type { SalesCell, TurnLog } from '../log';
import { effectivePrice } from '../prices';
import { runFunnel, type FunnelInput, type FunnelResult } from '../funnel';
import { missingPaymentShare } from '../payments';
import { expectedDays } from '../freight';
import { withEffects } from '../effects';
import { noisyCount, type StreamState } from '../rng';

/** Weight of the long tail of sellers the model does not name (see README). */
const OUTSIDE_WEIGHT = 1;
/** Even an unknown shop is found by some searchers. */
const AWARENESS_FLOOR = 0.15;
/** Share of past customers who come back to look in a given week (calibration §6: ~28% repeat a year). */
const WEEKLY_RETURN_VISITS = 0.01;

const NO_FUNNEL: FunnelResult = { carts: 0, checkouts: 0, orders: 0, abandoned: { price: 0, delivery: 0, trust: 0, payment: 0 } };

const NO_SELLERS: Map<string, Seller[]> = new Map();

interface Seller { company: Company; listing: Listing; price: number }

export function computeDemand(state: GameState, world: World, log: TurnLog, rng: StreamState): SalesCell[] {
  const cells: SalesCell[] = [];

  const sellersByMarket = collectSellers(state, log.turn);
  for (const market of world.scenario.markets) {
    const m = market.id;
    const params = state.params.markets[m]!;
    const season = world.seasonByWeek.get(m)![log.week] ?? 1;
    const scale = season * (state.growthIndex[m] ?? 1) * params.demandFactor * withEffects(state, world, 'demand', 1, m);
    const cartEffect = withEffects(state, world, 'cartRate', 1, m);
    const sellersByProduct = sellersByMarket.get(m) ?? NO_SELLERS;
    const daysCache = new Map<string, number | null>(); // per company, in this market
    for (const { product, demand } of world.productsByMarket.get(m)!) {
      const sellers = sellersByProduct.get(product.id);
      if (!sellers) continue;
      const pool = demand.weeklyVisitors * scale;
      for (const channel of world.channelsByMarket.get(m)!) {
        // A seller with no way to deliver to the market cannot sell, and takes no traffic.
        const here = sellers.filter((s) => s.listing.channel === channel.id && cachedDays(daysCache, state, world, s.company, m) !== null);
        if (here.length === 0) continue;
        let weights = OUTSIDE_WEIGHT;
        for (const s of here) weights += AWARENESS_FLOOR + presenceOf(s.company, m).awareness;
        for (const s of here) {
          const p = presenceOf(s.company, m);
          const days = cachedDays(daysCache, state, world, s.company, m)!;
          const anchor = anchorPrice(demand.referencePrice, sellers, s.company.id);
          const input: FunnelInput = {
            visitors: (pool * channel.reach * (AWARENESS_FLOOR + p.awareness)) / weights,
            baseCartRate: market.baseCartRate * cartEffect,
            conversionFactor: channel.conversionFactor,
            fit: demand.fit,
            relativePrice: s.price / anchor,
            priceSensitivity: params.priceSensitivity,
            rating: p.rating,
            reviews: p.reviews,
            priceAbandon: market.abandonment.price,
            trustAbandon: market.abandonment.trust,
            perSlowDay: market.abandonment.perSlowDay,
            slowDays: days - market.deliveryToleranceDays,
            missingPaymentShare: missingPaymentShare(market, p.payments),
            // With no payment method at all, nobody can pay.
            missingPaymentAbandon: p.payments.length === 0 ? 1 : market.abandonment.missingPayment,
            returning: false,
          };
          const visitors = input.visitors;
          const fresh = runFunnel(input);
          const newOrders = noisyCount(rng, fresh.orders);
          // Past customers come back to look; the same funnel, with their trust.
          const returningVisitors = (p.customers * WEEKLY_RETURN_VISITS * season) / listingsIn(s.company, m);
          input.visitors = returningVisitors;
          input.returning = true;
          const back = returningVisitors > 0 ? runFunnel(input) : NO_FUNNEL;
          const returningOrders = returningVisitors > 0 ? noisyCount(rng, back.orders) : 0;
          const orders = newOrders + returningOrders;
          const checkouts = Math.max(orders, Math.round(fresh.checkouts + back.checkouts));
          cells.push({
            company: s.company.id, market: m, channel: channel.id, product: product.id, price: s.price,
            visitors: Math.round(visitors + returningVisitors),
            carts: Math.max(checkouts, Math.round(fresh.carts + back.carts)),
            checkouts,
            orders,
            returningOrders,
            abandoned: {
              price: Math.round(fresh.abandoned.price + back.abandoned.price),
              delivery: Math.round(fresh.abandoned.delivery + back.abandoned.delivery),
              trust: Math.round(fresh.abandoned.trust + back.abandoned.trust),
              payment: Math.round(fresh.abandoned.payment + back.abandoned.payment),
            },
            servedOrders: 0, unitsSold: 0, lostOrders: 0, returnedOrders: 0, deliveryDays: days, stockoutOrders: 0,
          });
        }
      }
    }
  }
  return cells;
}

/** Every seller of every product, by market then product, in company order: one pass a turn. */
function collectSellers(state: GameState, turn: number): Map<string, Map<string, Seller[]>> {
  const out = new Map<string, Map<string, Seller[]>>();
  for (const id of state.companyOrder) {
    const company = state.companies[id]!;
    if (company.bankrupt) continue;
    for (const listing of company.listings) {
      let byProduct = out.get(listing.market);
      if (!byProduct) { byProduct = new Map(); out.set(listing.market, byProduct); }
      const list = byProduct.get(listing.product);
      const seller = { company, listing, price: effectivePrice(listing, turn) };
      if (list) list.push(seller); else byProduct.set(listing.product, [seller]);
    }
  }
  return out;
}

/** Shoppers compare a price with what they expect and with the other sellers' prices. */
function anchorPrice(reference: number, sellers: readonly Seller[], self: string): number {
  let sum = 0;
  let n = 0;
  for (const s of sellers) if (s.company.id !== self) { sum += s.price; n += 1; }
  return n === 0 ? reference : (reference + sum / n) / 2;
}

function presenceOf(company: Company, market: string) {
  return company.markets[market] ?? { awareness: 0, rating: 4, reviews: 0, customers: 0, payments: [] as string[], fulfilFrom: 'home', parcelCarrier: null };
}

function listingsIn(company: Company, market: string): number {
  let n = 0;
  for (const l of company.listings) if (l.market === market) n += 1;
  return n || 1;
}

function cachedDays(cache: Map<string, number | null>, state: GameState, world: World, c: Company, market: string): number | null {
  let d = cache.get(c.id);
  if (d === undefined) { d = promisedDays(state, world, c, market); cache.set(c.id, d); }
  return d;
}

/** Days from order to door that the shop can promise, or null if it cannot deliver there. */
export function promisedDays(state: GameState, world: World, company: Company, market: string): number | null {
  const p = company.markets[market];
  if (!p) return null;
  if (p.fulfilFrom !== 'home') {
    const wh = world.warehouses.get(p.fulfilFrom);
    return wh ? (wh.lastMileDays[0] + wh.lastMileDays[1]) / 2 : null;
  }
  const carrier = p.parcelCarrier === null ? undefined : world.carriers.get(p.parcelCarrier);
  return carrier ? expectedDays(state, world, carrier, market) : null;
}
