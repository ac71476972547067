// A double-entry ledger: every money movement debits one account and credits
// another by the same amount (home minor units), so the books always balance and
// the change in cash equals the sum of cash entries. Balances live in the company;
// the entries of a turn go into that turn's report.

import { smallInteger } from './math';

export const ACCOUNTS = [
  'cash', 'receivables', 'inventory', 'equity',
  'revenue', 'platformFees', 'paymentFees', 'freight', 'duties', 'vat',
  'ads', 'storage', 'cogs', 'writeOffs', 'fxGainLoss',
  // Risk (phases/crises.ts): money held by a court order or payment hold (an
  // asset), and the costs of crises, compliance and insurance (an expense).
  'frozen', 'risk',
  // Buyers (payments, service): chargebacks lost to payment fraud (fraud.ts), and
  // customer-service staff and after-sales costs (service.ts).
  'chargebacks', 'service',
  // Overheads (phases/risk.ts): market research and staff salaries.
  'overheads',
] as const;
export type Account = (typeof ACCOUNTS)[number];

export interface LedgerEntry {
  debit: Account;
  credit: Account;
  amount: number;
  memo: string;
  market?: string;
}

/** All balances at 0, as one literal (a fast-mode object; see kpis.ts). A test checks the keys equal ACCOUNTS. */
export function emptyBalances(): Record<Account, number> {
  return {
    ads: 0, cash: 0, chargebacks: 0, cogs: 0, duties: 0, equity: 0, freight: 0, frozen: 0, fxGainLoss: 0, inventory: 0,
    overheads: 0, paymentFees: 0, platformFees: 0, receivables: 0, revenue: 0, risk: 0, service: 0, storage: 0, vat: 0, writeOffs: 0,
  };
}

/**
 * A copy of a company's balances, as one literal like emptyBalances: a spread of a
 * 20-key record costs ~10× as much in V8 (it keeps only four keys in the object and
 * copies the rest to a separate array) and every later read goes through that array.
 */
export function copyBalances(b: Readonly<Record<Account, number>>): Record<Account, number> {
  return {
    ads: b.ads, cash: b.cash, chargebacks: b.chargebacks, cogs: b.cogs, duties: b.duties, equity: b.equity, freight: b.freight,
    frozen: b.frozen, fxGainLoss: b.fxGainLoss, inventory: b.inventory, overheads: b.overheads, paymentFees: b.paymentFees,
    platformFees: b.platformFees, receivables: b.receivables, revenue: b.revenue, risk: b.risk, service: b.service,
    storage: b.storage, vat: b.vat, writeOffs: b.writeOffs,
  };
}

/** Records a movement; negative amounts swap the sides, zero is skipped. */
export function post(
  balances: Record<Account, number>,
  journal: LedgerEntry[],
  debit: Account,
  credit: Account,
  amount: number,
  memo: string,
  market?: string,
): void {
  if (amount === 0) return;
  // Sides swapped in place rather than by a second call: a function that calls
  // itself is not inlined into its callers, and ~210 entries are posted a turn.
  const from = amount < 0 ? credit : debit;
  const to = amount < 0 ? debit : credit;
  const a = amount < 0 ? -amount : amount;
  balances[from] += a;
  balances[to] -= a;
  const entryAmount = smallInteger(a);
  journal.push(market === undefined ? { debit: from, credit: to, amount: entryAmount, memo } : { debit: from, credit: to, amount: entryAmount, memo, market });
}
