// A weekly per-market budget held on the company's presence and paid with the running
// costs while cash lasts (phases/costs.ts): fraud screening (fraud.ts), community
// operations (community.ts). Refused for an unknown market or above the cash on hand.
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import { presence } from './own';

type BudgetField = 'fraudControl' | 'community';

/** The handler of an action `{ market, weekly }` that sets `field`; `what` names the budget in the refusal. */
export function weeklyBudget(field: BudgetField, what: { en: string; zh: string }) {
  return {
    check(ctx: ActionContext, a: { market: string; weekly: number }): Refusal | null {
      if (!ctx.world.markets.has(a.market)) return refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
      if (a.weekly > ctx.company.cash) return refuse(`The weekly ${what.en} budget is more than the cash on hand.`, `每周${what.zh}预算超过现有现金。`);
      return null;
    },
    apply(ctx: ActionContext, a: { market: string; weekly: number }): void {
      presence(ctx, a.market)[field] = a.weekly;
    },
  };
}
