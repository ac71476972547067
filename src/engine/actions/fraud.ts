// A weekly fraud-control budget per market (seed 004 §05: 強化交易風控系統; lesson 16):
// screening that stops part of the chargebacks, with diminishing returns (fraud.ts).
// Paid each turn with the running costs while cash lasts.
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { presence } from './own';

export const setFraudControl = {
  check(ctx: ActionContext, a: ActionOf<'setFraudControl'>): Refusal | null {
    if (!ctx.world.markets.has(a.market)) return refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
    if (a.weekly > ctx.company.cash) return refuse('The weekly fraud-control budget is more than the cash on hand.', '每周风控预算超过现有现金。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setFraudControl'>): void {
    presence(ctx, a.market).fraudControl = a.weekly;
  },
};
