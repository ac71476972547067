// What happened in a turn, gathered by the phases and turned into the report.
import type { Localised } from './schema';
import type { LedgerEntry } from './ledger';
import type { RefusedAction } from './actions';

export interface SalesCell {
  company: string;
  market: string;
  channel: string;
  product: string;
  price: number;
  visitors: number;
  carts: number;
  checkouts: number;
  orders: number;
  returningOrders: number;
  abandoned: { price: number; delivery: number; payment: number; trust: number };
  servedOrders: number;
  unitsSold: number;
  lostOrders: number;
  returnedOrders: number;
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
  news: Localised[];
  eventsStarted: string[];
  eventsEnded: string[];
}

export function newLog(turn: number, week: number, companies: readonly string[]): TurnLog {
  const refused: TurnLog['refused'] = {};
  const journal: TurnLog['journal'] = {};
  for (const id of companies) { refused[id] = []; journal[id] = []; }
  return { turn, week, refused, journal, cells: [], arrivals: [], messages: [], news: [], eventsStarted: [], eventsEnded: [] };
}
