// What a student can see (DESIGN.md §2: "the world is hidden in part"): their own
// company, their last report, public market information (every seller's shelf
// price, exchange rates, news) and the scenario without its hidden demand. Bots
// decide from this alone, as a student would.
import type { Scenario } from './schema';
import type { Company, GameState } from './state';
import type { CompanyReport, TurnReport } from './report';
import { effectivePrice } from './prices';

export interface PublicPrice { company: string; market: string; channel: string; product: string; price: number }

export interface StudentView {
  turn: number;
  turnsLeft: number;
  company: Company;
  lastReport: CompanyReport | null;
  news: TurnReport['news'];
  /** Home-currency units per local unit, as decimals. */
  fx: Record<string, number>;
  prices: PublicPrice[];
  activeEvents: string[];
  objectives: string[];
}

export function studentView(state: GameState, companyId: string, lastReport: TurnReport | null): StudentView | null {
  const company = state.companies[companyId];
  if (!company) return null;
  const prices: PublicPrice[] = [];
  for (const id of state.companyOrder) {
    for (const l of state.companies[id]!.listings) {
      prices.push({ company: id, market: l.market, channel: l.channel, product: l.product, price: effectivePrice(l, state.turn + 1) });
    }
  }
  const fx: Record<string, number> = {};
  for (const code of Object.keys(state.fx).sort()) fx[code] = state.fx[code]! / 1e9;
  return {
    turn: state.turn,
    turnsLeft: state.scenario.turns - state.turn,
    company,
    lastReport: lastReport?.companies[companyId] ?? null,
    news: lastReport?.news ?? [],
    fx,
    prices,
    activeEvents: state.events.map((e) => e.id),
    objectives: [...state.objectives],
  };
}

/**
 * The scenario as a student knows it: everything but the true demand (how many
 * shoppers look, how well a product fits). The reference price stays, as the
 * market's going price a seller can see on the shelves.
 */
export function publicScenario(scenario: Scenario): Scenario {
  return {
    ...scenario,
    products: scenario.products.map((p) => ({
      ...p,
      demand: p.demand.map((d) => ({ market: d.market, referencePrice: d.referencePrice, weeklyVisitors: 0, fit: 1 })),
    })),
  };
}
