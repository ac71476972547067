// A weekly advertising budget per market. It is spent each turn while cash lasts.
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { presence } from './shipping';

export const setAdBudget = {
  check(ctx: ActionContext, a: ActionOf<'setAdBudget'>): Refusal | null {
    if (!ctx.world.markets.has(a.market)) return refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
    if (a.weekly > ctx.company.cash) return refuse('The weekly budget is more than the cash on hand.', '每周预算超过现有现金。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setAdBudget'>): void {
    presence(ctx, a.market).adBudget = a.weekly;
  },
};
