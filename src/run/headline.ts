// The headline KPIs of a graded run: the CSV's KPI columns and `chuhai grade --json`.
import { PLAYER_ID, type GameState } from '../engine';
import type { ScoredTurn } from '../engine/score';

/**
 * The headline KPIs of a graded run, in CSV column order: cumulative revenue,
 * profit and orders over the run, cash at the end (home minor units, e.g. fen),
 * and satisfaction (0–1) averaged over the turns weighted by their orders.
 */
export const HEADLINE_KPIS = ['totalRevenue', 'totalProfit', 'totalOrders', 'finalCash', 'meanSatisfaction'] as const;
export type HeadlineKpi = (typeof HEADLINE_KPIS)[number];

/** The headline KPIs (HEADLINE_KPIS) of a replayed run. */
export function headlineKpis(reports: readonly ScoredTurn[], state: GameState, companyId = PLAYER_ID): Record<HeadlineKpi, number> {
  let revenue = 0, profit = 0, orders = 0, satOrders = 0;
  for (const r of reports) {
    const k = r.companies[companyId]?.kpis;
    if (!k) continue;
    revenue += k.revenue; profit += k.profit; orders += k.orders; satOrders += k.orders * k.satisfaction;
  }
  return {
    totalRevenue: revenue,
    totalProfit: profit,
    totalOrders: orders,
    finalCash: state.companies[companyId]?.cash ?? 0,
    meanSatisfaction: orders > 0 ? Math.round((satOrders / orders) * 10000) / 10000 : 0,
  };
}
