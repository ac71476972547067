// Builds a company's opening position from the scenario (the student's or a rival's).
import type { CompanyStart, Localised } from './schema';
import type { Company, ComplianceState, MarketPresence } from './state';
import type { World } from './world';
import { emptyBalances, post, type LedgerEntry } from './ledger';
import { zeroKpis } from './kpis';
import { recordList } from './recordLists';

/** Whether the company lists anything in the market (a loop: no closure per call on the report's and rivals' paths). */
export function listsIn(company: Company, market: string): boolean {
  for (const l of company.listings) if (l.market === market) return true;
  return false;
}

/**
 * Whether the company can deliver in a market it is present in: from home it needs a
 * parcel carrier chosen, else a warehouse the scenario has. Without one the market
 * gets no visitors (phases/demand.ts promisedDays: the same test, giving the days).
 */
export function canDeliver(world: World, p: Pick<MarketPresence, 'fulfilFrom' | 'parcelCarrier'>): boolean {
  return p.fulfilFrom === 'home' ? p.parcelCarrier !== null && world.carriers.has(p.parcelCarrier) : world.warehouses.has(p.fulfilFrom);
}

export function newPresence(): MarketPresence {
  return {
    adBudget: 0, agents: 0, awareness: 0, backlashUntil: 0, baselineAov: 0, baselineOrders: 0, buzz: 0, community: undefined, complaintHandling: 'fifo',
    customers: 0, fraudControl: 0, freeReturns: false, fulfilFrom: 'home', localHours: false, localLanguage: false, localisation: 'machine', loyalty: 'none', parcelCarrier: null,
    payments: [], pool: { atRisk: 0, growing: 0, hibernating: 0, lost: 0, mature: 0, new: 0 }, promotion: null, rating: 4, returnDays: 30, reviews: 0, satisfaction: 0.8, searchBudget: 0,
  };
}

/**
 * A copy of a presence as one literal, keys as newPresence writes them: a spread of
 * this 30-key record is several times slower in V8 and leaves most keys outside the
 * object, where every later read pays an extra hop (companyCopy.ts).
 */
export function copyPresence(p: MarketPresence): MarketPresence {
  return {
    adBudget: p.adBudget, agents: p.agents, awareness: p.awareness, backlashUntil: p.backlashUntil, baselineAov: p.baselineAov,
    baselineOrders: p.baselineOrders, buzz: p.buzz, community: p.community, complaintHandling: p.complaintHandling, customers: p.customers,
    fraudControl: p.fraudControl, freeReturns: p.freeReturns, fulfilFrom: p.fulfilFrom, localHours: p.localHours,
    localLanguage: p.localLanguage, localisation: p.localisation, loyalty: p.loyalty, parcelCarrier: p.parcelCarrier,
    payments: p.payments, pool: p.pool, promotion: p.promotion, rating: p.rating, returnDays: p.returnDays, reviews: p.reviews,
    satisfaction: p.satisfaction, searchBudget: p.searchBudget,
  };
}

export function noCompliance(): ComplianceState {
  return {
    certificates: recordList(), insured: false, insuredShipments: [], removed: recordList(), securityWeekly: 0,
    strikes: recordList(), taxIds: recordList(), trademarks: recordList(), backupSupplier: undefined,
  };
}

export function openCompany(
  world: World,
  id: string,
  name: Localised,
  controller: Company['controller'],
  start: CompanyStart,
  rival?: { strategy: NonNullable<Company['strategy']>; priceIndex: number },
): Company {
  const ledger = emptyBalances();
  const journal: LedgerEntry[] = [];
  const c: Company = {
    bankrupt: false,
    cash: start.cash,
    compliance: noCompliance(),
    controller,
    crises: recordList(),
    flows: {},
    forwards: recordList(),
    id,
    lastKpis: zeroKpis(),
    lastMarketKpis: {},
    ledger,
    listings: recordList(),
    markets: {},
    name,
    priceIndex: rival?.priceIndex ?? 1,
    receivables: recordList(),
    research: { pending: recordList(), results: recordList() },
    shipments: recordList(),
    sourcing: recordList(),
    stock: { home: {} },
    strategy: rival?.strategy ?? null,
    team: { data: 0, execution: 1, marketing: 0, operations: 0, service: 0 },
  };
  post(ledger, journal, 'cash', 'equity', start.cash, 'opening cash');
  for (const w of world.scenario.warehouses) c.stock[w.id] = {};
  for (const s of start.stock) {
    const at = c.stock[s.location] ?? (c.stock[s.location] = {});
    at[s.product] = (at[s.product] ?? 0) + s.units;
    const f = c.flows[s.product] ?? (c.flows[s.product] = { damaged: 0, lost: 0, ordered: 0, returned: 0, sold: 0 });
    f.ordered += s.units; // opening stock counts as ordered, so stock is conserved from turn 1
    post(ledger, journal, 'inventory', 'equity', (world.products.get(s.product)?.unitCost ?? 0) * s.units, 'opening stock');
  }
  // Keys in code-unit order here and below: the state hash then need not sort them.
  for (const l of start.listings) c.listings.push({ channel: l.channel, discount: 0, discountUntil: 0, market: l.market, price: l.price, product: l.product });
  const presenceOf = (m: string) => c.markets[m] ?? (c.markets[m] = newPresence());
  for (const l of start.listings) presenceOf(l.market).rating = start.rating;
  for (const f of start.fulfilment) {
    const p = presenceOf(f.market);
    p.fulfilFrom = f.from;
    p.parcelCarrier = f.carrier ?? null;
  }
  for (const p of start.payments) presenceOf(p.market).payments = [...p.methods];
  for (const a of start.awareness) presenceOf(a.market).awareness = a.value;
  for (const l of start.localisation) presenceOf(l.market).localisation = l.level;
  for (const t of start.service) {
    const p = presenceOf(t.market);
    p.agents = t.agents; p.localLanguage = t.localLanguage; p.localHours = t.localHours;
  }
  for (const m of Object.keys(c.markets)) c.markets[m]!.rating = start.rating;
  // What a script sees before the first report: the opening position, not zeros.
  c.lastKpis.cash = start.cash;
  c.lastKpis.rating = start.rating;
  c.lastKpis.satisfaction = newPresence().satisfaction;
  return c;
}
