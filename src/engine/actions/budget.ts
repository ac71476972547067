// A weekly per-market budget held on the company's presence and paid with the running
// costs while cash lasts (phases/costs.ts): fraud screening (fraud.ts), community
// operations (community.ts). Refused for an unknown market or above the cash on hand.
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import { presence } from './own';
import { listsIn } from '../company';

type BudgetField = 'fraudControl' | 'community';

/**
 * The handler of an action `{ market, weekly }` that sets `field`; `what` names the
 * budget in the refusal. `needsListing`: a budget above 0 is refused where the company
 * lists nothing (checked against its listings as the turn's earlier actions left them).
 */
export function weeklyBudget(field: BudgetField, what: { en: string; zh: string }, needsListing = false) {
  return {
    check(ctx: ActionContext, a: { market: string; weekly: number }): Refusal | null {
      if (!ctx.world.markets.has(a.market)) return refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
      if (a.weekly > ctx.company.cash) return refuse(`The weekly ${what.en} budget is more than the cash on hand.`, `每周${what.zh}预算超过现有现金。`);
      if (needsListing && a.weekly > 0 && !listsIn(ctx.company, a.market)) {
        return refuse(`List a product in this market first: a ${what.en} budget there would reach no one.`, `请先在这个市场上架商品：那里的${what.zh}预算带动不了任何人。`);
      }
      return null;
    },
    apply(ctx: ActionContext, a: { market: string; weekly: number }): void {
      presence(ctx, a.market)[field] = a.weekly;
    },
  };
}
