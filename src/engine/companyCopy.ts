// Copy-on-write for a company: a working copy whose parts can be changed freely,
// sharing nothing mutable with the state it came from. The per-company phases
// (decisions, goods, customers, closing) edit such copies and put them in a new
// state, instead of going through immer drafts: measured on the campaign, 20
// listing price changes cost 25.9 us through a draft and 0.8 us as copies
// (.scratch numbers quoted in src/engine/README.md), and the turn budget is 150 us.
import type { Company, GameState } from './state';

/** The parts of a company an action may change. */
export type Part = 'stock' | 'markets' | 'flows' | 'ledger' | 'listings' | 'orders';

const ALL_PARTS: ReadonlySet<Part> = new Set<Part>(['stock', 'markets', 'flows', 'ledger', 'listings', 'orders']);

/** Which parts each action type changes (see actions/*.ts). Unknown types: everything. */
const PARTS_BY_ACTION: ReadonlyMap<string, readonly Part[]> = new Map<string, Part[]>([
  ['setPrice', ['listings', 'markets']], ['delist', ['listings']], ['setDiscount', ['listings']],
  ['orderStock', ['ledger', 'flows', 'orders']], ['ship', ['stock', 'ledger', 'markets', 'orders']],
  ['setFulfilment', ['markets']], ['setPayments', ['markets', 'ledger']], ['setAdBudget', ['markets']],
  // Crisis lists are replaced, never edited in place (state.ts CrisisState), so only the ledger is copied.
  ['respondCrisis', ['ledger']], ['hedgeFx', []],
  ['setFraudControl', ['markets']], ['runKolCampaign', ['markets', 'ledger']], ['setLocalisation', ['markets', 'ledger']],
  ['runPromotion', ['markets', 'ledger']], ['setLoyalty', ['markets', 'ledger']], ['setComplaintHandling', ['markets']],
  // Compliance, research and team records are replaced whole, never edited in place (state.ts).
  ['registerTrademark', ['ledger']], ['certifyProduct', ['ledger']], ['registerTax', ['ledger']],
  ['setSecuritySpend', []], ['setCargoInsurance', []], ['commissionResearch', ['ledger']], ['setStaff', []],
  ['setService', ['markets']], ['setReturnPolicy', ['markets']],
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

/** A copy whose named parts can be changed freely; other parts are shared and must not be. */
export function workingCopy(c: Company, parts: ReadonlySet<Part> = ALL_PARTS): Company {
  const copy: Company = { ...c };
  if (parts.has('stock')) {
    const stock: Company['stock'] = {};
    for (const loc of Object.keys(c.stock)) stock[loc] = { ...c.stock[loc] };
    copy.stock = stock;
  }
  if (parts.has('markets')) {
    const markets: Company['markets'] = {};
    for (const m of Object.keys(c.markets)) {
      const p = c.markets[m]!;
      markets[m] = { ...p, payments: [...p.payments] };
    }
    copy.markets = markets;
  }
  if (parts.has('flows')) {
    const flows: Company['flows'] = {};
    for (const p of Object.keys(c.flows)) flows[p] = { ...c.flows[p]! };
    copy.flows = flows;
  }
  if (parts.has('ledger')) copy.ledger = { ...c.ledger };
  if (parts.has('listings')) copy.listings = c.listings.map((l) => ({ ...l }));
  // Orders and shipments are never edited in place, only added or dropped.
  if (parts.has('orders')) { copy.sourcing = [...c.sourcing]; copy.shipments = [...c.shipments]; }
  return copy;
}

/** A new state with some companies replaced. */
export function withCompanies(state: GameState, changed: ReadonlyMap<string, Company>, extra: Partial<GameState> = {}): GameState {
  if (changed.size === 0) return { ...state, ...extra };
  const companies = { ...state.companies };
  for (const [id, c] of changed) companies[id] = c;
  return { ...state, ...extra, companies };
}
