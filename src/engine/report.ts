// The turn report (DESIGN.md §2 step 8, §7): every company's KPIs, per market too,
// the funnel with abandonment reasons, and the P&L waterfall, so the game can
// show *why* the numbers moved. Money lines are read from the ledger entries.
import type { Kpis } from './schema/kpi';
import type { Localised } from './schema';
import type { Company, GameState, ResearchResult } from './state';
import { researchText } from './research';
import type { World } from './world';
import type { Arrival, SalesCell, TurnLog } from './log';
import type { LedgerEntry } from './ledger';
import type { RefusedAction } from './actions';
import { zeroKpis } from './kpis';
import { toHome } from './fx';
import { buyerReport, chargebackKpis, type BuyerReport } from './buyerReport';
import { DEFAULT_SERVICE } from './service';
import { crisisViews, type CrisisView } from './crises';
import { alertsFor, type Alert } from './alerts';

export interface Funnel {
  visitors: number; carts: number; checkouts: number; orders: number;
  abandoned: { price: number; delivery: number; payment: number; trust: number };
}

export interface WaterfallStep { step: 'revenue' | 'fees' | 'freight' | 'duties' | 'ads' | 'goods' | 'other' | 'profit'; amount: number }

export interface CompanyReport {
  company: string;
  name: Localised;
  controller: Company['controller'];
  kpis: Kpis;
  markets: Record<string, Kpis>;
  funnel: Record<string, Funnel>;
  waterfall: WaterfallStep[];
  refused: RefusedAction[];
  ledger: LedgerEntry[];
  sales: SalesCell[];
  arrivals: Arrival[];
  /** Per market: payments, marketing, promotions (buyerReport.ts); empty for AI rivals. */
  buyers: Record<string, BuyerReport>;
  /** The company's open crises after the turn, answered or not (crises.ts). */
  crises: CrisisView[];
  /** What became of its crises this turn: opened, answered, worked or not, ended. */
  crisisOutcomes: Localised[];
  /** Early-warning indicators past a threshold (alerts.ts; lesson 20). */
  alerts: Alert[];
  /** Research delivered this turn (research.ts): estimates of hidden demand with their stated error. */
  research: ResearchView[];
  /** What compliance, insurance and the team brought this turn: takedowns, suspensions, penalties, claims (phases/risk.ts). */
  compliance: Localised[];
}

/** A research result as the student sees it: `error` is ± one standard error, in the estimate's unit. */
export interface ResearchView { id: string; kind: string; measure: string; market: string; product?: string; text: Localised; estimate: number; error: number; turn: number }

export function researchView(world: World, r: ResearchResult): ResearchView {
  const v: ResearchView = { id: r.id, kind: r.kind, measure: r.measure, market: r.market, text: researchText(world, r), estimate: r.estimate, error: r.error, turn: r.turn };
  if (r.product !== undefined) v.product = r.product;
  return v;
}

export interface TurnReport {
  turn: number;
  week: number;
  seasons: Record<string, string | null>;
  /** Home-currency units per local unit, as decimals for display. */
  fx: Record<string, number>;
  events: { started: string[]; ended: string[]; active: string[] };
  messages: Localised[];
  news: Localised[];
  companies: Record<string, CompanyReport>;
  finished: boolean;
  endReason: Localised | null;
}

function moneyKpis(k: Kpis, entries: readonly LedgerEntry[]): void {
  let cogs = 0;
  let writeOffs = 0;
  let risk = 0; // crises, compliance, insurance: no KPI of its own, so in profit (and the waterfall's "other")
  for (const e of entries) {
    const a = e.amount;
    switch (e.debit) {
      case 'platformFees': k.platformFees += a; break;
      case 'paymentFees': k.paymentFees += a; break;
      case 'freight': k.freightCost += a; break;
      case 'duties': case 'vat': k.dutiesAndTaxes += a; break;
      case 'ads': k.adSpend += a; break;
      case 'storage': k.storageCost += a; break;
      case 'chargebacks': k.chargebacks += a; break;
      case 'service': k.serviceCost += a; break;
      case 'risk': case 'overheads': risk += a; break; // overheads: research and salaries (phases/risk.ts)
      case 'cogs': cogs += a; break;
      case 'writeOffs': writeOffs += a; break;
      case 'fxGainLoss': k.fxGainLoss -= a; break;
      case 'cash': k.cash += a; break;
      default: break;
    }
    if (e.credit === 'revenue') k.revenue += a;
    if (e.credit === 'fxGainLoss') k.fxGainLoss += a;
    if (e.credit === 'risk') risk -= a; // insurance claims paid out
    if (e.credit === 'cash') k.cash -= a;
  }
  k.profit = k.revenue - k.platformFees - k.paymentFees - k.freightCost - k.dutiesAndTaxes - k.adSpend - k.storageCost - k.chargebacks - k.serviceCost - cogs - writeOffs - risk + k.fxGainLoss;
  k.grossMargin = k.revenue > 0 ? (k.revenue - k.dutiesAndTaxes - cogs) / k.revenue : 0;
}

interface Tally { placed: number; carts: number; days: number; returning: number; lost: number; returned: number; late: number }

function salesKpis(k: Kpis, t: Tally, cells: readonly SalesCell[], state: GameState, world: World): void {
  for (const c of cells) {
    const market = world.markets.get(c.market)!;
    const cur = world.currencies.get(market.currency)!;
    const upo = c.unitsPerOrder;
    k.gmv += toHome(c.price * upo * c.servedOrders, state.fx[market.currency]!, cur.decimals, world.homeDecimals);
    k.orders += c.servedOrders;
    k.unitsSold += c.unitsSold;
    k.visitors += c.visitors;
    k.stockouts += c.stockoutOrders;
    k.newCustomers += Math.max(0, c.servedOrders - c.returningOrders);
    t.placed += c.orders;
    t.carts += c.carts;
    t.days += c.deliveryDays * c.servedOrders;
    t.returning += Math.min(c.returningOrders, c.servedOrders);
    t.lost += c.lostOrders;
    t.returned += c.returnedOrders;
    if (c.deliveryDays > market.deliveryToleranceDays) t.late += c.servedOrders;
  }
  const served = k.orders;
  k.conversionRate = k.visitors > 0 ? k.orders / k.visitors : 0;
  k.checkoutAbandonment = t.carts > 0 ? 1 - t.placed / t.carts : 0;
  k.aov = served > 0 ? Math.round(k.gmv / served) : 0;
  k.repeatRate = served > 0 ? t.returning / served : 0;
  k.deliveryDays = served > 0 ? t.days / served : 0;
  k.returnRate = served > 0 ? t.returned / served : 0;
  // Complaints: lost parcels always, half of returns, and one in ten late orders.
  k.complaintRate = served > 0 ? Math.min(1, (t.lost + 0.5 * t.returned + 0.1 * t.late) / served) : 0;
}

function emptyTally(): Tally { return { placed: 0, carts: 0, days: 0, returning: 0, lost: 0, returned: 0, late: 0 }; }

function byMarket<T>(items: readonly T[], marketOf: (x: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const m = marketOf(x);
    if (m === undefined) continue;
    const list = out.get(m);
    if (list) list.push(x); else out.set(m, [x]);
  }
  return out;
}

const NONE: never[] = [];

export function companyReport(state: GameState, world: World, log: TurnLog, company: Company, allCells: readonly SalesCell[]): CompanyReport {
  const cells = allCells.filter((c) => c.company === company.id);
  const entries = log.journal[company.id] ?? [];
  const cellsByMarket = byMarket(cells, (c) => c.market);
  const entriesByMarket = byMarket(entries, (e) => e.market);
  const kpis = zeroKpis();
  moneyKpis(kpis, entries);
  salesKpis(kpis, emptyTally(), cells, state, world);
  chargebackKpis(kpis, log, company.id);
  kpis.cash = company.cash;
  const markets: Record<string, Kpis> = {};
  const funnel: Record<string, Funnel> = {};
  const buyers: Record<string, BuyerReport> = {};
  let satW = 0, satSum = 0, ratingW = 0, ratingSum = 0, awareSum = 0, awareN = 0;
  for (const m of world.scenario.markets) {
    const p = company.markets[m.id];
    if (!p) continue;
    const mk = zeroKpis();
    const mc = cellsByMarket.get(m.id) ?? NONE;
    moneyKpis(mk, entriesByMarket.get(m.id) ?? NONE);
    salesKpis(mk, emptyTally(), mc, state, world);
    chargebackKpis(mk, log, company.id, m.id);
    mk.satisfaction = p.satisfaction;
    mk.rating = p.rating;
    mk.awareness = p.awareness;
    mk.inventoryUnits = p.fulfilFrom === 'home' ? 0 : sumStock(company.stock[p.fulfilFrom]);
    markets[m.id] = mk;
    funnel[m.id] = funnelOf(mc);
    // The buyer detail is for the people playing; AI rivals' reports carry KPIs only.
    if (company.controller === 'player') buyers[m.id] = buyerReport(log, world.scenario.service ?? DEFAULT_SERVICE, company, m.id, p, mc, mk);
    const listed = company.listings.some((l) => l.market === m.id);
    if (listed) { awareSum += p.awareness; awareN += 1; }
    const w = mk.orders > 0 ? mk.orders : listed ? 1 : 0;
    satW += w; satSum += w * p.satisfaction;
    ratingW += p.reviews; ratingSum += p.reviews * p.rating;
  }
  kpis.satisfaction = satW > 0 ? satSum / satW : 0;
  kpis.rating = ratingW > 0 ? ratingSum / ratingW : firstRating(company);
  kpis.awareness = awareN > 0 ? awareSum / awareN : 0;
  kpis.inventoryUnits = Object.keys(company.stock).reduce((a, loc) => a + sumStock(company.stock[loc]), 0);
  return {
    company: company.id, name: company.name, controller: company.controller,
    kpis, markets, funnel, waterfall: waterfall(entries, kpis),
    refused: log.refused[company.id] ?? [], ledger: entries, sales: cells,
    arrivals: log.arrivals.filter((a) => a.company === company.id),
    buyers,
    crises: crisisViews(world, company),
    crisisOutcomes: log.crisisOutcomes[company.id] ?? [],
    alerts: alertsFor(state, world, log.fxBefore, company, markets, entries),
    research: (log.research[company.id] ?? NONE).map((r) => researchView(world, r)),
    compliance: log.compliance[company.id] ?? [],
  };
}

function firstRating(c: Company): number {
  const ids = Object.keys(c.markets).sort();
  return ids.length > 0 ? c.markets[ids[0]!]!.rating : 0;
}

function sumStock(at: Record<string, number> | undefined): number {
  if (!at) return 0;
  let n = 0;
  for (const k of Object.keys(at)) n += at[k] ?? 0;
  return n;
}

function funnelOf(cells: readonly SalesCell[]): Funnel {
  const f: Funnel = { visitors: 0, carts: 0, checkouts: 0, orders: 0, abandoned: { price: 0, delivery: 0, payment: 0, trust: 0 } };
  for (const c of cells) {
    f.visitors += c.visitors; f.carts += c.carts; f.checkouts += c.checkouts; f.orders += c.orders;
    f.abandoned.price += c.abandoned.price; f.abandoned.delivery += c.abandoned.delivery;
    f.abandoned.payment += c.abandoned.payment; f.abandoned.trust += c.abandoned.trust;
  }
  return f;
}

/** Revenue → fees → freight → duties → ads → goods → other → profit (each step negative but the first and last). */
function waterfall(entries: readonly LedgerEntry[], k: Kpis): WaterfallStep[] {
  let goods = 0;
  let risk = 0;
  for (const e of entries) {
    if (e.debit === 'cogs' || e.debit === 'writeOffs') goods += e.amount;
    else if (e.debit === 'risk' || e.debit === 'overheads') risk += e.amount;
    else if (e.credit === 'risk') risk -= e.amount;
  }
  const fees = k.platformFees + k.paymentFees + k.chargebacks;
  const other = k.storageCost + k.serviceCost - k.fxGainLoss + risk;
  return [
    { step: 'revenue', amount: k.revenue },
    { step: 'fees', amount: -fees },
    { step: 'freight', amount: -k.freightCost },
    { step: 'duties', amount: -k.dutiesAndTaxes },
    { step: 'ads', amount: -k.adSpend },
    { step: 'goods', amount: -goods },
    { step: 'other', amount: -other },
    { step: 'profit', amount: k.profit },
  ];
}

export function buildReport(state: GameState, world: World, log: TurnLog, cells: readonly SalesCell[]): TurnReport {
  const companies: Record<string, CompanyReport> = {};
  for (const id of state.companyOrder) companies[id] = companyReport(state, world, log, state.companies[id]!, cells);
  const seasons: Record<string, string | null> = {};
  for (const m of world.scenario.markets) seasons[m.id] = world.seasonNameByWeek.get(m.id)![log.week] ?? null;
  const fx: Record<string, number> = {};
  for (const c of world.scenario.currencies) fx[c.code] = (state.fx[c.code] ?? 0) / 1e9;
  return {
    turn: log.turn, week: log.week, seasons, fx,
    events: { started: log.eventsStarted, ended: log.eventsEnded, active: state.events.map((e) => e.id) },
    messages: log.messages, news: log.news, companies,
    finished: state.finished, endReason: state.endReason,
  };
}
