// The operating loop shared by the balanced and aggressive bots: follow the entry
// plan, offer the planned payment methods, fulfil by parcel until the overseas
// warehouse is stocked, price each listing, keep stock flowing (factory → China
// warehouse → overseas warehouse) and advertise, all within the cash on hand.
import type { Action, Company, Listing as ShelfListing, Product, Scenario, StudentView } from '../engine';
import { Quote, type Route, dutyRateOf, freightFor, transitWeeks } from './costs';
import { type MarketPlan, type Plan, type Style, planFor } from './plan';
import { bestPrice, movedEnough } from './pricing';
import { Budget, baseDemand, demandOver, marketPrior, routeAdjustment } from './stock';
import { type Lookup, goingPrice, listingIndex, lookup, peakAhead, referencePrice, seasonAt, stockAt } from './world';
import { arrivingNext, inTransitTo, onOrder } from './pipeline';

export interface Turn {
  lk: Lookup;
  view: StudentView;
  plan: Plan;
  style: Style;
  /** The turn being decided (view.turn + 1). */
  next: number;
  budget: Budget;
  /** Base weekly demand by planned market, in the order of its products (weeklyDemand). */
  weekly: Map<MarketPlan, number[]>;
}

export interface Hooks {
  /** Weekly ad budget for a planned market (home minor units). */
  ads(t: Turn, mp: MarketPlan): number;
  /** Extra actions for a listing just priced (e.g. a discount). */
  promote?(t: Turn, mp: MarketPlan, listing: { channel: string; product: string; price: number; current: ShelfListing | undefined }): Action[];
}

export function presenceOf(view: StudentView, market: string): Company['markets'][string] | undefined {
  return Object.hasOwn(view.company.markets, market) ? view.company.markets[market] : undefined;
}

/**
 * The route a market is fulfilled by this turn: the warehouse once it can serve at
 * least as many of the planned products as the China warehouse can (all products
 * of a market ship from one place).
 */
function currentRoute(t: Turn, mp: MarketPlan): Route {
  if (!mp.parcel) return mp.warehouse!; // the plan has one route or the other
  const parcel: Route = { kind: 'parcel', carrier: mp.parcel };
  if (!mp.warehouse) return parcel;
  const id = mp.warehouse.warehouse.id;
  let there = 0;
  let home = 0;
  for (const p of mp.products) {
    if (stockAt(t.view, id, p.id) + arrivingNext(t.view, id, p.id) > 0) there += 1;
    if (stockAt(t.view, 'home', p.id) + arrivingNext(t.view, 'home', p.id) > 0) home += 1;
  }
  return there > 0 && there >= home ? mp.warehouse : parcel;
}

function locationOf(route: Route): string {
  return route.kind === 'warehouse' ? route.warehouse.id : 'home';
}

export function operate(view: StudentView, scenario: Scenario, style: Style, hooks: Hooks): Action[] {
  if (view.company.bankrupt || view.turnsLeft <= 0) return [];
  const lk = lookup(scenario);
  const plan = planFor(scenario, style);
  const t: Turn = { lk, view, plan, style, next: view.turn + 1, budget: new Budget(view.company.cash, style.reserve), weekly: new Map() };
  const routes = new Map(plan.markets.map((mp) => [mp.market.id, currentRoute(t, mp)]));
  for (const mp of plan.markets) t.weekly.set(mp, weeklyDemand(t, mp, routes));
  t.budget = new Budget(view.company.cash, reserveFor(t, routes));
  const listed = new Set<string>();
  const listings = pricing(t, routes, hooks, listed);
  const ads = adActions(t, hooks, listed);
  const setup = payments(t);
  const fulfil = fulfilment(t, routes);
  const ships = shipping(t);
  const orders = sourcing(t, ships);
  return [...setup, ...fulfil, ...listings, ...ships, ...orders, ...ads];
}

/**
 * Cash to keep: the style's buffer plus two weeks of the costs paid in cash as
 * orders ship (postage, parcel duty, fees per order, storage, subscriptions, as
 * last week's ledger shows), scaled up when a peak is coming — sales money
 * arrives only after the marketplace's payout delay.
 */
function reserveFor(t: Turn, routes: Map<string, Route>): number {
  const { lk, view, plan, style } = t;
  const report = view.lastReport;
  let costs = 0;
  if (report) {
    for (const e of report.ledger) {
      if (e.credit !== 'cash' || e.debit === 'inventory' || e.debit === 'ads' || PLANNED.has(e.memo)) continue;
      costs += e.amount;
    }
  }
  let ratio = 1;
  let expected = 0;
  const quote = new Quote(); // set up again for each product
  for (const mp of plan.markets) {
    ratio = Math.max(ratio, peakAhead(lk, mp.market, t.next, t.next + 1) / seasonAt(lk, mp.market, Math.max(1, view.turn)));
    const route = routes.get(mp.market.id)!;
    const ch = mp.channels[0];
    if (!ch) continue;
    const base = t.weekly.get(mp)!;
    for (let i = 0; i < mp.products.length; i += 1) {
      const p = mp.products[i]!;
      const ref = referencePrice(lk, mp.market.id, p.id) ?? 0;
      const e = quote.setUp(lk, view.fx, mp.market, p, ch, route, mp.methods).at(ref);
      expected += base[i]! * seasonAt(lk, mp.market, t.next) * e.cashOut;
    }
  }
  return style.reserve + 2 * Math.max(costs * ratio, expected);
}

/** Cash entries of the seller's own one-off decisions, left out of the running costs. */
const PLANNED = new Set(['freight to warehouse', 'import duty', 'payment method setup']);

function adActions(t: Turn, hooks: Hooks, listed: Set<string>): Action[] {
  const out: Action[] = [];
  const planned = new Set(t.plan.markets.map((mp) => mp.market.id));
  for (const mp of t.plan.markets) {
    const want = listed.has(mp.market.id) ? Math.max(0, Math.round(hooks.ads(t, mp))) : 0;
    const weekly = Math.floor(Math.min(want, Math.max(0, t.budget.free)));
    const current = presenceOf(t.view, mp.market.id)?.adBudget ?? 0;
    t.budget.spend(weekly);
    if (movedEnough(current, weekly, 0.1) && !(current === 0 && weekly === 0)) out.push({ type: 'setAdBudget', market: mp.market.id, weekly });
  }
  for (const id of Object.keys(t.view.company.markets).sort()) {
    if (!planned.has(id) && (presenceOf(t.view, id)?.adBudget ?? 0) > 0) out.push({ type: 'setAdBudget', market: id, weekly: 0 });
  }
  return out;
}

function payments(t: Turn): Action[] {
  const out: Action[] = [];
  for (const mp of t.plan.markets) {
    const current = presenceOf(t.view, mp.market.id)?.payments ?? [];
    const methods = [...current];
    for (const id of mp.methods) {
      if (methods.includes(id)) continue;
      if (t.budget.spend(t.lk.payments.get(id)?.setupCost ?? 0)) methods.push(id);
    }
    if (methods.length !== current.length) out.push({ type: 'setPayments', market: mp.market.id, methods });
  }
  return out;
}

function fulfilment(t: Turn, routes: Map<string, Route>): Action[] {
  const out: Action[] = [];
  for (const mp of t.plan.markets) {
    const route = routes.get(mp.market.id)!;
    const p = presenceOf(t.view, mp.market.id);
    if (route.kind === 'warehouse') {
      if (p?.fulfilFrom !== route.warehouse.id) out.push({ type: 'setFulfilment', market: mp.market.id, from: route.warehouse.id });
    } else if (!p || p.fulfilFrom !== 'home' || p.parcelCarrier !== route.carrier.id) {
      out.push({ type: 'setFulfilment', market: mp.market.id, from: 'home', carrier: route.carrier.id });
    }
  }
  return out;
}

function pricing(t: Turn, routes: Map<string, Route>, hooks: Hooks, listed: Set<string>): Action[] {
  const out: Action[] = [];
  const { view, lk } = t;
  const shelf = view.company.listings;
  const keep: boolean[] = new Array(shelf.length); // by position on the shelf: the listings that stay up
  for (const mp of t.plan.markets) {
    const route = routes.get(mp.market.id)!;
    const methods = presenceOf(view, mp.market.id)?.payments ?? [];
    const where = locationOf(route);
    for (const p of mp.products) {
      const have = stockAt(view, where, p.id) + arrivingNext(t.view, where, p.id);
      const anchor = goingPrice(lk, view, mp.market.id, p.id);
      for (const ch of mp.channels) {
        const choice = have > 0
          ? bestPrice(lk, view.fx, { market: mp.market, product: p, channel: ch, route, methods: methods.length > 0 ? methods : mp.methods }, anchor, t.style.ratios, t.style.minMargin)
          : null;
        const at = listingIndex(lk, view, mp.market.id, ch.id, p.id);
        const current = at < 0 ? undefined : shelf[at];
        if (!choice) {
          if (t.style.keepSoldOut && have <= 0 && current) keep[at] = true;
          continue;
        }
        if (current) keep[at] = true;
        listed.add(mp.market.id);
        if (!current || movedEnough(current.price, choice.price)) {
          out.push({ type: 'setPrice', market: mp.market.id, channel: ch.id, product: p.id, price: choice.price });
        }
        if (hooks.promote) out.push(...hooks.promote(t, mp, { channel: ch.id, product: p.id, price: choice.price, current }));
      }
    }
  }
  const delists: Action[] = [];
  for (let i = 0; i < shelf.length; i += 1) {
    const l = shelf[i]!;
    if (!keep[i]) delists.push({ type: 'delist', market: l.market, channel: l.channel, product: l.product });
  }
  return [...delists, ...out];
}

/**
 * Base weekly demand of each of a planned market's products, on the route it is
 * heading for: worked out once a turn, in the order of mp.products, for the
 * reserve, shipping and sourcing to read.
 */
function weeklyDemand(t: Turn, mp: MarketPlan, routes: Map<string, Route>): number[] {
  const now = routes.get(mp.market.id)!;
  const target: Route = mp.warehouse ?? now;
  const prior = marketPrior(t.lk, t.view, mp.market, t.style.priorUnits);
  const adjust = routeAdjustment(mp.market, target, now);
  return mp.products.map((p) => baseDemand(t.lk, t.view, mp.market, p, adjust, prior));
}

function shipping(t: Turn): Action[] {
  const out: Action[] = [];
  const home = new Map(t.plan.products.map((p) => [p.id, stockAt(t.view, 'home', p.id)]));
  for (const mp of t.plan.markets) {
    const w = mp.warehouse;
    if (!w) continue;
    const tw = transitWeeks(w.carrier);
    if (t.next + tw - 1 > t.lk.scenario.turns) continue;
    const base = t.weekly.get(mp)!;
    const needs = mp.products.map((p, i) => {
      const need = demandOver(t.lk, mp.market, base[i]!, t.next, t.next + tw + t.style.coverWeeks);
      const position = stockAt(t.view, w.warehouse.id, p.id) + inTransitTo(t.view, w.warehouse.id, p.id);
      return { p, weekly: base[i]!, need, position };
    });
    if (!needs.some((n) => n.position < n.need)) continue;
    for (const { p, weekly, need, position } of needs) {
      const avail = home.get(p.id) ?? 0;
      const toEnd = demandOver(t.lk, mp.market, weekly, t.next, t.lk.scenario.turns);
      let units = Math.min(avail, Math.ceil(Math.min(need * 1.5, toEnd) - position));
      if (units < Math.max(1, need * 0.25)) continue;
      const cost = (u: number) => freightFor(w.carrier, p, u) * 1.6 + p.unitCost * u * (dutyRateOf(mp.market, p) + 0.2);
      while (units > 0 && cost(units) > t.budget.free) units = Math.floor(units / 2);
      if (units < Math.max(1, need * 0.25) || !t.budget.spend(cost(units))) continue;
      home.set(p.id, avail - units);
      out.push({ type: 'ship', product: p.id, units, to: w.warehouse.id, carrier: w.carrier.id });
    }
  }
  return out;
}

function sourcing(t: Turn, ships: Action[]): Action[] {
  const wanted: { p: Product; units: number; cover: number }[] = [];
  for (const p of t.plan.products) {
    if (t.next + p.leadTimeWeeks > t.lk.scenario.turns - 1) continue;
    let need = 0;
    for (const mp of t.plan.markets) {
      const i = mp.products.indexOf(p);
      if (i < 0) continue;
      const base = t.weekly.get(mp)![i]!;
      if (mp.warehouse) {
        const wid = mp.warehouse.warehouse.id;
        const horizon = p.leadTimeWeeks + transitWeeks(mp.warehouse.carrier) + t.style.coverWeeks;
        const positioned = stockAt(t.view, wid, p.id) + inTransitTo(t.view, wid, p.id);
        need += Math.max(0, demandOver(t.lk, mp.market, base, t.next, t.next + horizon) - positioned);
      } else {
        need += demandOver(t.lk, mp.market, base, t.next, t.next + p.leadTimeWeeks + t.style.coverWeeks);
      }
    }
    let shipped = 0;
    for (const a of ships) if (a.type === 'ship' && a.product === p.id) shipped += a.units;
    const pipeline = stockAt(t.view, 'home', p.id) + onOrder(t.view, p.id) - shipped;
    if (pipeline < need) wanted.push({ p, units: Math.max(p.moq, Math.ceil(need - pipeline)), cover: pipeline / need });
  }
  // Within the share of free cash the style puts into stock each week, every
  // product gets the same fraction of what it needs, the scarcest first; one
  // that cannot get its MOQ waits.
  wanted.sort((a, b) => a.cover - b.cover || (a.p.id < b.p.id ? -1 : 1));
  const total = wanted.reduce((a, w) => a + w.p.unitCost * w.units, 0);
  let spendable = Math.max(0, t.budget.free) * t.style.stockShare;
  const scale = total > spendable ? spendable / total : 1;
  const out: Action[] = [];
  for (const w of wanted) {
    const units = Math.max(w.p.moq, Math.floor(w.units * scale));
    const cost = w.p.unitCost * units;
    if (cost > spendable || !t.budget.spend(cost)) continue;
    spendable -= cost;
    out.push({ type: 'orderStock', product: w.p.id, units });
  }
  return out;
}
