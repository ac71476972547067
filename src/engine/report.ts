// The turn report (DESIGN.md §2 step 8, §7): every company's KPIs, per market too,
// the funnel with abandonment reasons, and the P&L waterfall, so the game can
// show *why* the numbers moved. Money lines are read from the ledger entries.
import type { Kpis } from './schema/kpi';
import type { Localised } from './schema';
import type { Company, GameState, MarketPresence, ResearchResult } from './state';
import { researchText } from './research';
import type { World } from './world';
import type { Arrival, SalesCell, TurnLog } from './log';
import type { LedgerEntry } from './ledger';
import type { RefusedAction } from './actions';
import { zeroKpis } from './kpis';
import { toHome } from './fx';
import { buyerReport, complaintAndChargebackRates, type BuyerReport } from './buyerReport';
import { addCell, addEntry, finishMoney, finishSales, newTally, type MoneyTally, type Tally } from './reportKpis';
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

/** A market's part of a company's report while it is built. */
interface MarketSlot {
  id: string;
  presence: MarketPresence;
  kpis: Kpis;
  /** Its money and sales sums (one record: a report builds one per company and market). */
  tally: Tally;
  funnel: Funnel;
  /** The market's cells, kept only for the buyer detail of a player's report. */
  cells: SalesCell[] | null;
  chargebackOrders: number;
  complaints: number;
}

/**
 * One company's report. `cells` and `arrivals` are the company's own, in turn order
 * (buildReport groups them once for every company).
 */
export function companyReport(state: GameState, world: World, log: TurnLog, company: Company, cells: SalesCell[], arrivals: Arrival[]): CompanyReport {
  const entries = log.journal[company.id] ?? [];
  const player = company.controller === 'player';
  const kpis = zeroKpis();
  const tally = newTally();
  // The markets it is present in, in scenario order; found by id for entries and cells.
  const slots: MarketSlot[] = [];
  const slotOf = new Map<string, MarketSlot>();
  for (const m of world.scenario.markets) {
    const p = company.markets[m.id];
    if (!p) continue;
    const slot: MarketSlot = {
      id: m.id, presence: p, kpis: zeroKpis(), tally: newTally(),
      funnel: { visitors: 0, carts: 0, checkouts: 0, orders: 0, abandoned: { price: 0, delivery: 0, payment: 0, trust: 0 } },
      cells: player ? [] : null, chargebackOrders: 0, complaints: 0,
    };
    slots.push(slot);
    slotOf.set(m.id, slot);
  }
  for (const e of entries) {
    addEntry(kpis, tally, e);
    const slot = e.market === undefined ? undefined : slotOf.get(e.market);
    if (slot) addEntry(slot.kpis, slot.tally, e);
  }
  finishMoney(kpis, tally);
  for (const slot of slots) finishMoney(slot.kpis, slot.tally);
  for (const c of cells) {
    const market = world.markets.get(c.market)!;
    const cur = world.currencies.get(market.currency)!;
    const gmv = toHome(c.price * c.unitsPerOrder * c.servedOrders, state.fx[market.currency]!, cur.decimals, world.homeDecimals);
    addCell(kpis, tally, c, gmv, market.deliveryToleranceDays);
    const slot = slotOf.get(c.market);
    if (!slot) continue;
    addCell(slot.kpis, slot.tally, c, gmv, market.deliveryToleranceDays);
    addFunnel(slot.funnel, c);
    slot.cells?.push(c);
  }
  finishSales(kpis, tally);
  for (const slot of slots) finishSales(slot.kpis, slot.tally);
  // Chargebacks and complaints over served orders (buyerReport.ts chargebackKpis), in log order.
  let chargebackOrders = 0;
  let complaints = 0;
  for (const c of log.chargebacks) {
    if (c.company !== company.id) continue;
    chargebackOrders += c.orders;
    const slot = slotOf.get(c.market);
    if (slot) slot.chargebackOrders += c.orders;
  }
  for (const c of log.complaints) {
    if (c.company !== company.id) continue;
    complaints += c.total;
    const slot = slotOf.get(c.market);
    if (slot) slot.complaints += c.total;
  }
  complaintAndChargebackRates(kpis, chargebackOrders, complaints);
  kpis.cash = company.cash;
  const markets: Record<string, Kpis> = {};
  const funnel: Record<string, Funnel> = {};
  const buyers: Record<string, BuyerReport> = {};
  let satW = 0, satSum = 0, ratingW = 0, ratingSum = 0, awareSum = 0, awareN = 0;
  for (const slot of slots) {
    const p = slot.presence;
    const mk = slot.kpis;
    complaintAndChargebackRates(mk, slot.chargebackOrders, slot.complaints);
    mk.satisfaction = p.satisfaction;
    mk.rating = p.rating;
    mk.awareness = p.awareness;
    mk.inventoryUnits = p.fulfilFrom === 'home' ? 0 : sumStock(company.stock[p.fulfilFrom]);
    markets[slot.id] = mk;
    funnel[slot.id] = slot.funnel;
    // The buyer detail is for the people playing; AI rivals' reports carry KPIs only.
    if (slot.cells) buyers[slot.id] = buyerReport(log, world.scenario.service ?? DEFAULT_SERVICE, company, slot.id, p, slot.cells, mk);
    const listed = company.listings.some((l) => l.market === slot.id);
    if (listed) { awareSum += p.awareness; awareN += 1; }
    const w = mk.orders > 0 ? mk.orders : listed ? 1 : 0;
    satW += w; satSum += w * p.satisfaction;
    ratingW += p.reviews; ratingSum += p.reviews * p.rating;
  }
  kpis.satisfaction = satW > 0 ? satSum / satW : 0;
  kpis.rating = ratingW > 0 ? ratingSum / ratingW : firstRating(company);
  kpis.awareness = awareN > 0 ? awareSum / awareN : 0;
  let inventory = 0;
  for (const loc of Object.keys(company.stock)) inventory += sumStock(company.stock[loc]);
  kpis.inventoryUnits = inventory;
  return {
    company: company.id, name: company.name, controller: company.controller,
    kpis, markets, funnel, waterfall: waterfall(tally, kpis),
    refused: log.refused[company.id] ?? [], ledger: entries, sales: cells,
    arrivals,
    buyers,
    crises: crisisViews(world, company),
    crisisOutcomes: log.crisisOutcomes[company.id] ?? [],
    alerts: alertsFor(state, world, log.fxBefore, company, markets, entries),
    research: (log.research[company.id] ?? NONE).map((r) => researchView(world, r)),
    compliance: log.compliance[company.id] ?? [],
  };
}

const NONE: never[] = [];

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

function addFunnel(f: Funnel, c: SalesCell): void {
  f.visitors += c.visitors; f.carts += c.carts; f.checkouts += c.checkouts; f.orders += c.orders;
  f.abandoned.price += c.abandoned.price; f.abandoned.delivery += c.abandoned.delivery;
  f.abandoned.payment += c.abandoned.payment; f.abandoned.trust += c.abandoned.trust;
}

/** Revenue → fees → freight → duties → ads → goods → other → profit (each step negative but the first and last). */
function waterfall(b: MoneyTally, k: Kpis): WaterfallStep[] {
  const fees = k.platformFees + k.paymentFees + k.chargebacks;
  const other = k.storageCost + k.serviceCost - k.fxGainLoss + b.otherRisk;
  return [
    { step: 'revenue', amount: k.revenue },
    { step: 'fees', amount: -fees },
    { step: 'freight', amount: -k.freightCost },
    { step: 'duties', amount: -k.dutiesAndTaxes },
    { step: 'ads', amount: -k.adSpend },
    { step: 'goods', amount: -b.goods },
    { step: 'other', amount: -other },
    { step: 'profit', amount: k.profit },
  ];
}

export function buildReport(state: GameState, world: World, log: TurnLog, cells: readonly SalesCell[]): TurnReport {
  // Each company's cells and arrivals, in turn order, in one pass over each list.
  const cellsOf = new Map<string, SalesCell[]>();
  const arrivalsOf = new Map<string, Arrival[]>();
  for (const id of state.companyOrder) { cellsOf.set(id, []); arrivalsOf.set(id, []); }
  for (const c of cells) cellsOf.get(c.company)?.push(c);
  for (const a of log.arrivals) arrivalsOf.get(a.company)?.push(a);
  const companies: Record<string, CompanyReport> = {};
  for (const id of state.companyOrder) companies[id] = companyReport(state, world, log, state.companies[id]!, cellsOf.get(id)!, arrivalsOf.get(id)!);
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
