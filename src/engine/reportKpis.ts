// The report's sums (report.ts): a company's KPIs from all its ledger entries and
// sales cells, a market's from those of that market, each in entry or cell order.
// One tally serves a whole company report: its money part is read by the
// waterfall before the tally is cleared for each market in turn, so a report
// builds one tally a company, not one per market (its number fields hold doubles,
// and V8 gives every such field of a new record a heap box of its own).
import type { Kpis } from './schema/kpi';
import type { SalesCell } from './log';
import type { LedgerEntry } from './ledger';

/** Money without a KPI of its own, and the waterfall's "goods" and "other" parts. */
export interface MoneyTally {
  cogs: number;
  writeOffs: number;
  /** Crises, compliance, insurance: in profit (a credit to it, an insurance claim, lowers it). */
  risk: number;
  /** The waterfall's reading of the same entries (report.ts waterfall). */
  goods: number;
  otherRisk: number;
}

/**
 * The entries of `market` (every entry with `undefined`) into `k` and `b`. Comparing
 * ids costs less than finding each entry's market record by id: a company has few.
 */
export function addEntries(k: Kpis, b: MoneyTally, entries: readonly LedgerEntry[], market: string | undefined): void {
  for (const e of entries) if (market === undefined || e.market === market) addEntry(k, b, e);
}

function addEntry(k: Kpis, b: MoneyTally, e: LedgerEntry): void {
  const a = e.amount;
  switch (e.debit) {
    case 'platformFees': k.platformFees += a; break;
    case 'paymentFees': k.paymentFees += a; break;
    case 'freight': k.freightCost += a; break;
    case 'duties': case 'vat': k.dutiesAndTaxes += a; break;
    case 'ads': k.adSpend += a; break;
    case 'storage': k.storageCost += a; break;
    case 'chargebacks': k.chargebacks += a; break;
    case 'service': k.serviceCost += a; break;
    case 'risk': case 'overheads': b.risk += a; break; // overheads: research and salaries (phases/risk.ts)
    case 'cogs': b.cogs += a; break;
    case 'writeOffs': b.writeOffs += a; break;
    case 'fxGainLoss': k.fxGainLoss -= a; break;
    case 'cash': k.cash += a; break;
    default: break;
  }
  if (e.credit === 'revenue') k.revenue += a;
  if (e.credit === 'fxGainLoss') k.fxGainLoss += a;
  if (e.credit === 'risk') b.risk -= a; // insurance claims paid out
  if (e.credit === 'cash') k.cash -= a;
  if (e.debit === 'cogs' || e.debit === 'writeOffs') b.goods += a;
  else if (e.debit === 'risk' || e.debit === 'overheads') b.otherRisk += a;
  else if (e.credit === 'risk') b.otherRisk -= a;
}

/** Profit and gross margin once every entry is in. */
export function finishMoney(k: Kpis, b: MoneyTally): void {
  k.profit = k.revenue - k.platformFees - k.paymentFees - k.freightCost - k.dutiesAndTaxes - k.adSpend - k.storageCost - k.chargebacks - k.serviceCost - b.cogs - b.writeOffs - b.risk + k.fxGainLoss;
  k.grossMargin = k.revenue > 0 ? (k.revenue - k.dutiesAndTaxes - b.cogs) / k.revenue : 0;
}

/**
 * What the sales KPIs need besides the KPIs' own sums. The complaint rate is not
 * among them: it counts complaints from the turn log (buyerReport.ts
 * complaintAndChargebackRates), for the company and for each market.
 */
export interface SalesTally { placed: number; carts: number; days: number; returning: number; returned: number }

/** Both tallies in one record. */
export interface Tally extends MoneyTally, SalesTally {}

export function newTally(): Tally {
  return { cogs: 0, writeOffs: 0, risk: 0, goods: 0, otherRisk: 0, placed: 0, carts: 0, days: 0, returning: 0, returned: 0 };
}

/** Back to 0 for the next market. */
export function clearTally(t: Tally): void {
  t.cogs = 0; t.writeOffs = 0; t.risk = 0; t.goods = 0; t.otherRisk = 0;
  t.placed = 0; t.carts = 0; t.days = 0; t.returning = 0; t.returned = 0;
}

/** One cell; `gmv` is its served value in home money. */
export function addCell(k: Kpis, t: SalesTally, c: SalesCell, gmv: number): void {
  k.gmv += gmv;
  k.orders += c.servedOrders;
  k.unitsSold += c.unitsSold;
  k.visitors += c.visitors;
  k.stockouts += c.stockoutOrders;
  k.newCustomers += Math.max(0, c.servedOrders - c.returningOrders);
  t.placed += c.orders;
  t.carts += c.carts;
  t.days += c.deliveryDays * c.servedOrders;
  t.returning += Math.min(c.returningOrders, c.servedOrders);
  t.returned += c.returnedOrders;
}

export function finishSales(k: Kpis, t: SalesTally): void {
  const served = k.orders;
  k.conversionRate = k.visitors > 0 ? k.orders / k.visitors : 0;
  k.checkoutAbandonment = t.carts > 0 ? 1 - t.placed / t.carts : 0;
  k.aov = served > 0 ? Math.round(k.gmv / served) : 0;
  k.repeatRate = served > 0 ? t.returning / served : 0;
  k.deliveryDays = served > 0 ? t.days / served : 0;
  k.returnRate = served > 0 ? t.returned / served : 0;
}
