// AI rivals (DESIGN.md §2: "AI competitors keep the world alive"). Each is a
// company like the student's, deciding with the same actions and refused by the
// same rules. Strategies (seed 004 §2 价格竞争策略): `premium` and `niche` hold a
// price index over the reference price, `follow` moves halfway to the others'
// average, `undercut` stays just under the cheapest rival while it covers cost.
import type { Action } from './actions';
import type { Company, GameState } from './state';
import type { World } from './world';
import { demandKey } from './world';
import { effectivePrice } from './prices';
import { toLocal } from './fx';
import { roundMoney } from './math';

const COVER_WEEKS = 6;

export function rivalActions(state: GameState, world: World, company: Company, turn: number): Action[] {
  const actions: Action[] = [];
  for (const l of company.listings) {
    const d = world.demand.get(demandKey(l.market, l.product));
    const market = world.markets.get(l.market);
    const product = world.products.get(l.product);
    if (!d || !market || !product) continue;
    const others: number[] = [];
    for (const id of state.companyOrder) {
      if (id === company.id) continue;
      for (const o of state.companies[id]!.listings) {
        if (o.market === l.market && o.product === l.product) others.push(effectivePrice(o, turn));
      }
    }
    const base = d.referencePrice * company.priceIndex;
    let target = base;
    if (others.length > 0) {
      const mean = others.reduce((a, b) => a + b, 0) / others.length;
      const min = others.reduce((a, b) => (b < a ? b : a), Infinity);
      if (company.strategy === 'follow') target = (base + mean) / 2;
      if (company.strategy === 'undercut') target = Math.min(base, min * 0.97);
    }
    // Never below 1.3 × factory cost in local money: rivals do not sell at a loss on purpose.
    const rate = state.fx[market.currency] ?? 0;
    const cur = world.currencies.get(market.currency);
    const floor = rate > 0 && cur ? toLocal(product.unitCost * 1.3, rate, cur.decimals, world.homeDecimals) : 1;
    const price = Math.max(floor, roundMoney(target));
    if (Math.abs(price - l.price) > l.price * 0.01) {
      actions.push({ type: 'setPrice', market: l.market, channel: l.channel, product: l.product, price });
    }
  }
  actions.push(...replenish(world, company));
  return actions;
}

/** Keeps about six weeks of last turn's sales at each fulfilling location. */
function replenish(world: World, company: Company): Action[] {
  const actions: Action[] = [];
  const homeNeed = new Map<string, number>();
  const markets = Object.keys(company.markets).sort();
  for (const m of markets) {
    const presence = company.markets[m]!;
    const listed = [...new Set(company.listings.filter((l) => l.market === m).map((l) => l.product))].sort();
    if (listed.length === 0) continue;
    const sold = company.lastMarketKpis[m]?.unitsSold ?? 0;
    for (const p of listed) {
      const product = world.products.get(p);
      if (!product) continue;
      const weekly = Math.max(sold / listed.length, product.moq / 8);
      const want = Math.ceil(weekly * COVER_WEEKS);
      if (presence.fulfilFrom === 'home') {
        homeNeed.set(p, (homeNeed.get(p) ?? 0) + want);
        continue;
      }
      const wh = presence.fulfilFrom;
      const held = company.stock[wh]?.[p] ?? 0;
      const coming = company.shipments.filter((s) => s.to === wh && s.product === p).reduce((a, s) => a + s.units, 0);
      const gap = want - held - coming;
      const atHome = company.stock.home?.[p] ?? 0;
      const carrier = cheapestFreight(world, m);
      if (gap > 0 && carrier) {
        const units = Math.min(gap, atHome);
        if (units > 0) actions.push({ type: 'ship', product: p, units, to: wh, carrier });
      }
      homeNeed.set(p, (homeNeed.get(p) ?? 0) + Math.max(0, gap));
    }
  }
  for (const [p, need] of [...homeNeed.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const product = world.products.get(p)!;
    const atHome = company.stock.home?.[p] ?? 0;
    const pending = company.sourcing.filter((s) => s.product === p).reduce((a, s) => a + s.units, 0);
    const gap = need - atHome - pending;
    if (gap > 0) actions.push({ type: 'orderStock', product: p, units: Math.max(product.moq, gap) });
  }
  return actions;
}

function cheapestFreight(world: World, market: string): string | null {
  let best: string | null = null;
  let bestCost = Infinity;
  for (const c of world.scenario.carriers) {
    if (c.service !== 'freight' || !c.markets.includes(market)) continue;
    const cost = c.perKg + c.perCbm / 100;
    if (cost < bestCost) { bestCost = cost; best = c.id; }
  }
  return best;
}
