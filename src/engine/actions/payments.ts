// Which payment methods a company offers in a market (seed 004 failure case 4:
// cards only in Southeast Asia). A new method costs its setup fee once.
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { post } from '../ledger';
import { presence } from './own';
import { setupCostIn } from '../payments';

function setupCost(ctx: ActionContext, a: ActionOf<'setPayments'>): number {
  const current = ctx.company.markets[a.market]?.payments ?? [];
  const market = ctx.world.markets.get(a.market);
  let cost = 0;
  for (const id of a.methods) {
    const method = ctx.world.payments.get(id);
    if (method && !current.includes(id)) cost += setupCostIn(market, method);
  }
  return cost;
}

export const setPayments = {
  check(ctx: ActionContext, a: ActionOf<'setPayments'>): Refusal | null {
    if (!ctx.world.markets.has(a.market)) return refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
    for (const id of a.methods) if (!ctx.world.payments.has(id)) return refuse(`There is no payment method "${id}".`, `没有支付方式“${id}”。`);
    if (new Set(a.methods).size !== a.methods.length) return refuse('A payment method is listed twice.', '支付方式重复。');
    if (setupCost(ctx, a) > ctx.company.cash) return refuse('Not enough cash to set up these payment methods.', '现金不足，无法开通这些支付方式。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setPayments'>): void {
    const cost = setupCost(ctx, a);
    ctx.company.cash -= cost;
    post(ctx.company.ledger, ctx.journal, 'paymentFees', 'cash', cost, 'payment method setup', a.market);
    presence(ctx, a.market).payments = [...a.methods];
  },
};
