// Customer decisions per market (seed 004 §03 會員等級體系, §05 客戶投訴分級響應機制):
// run a loyalty programme (a setup cost once, then a weekly cost and the points it
// gives back), choose how complaints are handled, and run a community of buyers.
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { presence } from './own';
import { post } from '../ledger';
import { loyaltySpec } from '../customerBase';
import { weeklyBudget } from './budget';

function setupCost(ctx: ActionContext, a: ActionOf<'setLoyalty'>): number {
  const current = ctx.company.markets[a.market]?.loyalty ?? 'none';
  return a.programme === current ? 0 : loyaltySpec(ctx.world.scenario, a.programme).setupCost;
}

export const setLoyalty = {
  check(ctx: ActionContext, a: ActionOf<'setLoyalty'>): Refusal | null {
    if (!ctx.world.markets.has(a.market)) return refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
    if (setupCost(ctx, a) > ctx.company.cash) return refuse('Not enough cash to start this loyalty programme.', '现金不足，无法开通该会员计划。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setLoyalty'>): void {
    const cost = setupCost(ctx, a);
    ctx.company.cash -= cost;
    post(ctx.company.ledger, ctx.journal, 'ads', 'cash', cost, 'loyalty programme setup', a.market);
    presence(ctx, a.market).loyalty = a.programme;
  },
};

export const setComplaintHandling = {
  check(ctx: ActionContext, a: ActionOf<'setComplaintHandling'>): Refusal | null {
    return ctx.world.markets.has(a.market) ? null : refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
  },
  apply(ctx: ActionContext, a: ActionOf<'setComplaintHandling'>): void {
    presence(ctx, a.market).complaintHandling = a.policy;
  },
};

/**
 * A weekly community-operations budget in a market (seed 004 §03 社群運營; community.ts):
 * paid each turn with the ads while cash lasts; 0 stops it. A community is of the
 * company's own buyers, so it needs a listing in the market.
 */
export const setCommunity = weeklyBudget('community', { en: 'community', zh: '社群运营' }, true);
