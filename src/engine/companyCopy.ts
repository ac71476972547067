// Copy-on-write for a company: a working copy whose own fields (cash, ledger,
// order lists) can be changed freely, and whose records (markets, listings, stock,
// flows) are shared with the state it came from until a handler copies the one it
// changes (actions/own.ts). The per-company phases edit such copies and put them in
// a new state, instead of going through immer drafts: measured on the campaign, 20
// listing price changes cost 25.9 us through a draft and 0.8 us as copies
// (.scratch numbers quoted in src/engine/README.md), and the turn budget is 150 us.
import type { Company, ComplianceState, CrisisState, GameState, Listing, StockFlows } from './state';
import type { StreamLabel, StreamState } from './rng';
import { copyBalances } from './ledger';
import { copyRecords } from './recordLists';

/** The parts of a company an action may change that are copied up front (the rest: actions/own.ts). */
export type Part = 'ledger' | 'orders';

const ALL_PARTS: ReadonlySet<Part> = new Set<Part>(['ledger', 'orders']);

/** Which parts each action type changes (see actions/*.ts). Unknown types: everything. */
const PARTS_BY_ACTION: ReadonlyMap<string, readonly Part[]> = new Map<string, Part[]>([
  ['setPrice', []], ['delist', []], ['setDiscount', []],
  ['orderStock', ['ledger', 'orders']], ['ship', ['ledger', 'orders']],
  ['setFulfilment', []], ['setPayments', ['ledger']], ['setAdBudget', []],
  // Crisis lists are replaced, never edited in place (state.ts CrisisState), so only the ledger is copied.
  ['respondCrisis', ['ledger']], ['hedgeFx', []],
  ['setFraudControl', []], ['runKolCampaign', ['ledger']], ['setLocalisation', ['ledger']],
  ['runPromotion', ['ledger']], ['setLoyalty', ['ledger']], ['setComplaintHandling', []],
  // Compliance, research and team records are replaced whole, never edited in place (state.ts).
  ['registerTrademark', ['ledger']], ['certifyProduct', ['ledger']], ['registerTax', ['ledger']],
  ['setSecuritySpend', []], ['setCargoInsurance', []], ['commissionResearch', ['ledger']], ['setStaff', []],
  ['setService', []], ['setReturnPolicy', []], ['qualifyBackupSupplier', ['ledger']], ['setCommunity', []],
]);

export function partsFor(actions: readonly unknown[]): ReadonlySet<Part> {
  const parts = new Set<Part>();
  for (const a of actions) {
    const type = typeof a === 'object' && a !== null ? (a as { type?: unknown }).type : undefined;
    const p = typeof type === 'string' ? PARTS_BY_ACTION.get(type) : undefined;
    if (!p) return ALL_PARTS;
    for (const x of p) parts.add(x);
  }
  return parts;
}

/** A copy whose named parts can be changed freely; its records are shared and changed only through actions/own.ts. */
export function workingCopy(c: Company, parts: ReadonlySet<Part> = ALL_PARTS): Company {
  const copy = copyCompany(c);
  if (parts.has('ledger')) copy.ledger = copyBalances(c.ledger);
  // Orders and shipments are never edited in place, only added or dropped.
  if (parts.has('orders')) { copy.sourcing = copyRecords(c.sourcing); copy.shipments = copyRecords(c.shipments); }
  return copy;
}

/*
 * Copies of the state's fixed-shape records written as literals, keys in the order
 * newGame, openCompany and the record builders write them (code-unit order, so the
 * hash need not sort them). A spread (`{ ...c }`) of a record with more than four keys
 * costs several times as much in V8 — it keeps four keys in the object and copies the
 * rest to a separate array — and every later read of those keys pays an extra hop;
 * these records are copied tens of times a turn. The compiler checks that each
 * literal names every field of its type.
 */

/** A shallow copy of a company: every part shared until replaced. */
export function copyCompany(c: Company): Company {
  return {
    bankrupt: c.bankrupt, cash: c.cash, compliance: c.compliance, controller: c.controller, crises: c.crises, flows: c.flows,
    forwards: c.forwards, id: c.id, lastKpis: c.lastKpis, lastMarketKpis: c.lastMarketKpis, ledger: c.ledger, listings: c.listings,
    markets: c.markets, name: c.name, priceIndex: c.priceIndex, receivables: c.receivables, research: c.research,
    shipments: c.shipments, sourcing: c.sourcing, stock: c.stock, strategy: c.strategy, team: c.team,
  };
}

/** A shallow copy of a compliance record (its lists are replaced, never edited in place). */
export function copyCompliance(k: ComplianceState): ComplianceState {
  return {
    certificates: k.certificates, insured: k.insured, insuredShipments: k.insuredShipments, removed: k.removed,
    securityWeekly: k.securityWeekly, strikes: k.strikes, taxIds: k.taxIds, trademarks: k.trademarks,
    backupSupplier: k.backupSupplier,
  };
}

/**
 * A crisis record copied as one literal in the key order phases/crises.ts opens
 * crises in, not spread: a spread copy takes a hidden class of its own, and code
 * reading the crisis lists is then deoptimised in every grade worker's warm-up.
 */
export function copyCrisis(x: CrisisState): CrisisState {
  return {
    answerBy: x.answerBy, answeredTurn: x.answeredTurn, chosen: x.chosen, endsTurn: x.endsTurn, event: x.event, frozen: x.frozen,
    hit: x.hit, id: x.id, severity: x.severity, startedTurn: x.startedTurn, worked: x.worked,
  };
}

export function copyFlows(f: StockFlows): StockFlows {
  return { damaged: f.damaged, lost: f.lost, ordered: f.ordered, returned: f.returned, sold: f.sold };
}

export function copyListing(l: Listing): Listing {
  return { channel: l.channel, discount: l.discount, discountUntil: l.discountUntil, market: l.market, price: l.price, product: l.product };
}

/** A shallow copy of the state (keys as newGame writes them). */
export function copyState(s: GameState): GameState {
  return {
    companies: s.companies, companyOrder: s.companyOrder, endReason: s.endReason, events: s.events, finished: s.finished, fx: s.fx,
    growthIndex: s.growthIndex, messages: s.messages, nextId: s.nextId, objectives: s.objectives, params: s.params, rng: s.rng,
    rulesVersion: s.rulesVersion, scenario: s.scenario, scenarioHash: s.scenarioHash, scenarioId: s.scenarioId, script: s.script,
    seed: s.seed, turn: s.turn,
  };
}

/** The random streams, copied to be replaced one by one (keys in STREAM_LABELS order, as newGame writes them). */
export function copyStreams(r: Readonly<Record<StreamLabel, StreamState>>): Record<StreamLabel, StreamState> {
  return {
    fx: r.fx, events: r.events, logistics: r.logistics, demand: r.demand, customers: r.customers,
    rivals: r.rivals, crises: r.crises, compliance: r.compliance, research: r.research,
  };
}

/** A new state with some companies replaced. */
export function withCompanies(state: GameState, changed: ReadonlyMap<string, Company>, extra?: Partial<GameState>): GameState {
  const out = copyState(state);
  if (extra) Object.assign(out, extra);
  if (changed.size === 0) return out;
  const companies = { ...state.companies };
  for (const [id, c] of changed) companies[id] = c;
  out.companies = companies;
  return out;
}
