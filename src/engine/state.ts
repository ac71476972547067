// The game state: everything that changes during a run, as a plain JSON tree.
// Static data stays in the (frozen) scenario the state points to; every other
// field is hashed by stateHash. Several companies live side by side — the
// student's, AI rivals, later classmates in a league — and no code assumes one.
import type { ComplaintPolicy, Localised, LocalisationLevel, LoyaltyProgramme, PromotionKind, ResearchKind, ResearchMeasure, Scenario } from './schema';
import type { Kpis } from './schema/kpi';
import type { StreamLabel, StreamState } from './rng';
import type { ScriptSnapshot } from './script';
import type { Account } from './ledger';

/**
 * Bumped on purpose whenever the same scenario, seed and actions give another state
 * or score. 4: a crisis answered in a way that ended it at once counts as answered
 * (score/crises.ts), so a run's score may differ from rules 3.
 */
export const RULES_VERSION = 4;

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
  /** Weekly fraud-control (screening) spend, home minor units (fraud.ts). */
  fraudControl: number;
  /** `adBudget` buys social ads (awareness, CPM); this buys search clicks (CPC), home minor units a week (marketing.ts). */
  searchBudget: number;
  /** Creator (KOL/KOC) buzz, 0–1: tops up awareness each week and fades (marketing.ts). */
  buzz: number;
  localisation: LocalisationLevel;
  /** Last turn of a cultural backlash (0: none). */
  backlashUntil: number;
  /** The running promotion, replaced whole, never edited in place (promotions.ts). */
  promotion: Promotion | null;
  /** Orders and AOV of a normal week (smoothed over turns without a promotion): the baseline a promotion is judged against. */
  baselineOrders: number;
  baselineAov: number;
  /** Past buyers by lifecycle stage and RFM segment, expected counts (customerBase.ts); replaced whole each turn. */
  pool: CustomerPool;
  loyalty: LoyaltyProgramme;
  complaintHandling: ComplaintPolicy;
  /** Customer service (service.ts): agents, cover in the buyers' language and hours, and the return policy. */
  agents: number;
  localLanguage: boolean;
  localHours: boolean;
  returnDays: 14 | 30 | 60;
  freeReturns: boolean;
  /**
   * Weekly community-operations budget, home minor units (community.ts); undefined
   * until first set, which the state hash drops, so runs without it hash as before.
   */
  community: number | undefined;
}

/**
 * Past buyers of a company in a market (seed 004 §03: RFM, 新客→成長期→成熟期→衰退期):
 * `new` bought once lately; `growing` bought again; `mature` buys regularly (RFM
 * champions); `atRisk` repeat buyers gone quiet; `hibernating` one-time buyers gone
 * quiet; `lost` left for good (a running total).
 */
export interface CustomerPool { atRisk: number; growing: number; hibernating: number; lost: number; mature: number; new: number }

/**
 * A promotion in a market, and the market the week before it began, so the report can
 * judge it by what changed (seed 000 §6.3 促销效果评估): awareness and satisfaction at its
 * start and the new customers of the week before (keys in code-unit order).
 */
export interface Promotion { before: PromotionBefore; depth: number; from: number; kind: PromotionKind; until: number }
export interface PromotionBefore { awareness: number; newCustomers: number; satisfaction: number }

/**
 * An open crisis of one company (schema/crisis.ts, phases/crises.ts). Active from
 * `startedTurn` to `endsTurn`; a response is accepted up to `answerBy`. Arrays of
 * these are replaced, never edited in place, so a working copy need not copy them.
 */
export interface CrisisState {
  answerBy: number;
  answeredTurn: number | null;
  chosen: number | null;
  endsTurn: number;
  /** The event type that opened it. */
  event: string;
  /** Home minor units held in the `frozen` account by a freeze impact. */
  frozen: number;
  /** Once-impacts have hit (at the answer or when the window closed). */
  hit: boolean;
  id: string;
  /** Multiplies the impacts: 1 until answered, then the option's outcome. */
  severity: number;
  startedTurn: number;
  worked: boolean | null;
}

/**
 * An FX forward (forwards.ts): `share` of each turn's sales in `currency` from
 * `fromTurn` to `untilTurn` is converted at `rate` (home units per local × 1e9)
 * instead of the spot rate. Replaced, never edited in place.
 */
export interface Forward { currency: string; fromTurn: number; id: number; rate: number; share: number; untilTurn: number }

/**
 * A company's compliance position (compliance.ts, phases/risk.ts). Replaced whole,
 * never edited in place, so a working copy need not copy it. Registrations count
 * from `effectiveTurn` on.
 */
export interface ComplianceState {
  certificates: { effectiveTurn: number; market: string; product: string }[];
  /** Cargo insurance on shipments sent from now on. */
  insured: boolean;
  /** Ids of insured shipments still on the way (claims are paid when they land). */
  insuredShipments: number[];
  /** Listings taken down (IP complaint) or frozen by an account suspension, restored after `untilTurn`. */
  removed: { listing: Listing; reason: 'suspension' | 'takedown'; untilTurn: number }[];
  /** Weekly data and payment security spend, home minor units. */
  securityWeekly: number;
  /** Strikes per channel account (each takedown adds one; they fade) and the last turn of a suspension (0: none). */
  strikes: { channel: string; suspendedUntil: number; value: number }[];
  taxIds: { effectiveTurn: number; market: string }[];
  trademarks: { effectiveTurn: number; market: string }[];
  /**
   * A backup supplier qualified beforehand (actions/sourcing.ts), able to take over from
   * `effectiveTurn`. Undefined until one is: the state hash drops undefined fields, so
   * the states of runs that never qualify one hash as they did before the field existed.
   */
  backupSupplier?: { effectiveTurn: number } | undefined;
}

/** A research result the company holds (research.ts): an estimate with its stated error (± one standard error, same unit). */
export interface ResearchResult {
  error: number;
  estimate: number;
  id: string;
  kind: ResearchKind;
  market: string;
  measure: ResearchMeasure;
  product?: string;
  turn: number;
}

export interface ResearchOrder { dueTurn: number; id: string; kind: ResearchKind; market: string; measure: ResearchMeasure; product?: string }

/** Commissioned and delivered research; replaced whole, never edited in place. */
export interface ResearchState { pending: ResearchOrder[]; results: ResearchResult[] }

/** Staff by role and the execution factor they give (team.ts); replaced whole. */
export interface TeamState {
  data: number;
  /** Cart-rate multiplier from the team's capacity, set before demand each turn (1 = enough people). */
  execution: number;
  marketing: number;
  operations: number;
  service: number;
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
  crises: CrisisState[];
  forwards: Forward[];
  compliance: ComplianceState;
  research: ResearchState;
  team: TeamState;
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
