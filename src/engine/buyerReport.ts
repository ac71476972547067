// The buyer side of the report (payments, marketing, promotions; customers and
// service join it): per market, what happened to buyers this turn and why, read
// from the turn log, the sales cells and the company's presence after the turn.
import type { Kpis } from './schema/kpi';
import type { ComplaintPolicy, KolTier, LocalisationLevel, LoyaltyProgramme, PromotionKind } from './schema';
import { lifecycle, memberTiers, rfmSegments } from './customerBase';
import { DEFAULT_SERVICE, responseHours } from './service';
import type { Company, MarketPresence } from './state';
import type { SalesCell, TurnLog } from './log';
import { running } from './promotions';
import type { Scenario } from './schema';

/**
 * Chargebacks over served orders (card networks watch this: Visa early warning 0.65%,
 * calibration.md §7), and complaints over served orders as complaints.ts counts them
 * (lost parcels, half the returns but not COD refusals, one late order in ten, poor
 * service). `chargebackOrders` and `complaints` are summed from the turn log by the report.
 */
export function complaintAndChargebackRates(k: Kpis, chargebackOrders: number, complaints: number): void {
  k.chargebackRatio = k.orders > 0 ? chargebackOrders / k.orders : 0;
  k.complaintRate = k.orders > 0 ? Math.min(1, complaints / k.orders) : 0;
}

/** Seed 000 §6.3 促销效果评估: sales, AOV, new customers, satisfaction, awareness, against a normal week. */
export interface PromotionReport {
  kind: PromotionKind;
  depth: number;
  from: number;
  until: number;
  orders: number;
  /** Orders of a normal week (smoothed over turns without a promotion; 0 before the first sale). */
  baselineOrders: number;
  /** orders / baselineOrders − 1 (0 without a baseline). */
  salesLift: number;
  /** Mean order value, market minor units, this turn and in a normal week. */
  aovLocal: number;
  baselineAovLocal: number;
  newCustomers: number;
  satisfaction: number;
  awareness: number;
  /** New customers of the week before the promotion began. */
  newCustomersBefore: number;
  /** Satisfaction and awareness now minus at the promotion's start (fractions). */
  satisfactionChange: number;
  awarenessChange: number;
}

export interface BuyerReport {
  payments: { offered: string[]; codRefused: number; chargebacks: number; fraudControl: number };
  marketing: {
    socialBudget: number; searchBudget: number; paidVisitors: number; buzz: number;
    localisation: LocalisationLevel; backlash: boolean; backlashUntil: number; kolCampaigns: KolTier[];
  };
  promotion: PromotionReport | null;
  customers: CustomersReport;
  service: {
    agents: number; localLanguage: boolean; localHours: boolean; returnDays: 14 | 30 | 60; freeReturns: boolean;
    /** Buyers' contacts this turn and the hours a reply took (service.ts). */
    contacts: number; responseHours: number;
  };
}

/** The customer base after the turn (seed 004 §03), rounded counts, and the week's complaints (§05). */
export interface CustomersReport {
  lifecycle: { new: number; growing: number; mature: number; lapsing: number };
  rfm: { champions: number; loyal: number; newCustomers: number; atRisk: number; hibernating: number; lost: number };
  loyalty: LoyaltyProgramme;
  members: { basic: number; silver: number; gold: number };
  /** Shoppers referred by customers this turn (loyalty programme and community), rounded. */
  referredVisitors: number;
  /** Community operations (community.ts): what was paid this turn and the share of the active customers it engaged. */
  community: { weekly: number; engaged: number };
  /** Acquisition spend (ads, creators, localisation, promotions, community; not loyalty) per new customer this turn, home minor units (0 without new customers). */
  acquisitionCost: number;
  complaints: {
    policy: ComplaintPolicy; levels: [number, number, number]; total: number; settled: number;
    repeatTotal: number; repeatSettled: number; customersLost: number;
  };
}

/** The buyer detail of `market`; `cells` are the company's, in turn order (those of other markets are skipped). */
export function buyerReport(log: TurnLog, scenario: Scenario, company: Company, market: string, p: MarketPresence, cells: readonly SalesCell[], k: Kpis): BuyerReport {
  const rules = scenario.service ?? DEFAULT_SERVICE;
  let refused = 0, paid = 0, referred = 0, valueLocal = 0;
  for (const c of cells) {
    if (c.market === market) { refused += c.refusedOrders; paid += c.paidVisitors; referred += c.referredVisitors; valueLocal += c.price * c.unitsPerOrder * c.servedOrders; }
  }
  let engaged = 0;
  for (const x of log.community) if (x.company === company.id && x.market === market) engaged = x.engaged;
  let chargebacks = 0;
  for (const c of log.chargebacks) if (c.company === company.id && c.market === market) chargebacks += c.orders;
  const kol: KolTier[] = [];
  let marketing = 0, communityPaid = 0;
  for (const e of log.journal[company.id] ?? []) {
    if (e.market !== market || e.debit !== 'ads') continue;
    if (e.memo === 'community operations') communityPaid += e.amount;
    // Acquisition spend: loyalty costs are spent on keeping customers, not winning them.
    if (!e.memo.startsWith('loyalty')) marketing += e.amount;
    if (e.memo.startsWith('KOL/KOC campaign (')) kol.push(e.memo.slice(18, -1) as KolTier);
  }
  let complaint = null;
  for (const c of log.complaints) if (c.company === company.id && c.market === market) complaint = c;
  let service = null;
  for (const s of log.service) if (s.company === company.id && s.market === market) service = s;
  const promo = running(p.promotion, log.turn);
  return {
    payments: { offered: [...p.payments], codRefused: refused, chargebacks, fraudControl: p.fraudControl },
    marketing: {
      socialBudget: p.adBudget, searchBudget: p.searchBudget, paidVisitors: paid, buzz: p.buzz,
      localisation: p.localisation, backlash: p.backlashUntil >= log.turn, backlashUntil: p.backlashUntil, kolCampaigns: kol,
    },
    promotion: promo === null ? null : {
      kind: promo.kind, depth: promo.depth, from: promo.from, until: promo.until,
      orders: k.orders, baselineOrders: p.baselineOrders,
      salesLift: p.baselineOrders > 0 ? k.orders / p.baselineOrders - 1 : 0,
      aovLocal: k.orders > 0 ? valueLocal / k.orders : 0, baselineAovLocal: p.baselineAov,
      newCustomers: k.newCustomers, satisfaction: p.satisfaction, awareness: p.awareness,
      newCustomersBefore: promo.before.newCustomers,
      satisfactionChange: p.satisfaction - promo.before.satisfaction, awarenessChange: p.awareness - promo.before.awareness,
    },
    customers: {
      lifecycle: roundAll(lifecycle(p.pool)), rfm: roundAll(rfmSegments(p.pool)),
      loyalty: p.loyalty, members: roundAll(memberTiers(p.pool, p.loyalty)),
      referredVisitors: referred,
      community: { weekly: communityPaid, engaged },
      acquisitionCost: k.newCustomers > 0 ? Math.round(marketing / k.newCustomers) : 0,
      complaints: {
        policy: p.complaintHandling,
        levels: complaint ? [complaint.levels[0], complaint.levels[1], complaint.levels[2]] : [0, 0, 0],
        total: complaint?.total ?? 0, settled: complaint?.settled ?? 0,
        repeatTotal: complaint?.repeatTotal ?? 0, repeatSettled: complaint?.repeatSettled ?? 0,
        customersLost: complaint ? complaint.lossNew + complaint.lossRepeat : 0,
      },
    },
    service: {
      agents: p.agents, localLanguage: p.localLanguage, localHours: p.localHours, returnDays: p.returnDays, freeReturns: p.freeReturns,
      contacts: service?.contacts ?? 0, responseHours: service?.hours ?? responseHours(rules, p, 0),
    },
  };
}

/** Rounds every figure of `x` in place: the callers pass a record made for this report. */
function roundAll<T extends Record<string, number>>(x: T): T {
  for (const key of Object.keys(x) as (keyof T)[]) x[key] = Math.round(x[key] as number) as T[keyof T];
  return x;
}
