// The markets on the map: where each sits, how it stands and its last week's
// figures, copied from the report (KPIs per market) and the state (listings,
// stock, where its orders ship from). Status rules are display rules only: a
// shop with empty shelves is out of stock; one holding less than two weeks of last
// week's sales is low (seed 000 ch. 5.3 安全库存; lesson 12: stock must be there).
import type { Company, CompanyReport, Localised, Scenario, TurnReport } from '../../engine';
import type { MarketNode, MarketStatus } from './types';
import type { Site } from './logistics';
import { sumUnits } from './logistics';

/** Weeks of last week's sales below which stock counts as low. */
export const LOW_STOCK_WEEKS = 2;

function stockFor(company: Company, market: string, from: string): number {
  if (from !== 'home') return sumUnits(company.stock[from]);
  const at = company.stock.home ?? {};
  let n = 0;
  const seen = new Set<string>();
  for (const l of company.listings) {
    if (l.market !== market || seen.has(l.product)) continue;
    seen.add(l.product);
    n += at[l.product] ?? 0;
  }
  return n;
}

export function marketStatus(listed: boolean, stock: number, unitsSold: number, orders: number): MarketStatus {
  if (!listed) return 'unlisted';
  if (stock <= 0) return 'stockout';
  if (unitsSold > 0 && stock < LOW_STOCK_WEEKS * unitsSold) return 'lowStock';
  return orders > 0 ? 'selling' : 'idle';
}

export function buildMarkets(
  scenario: Scenario, company: Company, last: CompanyReport | null, lastReport: TurnReport | null,
  sites: Map<string, Site & { placed: boolean }>, crisesByMarket: Map<string, Localised[]>,
): MarketNode[] {
  return scenario.markets.map((m) => {
    const site = sites.get(m.id)!;
    const p = company.markets[m.id];
    const k = last?.markets[m.id];
    const listed = company.listings.some((l) => l.market === m.id);
    const from = p?.fulfilFrom ?? 'home';
    const stock = stockFor(company, m.id, from);
    const seasonId = lastReport?.seasons[m.id] ?? null;
    const season = seasonId === null ? null : m.seasons.find((s) => s.id === seasonId)?.name ?? null;
    return {
      id: m.id, name: m.name, at: site.at, placed: site.placed, currency: m.currency, listed,
      status: marketStatus(listed, stock, k?.unitsSold ?? 0, k?.orders ?? 0),
      revenue: k ? k.revenue : null, profit: k ? k.profit : null, orders: k ? k.orders : null,
      stockUnits: from === 'home' ? null : stock, fulfilFrom: from, season,
      crises: crisesByMarket.get(m.id) ?? [],
    };
  });
}
