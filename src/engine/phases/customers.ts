// Phase 7: customers. Satisfaction follows delivery time, returns, lost parcels and
// stock-outs; reviews move the rating toward it; buyers become customers who come
// back (lessons 2, 14). Awareness fades without advertising and word of mouth.
import type { Company, GameState } from '../state';
import { copyCompany, withCompanies } from '../companyCopy';
import { copyPresence } from '../company';
import type { World } from '../world';
import type { SalesCell, TurnLog } from '../log';
import { clamp } from '../math';
import type { StreamState } from '../rng';
import { updateMarketing, type MarketingWeek } from '../awareness';
import { loyaltySpec, nextPool, type PoolWeek } from '../customerBase';
import { handleComplaints, type ComplaintOutcome } from '../complaints';
import type { MarketPresence } from '../state';
import { DEFAULT_SERVICE, serviceWeek, type ServiceWeek } from '../service';

/** Share of kept orders that leave a review. */
const REVIEW_RATE = 0.05;
/** How many reviews the current rating counts for when new ones arrive. */
const PRIOR_REVIEWS = 30;
/** Satisfaction lost per unsettled complaint, as a share of the week's orders (model assumption). */
const UNSETTLED_WEIGHT = 0.3;
export interface MarketOutcome {
  orders: number; served: number; newOrders: number; repeatServed: number; lost: number; returned: number; refused: number;
  stockouts: number; lateDays: number; lateOrders: number; days: number; valueLocal: number;
}

function newOutcome(): MarketOutcome {
  return { orders: 0, served: 0, newOrders: 0, repeatServed: 0, lost: 0, returned: 0, refused: 0, stockouts: 0, lateDays: 0, lateOrders: 0, days: 0, valueLocal: 0 };
}

/** The week's outcome per company, then market: the cells summed in cell order. */
export function outcomesByMarket(cells: readonly SalesCell[], world: World): Map<string, Map<string, MarketOutcome>> {
  const out = new Map<string, Map<string, MarketOutcome>>();
  for (const c of cells) {
    let byMarket = out.get(c.company);
    if (!byMarket) { byMarket = new Map(); out.set(c.company, byMarket); }
    let o = byMarket.get(c.market);
    if (!o) { o = newOutcome(); byMarket.set(c.market, o); }
    o.orders += c.orders;
    o.served += c.servedOrders;
    const repeat = Math.min(c.returningOrders, c.servedOrders);
    o.repeatServed += repeat;
    o.newOrders += c.servedOrders - repeat;
    o.lost += c.lostOrders;
    o.returned += c.returnedOrders;
    o.refused += c.refusedOrders;
    o.valueLocal += c.price * c.unitsPerOrder * c.servedOrders;
    o.stockouts += c.stockoutOrders;
    const tolerance = world.markets.get(c.market)?.deliveryToleranceDays ?? 7;
    o.lateDays = Math.max(o.lateDays, c.deliveryDays - tolerance);
    if (c.deliveryDays > tolerance) o.lateOrders += c.servedOrders;
    o.days = c.deliveryDays;
  }
  return out;
}

/** Returns a new state with each company's market presences updated. */
export function updateCustomers(base: GameState, world: World, log: TurnLog, cells: readonly SalesCell[], rng: StreamState): GameState {
  const outcomes = outcomesByMarket(cells, world);
  const changed = new Map<string, Company>();
  // This turn's social-ad and total marketing spend per market (world.marketIndex), refilled per company.
  const social: number[] = new Array<number>(world.marketIds.length).fill(0);
  const marketing: number[] = new Array<number>(world.marketIds.length).fill(0);
  // Rewritten for every market (every field set each time).
  const week: MarketingWeek = { social: 0, marketing: 0, served: 0, valueLocal: 0 };
  const poolWeek: PoolWeek = { newBuyers: 0, repeatOrders: 0, satisfaction: 0, complaintLossNew: 0, complaintLossRepeat: 0 };
  for (const id of base.companyOrder) {
    const c = base.companies[id]!;
    const markets: Company['markets'] = {};
    social.fill(0);
    marketing.fill(0);
    // In one pass over the company's journal, in journal order.
    for (const e of log.journal[id] ?? []) {
      if (e.debit !== 'ads' || e.market === undefined) continue;
      const i = world.marketIndex.get(e.market);
      if (i === undefined) continue;
      marketing[i]! += e.amount;
      if (e.memo === 'advertising') social[i]! += e.amount;
    }
    const companyOutcomes = outcomes.get(id);
    // Markets in code-unit order (a presence exists only in the scenario's markets).
    for (const m of world.marketIds) {
      const p = c.markets[m];
      if (!p) continue;
      const target = (markets[m] = copyPresence(p));
      const o = companyOutcomes?.get(m);
      const market = world.markets.get(m)!;
      const i = world.marketIndex.get(m)!;
      week.social = social[i]!; week.marketing = marketing[i]!; week.served = o?.served ?? 0; week.valueLocal = o?.valueLocal ?? 0;
      const inSeason = (world.seasonByWeek.get(m)![log.week] ?? 1) > 1;
      updateMarketing(world, market, p, target, week, base.fx[market.currency]!, log.turn, inSeason, rng, log, c.name);
      // Complaints settled or not (complaints.ts), then the customer base moves on (customerBase.ts).
      const service = o && o.served > 0 ? serviceWeek(world.scenario.service ?? DEFAULT_SERVICE, world.scenario.service !== undefined, p, o.served, world.scenario.customers.complaintCapacity) : null;
      const complaints = o && service ? settleComplaints(p, o, service) : null;
      if (complaints) {
        log.complaints.push({
          company: id, market: m, levels: complaints.levels, total: complaints.total, settled: complaints.settled,
          repeatSettled: complaints.repeatSettled, repeatTotal: complaints.repeatTotal, lossNew: complaints.lossNew, lossRepeat: complaints.lossRepeat,
        });
      }
      if (service) log.service.push({ company: id, market: m, contacts: service.contacts, hours: service.hours });
      const loyalty = loyaltySpec(world.scenario, p.loyalty);
      poolWeek.newBuyers = o?.newOrders ?? 0; poolWeek.repeatOrders = o?.repeatServed ?? 0; poolWeek.satisfaction = p.satisfaction;
      poolWeek.complaintLossNew = complaints?.lossNew ?? 0; poolWeek.complaintLossRepeat = complaints?.lossRepeat ?? 0;
      target.pool = nextPool(p.pool, poolWeek, loyalty.churnCut);
      if (!o || o.orders === 0) continue;
      const served = Math.max(1, o.served);
      const unsettled = complaints ? complaints.total - complaints.settled : 0;
      const experienced = clamp(
        // A parcel refused at the door is the buyer's choice, not a disappointment;
        // a complaint nobody settles is one more (lessons 14, 15).
        0.9 - 0.03 * Math.max(0, o.lateDays) - 0.6 * ((o.returned - o.refused) / served) - 0.5 * (o.lost / served) - 0.4 * (o.stockouts / o.orders)
          - UNSETTLED_WEIGHT * (unsettled / served) - (service?.satisfactionLoss ?? 0),
        0, 1,
      );
      target.satisfaction = 0.7 * p.satisfaction + 0.3 * experienced;
      // Unhappy buyers review three times as often as happy ones.
      const newReviews = (o.served - o.lost - o.returned) * REVIEW_RATE + (o.lost + o.returned - o.refused) * REVIEW_RATE * 3;
      if (newReviews > 0) {
        // The rating so far weighs as at least PRIOR_REVIEWS reviews, so a shop's
        // first week does not decide its stars alone.
        const weight = p.reviews + PRIOR_REVIEWS;
        target.rating = (p.rating * weight + (1 + 4 * experienced) * newReviews) / (weight + newReviews);
        target.reviews = p.reviews + newReviews;
      }
      target.customers = p.customers + o.newOrders;
    }
    const next = copyCompany(c);
    next.markets = markets;
    changed.set(id, next);
  }
  return withCompanies(base, changed);
}


/** The week's complaints in a market, settled by the owner and the service agents under the chosen policy. */
function settleComplaints(p: MarketPresence, o: MarketOutcome, service: ServiceWeek): ComplaintOutcome {
  return handleComplaints({
    served: o.served, repeatServed: o.repeatServed, lost: o.lost, returned: o.returned - o.refused,
    lateOrders: o.lateOrders, serviceComplaints: service.complaints,
  }, service.capacity, p.complaintHandling);
}
