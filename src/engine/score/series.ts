// The run as one row of facts per scenario turn, read from the turn reports, for
// the scorecard's parts. A turn the run never reached (it ended early or was
// submitted unfinished) is an empty row: missing weeks count as weeks without
// business, so stopping early never helps.
//
// "Dumping": a market-turn whose net sales (revenue less VAT) fell below the
// factory cost of the goods sold in it. Volume from such market-turns (revenue,
// orders, units) is left out of the "healthy" figures that growth, satisfaction,
// risk and objectives read, so a fire sale buys no score (see README.md).
import type { CompanyReport } from '../report';
import type { Kpis } from '../schema/kpi';

/**
 * What scoring reads of a turn report: the turn and, per company, its KPIs (also per
 * market), ledger, refused actions, and open and ended crises. A TurnReport is one; a grader
 * keeps only this (forScoring), so a run's 52 full reports need not stay in memory.
 */
export interface ScoredTurn {
  turn: number;
  companies: Readonly<Record<string, ScoredCompany | undefined>>;
}
export type ScoredCompany = Pick<CompanyReport, 'kpis' | 'markets' | 'ledger' | 'refused' | 'crises' | 'crisesEnded'>;

/** The part of a turn report that scoring and the headline KPIs read, for one company. */
export function forScoring(report: ScoredTurn, companyId: string): ScoredTurn {
  const c = report.companies[companyId];
  if (!c) return { turn: report.turn, companies: {} };
  // Only the entries dumpingMarkets reads.
  const ledger = c.ledger.filter((e) => e.market !== undefined && (e.credit === 'revenue' || e.debit === 'vat' || e.debit === 'cogs'));
  return { turn: report.turn, companies: { [companyId]: { kpis: c.kpis, markets: c.markets, ledger, refused: c.refused, crises: c.crises, crisesEnded: c.crisesEnded } } };
}

export interface TurnFacts {
  turn: number;
  reached: boolean;
  revenue: number;
  orders: number;
  profit: number;
  adSpend: number;
  cash: number;
  stockouts: number;
  inventoryUnits: number;
  satisfaction: number;
  rating: number;
  fxGainLoss: number;
  /** Revenue, orders and units of the markets that did not dump this turn. */
  healthyRevenue: number;
  healthyOrders: number;
  healthyUnits: number;
  /** Markets that sold below cost this turn (sorted). */
  dumping: string[];
  /** Refused actions of the company (not "the run has ended"). */
  refused: number;
  kpis: Kpis | null;
  markets: Record<string, Kpis>;
}

function emptyFacts(turn: number): TurnFacts {
  return {
    turn, reached: false, revenue: 0, orders: 0, profit: 0, adSpend: 0, cash: 0, stockouts: 0,
    inventoryUnits: 0, satisfaction: 0, rating: 0, fxGainLoss: 0,
    healthyRevenue: 0, healthyOrders: 0, healthyUnits: 0, dumping: [], refused: 0, kpis: null, markets: {},
  };
}

/** Markets whose net sales fell below the cost of goods sold, read from the ledger. */
function dumpingMarkets(ledger: ScoredCompany['ledger']): string[] {
  const net = new Map<string, number>();
  const cogs = new Map<string, number>();
  for (const e of ledger) {
    const m = e.market;
    if (m === undefined) continue;
    if (e.credit === 'revenue') net.set(m, (net.get(m) ?? 0) + e.amount);
    else if (e.debit === 'vat') net.set(m, (net.get(m) ?? 0) - e.amount);
    else if (e.debit === 'cogs') cogs.set(m, (cogs.get(m) ?? 0) + e.amount);
  }
  const out: string[] = [];
  for (const [m, c] of cogs) if (c > 0 && (net.get(m) ?? 0) < c) out.push(m);
  return out.sort();
}

/** One row per turn 1…turns (the scenario's length), in turn order. */
export function turnFacts(turns: number, reports: readonly ScoredTurn[], companyId: string): TurnFacts[] {
  const rows: TurnFacts[] = [];
  for (let t = 1; t <= turns; t += 1) rows.push(emptyFacts(t));
  for (const r of reports) {
    // A finished run answers further turns with a copy of its last report: the
    // first report of each turn is the one that counts.
    const row = rows[r.turn - 1];
    if (!row || row.reached) continue;
    const c = r.companies[companyId];
    if (!c) continue;
    const k = c.kpis;
    const dumping = dumpingMarkets(c.ledger);
    let dumpedRevenue = 0, dumpedOrders = 0, dumpedUnits = 0;
    for (const m of dumping) {
      const mk = c.markets[m];
      if (!mk) continue;
      dumpedRevenue += mk.revenue; dumpedOrders += mk.orders; dumpedUnits += mk.unitsSold;
    }
    rows[r.turn - 1] = {
      turn: r.turn, reached: true,
      revenue: k.revenue, orders: k.orders, profit: k.profit, adSpend: k.adSpend, cash: k.cash,
      stockouts: k.stockouts, inventoryUnits: k.inventoryUnits, satisfaction: k.satisfaction,
      rating: k.rating, fxGainLoss: k.fxGainLoss,
      healthyRevenue: Math.max(0, k.revenue - dumpedRevenue),
      healthyOrders: Math.max(0, k.orders - dumpedOrders),
      healthyUnits: Math.max(0, k.unitsSold - dumpedUnits),
      dumping,
      refused: c.refused.filter((x) => x.index >= 0).length,
      kpis: k, markets: c.markets,
    };
  }
  return rows;
}

export function sum(rows: readonly TurnFacts[], f: (r: TurnFacts) => number): number {
  let s = 0;
  for (const r of rows) s += f(r);
  return s;
}
