// Changes to a company gathered by the sales and cost phases from plain reads of
// the state, then applied in one copy-on-write step (withDelta).
import type { Company, Receivable } from './state';
import { emptyBalances, type Account } from './ledger';
import { copyCompany, copyFlows } from './companyCopy';

export interface CompanyDelta {
  cash: number;
  ledger: Record<Account, number>;
  /** location → product → change in units. */
  stock: Map<string, Map<string, number>>;
  flows: Map<string, { sold: number; lost: number; returned: number }>;
  receivables: Receivable[];
}

export function newDelta(): CompanyDelta {
  return { cash: 0, ledger: emptyBalances(), stock: new Map(), flows: new Map(), receivables: [] };
}

export function addStock(d: CompanyDelta, location: string, product: string, units: number): void {
  let at = d.stock.get(location);
  if (!at) { at = new Map(); d.stock.set(location, at); }
  at.set(product, (at.get(product) ?? 0) + units);
}

export function addFlows(d: CompanyDelta, product: string, sold: number, lost: number, returned: number): void {
  const f = d.flows.get(product) ?? { sold: 0, lost: 0, returned: 0 };
  f.sold += sold; f.lost += lost; f.returned += returned;
  d.flows.set(product, f);
}

/** A new company with the delta applied: plain copies of what changed, shared references to the rest. */
export function withDelta(c: Company, d: CompanyDelta): Company {
  const ledger = addBalances(c.ledger, d.ledger);
  const stock = d.stock.size > 0 ? { ...c.stock } : c.stock;
  for (const [loc, changes] of d.stock) {
    const at = (stock[loc] = { ...stock[loc] });
    for (const [product, units] of changes) at[product] = (at[product] ?? 0) + units;
  }
  const flows = d.flows.size > 0 ? { ...c.flows } : c.flows;
  for (const [product, f] of d.flows) {
    const next = (flows[product] = copyFlows(c.flows[product]!));
    next.sold += f.sold; next.lost += f.lost; next.returned += f.returned;
  }
  // New payouts are added as they are: settling pays each entry, so two entries
  // for the same currency and week are the same as one.
  const receivables = d.receivables.length > 0 ? [...c.receivables, ...d.receivables] : c.receivables;
  const out = copyCompany(c);
  out.cash = c.cash + d.cash; out.ledger = ledger; out.stock = stock; out.flows = flows; out.receivables = receivables;
  return out;
}

/**
 * The balances plus the delta's movements, as one literal with copyBalances' key
 * order: a loop over ACCOUNTS reads and writes each account through a generic
 * keyed lookup, about a third of withDelta's time on the campaign replay.
 */
function addBalances(b: Readonly<Record<Account, number>>, d: Readonly<Record<Account, number>>): Record<Account, number> {
  return {
    ads: b.ads + d.ads, cash: b.cash + d.cash, chargebacks: b.chargebacks + d.chargebacks, cogs: b.cogs + d.cogs,
    duties: b.duties + d.duties, equity: b.equity + d.equity, freight: b.freight + d.freight, frozen: b.frozen + d.frozen,
    fxGainLoss: b.fxGainLoss + d.fxGainLoss, inventory: b.inventory + d.inventory, overheads: b.overheads + d.overheads,
    paymentFees: b.paymentFees + d.paymentFees, platformFees: b.platformFees + d.platformFees, receivables: b.receivables + d.receivables,
    revenue: b.revenue + d.revenue, risk: b.risk + d.risk, service: b.service + d.service, storage: b.storage + d.storage,
    vat: b.vat + d.vat, writeOffs: b.writeOffs + d.writeOffs,
  };
}
