// What happened in a turn, gathered by the phases and turned into the report.
import type { Localised } from './schema';
import type { LedgerEntry } from './ledger';
import type { RefusedAction } from './actions';
import type { ComplaintOutcome } from './complaints';
import type { CrisisState, ResearchResult } from './state';

export interface SalesCell {
  company: string;
  market: string;
  channel: string;
  product: string;
  /** Price per unit, market minor units: the mean buyers paid (promotions, member prices included). */
  price: number;
  /** Units in one order: the channel's, doubled while a bundle runs. */
  unitsPerOrder: number;
  visitors: number;
  /** Of the visitors, clicks bought with search ads (expected, rounded). */
  paidVisitors: number;
  /** Of the visitors, friends referred by customers: loyalty programme and community (expected, rounded). */
  referredVisitors: number;
  carts: number;
  checkouts: number;
  orders: number;
  returningOrders: number;
  abandoned: { price: number; delivery: number; payment: number; trust: number };
  servedOrders: number;
  unitsSold: number;
  lostOrders: number;
  /** Returned orders, cash-on-delivery parcels refused at the door included. */
  returnedOrders: number;
  /** Of those, COD parcels refused at the door (payments.ts). */
  refusedOrders: number;
  deliveryDays: number;
  stockoutOrders: number;
}

export interface Arrival { company: string; kind: 'sourcing' | 'shipment'; product: string; units: number; lost: number; damaged: number; to: string; days?: number }

export interface TurnLog {
  turn: number;
  week: number;
  refused: Record<string, RefusedAction[]>;
  journal: Record<string, LedgerEntry[]>;
  cells: SalesCell[];
  arrivals: Arrival[];
  messages: Localised[];
  /** What went wrong in the scenario's script this turn (phases/script.ts), for the report's `scriptProblems`. */
  scriptProblems: string[];
  news: Localised[];
  eventsStarted: string[];
  eventsEnded: string[];
  /** Complaints per company and market: by level, settled, customers lost (complaints.ts). */
  complaints: ({ company: string; market: string } & ComplaintOutcome)[];
  /** Customer service per company and market with sales: contacts and hours to reply (service.ts). */
  service: { company: string; market: string; contacts: number; hours: number }[];
  /** Communities at work this turn: the share of active customers each engaged (community.ts), for the report. */
  community: { company: string; market: string; engaged: number }[];
  /** Fraud chargebacks per company and market (fraud.ts; phases/sales.ts). */
  chargebacks: { company: string; market: string; orders: number; amount: number }[];
  /** Per company: what became of its crises this turn (phases/crises.ts). */
  crisisOutcomes: Record<string, Localised[]>;
  /** Per company: its crises that ended this turn, as they stood (phases/crises.ts endCrises). */
  crisesEnded: Record<string, CrisisState[]>;
  /** Per company: compliance, insurance and team lines of this turn (phases/risk.ts). */
  compliance: Record<string, Localised[]>;
  /** Per company: research delivered this turn (research.ts). */
  research: Record<string, ResearchResult[]>;
  /** Exchange rates at the start of the turn, for the early-warning FX indicator (alerts.ts). */
  fxBefore: Readonly<Record<string, number>>;
}

export function newLog(turn: number, week: number, companies: readonly string[]): TurnLog {
  const refused: TurnLog['refused'] = {};
  const journal: TurnLog['journal'] = {};
  for (const id of companies) { refused[id] = []; journal[id] = []; }
  return { turn, week, refused, journal, cells: [], arrivals: [], messages: [], scriptProblems: [], news: [], eventsStarted: [], eventsEnded: [], crisisOutcomes: {}, crisesEnded: {}, compliance: {}, research: {}, fxBefore: {}, chargebacks: [], complaints: [], service: [], community: [] };
}

/** Orders charged back this turn for a company, in one market or (undefined) in all: the report's ratio and the alert's count. */
export function chargebackOrders(log: TurnLog, company: string, market: string | undefined): number {
  let n = 0;
  for (const c of log.chargebacks) if (c.company === company && (market === undefined || c.market === market)) n += c.orders;
  return n;
}

/** Complaints (complaints.ts) made to a company this turn, in one market or (undefined) in all: the report's rate and the alert's count. */
export function complaintCount(log: TurnLog, company: string, market: string | undefined): number {
  let n = 0;
  for (const c of log.complaints) if (c.company === company && (market === undefined || c.market === market)) n += c.total;
  return n;
}
