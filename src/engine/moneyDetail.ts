// Where the week's money went, beyond the waterfall's seven steps (DESIGN.md §2 step
// 8: KPIs "each with its breakdown"; §1: a report that says *why*). Two readings of
// the turn's ledger entries:
// - each cost step itemised by what the money was for (the entries' memos): a launch
//   week's "ads" step is mostly a creator campaign and native localisation, not
//   clicks, and "other" is research, certificates and salaries;
// - the cash bridge from profit to the change in cash: profit counts a sale when it
//   is made and goods when they are sold, cash when it moves, so a week can show a
//   profit while cash falls (marketplace payouts wait; stock is paid when ordered).
// Both add up exactly (tests/engine/systems/report.test.ts), as every entry moves
// the same amount out of one account and into another (ledger.ts).
import type { LedgerEntry } from './ledger';

export type CostStep = 'fees' | 'freight' | 'duties' | 'ads' | 'goods' | 'other';

/** One line of a step: its memo and its amount, signed as the step's (a cost is negative, a gain or a claim positive). */
export interface WaterfallPart { memo: string; amount: number }

/**
 * Profit to cash: `profit + unpaidSales + stock + frozen + capital = cash`, each the
 * week's effect on cash in home minor units. unpaidSales = −(change in sales not yet
 * paid out); stock = −(change in stock at cost: bought less sold, lost or written
 * off); frozen = −(change in funds held by a court or a payment hold); capital =
 * money put in by the owners; cash = the change in cash.
 */
export interface CashBridge { profit: number; unpaidSales: number; stock: number; frozen: number; capital: number; cash: number }

/** The step a debit is a cost of (reportKpis.ts addEntry and report.ts waterfall read the same accounts). */
const DEBIT_STEP: Readonly<Record<string, CostStep>> = {
  platformFees: 'fees', paymentFees: 'fees', chargebacks: 'fees',
  freight: 'freight', duties: 'duties', vat: 'duties', ads: 'ads', cogs: 'goods', writeOffs: 'goods',
  storage: 'other', service: 'other', risk: 'other', overheads: 'other', fxGainLoss: 'other',
};

/** Each cost step's parts, by memo in the order first met; the parts of a step sum to its waterfall amount. */
export function waterfallParts(entries: readonly LedgerEntry[]): Record<CostStep, WaterfallPart[]> {
  const out: Record<CostStep, WaterfallPart[]> = { fees: [], freight: [], duties: [], ads: [], goods: [], other: [] };
  const add = (step: CostStep, memo: string, amount: number) => {
    const list = out[step];
    const part = list.find((p) => p.memo === memo);
    if (part) part.amount += amount; else list.push({ memo, amount });
  };
  for (const e of entries) {
    const step = Object.hasOwn(DEBIT_STEP, e.debit) ? DEBIT_STEP[e.debit]! : undefined;
    if (step !== undefined) add(step, e.memo, 0 - e.amount);
    // An exchange gain and an insurance claim lower the "other" costs.
    if (e.credit === 'fxGainLoss' || e.credit === 'risk') add('other', e.memo, e.amount);
  }
  for (const step of Object.keys(out) as CostStep[]) out[step] = out[step].filter((p) => p.amount !== 0);
  return out;
}

/** The week's bridge from `profit` to the change in cash, from the same entries. */
export function cashBridge(entries: readonly LedgerEntry[], profit: number): CashBridge {
  let cash = 0, receivables = 0, inventory = 0, frozen = 0, capital = 0;
  for (const e of entries) {
    const a = e.amount;
    if (e.debit === 'cash') cash += a; else if (e.credit === 'cash') cash -= a;
    if (e.debit === 'receivables') receivables += a; else if (e.credit === 'receivables') receivables -= a;
    if (e.debit === 'inventory') inventory += a; else if (e.credit === 'inventory') inventory -= a;
    if (e.debit === 'frozen') frozen += a; else if (e.credit === 'frozen') frozen -= a;
    if (e.credit === 'equity') capital += a; else if (e.debit === 'equity') capital -= a;
  }
  return { profit, unpaidSales: 0 - receivables, stock: 0 - inventory, frozen: 0 - frozen, capital, cash };
}
