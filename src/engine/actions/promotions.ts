// Promotions (seed 000 §4.2, ch. 6: 限时促销、优惠券、捆绑销售、会员促销、节日活动):
// one at a time per market, for 1–4 turns; promotions.ts says what each does
// and how the report judges it (§6.3 促销效果评估).
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { presence } from './own';
import { post } from '../ledger';

function fee(ctx: ActionContext, a: ActionOf<'runPromotion'>): number {
  return a.kind === 'festival' ? ctx.world.scenario.marketing.festivalFee : 0;
}

export const runPromotion = {
  check(ctx: ActionContext, a: ActionOf<'runPromotion'>): Refusal | null {
    if (!ctx.world.markets.has(a.market)) return refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
    if (!ctx.company.listings.some((l) => l.market === a.market)) return refuse('List a product in this market before promoting it.', '请先在该市场上架商品再做促销。');
    const running = ctx.company.markets[a.market]?.promotion;
    if (running && running.until >= ctx.turn) return refuse(`A promotion already runs here until turn ${running.until}.`, `该市场已有促销进行中（至第${running.until}回合）。`);
    if (fee(ctx, a) > ctx.company.cash) return refuse('Not enough cash to stage the festival campaign.', '现金不足，无法举办节日活动。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'runPromotion'>): void {
    const cost = fee(ctx, a);
    ctx.company.cash -= cost;
    post(ctx.company.ledger, ctx.journal, 'ads', 'cash', cost, 'festival campaign', a.market);
    const p = presence(ctx, a.market);
    const before = { awareness: p.awareness, newCustomers: ctx.company.lastMarketKpis[a.market]?.newCustomers ?? 0, satisfaction: p.satisfaction };
    p.promotion = { before, depth: a.depth, from: ctx.turn, kind: a.kind, until: ctx.turn + a.turns - 1 };
  },
};
