// The turn report (DESIGN.md §2 step 8, §7): every company's KPIs, per market too,
// the funnel with abandonment reasons, and the P&L waterfall, so the game can
// show *why* the numbers moved. Money lines are read from the ledger entries.
import type { Kpis } from './schema/kpi';
import type { Localised } from './schema';
import type { Company, GameState, ResearchResult } from './state';
import { researchText } from './research';
import type { World } from './world';
import { chargebackOrders, complaintCount, type Arrival, type SalesCell, type TurnLog } from './log';
import type { LedgerEntry } from './ledger';
import type { RefusedAction } from './actions';
import { zeroKpis } from './kpis';
import { toHome } from './fx';
import { buyerReport, complaintAndChargebackRates, type BuyerReport } from './buyerReport';
import { addCell, addEntries, clearTally, finishMoney, finishSales, newTally, type MoneyTally, type Tally } from './reportKpis';
import { crisisView, crisisViews, type CrisisView } from './crises';
import { alertsFor, type Alert } from './alerts';
import { smallInteger } from './math';
import { apportionReasons } from './funnel';
import { cashBridge, waterfallParts, type CashBridge, type CostStep, type WaterfallPart } from './moneyDetail';
import { canDeliver, listsIn } from './company';

/** A market's funnel: rounded expected visitors, carts and checkouts, the orders placed, and reasons that add up to carts − orders (funnel.ts apportionReasons). */
export interface Funnel {
  visitors: number; carts: number; checkouts: number; orders: number;
  abandoned: { price: number; delivery: number; payment: number; trust: number };
}

export interface WaterfallStep {
  step: 'revenue' | 'fees' | 'freight' | 'duties' | 'ads' | 'goods' | 'other' | 'profit';
  amount: number;
  /** A cost step's lines by what the money was for, summing to `amount` (moneyDetail.ts); only in a full report of a player's company. */
  parts?: WaterfallPart[];
}

export interface CompanyReport {
  company: string;
  name: Localised;
  controller: Company['controller'];
  kpis: Kpis;
  markets: Record<string, Kpis>;
  funnel: Record<string, Funnel>;
  waterfall: WaterfallStep[];
  /** Profit to the change in cash (moneyDetail.ts); null in a scoring report and for AI rivals. */
  cashBridge: CashBridge | null;
  /**
   * Markets where the company lists products but cannot deliver — parcels from home
   * with no carrier chosen, or an unknown warehouse — so it gets no visitors there
   * (phases/demand.ts). Empty in a scoring report.
   */
  undeliverable: string[];
  refused: RefusedAction[];
  ledger: LedgerEntry[];
  sales: SalesCell[];
  arrivals: Arrival[];
  /** Per market: payments, marketing, promotions (buyerReport.ts); empty for AI rivals. */
  buyers: Record<string, BuyerReport>;
  /** The company's open crises after the turn, answered or not (crises.ts). */
  crises: CrisisView[];
  /** Its crises that ended this turn, with the answer chosen if any: one answered this turn may end at once. */
  crisesEnded: CrisisView[];
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
  /** Problems of the scenario's script in this turn, for instructors and the CLI (each is also a message to the student). */
  scriptProblems: string[];
  news: Localised[];
  companies: Record<string, CompanyReport>;
  finished: boolean;
  endReason: Localised | null;
}

/**
 * One company's report. `cells` and `arrivals` are the company's own, in turn order
 * (buildReport groups them once for every company). The company's KPIs sum all its
 * entries and cells; then each market it is present in, in scenario order, sums
 * its own, with the same tally cleared (reportKpis.ts).
 */
export function companyReport(
  state: GameState, world: World, log: TurnLog, company: Company, cells: SalesCell[], arrivals: Arrival[], detail: ReportDetail = 'full',
): CompanyReport {
  const full = detail === 'full';
  const entries = log.journal[company.id] ?? [];
  const tally = newTally();
  const kpis = zeroKpis();
  addEntries(kpis, tally, entries, undefined);
  finishMoney(kpis, tally);
  // The waterfall reads the company's money tally before the markets reuse it.
  // The lines of each step and the cash bridge are for the people playing (reportMoney.ts shows them); rivals' reports carry KPIs.
  const detailed = full && company.controller === 'player';
  const steps = full ? waterfall(tally, kpis, detailed ? waterfallParts(entries) : null) : [];
  const gmv = servedValues(state, world, cells);
  addCells(kpis, tally, cells, gmv, undefined, null);
  finishSales(kpis, tally);
  complaintAndChargebackRates(kpis, chargebackOrders(log, company.id, undefined), complaintCount(log, company.id, undefined));
  // The entries' cash in less cash out, before the KPI becomes the balance: the cash-runway alert reads it.
  const cashFlow = kpis.cash;
  kpis.cash = company.cash;
  const markets: Record<string, Kpis> = {};
  const undeliverable: string[] = [];
  const funnel: Record<string, Funnel> = {};
  const buyers: Record<string, BuyerReport> = {};
  let satW = 0, satSum = 0, ratingW = 0, ratingSum = 0, awareSum = 0, awareN = 0;
  // Index loops over the scenario's lists here and in buildReport: they are frozen,
  // and V8 (Node 20) walks a frozen array with for…of through a result object per
  // element (1.6 KB a turn for this loop alone).
  const all = world.scenario.markets;
  for (let i = 0; i < all.length; i += 1) {
    const m = all[i]!;
    const p = company.markets[m.id];
    if (!p) continue;
    clearTally(tally);
    const mk = zeroKpis();
    addEntries(mk, tally, entries, m.id);
    finishMoney(mk, tally);
    const f = full ? newFunnel() : null;
    addCells(mk, tally, cells, gmv, m.id, f);
    finishSales(mk, tally);
    complaintAndChargebackRates(mk, chargebackOrders(log, company.id, m.id), complaintCount(log, company.id, m.id));
    mk.satisfaction = p.satisfaction;
    mk.rating = p.rating;
    mk.awareness = p.awareness;
    mk.inventoryUnits = p.fulfilFrom === 'home' || !Object.hasOwn(company.stock, p.fulfilFrom) ? 0 : sumStock(company.stock[p.fulfilFrom]);
    markets[m.id] = mk;
    if (f !== null) { apportionReasons(f); funnel[m.id] = f; }
    // The buyer detail is for the people playing; AI rivals' reports carry KPIs only.
    if (full && company.controller === 'player') buyers[m.id] = buyerReport(log, world.scenario, company, m.id, p, cells, mk);
    const listed = listsIn(company, m.id);
    if (full && listed && !canDeliver(world, p)) undeliverable.push(m.id);
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
    kpis, markets, funnel, waterfall: steps,
    cashBridge: detailed ? cashBridge(entries, kpis.profit) : null,
    undeliverable,
    refused: log.refused[company.id] ?? [], ledger: entries, sales: cells,
    arrivals,
    buyers,
    crises: crisisViews(world, company, log.turn + 1),
    crisesEnded: (log.crisesEnded[company.id] ?? NONE).map((c) => crisisView(world, c)),
    crisisOutcomes: log.crisisOutcomes[company.id] ?? [],
    alerts: full ? alertsFor(state, world, log, company, markets, cashFlow) : [],
    research: full ? (log.research[company.id] ?? NONE).map((r) => researchView(world, r)) : [],
    compliance: log.compliance[company.id] ?? [],
  };
}

/**
 * Each cell's served value in home money, in cell order: the company's sums and
 * its market's read it, so it is worked out once. A company's cells come in runs
 * of one market, so the market's rate and decimals are looked up when it changes.
 */
function servedValues(state: GameState, world: World, cells: readonly SalesCell[]): number[] {
  const out = new Array<number>(cells.length);
  let at = '', rate = 0, decimals = 0;
  for (let i = 0; i < cells.length; i += 1) {
    const c = cells[i]!;
    if (c.market !== at) {
      const m = world.markets.get(c.market)!;
      at = c.market;
      rate = state.fx[m.currency]!;
      decimals = world.currencies.get(m.currency)!.decimals;
    }
    out[i] = toHome(c.price * c.unitsPerOrder * c.servedOrders, rate, decimals, world.homeDecimals);
  }
  return out;
}

/** The cells of `market` (every cell with `undefined`) into `k` and `t`, and into `funnel` if given; `gmv` is servedValues'. */
function addCells(k: Kpis, t: Tally, cells: readonly SalesCell[], gmv: readonly number[], market: string | undefined, funnel: Funnel | null): void {
  for (let i = 0; i < cells.length; i += 1) {
    const c = cells[i]!;
    if (market !== undefined && c.market !== market) continue;
    addCell(k, t, c, gmv[i]!);
    if (funnel) addFunnel(funnel, c);
  }
}

function newFunnel(): Funnel {
  return { visitors: 0, carts: 0, checkouts: 0, orders: 0, abandoned: { price: 0, delivery: 0, payment: 0, trust: 0 } };
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
  return smallInteger(n);
}

function addFunnel(f: Funnel, c: SalesCell): void {
  f.visitors += c.visitors; f.carts += c.carts; f.checkouts += c.checkouts; f.orders += c.orders;
  f.abandoned.price += c.abandoned.price; f.abandoned.delivery += c.abandoned.delivery;
  f.abandoned.payment += c.abandoned.payment; f.abandoned.trust += c.abandoned.trust;
}

/** Revenue → fees → freight → duties → ads → goods → other → profit (each step negative but the first and last). */
/** A cost as a step's amount: 0 − x, not −x, so a step with no cost is 0 and not −0 (shown as "−¥0.00"). */
const cost = (x: number): number => 0 - x;

function waterfall(b: MoneyTally, k: Kpis, parts: Record<CostStep, WaterfallPart[]> | null): WaterfallStep[] {
  const fees = k.platformFees + k.paymentFees + k.chargebacks;
  const other = k.storageCost + k.serviceCost - k.fxGainLoss + b.otherRisk;
  const step = (name: CostStep, amount: number): WaterfallStep => (parts ? { step: name, amount: cost(amount), parts: parts[name] } : { step: name, amount: cost(amount) });
  return [
    { step: 'revenue', amount: k.revenue },
    step('fees', fees),
    step('freight', k.freightCost),
    step('duties', k.dutiesAndTaxes),
    step('ads', k.adSpend),
    step('goods', b.goods),
    step('other', other),
    { step: 'profit', amount: k.profit },
  ];
}

/**
 * How much of a report to build. `full`: everything, for the people playing and
 * every reader of reports. `scoring`: what the score (score/series.ts forScoring),
 * the headline KPIs and the next state read — each company's KPIs, ledger, sales,
 * refusals and crises — without the waterfall, funnels, buyer detail, alerts and
 * research views, which are left empty. A grader replays every turn of every run
 * and reads no more (run/replay.ts replayForGrade); the state is the same either way.
 */
export type ReportDetail = 'full' | 'scoring';

export function buildReport(state: GameState, world: World, log: TurnLog, cells: readonly SalesCell[], detail: ReportDetail = 'full'): TurnReport {
  // Each company's cells and arrivals, in turn order, in one pass over each list.
  const cellsOf = new Map<string, SalesCell[]>();
  const arrivalsOf = new Map<string, Arrival[]>();
  for (const id of state.companyOrder) { cellsOf.set(id, []); arrivalsOf.set(id, []); }
  for (const c of cells) cellsOf.get(c.company)?.push(c);
  for (const a of log.arrivals) arrivalsOf.get(a.company)?.push(a);
  const companies: Record<string, CompanyReport> = {};
  for (const id of state.companyOrder) companies[id] = companyReport(state, world, log, state.companies[id]!, cellsOf.get(id)!, arrivalsOf.get(id)!, detail);
  const seasons: Record<string, string | null> = {};
  const markets = world.scenario.markets;
  for (let i = 0; i < markets.length; i += 1) seasons[markets[i]!.id] = world.seasonNameByWeek.get(markets[i]!.id)![log.week] ?? null;
  const fx: Record<string, number> = {};
  const currencies = world.scenario.currencies;
  for (let i = 0; i < currencies.length; i += 1) fx[currencies[i]!.code] = (state.fx[currencies[i]!.code] ?? 0) / 1e9;
  return {
    turn: log.turn, week: log.week, seasons, fx,
    events: { started: log.eventsStarted, ended: log.eventsEnded, active: state.events.map((e) => e.id) },
    messages: log.messages, scriptProblems: log.scriptProblems, news: log.news, companies,
    finished: state.finished, endReason: state.endReason,
  };
}
