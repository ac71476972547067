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
import { complaintRecord, type ComplaintWeek } from '../complaints';
import type { MarketPresence } from '../state';
import { DEFAULT_SERVICE, serviceWeekInto, type ServiceWeek } from '../service';
import { recordList } from '../recordLists';

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

function clearOutcome(o: MarketOutcome): void {
  o.orders = 0; o.served = 0; o.newOrders = 0; o.repeatServed = 0; o.lost = 0; o.returned = 0; o.refused = 0;
  o.stockouts = 0; o.lateDays = 0; o.lateOrders = 0; o.days = 0; o.valueLocal = 0;
}

/**
 * One company's week per market (slots by world.marketIndex, refilled for each
 * company): its cells summed in cell order. A market without cells keeps a zero
 * outcome, which the update reads as "no sales" (no orders, nobody served).
 */
function companyOutcomes(cells: readonly SalesCell[], world: World, company: string, out: readonly MarketOutcome[]): void {
  for (const o of out) clearOutcome(o);
  for (const c of cells) {
    if (c.company !== company) continue;
    const i = world.marketIndex.get(c.market);
    if (i === undefined) continue;
    const o = out[i]!;
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
}

/**
 * Returns a new state with each company's market presences updated. `fresh` holds
 * companies made this turn that nothing else has seen yet (resolveTurn's copies
 * with the week's money and stock): their presences are set on them rather than on
 * one more copy. Every other company is copied.
 */
export function updateCustomers(base: GameState, world: World, log: TurnLog, cells: readonly SalesCell[], rng: StreamState, fresh: Map<string, Company> = new Map()): GameState {
  // Scratch records refilled for each company and market (every field set each time).
  // Pushed onto a list of records rather than made by map, whose list V8 makes with
  // another elements kind once it inlines map into optimised code (companyOutcomes
  // was deoptimised on it: --trace-deopt).
  const outcomes = recordList<MarketOutcome>();
  for (let i = 0; i < world.marketIds.length; i += 1) outcomes.push(newOutcome());
  const social: number[] = new Array<number>(world.marketIds.length).fill(0);
  const marketing: number[] = new Array<number>(world.marketIds.length).fill(0);
  const week: MarketingWeek = { social: 0, marketing: 0, served: 0, valueLocal: 0 };
  const poolWeek: PoolWeek = { newBuyers: 0, repeatOrders: 0, satisfaction: 0, complaintLossNew: 0, complaintLossRepeat: 0 };
  const complaintWeek: ComplaintWeek = { served: 0, repeatServed: 0, lost: 0, returned: 0, lateOrders: 0, serviceComplaints: 0 };
  const service: ServiceWeek = { contacts: 0, hours: 0, complaints: 0, satisfactionLoss: 0, capacity: 0 };
  const rules = world.scenario.service ?? DEFAULT_SERVICE;
  const modelled = world.scenario.service !== undefined;
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
    companyOutcomes(cells, world, id, outcomes);
    // Markets in code-unit order (a presence exists only in the scenario's markets).
    for (const m of world.marketIds) {
      const p = c.markets[m];
      if (!p) continue;
      const target = (markets[m] = copyPresence(p));
      const i = world.marketIndex.get(m)!;
      const o = outcomes[i]!;
      const market = world.markets.get(m)!;
      week.social = social[i]!; week.marketing = marketing[i]!; week.served = o.served; week.valueLocal = o.valueLocal;
      const inSeason = (world.seasonByWeek.get(m)![log.week] ?? 1) > 1;
      updateMarketing(world, market, p, target, week, base.fx[market.currency]!, log.turn, inSeason, rng, log, c.name);
      // Complaints settled or not (complaints.ts), then the customer base moves on (customerBase.ts).
      const served = o.served > 0;
      if (served) serviceWeekInto(service, rules, modelled, p, o.served, world.scenario.customers.complaintCapacity);
      const complaints = served ? settleComplaints(id, m, p, o, service, complaintWeek) : null;
      if (complaints) {
        log.complaints.push(complaints);
        log.service.push({ company: id, market: m, contacts: service.contacts, hours: service.hours });
      }
      const loyalty = loyaltySpec(world.scenario, p.loyalty);
      poolWeek.newBuyers = o.newOrders; poolWeek.repeatOrders = o.repeatServed; poolWeek.satisfaction = p.satisfaction;
      poolWeek.complaintLossNew = complaints?.lossNew ?? 0; poolWeek.complaintLossRepeat = complaints?.lossRepeat ?? 0;
      target.pool = nextPool(p.pool, poolWeek, loyalty.churnCut);
      if (o.orders === 0) continue;
      const servedOrders = Math.max(1, o.served);
      const unsettled = complaints ? complaints.total - complaints.settled : 0;
      const experienced = clamp(
        // A parcel refused at the door is the buyer's choice, not a disappointment;
        // a complaint nobody settles is one more (lessons 14, 15).
        0.9 - 0.03 * Math.max(0, o.lateDays) - 0.6 * ((o.returned - o.refused) / servedOrders) - 0.5 * (o.lost / servedOrders) - 0.4 * (o.stockouts / o.orders)
          - UNSETTLED_WEIGHT * (unsettled / servedOrders) - (served ? service.satisfactionLoss : 0),
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
    let next = fresh.get(id);
    if (!next) { next = copyCompany(c); fresh.set(id, next); }
    next.markets = markets;
  }
  return withCompanies(base, fresh);
}

/** The week's complaints in a market, settled by the owner and the service agents under the chosen policy (a log record). */
function settleComplaints(company: string, market: string, p: MarketPresence, o: MarketOutcome, service: ServiceWeek, w: ComplaintWeek): TurnLog['complaints'][number] {
  w.served = o.served; w.repeatServed = o.repeatServed; w.lost = o.lost; w.returned = o.returned - o.refused;
  w.lateOrders = o.lateOrders; w.serviceComplaints = service.complaints;
  return complaintRecord(company, market, w, service.capacity, p.complaintHandling);
}
