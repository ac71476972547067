// The game state: everything that changes during a run, as a plain JSON tree.
// Static data stays in the (frozen) scenario the state points to; every other
// field is hashed by stateHash. Several companies live side by side — the
// student's, AI rivals, later classmates in a league — and no code assumes one.
import type { Localised, Scenario } from './schema';
import type { Kpis } from './schema/kpi';
import type { StreamLabel, StreamState } from './rng';
import type { ScriptSnapshot } from './script';
import type { Account } from './ledger';

export const RULES_VERSION = 1;

/** Where stock sits: "home" (the China warehouse) or an overseas warehouse id. */
export type LocationId = string;

export interface Listing {
  market: string;
  channel: string;
  product: string;
  /** Shelf price, market minor units. */
  price: number;
  /** Discount off the shelf price (0–0.9) and the last turn it runs. */
  discount: number;
  discountUntil: number;
}

export interface SourcingOrder { id: number; product: string; units: number; arrivesTurn: number }

export interface Shipment {
  id: number;
  product: string;
  units: number;
  carrier: string;
  to: LocationId;
  sentTurn: number;
  arrivesTurn: number;
  /** Drawn when sent (transit + customs + event delays). */
  days: number;
  lost: number;
  damaged: number;
}

export interface Receivable { currency: string; dueTurn: number; local: number; bookedHome: number }

export interface MarketPresence {
  awareness: number;
  rating: number;
  reviews: number;
  customers: number;
  satisfaction: number;
  adBudget: number;
  fulfilFrom: LocationId;
  parcelCarrier: string | null;
  payments: string[];
}

/** Per product: the flows that prove stock is conserved. */
export interface StockFlows { ordered: number; sold: number; returned: number; lost: number; damaged: number }

export interface Company {
  id: string;
  name: Localised;
  controller: 'player' | 'ai';
  strategy: 'follow' | 'undercut' | 'premium' | 'niche' | null;
  priceIndex: number;
  cash: number;
  bankrupt: boolean;
  stock: Record<LocationId, Record<string, number>>;
  sourcing: SourcingOrder[];
  shipments: Shipment[];
  listings: Listing[];
  markets: Record<string, MarketPresence>;
  receivables: Receivable[];
  ledger: Record<Account, number>;
  flows: Record<string, StockFlows>;
  /** Last turn's KPIs, which the scenario script and AI rivals see. */
  lastKpis: Kpis;
  lastMarketKpis: Record<string, Kpis>;
}

export interface ActiveEvent { id: string; startedTurn: number; endsTurn: number }

export interface Parameters {
  markets: Record<string, {
    vatRate: number; dutyRate: number; dutyFreeThreshold: number | null; vatFreeThreshold: number | null;
    perItemDuty: number; priceSensitivity: number; demandFactor: number;
  }>;
  channels: Record<string, { commission: number; feePerOrder: number }>;
  carriers: Record<string, { costFactor: number; extraDays: number }>;
}

export interface GameState {
  rulesVersion: number;
  scenarioId: string;
  scenarioHash: string;
  seed: number;
  /** Turns resolved so far; the next turn is turn + 1. */
  turn: number;
  finished: boolean;
  endReason: Localised | null;
  rng: Record<StreamLabel, StreamState>;
  /** Exchange rates: home-currency units per local unit, × 1e9, as integers (fx.ts). */
  fx: Record<string, number>;
  growthIndex: Record<string, number>;
  params: Parameters;
  events: ActiveEvent[];
  objectives: string[];
  script: ScriptSnapshot | null;
  /** Narrative from the script at the start of the run or in the last turn. */
  messages: Localised[];
  companies: Record<string, Company>;
  companyOrder: string[];
  nextId: number;
  /** The static world (frozen); not part of the hash, which records scenarioHash. */
  readonly scenario: Scenario;
}
