// Series for the charts over the turns, each point copied from a turn report:
// cash, revenue and profit from the company's KPIs, exchange rates from the
// report's rates (home units per local unit).
import type { Scenario, TurnReport } from '../../engine';
import type { ChartsModel, ChartSeries } from './types';

export function buildCharts(scenario: Scenario, reports: readonly TurnReport[], companyId: string, homeDecimals: number): ChartsModel {
  const home = scenario.homeCurrency;
  const money = (key: 'cash' | 'revenue' | 'profit'): ChartSeries => ({
    key, unit: 'money', currency: home,
    points: reports.flatMap((r) => {
      const c = r.companies[companyId];
      return c ? [{ turn: r.turn, value: c.kpis[key] }] : [];
    }),
  });
  const fx = scenario.currencies.filter((c) => c.code !== home).map((c): ChartSeries => ({
    key: c.code, unit: 'rate', currency: c.code,
    points: reports.flatMap((r) => (r.fx[c.code] === undefined ? [] : [{ turn: r.turn, value: r.fx[c.code]! }])),
  }));
  return { homeCurrency: home, homeDecimals, cash: money('cash'), revenue: money('revenue'), profit: money('profit'), fx };
}
