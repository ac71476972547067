// Builds a company's opening position from the scenario (the student's or a rival's).
import type { CompanyStart, Localised } from './schema';
import type { Company, MarketPresence } from './state';
import type { World } from './world';
import { emptyBalances, post, type LedgerEntry } from './ledger';
import { zeroKpis } from './kpis';

export function newPresence(): MarketPresence {
  return {
    awareness: 0, rating: 4, reviews: 0, customers: 0, satisfaction: 0.8, adBudget: 0,
    fulfilFrom: 'home', parcelCarrier: null, payments: [],
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
    id, name, controller,
    strategy: rival?.strategy ?? null,
    priceIndex: rival?.priceIndex ?? 1,
    cash: start.cash,
    bankrupt: false,
    stock: { home: {} },
    sourcing: [], shipments: [], listings: [], markets: {}, receivables: [],
    ledger, flows: {},
    lastKpis: zeroKpis(), lastMarketKpis: {},
  };
  post(ledger, journal, 'cash', 'equity', start.cash, 'opening cash');
  for (const w of world.scenario.warehouses) c.stock[w.id] = {};
  for (const s of start.stock) {
    const at = c.stock[s.location] ?? (c.stock[s.location] = {});
    at[s.product] = (at[s.product] ?? 0) + s.units;
    const f = c.flows[s.product] ?? (c.flows[s.product] = { ordered: 0, sold: 0, returned: 0, lost: 0, damaged: 0 });
    f.ordered += s.units; // opening stock counts as ordered, so stock is conserved from turn 1
    post(ledger, journal, 'inventory', 'equity', (world.products.get(s.product)?.unitCost ?? 0) * s.units, 'opening stock');
  }
  for (const l of start.listings) c.listings.push({ ...l, discount: 0, discountUntil: 0 });
  const presenceOf = (m: string) => c.markets[m] ?? (c.markets[m] = newPresence());
  for (const l of start.listings) presenceOf(l.market).rating = start.rating;
  for (const f of start.fulfilment) {
    const p = presenceOf(f.market);
    p.fulfilFrom = f.from;
    p.parcelCarrier = f.carrier ?? null;
  }
  for (const p of start.payments) presenceOf(p.market).payments = [...p.methods];
  for (const a of start.awareness) presenceOf(a.market).awareness = a.value;
  for (const m of Object.keys(c.markets)) c.markets[m]!.rating = start.rating;
  // What a script sees before the first report: the opening position, not zeros.
  c.lastKpis.cash = start.cash;
  c.lastKpis.rating = start.rating;
  c.lastKpis.satisfaction = newPresence().satisfaction;
  return c;
}
