// Phase 5a: demand per market × product × channel for every company's listings
// (DESIGN.md §2 step 5): base demand × season × growth, split among the sellers
// in each channel by awareness, then run through the funnel. The orders drawn
// here are what buyers want; the sales phase caps them by stock.
import type { Company, GameState, Listing, MarketPresence } from '../state';
import type { Market } from '../schema';
import type { World } from '../world';
import type { SalesCell, TurnLog } from '../log';
import { effectivePrice } from '../prices';
import { newFunnelResult, runFunnelInto, type FunnelInput, type FunnelResult } from '../funnel';
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

const NO_FUNNEL: FunnelResult = newFunnelResult();

/** `slot`: the company's place in companyOrder, to find what is worked out once per company in a market. */
interface Seller { company: Company; listing: Listing; price: number; slot: number }

/**
 * What a company brings to every listing of it in one market this turn: the days it
 * promises (null: it cannot deliver there, so it takes no traffic), its marketing
 * and promotions, the payment gap and its crises. Worked out once per company and
 * market, not per listing.
 */
interface InMarket {
  presence: MarketPresence;
  days: number;
  mods: BuyerMods;
  missingPayment: number;
  demandCrisis: number;
  cartCrisis: number;
}

// One funnel input and two results, rewritten for every listing (all fields set each
// time) by every call: kept from call to call, their numbers are written in place.
const INPUT: FunnelInput = {
  visitors: 0, baseCartRate: 0, conversionFactor: 0, fit: 0, relativePrice: 0, priceSensitivity: 0, rating: 0, reviews: 0,
  priceAbandon: 0, trustAbandon: 0, perSlowDay: 0, slowDays: 0, missingPaymentShare: 0, missingPaymentAbandon: 0, returning: false,
};
const FRESH_OUT = newFunnelResult();
const BACK_OUT = newFunnelResult();

export function computeDemand(state: GameState, world: World, log: TurnLog, rng: StreamState): SalesCell[] {
  const cells: SalesCell[] = [];
  const input = INPUT;
  const freshOut = FRESH_OUT;
  const backOut = BACK_OUT;
  const inMarket: (InMarket | null | undefined)[] = new Array<InMarket | null | undefined>(state.companyOrder.length);

  collectSellers(state, world, log.turn);
  const markets = world.scenario.markets;
  const products = world.productIds.length;
  for (let mi = 0; mi < markets.length; mi += 1) {
    const market = markets[mi]!;
    const m = market.id;
    if (sellersFrom[mi * products] === sellersFrom[(mi + 1) * products]) continue;
    const params = state.params.markets[m]!;
    const season = world.seasonByWeek.get(m)![log.week] ?? 1;
    const scale = season * (state.growthIndex[m] ?? 1) * params.demandFactor * withEffects(state, world, 'demand', 1, m);
    const cartEffect = withEffects(state, world, 'cartRate', 1, m);
    inMarket.fill(undefined);
    for (const { product, demand } of world.productsByMarket.get(m)!) {
      const sellers = mi * products + world.productIndex.get(product.id)!;
      const from = sellersFrom[sellers]!;
      const to = sellersFrom[sellers + 1]!;
      if (from === to) continue;
      const pool = demand.weeklyVisitors * scale;
      for (const channel of world.channelsByMarket.get(m)!) {
        // A seller with no way to deliver to the market cannot sell, and takes no traffic.
        let weights = OUTSIDE_WEIGHT;
        let here = 0;
        for (let k = from; k < to; k += 1) {
          const s = SELLERS[k]!;
          if (s.listing.channel !== channel.id) continue;
          const cm = companyInMarket(inMarket, s, state, world, market, log, scale, season > 1);
          if (cm === null) continue;
          weights += AWARENESS_FLOOR + cm.presence.awareness;
          here += 1;
        }
        if (here === 0) continue;
        for (let k = from; k < to; k += 1) {
          const s = SELLERS[k]!;
          if (s.listing.channel !== channel.id) continue;
          const cm = inMarket[s.slot];
          if (!cm) continue;
          const p = cm.presence;
          const days = cm.days;
          const mods = cm.mods;
          const anchor = anchorPrice(demand.referencePrice, from, to, s.company.id);
          // A company's own crises (a backlash, a takedown) scale its shoppers and their trust.
          // Search-ad clicks come on top of the organic share (marketing.ts); a backlash halves both.
          input.visitors = ((pool * channel.reach * (AWARENESS_FLOOR + p.awareness) * cm.demandCrisis) / weights + mods.paidPerListing) * mods.visitors;
          // The team's execution (team.ts): 1 unless the company runs more pairs than its staff can.
          input.baseCartRate = market.baseCartRate * cartEffect * cm.cartCrisis * mods.cart * s.company.team.execution;
          input.conversionFactor = channel.conversionFactor;
          input.fit = demand.fit;
          input.relativePrice = s.price / anchor;
          input.priceSensitivity = params.priceSensitivity;
          input.rating = p.rating;
          input.reviews = p.reviews;
          input.priceAbandon = market.abandonment.price * mods.priceAbandon;
          input.trustAbandon = market.abandonment.trust * mods.trust;
          input.perSlowDay = market.abandonment.perSlowDay;
          input.slowDays = days - market.deliveryToleranceDays;
          input.missingPaymentShare = cm.missingPayment;
          // With no payment method at all, nobody can pay.
          input.missingPaymentAbandon = p.payments.length === 0 ? 1 : market.abandonment.missingPayment;
          input.returning = false;
          const visitors = input.visitors;
          const fresh = runFunnelInto(input, freshOut);
          const newOrders = noisyCount(rng, fresh.orders);
          // Past customers come back to look; the same funnel, with their trust.
          // From the customer pool, by stage, satisfaction and loyalty (customerBase.ts).
          // Shoppers referred by loyal customers come with their trust (customerBase.ts) but are new customers.
          const returningVisitors = mods.returningPerListing * season;
          const referred = mods.referralPerListing * mods.visitors;
          input.visitors = returningVisitors + referred;
          input.returning = true;
          input.relativePrice *= mods.member;
          const back = input.visitors > 0 ? runFunnelInto(input, backOut) : NO_FUNNEL;
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
            referredVisitors: Math.round(referred),
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
            // Delivery days are the sales phase's draw for the week's batch (a whole number:
            // the promised mean here, often a half, would box the field in every cell).
            servedOrders: 0, unitsSold: 0, lostOrders: 0, returnedOrders: 0, refusedOrders: 0, deliveryDays: 0, stockoutOrders: 0,
          });
        }
      }
    }
  }
  return cells;
}

/** The company's InMarket for this market, worked out at its first listing here; null when it cannot deliver. */
function companyInMarket(
  cache: (InMarket | null | undefined)[], s: Seller, state: GameState, world: World, market: Market, log: TurnLog, scale: number, inSeason: boolean,
): InMarket | null {
  const hit = cache[s.slot];
  if (hit !== undefined) return hit;
  const c = s.company;
  const presence = c.markets[market.id];
  const days = presence ? promisedDays(state, world, presence, market.id) : null;
  const cm = days === null || !presence ? null : {
    presence, days,
    mods: buyerMods(state, world, c, market, log.turn, scale, inSeason),
    missingPayment: missingPaymentShare(market, presence.payments),
    demandCrisis: crisisFactor(world, c, market.id, 'demand'),
    cartCrisis: crisisFactor(world, c, market.id, 'cartRate'),
  };
  cache[s.slot] = cm;
  if (cm !== null && cm.mods.engaged > 0) log.community.push({ company: c.id, market: market.id, engaged: cm.mods.engaged });
  return cm;
}

/**
 * Every seller, by market in the scenario's order and product in world.productIds'
 * order, then in company order and each company's listing order: the sellers of
 * product p in market m are SELLERS[sellersFrom[b] .. sellersFrom[b + 1]) with
 * b = m × products + p. One pass a turn into lists reused by every call: the maps
 * of lists by market and product this replaced cost ~8 KB a turn (measured).
 */
const SELLERS: Seller[] = [];
const sellersFrom: number[] = [];
/** Each listing's market × product, in the order the loops below meet them, and where each place's next seller goes. */
const listingPlace: number[] = [];
const nextPlace: number[] = [];

function collectSellers(state: GameState, world: World, turn: number): void {
  // A counting sort: count the sellers of each market × product, then place each after those before it.
  const places = world.scenario.markets.length * world.productIds.length;
  for (let b = 0; b <= places; b += 1) sellersFrom[b] = 0;
  let n = 0;
  for (let slot = 0; slot < state.companyOrder.length; slot += 1) {
    const company = state.companies[state.companyOrder[slot]!]!;
    if (company.bankrupt) continue;
    for (const listing of company.listings) {
      const m = world.marketIndex.get(listing.market);
      const p = world.productIndex.get(listing.product);
      const b = m === undefined || p === undefined ? -1 : m * world.productIds.length + p;
      listingPlace[n++] = b;
      if (b >= 0) sellersFrom[b + 1] = sellersFrom[b + 1]! + 1;
    }
  }
  for (let b = 0; b < places; b += 1) {
    sellersFrom[b + 1] = sellersFrom[b + 1]! + sellersFrom[b]!;
    nextPlace[b] = sellersFrom[b]!;
  }
  n = 0;
  for (let slot = 0; slot < state.companyOrder.length; slot += 1) {
    const company = state.companies[state.companyOrder[slot]!]!;
    if (company.bankrupt) continue;
    for (const listing of company.listings) {
      const b = listingPlace[n++]!;
      if (b < 0) continue;
      // A running promotion (flash sale, coupon, bundle, festival) is the price shoppers see.
      const promo = company.markets[listing.market]?.promotion ?? null;
      const price = promo === null ? effectivePrice(listing, turn) : Math.max(1, roundMoney(effectivePrice(listing, turn) * promoPriceFactor(promo, turn)));
      placeSeller(nextPlace[b]!, company, listing, price, slot);
      nextPlace[b] = nextPlace[b]! + 1;
    }
  }
}

/** The seller record at SELLERS[k], rewritten in place once it exists (~40 a turn). */
function placeSeller(k: number, company: Company, listing: Listing, price: number, slot: number): void {
  const s = SELLERS[k];
  if (s === undefined) { SELLERS[k] = { company, listing, price, slot }; return; }
  s.company = company;
  s.listing = listing;
  s.price = price;
  s.slot = slot;
}

/** Shoppers compare a price with what they expect and with the other sellers' prices (SELLERS[from .. to), one product). */
function anchorPrice(reference: number, from: number, to: number, self: string): number {
  let sum = 0;
  let n = 0;
  for (let k = from; k < to; k += 1) {
    const s = SELLERS[k]!;
    if (s.company.id !== self) { sum += s.price; n += 1; }
  }
  return n === 0 ? reference : (reference + sum / n) / 2;
}

/** Days from order to door that the shop can promise, or null if it cannot deliver there (company.ts canDeliver: the same test). */
function promisedDays(state: GameState, world: World, p: MarketPresence, market: string): number | null {
  if (p.fulfilFrom !== 'home') {
    const wh = world.warehouses.get(p.fulfilFrom);
    return wh ? (wh.lastMileDays[0] + wh.lastMileDays[1]) / 2 : null;
  }
  const carrier = p.parcelCarrier === null ? undefined : world.carriers.get(p.parcelCarrier);
  return carrier ? expectedDays(state, world, carrier, market) : null;
}
