// AI rivals (DESIGN.md §2: "AI competitors keep the world alive"). Each is a
// company like the student's, deciding with the same actions and refused by the
// same rules. Strategies (seed 004 §2 价格竞争策略): `premium` and `niche` hold a
// price index over the reference price, `follow` moves halfway to the others'
// average, `undercut` stays just under the cheapest rival while it covers cost.
// A `niche` specialist also defends its few markets with advertising instead of
// price (seed 000 §3 服务定位: 差异化): it steps its ads up where it loses share and
// back down once it holds its fair share (nicheAds.ts).
import type { Action } from './actions';
import type { Company, GameState, Listing } from './state';
import type { World } from './world';
import { demandIn } from './world';
import { effectivePrice } from './prices';
import { toLocal } from './fx';
import { roundMoney } from './math';
import { nicheAds } from './nicheAds';
import { listsIn } from './company';

/** Weeks of sales a rival keeps on hand beyond the time it takes to bring more. */
const COVER_WEEKS = 6;

/**
 * Last turn's units sold in one market by the companies listed there, for rivals
 * to read their share: the total, how many sellers, and the leader (most units;
 * the first in company order on a tie). A company's own units: unitsSold.
 */
export interface MarketShare { total: number; sellers: number; leader: string | null; leaderUnits: number }
/** Per market, by its place in the scenario (world.marketIndex); nothing where no one lists. */
export type ShareBoard = (MarketShare | undefined)[];

/** A rival is losing share when it sold less than this share of its fair share (1 / sellers in the market). Model assumption. */
const LOSING_SHARE = 0.5;
/** How far a rival losing share cuts below its own current price in one turn. Model assumption. */
const REACT_CUT = 0.05;

export function shareBoard(state: GameState, world: World): ShareBoard {
  const board: ShareBoard = new Array<MarketShare | undefined>(world.marketIds.length).fill(undefined);
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.bankrupt) continue;
    for (const m of world.marketIds) {
      if (!Object.hasOwn(c.lastMarketKpis, m) || !listsIn(c, m)) continue;
      const units = c.lastMarketKpis[m]!.unitsSold;
      const i = world.marketIndex.get(m)!;
      const s = board[i] ?? (board[i] = { total: 0, sellers: 0, leader: null, leaderUnits: 0 });
      s.total += units;
      s.sellers += 1;
      if (units > s.leaderUnits) { s.leader = id; s.leaderUnits = units; }
    }
  }
  return board;
}

export function shareIn(world: World, shares: ShareBoard, market: string): MarketShare | undefined {
  const i = world.marketIndex.get(market);
  return i === undefined ? undefined : shares[i];
}

/** What the company sold in the market last turn, counted only where it lists (as shareBoard counts it). */
export function unitsSold(company: Company, market: string): number {
  return Object.hasOwn(company.lastMarketKpis, market) && listsIn(company, market) ? company.lastMarketKpis[market]!.unitsSold : 0;
}

/** The rival's actions for `turn` (the turn being resolved), from the state at its start. */
export function rivalActions(state: GameState, world: World, company: Company, shares: ShareBoard, turn: number): Action[] {
  const actions: Action[] = [];
  for (const l of company.listings) {
    const d = demandIn(world, l.market, l.product);
    const market = world.markets.get(l.market);
    const product = world.products.get(l.product);
    if (!d || !market || !product) continue;
    const base = d.referencePrice * company.priceIndex;
    const target = company.strategy === 'follow' || company.strategy === 'undercut' ? reactiveTarget(state, world, company, l, base, shares, turn) : base;
    // Never below 1.3 × factory cost in local money: rivals do not sell at a loss on purpose.
    const rate = state.fx[market.currency] ?? 0;
    const cur = world.currencies.get(market.currency);
    const floor = rate > 0 && cur ? toLocal(product.unitCost * 1.3, rate, cur.decimals, world.homeDecimals) : 1;
    const price = Math.max(floor, roundMoney(target));
    // Small moves are not worth a change, but the cost floor always holds.
    if (Math.abs(price - l.price) > l.price * 0.01 || l.price < floor) {
      actions.push({ type: 'setPrice', market: l.market, channel: l.channel, product: l.product, price });
    }
  }
  if (company.strategy === 'niche') nicheAds(world, company, shares, LOSING_SHARE, actions);
  replenish(world, company, actions);
  return actions;
}

/**
 * The price a follower or an undercutter aims at for a listing, from `base` (its
 * index over the reference price) and what the others charge; premium and niche
 * brands hold their base, so only these two read the shelf. The others' prices are
 * read straight from the state, in company and listing order, rather than from a
 * board of every seller's price built each turn: its maps and lists were half of
 * what rivals allocated (7 of 15 KB a turn on the campaign).
 */
function reactiveTarget(state: GameState, world: World, company: Company, l: Listing, base: number, shares: ShareBoard, turn: number): number {
  const share = shareIn(world, shares, l.market);
  const leader = share?.leader != null && share.leader !== company.id ? share.leader : null;
  // The other sellers' listings of this product in this market: how many, the sum and the lowest of their buyers' prices, the leader's.
  let others = 0;
  let sum = 0;
  let min = Infinity;
  let leaderPrice: number | null = null;
  for (const id of state.companyOrder) {
    const other = state.companies[id]!;
    if (id === company.id || other.bankrupt) continue;
    for (const o of other.listings) {
      if (o.market !== l.market || o.product !== l.product) continue;
      const price = effectivePrice(o, turn);
      others += 1;
      sum += price;
      if (price < min) min = price;
      if (id === leader && leaderPrice === null) leaderPrice = price;
    }
  }
  if (others === 0) return base;
  // A follower follows the market leader's price (the best seller last turn), or the others' mean without one.
  let target = company.strategy === 'follow' ? (base + (leaderPrice ?? sum / others)) / 2 : Math.min(base, min * 0.97);
  // Losing share, they cut below their own price to win it back.
  if (share && share.total > 0) {
    const mine = unitsSold(company, l.market) / share.total;
    if (mine < (LOSING_SHARE / share.sellers)) target = Math.min(target, effectivePrice(l, turn) * (1 - REACT_CUT));
  }
  // Prices creep back up at most REACT_CUT a turn, so a rival that won share back does not jump and lose it again.
  return Math.min(target, l.price * (1 + REACT_CUT));
}

/**
 * Keeps stock flowing: a warehouse holds or has on the way six weeks of last
 * turn's sales plus the sea-freight time; the China warehouse holds what the
 * factory lead time needs plus what the warehouses are short of. Markets and
 * products in code-unit order (world.marketIds, world.productIds).
 */
function replenish(world: World, company: Company, actions: Action[]): void {
  // Per product (world.productIds order): what the China warehouse needs, and what this turn ships out of it.
  const homeNeed: (number | undefined)[] = new Array<number | undefined>(world.productIds.length);
  const shippedOut: number[] = new Array<number>(world.productIds.length).fill(0);
  const home = company.stock.home;
  for (const m of world.marketIds) {
    const presence = company.markets[m];
    if (!presence) continue;
    const count = listedIn(company, m);
    if (count === 0) continue;
    const sold = company.lastMarketKpis[m]?.unitsSold ?? 0;
    const carrier = presence.fulfilFrom === 'home' ? null : world.cheapestFreight.get(m) ?? null;
    const transitWeeks = carrier ? Math.ceil((carrier.transitDays[1] + carrier.customsDays[1]) / 7) : 0;
    // Shipped to an overseas warehouse: what is on the way there, by listed product (null when fulfilled from home).
    const coming = carrier && presence.fulfilFrom !== 'home' ? comingTo(company, presence.fulfilFrom, count) : null;
    const stockThere = coming ? company.stock[presence.fulfilFrom] : undefined;
    for (let k = 0; k < count; k += 1) {
      const p = listed[k]!;
      const product = world.products.get(p);
      if (!product) continue;
      const i = world.productIndex.get(p)!;
      const weekly = Math.max(sold / count, product.moq / 8);
      const leadBuffer = Math.ceil(weekly * (product.leadTimeWeeks + 2));
      if (!coming || !carrier) {
        homeNeed[i] = (homeNeed[i] ?? 0) + Math.ceil(weekly * COVER_WEEKS) + leadBuffer;
        continue;
      }
      const wh = presence.fulfilFrom;
      const held = stockThere?.[p] ?? 0;
      const gap = Math.ceil(weekly * (COVER_WEEKS + transitWeeks)) - held - coming[k]!;
      const atHome = home?.[p] ?? 0;
      const units = Math.min(Math.max(0, gap), atHome);
      if (units > 0) {
        actions.push({ type: 'ship', product: p, units, to: wh, carrier: carrier.id });
        shippedOut[i] = shippedOut[i]! + units;
      }
      homeNeed[i] = (homeNeed[i] ?? 0) + Math.max(0, gap - units) + leadBuffer;
    }
  }
  for (let i = 0; i < world.productIds.length; i += 1) {
    const need = homeNeed[i];
    if (need === undefined) continue;
    const p = world.productIds[i]!;
    const product = world.products.get(p)!;
    const atHome = (home?.[p] ?? 0) - shippedOut[i]!;
    const gap = need - atHome - pendingOf(company, p);
    if (gap > 0) actions.push({ type: 'orderStock', product: p, units: Math.max(product.moq, gap) });
  }
}

/**
 * The products a company lists in a market, each once in code-unit order, in
 * `listed` (shared from call to call); returns how many. Counted by hand rather
 * than by resetting the list's length, a runtime call each time (6% of replenish's samples).
 */
const listed: string[] = [];
function listedIn(company: Company, market: string): number {
  let count = 0;
  for (const l of company.listings) if (l.market === market) count = insertSorted(listed, count, l.product);
  return count;
}

/** Adds `x` to the first `count` entries of a list kept in code-unit order, once (listings repeat a product over channels); returns the new count. */
function insertSorted(list: string[], count: number, x: string): number {
  let i = count;
  while (i > 0 && list[i - 1]! > x) i -= 1;
  if (i > 0 && list[i - 1] === x) return count;
  // Shifted by hand: splice would allocate the (empty) list of what it removed.
  for (let j = count; j > i; j -= 1) list[j] = list[j - 1]!;
  list[i] = x;
  return count + 1;
}

/**
 * Units on the way to a warehouse of each of the `count` products in `listed`
 * (by their place there), from one scan of the company's shipments per warehouse
 * rather than one per product (~2 us a turn on the campaign: rivals keep ~15
 * shipments in flight). Whole units, so the sums do not depend on the order.
 * One array, reused from call to call.
 */
const comingUnits: number[] = [];
function comingTo(company: Company, to: string, count: number): number[] {
  const coming = comingUnits;
  for (let k = 0; k < count; k += 1) coming[k] = 0;
  for (const s of company.shipments) {
    if (s.to !== to) continue;
    // The listed products are distinct: the first match is the only one.
    for (let k = 0; k < count; k += 1) if (listed[k] === s.product) { coming[k] = coming[k]! + s.units; break; }
  }
  return coming;
}

/** Units of a product ordered from the factory and not yet arrived. */
function pendingOf(company: Company, product: string): number {
  let units = 0;
  for (const o of company.sourcing) if (o.product === product) units += o.units;
  return units;
}
