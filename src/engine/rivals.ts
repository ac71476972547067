// AI rivals (DESIGN.md §2: "AI competitors keep the world alive"). Each is a
// company like the student's, deciding with the same actions and refused by the
// same rules. Strategies (seed 004 §2 价格竞争策略): `premium` and `niche` hold a
// price index over the reference price, `follow` moves halfway to the others'
// average, `undercut` stays just under the cheapest rival while it covers cost.
import type { Action } from './actions';
import type { Company, GameState } from './state';
import type { Carrier } from './schema';
import type { World } from './world';
import { demandKey } from './world';
import { effectivePrice } from './prices';
import { toLocal } from './fx';
import { roundMoney } from './math';

/** Weeks of sales a rival keeps on hand beyond the time it takes to bring more. */
const COVER_WEEKS = 6;

/** Every seller's price of each product in each market this turn, for rivals to read. */
export type PriceBoard = Map<string, { company: string; price: number }[]>;

export function priceBoard(state: GameState, turn: number): PriceBoard {
  const board: PriceBoard = new Map();
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.bankrupt) continue;
    for (const l of c.listings) {
      const key = demandKey(l.market, l.product);
      const list = board.get(key) ?? [];
      list.push({ company: id, price: effectivePrice(l, turn) });
      board.set(key, list);
    }
  }
  return board;
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
    const d = world.demand.get(demandKey(l.market, l.product));
    const market = world.markets.get(l.market);
    const product = world.products.get(l.product);
    if (!d || !market || !product) continue;
    const others: number[] = [];
    for (const o of board.get(demandKey(l.market, l.product)) ?? []) if (o.company !== company.id) others.push(o.price);
    const base = d.referencePrice * company.priceIndex;
    let target = base;
    if (others.length > 0) {
      const mean = others.reduce((a, b) => a + b, 0) / others.length;
      const min = others.reduce((a, b) => (b < a ? b : a), Infinity);
      // A follower follows the market leader's price (the best seller last turn), or the mean without one.
      const share = shares.get(l.market);
      const leader = share?.leader != null && share.leader !== company.id ? leaderPrice(board, l.market, l.product, share.leader) : null;
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
  actions.push(...replenish(world, company));
  return actions;
}

function leaderPrice(board: PriceBoard, market: string, product: string, leader: string): number | null {
  for (const o of board.get(demandKey(market, product)) ?? []) if (o.company === leader) return o.price;
  return null;
}

/**
 * Keeps stock flowing: a warehouse holds or has on the way six weeks of last
 * turn's sales plus the sea-freight time; the China warehouse holds what the
 * factory lead time needs plus what the warehouses are short of.
 */
function replenish(world: World, company: Company): Action[] {
  const actions: Action[] = [];
  const homeNeed = new Map<string, number>();
  const shippedOut = new Map<string, number>();
  // One pass over listings, shipments and factory orders instead of a filter per product.
  const listedIn = new Map<string, Set<string>>();
  for (const l of company.listings) {
    const set = listedIn.get(l.market) ?? new Set<string>();
    set.add(l.product);
    listedIn.set(l.market, set);
  }
  const coming = new Map<string, Map<string, number>>();
  for (const s of company.shipments) {
    const at = coming.get(s.to) ?? new Map<string, number>();
    at.set(s.product, (at.get(s.product) ?? 0) + s.units);
    coming.set(s.to, at);
  }
  const pendingOrders = new Map<string, number>();
  for (const o of company.sourcing) pendingOrders.set(o.product, (pendingOrders.get(o.product) ?? 0) + o.units);
  for (const m of Object.keys(company.markets).sort()) {
    const presence = company.markets[m]!;
    const listedSet = listedIn.get(m);
    if (!listedSet) continue;
    const listed = [...listedSet].sort();
    const sold = company.lastMarketKpis[m]?.unitsSold ?? 0;
    const carrier = presence.fulfilFrom === 'home' ? null : cheapestFreight(world, m);
    const transitWeeks = carrier ? Math.ceil((carrier.transitDays[1] + carrier.customsDays[1]) / 7) : 0;
    for (const p of listed) {
      const product = world.products.get(p);
      if (!product) continue;
      const weekly = Math.max(sold / listed.length, product.moq / 8);
      const leadBuffer = Math.ceil(weekly * (product.leadTimeWeeks + 2));
      if (presence.fulfilFrom === 'home' || !carrier) {
        homeNeed.set(p, (homeNeed.get(p) ?? 0) + Math.ceil(weekly * COVER_WEEKS) + leadBuffer);
        continue;
      }
      const wh = presence.fulfilFrom;
      const held = company.stock[wh]?.[p] ?? 0;
      const gap = Math.ceil(weekly * (COVER_WEEKS + transitWeeks)) - held - (coming.get(wh)?.get(p) ?? 0);
      const atHome = company.stock.home?.[p] ?? 0;
      const units = Math.min(Math.max(0, gap), atHome);
      if (units > 0) {
        actions.push({ type: 'ship', product: p, units, to: wh, carrier: carrier.id });
        shippedOut.set(p, (shippedOut.get(p) ?? 0) + units);
      }
      homeNeed.set(p, (homeNeed.get(p) ?? 0) + Math.max(0, gap - units) + leadBuffer);
    }
  }
  for (const [p, need] of [...homeNeed.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const product = world.products.get(p)!;
    const atHome = (company.stock.home?.[p] ?? 0) - (shippedOut.get(p) ?? 0);
    const gap = need - atHome - (pendingOrders.get(p) ?? 0);
    if (gap > 0) actions.push({ type: 'orderStock', product: p, units: Math.max(product.moq, gap) });
  }
  return actions;
}

function cheapestFreight(world: World, market: string): Carrier | null {
  let best: Carrier | null = null;
  let bestCost = Infinity;
  for (const c of world.scenario.carriers) {
    if (c.service !== 'freight' || !c.markets.includes(market)) continue;
    const cost = c.perKg + c.perCbm / 100;
    if (cost < bestCost) { bestCost = cost; best = c; }
  }
  return best;
}
