// Phase 7: customers. Satisfaction follows delivery time, returns, lost parcels and
// stock-outs; reviews move the rating toward it; buyers become customers who come
// back (lessons 2, 14). Awareness fades without advertising and word of mouth.
import type { Company, GameState } from '../state';
import { withCompanies } from '../companyCopy';
import type { World } from '../world';
import type { SalesCell, TurnLog } from '../log';
import { clamp } from '../math';

/** Share of kept orders that leave a review. */
const REVIEW_RATE = 0.05;
/** How many reviews the current rating counts for when new ones arrive. */
const PRIOR_REVIEWS = 30;
/** Weekly fading of awareness without fresh advertising or sales. */
const AWARENESS_DECAY = 0.03;

export interface MarketOutcome { orders: number; served: number; newOrders: number; lost: number; returned: number; stockouts: number; lateDays: number; days: number }

export function outcomesByMarket(cells: readonly SalesCell[], world: World): Map<string, MarketOutcome> {
  const out = new Map<string, MarketOutcome>();
  for (const c of cells) {
    const key = `${c.company}|${c.market}`;
    const o = out.get(key) ?? { orders: 0, served: 0, newOrders: 0, lost: 0, returned: 0, stockouts: 0, lateDays: 0, days: 0 };
    o.orders += c.orders;
    o.served += c.servedOrders;
    o.newOrders += Math.max(0, c.servedOrders - Math.min(c.returningOrders, c.servedOrders));
    o.lost += c.lostOrders;
    o.returned += c.returnedOrders;
    o.stockouts += c.stockoutOrders;
    const tolerance = world.markets.get(c.market)?.deliveryToleranceDays ?? 7;
    o.lateDays = Math.max(o.lateDays, c.deliveryDays - tolerance);
    o.days = c.deliveryDays;
    out.set(key, o);
  }
  return out;
}

/** Returns a new state with each company's market presences updated. */
export function updateCustomers(base: GameState, world: World, log: TurnLog, cells: readonly SalesCell[]): GameState {
  const outcomes = outcomesByMarket(cells, world);
  const changed = new Map<string, Company>();
  for (const id of base.companyOrder) {
    const c = base.companies[id]!;
    const markets: Company['markets'] = {};
    // This turn's ad spend by market, in one pass over the company's journal.
    const adSpend = new Map<string, number>();
    for (const e of log.journal[id] ?? []) {
      if (e.debit === 'ads' && e.market !== undefined) adSpend.set(e.market, (adSpend.get(e.market) ?? 0) + e.amount);
    }
    for (const m of Object.keys(c.markets).sort()) {
      const p = c.markets[m]!;
      const target = (markets[m] = { ...p });
      const o = outcomes.get(`${id}|${m}`);
      const adLift = adResponse(adSpend.get(m) ?? 0);
      const wordOfMouth = o ? Math.min(0.02, o.served / 20000) : 0;
      target.awareness = clamp(p.awareness * (1 - AWARENESS_DECAY) + (1 - p.awareness) * (adLift + wordOfMouth), 0, 1);
      if (!o || o.orders === 0) continue;
      const served = Math.max(1, o.served);
      const experienced = clamp(
        0.9 - 0.03 * Math.max(0, o.lateDays) - 0.6 * (o.returned / served) - 0.5 * (o.lost / served) - 0.4 * (o.stockouts / o.orders),
        0, 1,
      );
      target.satisfaction = 0.7 * p.satisfaction + 0.3 * experienced;
      // Unhappy buyers review three times as often as happy ones.
      const newReviews = (o.served - o.lost - o.returned) * REVIEW_RATE + (o.lost + o.returned) * REVIEW_RATE * 3;
      if (newReviews > 0) {
        // The rating so far weighs as at least PRIOR_REVIEWS reviews, so a shop's
        // first week does not decide its stars alone.
        const weight = p.reviews + PRIOR_REVIEWS;
        target.rating = (p.rating * weight + (1 + 4 * experienced) * newReviews) / (weight + newReviews);
        target.reviews = p.reviews + newReviews;
      }
      target.customers = p.customers + o.newOrders;
    }
    changed.set(id, { ...c, markets });
  }
  return withCompanies(base, changed);
}

/** Diminishing returns to ad spend: the square root of spend, saturating (see README). */
function adResponse(spend: number): number {
  if (spend <= 0) return 0;
  const s = Math.sqrt(spend / 200_000); // per ¥2,000 a week
  return (0.08 * s) / (1 + s);
}
