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
import { crisisFactor } from '../crises';
import { noisyCount, type StreamState } from '../rng';
import { buyerMods, type BuyerMods } from '../buyerMods';
import { promoPriceFactor } from '../promotions';
import { roundMoney } from '../math';

/** Weight of the long tail of sellers the model does not name (see README). */
const OUTSIDE_WEIGHT = 1;
/** Even an unknown shop is found by some searchers. */
const AWARENESS_FLOOR = 0.15;

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
    const modsCache = new Map<string, BuyerMods>(); // marketing and promotions, per company in this market
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
          let mods = modsCache.get(s.company.id);
          if (!mods) { mods = buyerMods(state, world, s.company, market, log.turn, scale, season > 1); modsCache.set(s.company.id, mods); }
          const input: FunnelInput = {
            // A company's own crises (a backlash, a takedown) scale its shoppers and their trust.
            // Search-ad clicks come on top of the organic share (marketing.ts); a backlash halves both.
            visitors: ((pool * channel.reach * (AWARENESS_FLOOR + p.awareness) * crisisFactor(world, s.company, m, 'demand')) / weights + mods.paidPerListing) * mods.visitors,
            // The team's execution (team.ts): 1 unless the company runs more pairs than its staff can.
            baseCartRate: market.baseCartRate * cartEffect * crisisFactor(world, s.company, m, 'cartRate') * mods.cart * s.company.team.execution,
            conversionFactor: channel.conversionFactor,
            fit: demand.fit,
            relativePrice: s.price / anchor,
            priceSensitivity: params.priceSensitivity,
            rating: p.rating,
            reviews: p.reviews,
            priceAbandon: market.abandonment.price * mods.priceAbandon,
            trustAbandon: market.abandonment.trust * mods.trust,
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
          // From the customer pool, by stage, satisfaction and loyalty (customerBase.ts).
          // Shoppers referred by loyal customers come with their trust (customerBase.ts) but are new customers.
          const returningVisitors = mods.returningPerListing * season;
          const referred = mods.referralPerListing * mods.visitors;
          input.visitors = returningVisitors + referred;
          input.returning = true;
          input.relativePrice *= mods.member;
          const back = input.visitors > 0 ? runFunnel(input) : NO_FUNNEL;
          // One draw for both; the referred friends' part is their share of the visitors.
          const backOrders = input.visitors > 0 ? noisyCount(rng, back.orders) : 0;
          const referredOrders = referred > 0 ? Math.round((backOrders * referred) / input.visitors) : 0;
          const returningOrders = backOrders - referredOrders;
          const orders = newOrders + returningOrders + referredOrders;
          const checkouts = Math.max(orders, Math.round(fresh.checkouts + back.checkouts));
          // Members (and the friends they refer) pay the member price; the cell books the mean price of its orders.
          const members = returningOrders + referredOrders;
          const price = mods.member === 1 || members === 0 ? s.price
            : Math.max(1, roundMoney((newOrders * s.price + members * s.price * mods.member) / orders));
          cells.push({
            company: s.company.id, market: m, channel: channel.id, product: product.id, price,
            unitsPerOrder: channel.unitsPerOrder * mods.units,
            visitors: Math.round(visitors + returningVisitors + referred),
            paidVisitors: Math.round(mods.paidPerListing * mods.visitors),
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
            servedOrders: 0, unitsSold: 0, lostOrders: 0, returnedOrders: 0, refusedOrders: 0, deliveryDays: days, stockoutOrders: 0,
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
      // A running promotion (flash sale, coupon, bundle, festival) is the price shoppers see.
      const promo = company.markets[listing.market]?.promotion ?? null;
      const price = promo === null ? effectivePrice(listing, turn) : Math.max(1, roundMoney(effectivePrice(listing, turn) * promoPriceFactor(promo, turn)));
      const seller = { company, listing, price };
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
