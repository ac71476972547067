// AI rivals (DESIGN.md §2: "AI competitors keep the world alive"). Each is a
// company like the student's, deciding with the same actions and refused by the
// same rules. Strategies (seed 004 §2 价格竞争策略): `premium` and `niche` hold a
// price index over the reference price, `follow` moves halfway to the others'
// average, `undercut` stays just under the cheapest rival while it covers cost.
// A `niche` specialist also defends its few markets with advertising instead of
// price (seed 000 §3 服务定位: 差异化): it steps its ads up where it loses share and
// back down once it holds its fair share (nicheAds.ts).
import type { Action } from './actions';
import type { Company, GameState } from './state';
import type { World } from './world';
import { demandIn } from './world';
import { effectivePrice } from './prices';
import { toLocal } from './fx';
import { roundMoney } from './math';
import { nicheAds } from './nicheAds';

/** Weeks of sales a rival keeps on hand beyond the time it takes to bring more. */
const COVER_WEEKS = 6;

/** Every seller's price of each product in each market this turn (market → product → sellers), for rivals to read. */
export type PriceBoard = Map<string, Map<string, { company: string; price: number }[]>>;

export function priceBoard(state: GameState, turn: number): PriceBoard {
  const board: PriceBoard = new Map();
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.bankrupt) continue;
    for (const l of c.listings) {
      let byProduct = board.get(l.market);
      if (!byProduct) { byProduct = new Map(); board.set(l.market, byProduct); }
      const list = byProduct.get(l.product);
      const entry = { company: id, price: effectivePrice(l, turn) };
      if (list) list.push(entry); else byProduct.set(l.product, [entry]);
    }
  }
  return board;
}

const NO_PRICES: readonly { company: string; price: number }[] = [];

function pricesOf(board: PriceBoard, market: string, product: string): readonly { company: string; price: number }[] {
  return board.get(market)?.get(product) ?? NO_PRICES;
}

/**
 * Last turn's units sold per market, for rivals to read their share: the total, each
 * company's units and the leader (most units; the first in company order on a tie).
 */
export interface MarketShare { total: number; sellers: number; leader: string | null; leaderUnits: number; units: Map<string, number> }
export type ShareBoard = Map<string, MarketShare>;

/** A rival is losing share when it sold less than this share of its fair share (1 / sellers in the market). Model assumption. */
const LOSING_SHARE = 0.5;
/** How far a rival losing share cuts below its own current price in one turn. Model assumption. */
const REACT_CUT = 0.05;

export function shareBoard(state: GameState): ShareBoard {
  const board: ShareBoard = new Map();
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.bankrupt) continue;
    for (const m of Object.keys(c.lastMarketKpis)) {
      if (!c.listings.some((l) => l.market === m)) continue;
      const units = c.lastMarketKpis[m]!.unitsSold;
      let s = board.get(m);
      if (!s) { s = { total: 0, sellers: 0, leader: null, leaderUnits: 0, units: new Map() }; board.set(m, s); }
      s.total += units;
      s.sellers += 1;
      s.units.set(id, units);
      if (units > s.leaderUnits) { s.leader = id; s.leaderUnits = units; }
    }
  }
  return board;
}

export function rivalActions(state: GameState, world: World, company: Company, board: PriceBoard, shares: ShareBoard = new Map()): Action[] {
  const actions: Action[] = [];
  for (const l of company.listings) {
    const d = demandIn(world, l.market, l.product);
    const market = world.markets.get(l.market);
    const product = world.products.get(l.product);
    if (!d || !market || !product) continue;
    // The others' mean and lowest price, summed in board order (as a reduce over them would).
    const board_ = pricesOf(board, l.market, l.product);
    let others = 0;
    let sum = 0;
    let min = Infinity;
    for (const o of board_) {
      if (o.company === company.id) continue;
      others += 1;
      sum += o.price;
      if (o.price < min) min = o.price;
    }
    const base = d.referencePrice * company.priceIndex;
    let target = base;
    if (others > 0) {
      const mean = sum / others;
      // A follower follows the market leader's price (the best seller last turn), or the mean without one.
      const share = shares.get(l.market);
      const leader = share?.leader != null && share.leader !== company.id ? leaderPrice(board_, share.leader) : null;
      if (company.strategy === 'follow') target = (base + (leader ?? mean)) / 2;
      if (company.strategy === 'undercut') target = Math.min(base, min * 0.97);
      // Followers and undercutters losing share cut below their own price to win it back; premium and niche brands hold.
      if ((company.strategy === 'follow' || company.strategy === 'undercut') && share && share.total > 0) {
        const mine = (share.units.get(company.id) ?? 0) / share.total;
        if (mine < (LOSING_SHARE / share.sellers)) target = Math.min(target, effectivePrice(l, state.turn + 1) * (1 - REACT_CUT));
      }
      // Prices creep back up at most REACT_CUT a turn, so a rival that won share back does not jump and lose it again.
      if (company.strategy === 'follow' || company.strategy === 'undercut') target = Math.min(target, l.price * (1 + REACT_CUT));
    }
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

function leaderPrice(prices: readonly { company: string; price: number }[], leader: string): number | null {
  for (const o of prices) if (o.company === leader) return o.price;
  return null;
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
  const listed: string[] = [];
  for (const m of world.marketIds) {
    const presence = company.markets[m];
    if (!presence) continue;
    listed.length = 0;
    for (const l of company.listings) if (l.market === m) insertSorted(listed, l.product);
    if (listed.length === 0) continue;
    const sold = company.lastMarketKpis[m]?.unitsSold ?? 0;
    const carrier = presence.fulfilFrom === 'home' ? null : world.cheapestFreight.get(m) ?? null;
    const transitWeeks = carrier ? Math.ceil((carrier.transitDays[1] + carrier.customsDays[1]) / 7) : 0;
    for (const p of listed) {
      const product = world.products.get(p);
      if (!product) continue;
      const i = world.productIndex.get(p)!;
      const weekly = Math.max(sold / listed.length, product.moq / 8);
      const leadBuffer = Math.ceil(weekly * (product.leadTimeWeeks + 2));
      if (presence.fulfilFrom === 'home' || !carrier) {
        homeNeed[i] = (homeNeed[i] ?? 0) + Math.ceil(weekly * COVER_WEEKS) + leadBuffer;
        continue;
      }
      const wh = presence.fulfilFrom;
      const held = company.stock[wh]?.[p] ?? 0;
      const gap = Math.ceil(weekly * (COVER_WEEKS + transitWeeks)) - held - comingTo(company, wh, p);
      const atHome = company.stock.home?.[p] ?? 0;
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
    const atHome = (company.stock.home?.[p] ?? 0) - shippedOut[i]!;
    const gap = need - atHome - pendingOf(company, p);
    if (gap > 0) actions.push({ type: 'orderStock', product: p, units: Math.max(product.moq, gap) });
  }
}

/** Adds `x` to a list kept in code-unit order, once (listings repeat a product over channels). */
function insertSorted(list: string[], x: string): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > x) i -= 1;
  if (i > 0 && list[i - 1] === x) return;
  list.splice(i, 0, x);
}

/** Units of a product on the way to a warehouse. */
function comingTo(company: Company, to: string, product: string): number {
  let units = 0;
  for (const s of company.shipments) if (s.to === to && s.product === product) units += s.units;
  return units;
}

/** Units of a product ordered from the factory and not yet arrived. */
function pendingOf(company: Company, product: string): number {
  let units = 0;
  for (const o of company.sourcing) if (o.product === product) units += o.units;
  return units;
}
