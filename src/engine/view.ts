// What a student can see (DESIGN.md §2: "the world is hidden in part"): their own
// company, their last report, public market information (every seller's shelf
// price, exchange rates, news) and the scenario without its hidden demand. Bots
// decide from this alone, as a student would.
import type { REGIONS, Scenario } from './schema';

type Region = (typeof REGIONS)[number];
import type { Company, GameState, ResearchResult } from './state';
import type { CompanyReport, ResearchView, TurnReport } from './report';
import { researchView } from './report';
import { effectivePrice } from './prices';
import { crisisViews, type CrisisView } from './crises';
import { worldOf, type World } from './world';

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
  /** The company's open crises, answered or not (answer with `respondCrisis`). */
  crises: CrisisView[];
  /** Every research result the company holds, oldest first (commission with `commissionResearch`). */
  research: ResearchView[];
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
    crises: crisisViews(worldOf(state.scenario), company, state.turn + 1),
    research: company.research.results.map((r) => heldResearchView(worldOf(state.scenario), r)),
  };
}

/**
 * A delivered result never changes (research.ts deliver), yet a view of every one
 * the company holds is asked for each turn (bots and the game read studentView every
 * turn): each result's view is made once, frozen so no reader can change it for the
 * next, and shared.
 */
const researchViews = new WeakMap<ResearchResult, ResearchView>();

function heldResearchView(world: World, r: ResearchResult): ResearchView {
  let v = researchViews.get(r);
  if (v === undefined) {
    v = researchView(world, r);
    Object.freeze(v.text);
    researchViews.set(r, Object.freeze(v));
  }
  return v;
}

/**
 * What the course teaches about a region's shoppers (seed 004 §02 地域分佈與消費偏好:
 * 東南亞市場注重性價比), shown in place of a market's true price sensitivity. Model assumption.
 */
export const PUBLIC_PRICE_SENSITIVITY: Readonly<Record<Region, number>> = { NA: 1.5, EU: 1.5, UK: 1.5, JP: 1.5, SEA: 2.5, ME: 1.5, LATAM: 2, other: 1.5 };

/**
 * The scenario as a student knows it: everything but the true demand (how many
 * shoppers look, how well a product fits). The reference price stays, as the
 * market's going price a seller can see on the shelves.
 */
export function publicScenario(scenario: Scenario): Scenario {
  return {
    ...scenario,
    // A market's true price sensitivity is hidden too (seed 000 §2.1): the student knows the region's usual value; a price experiment or an expert measures the market's.
    markets: scenario.markets.map((m) => ({ ...m, priceSensitivity: PUBLIC_PRICE_SENSITIVITY[m.region] })),
    products: scenario.products.map((p) => ({
      ...p,
      demand: p.demand.map((d) => ({ market: d.market, referencePrice: d.referencePrice, weeklyVisitors: 0, fit: 1 })),
    })),
  };
}
