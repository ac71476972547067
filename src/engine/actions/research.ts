// Commissioning market research (seed 000 §2.1 市场调研方法; lesson 5). Paid at once;
// the result arrives after the method's `turns` (phases/risk.ts, research.ts).
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { post } from '../ledger';
import { demandIn } from '../world';

export const commissionResearch = {
  check(ctx: ActionContext, a: ActionOf<'commissionResearch'>): Refusal | null {
    const { world, company } = ctx;
    if (!world.markets.has(a.market)) return refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
    if (a.measure === 'priceSensitivity') {
      if (a.product !== undefined) return refuse('Price sensitivity is measured per market: leave out the product.', '价格敏感度按市场测量，请不要指定商品。');
    } else {
      if (a.product === undefined) return refuse('Name the product to study.', '请指定要调研的商品。');
      if (!demandIn(world, a.market, a.product)) return refuse(`${a.product} is not sold in ${a.market}.`, `该商品不在此市场销售。`);
    }
    if (a.kind === 'experiment' && !company.listings.some((l) => l.market === a.market && (a.product === undefined || l.product === a.product))) {
      return refuse(`A price experiment tests prices on your own shelf: list ${a.product ?? 'a product'} in ${a.market} first.`, `实验调研需在自己的店铺测试价格：请先在${a.market}上架商品。`);
    }
    if (company.research.pending.some((o) => o.kind === a.kind && o.market === a.market && o.measure === a.measure && o.product === a.product)) {
      return refuse('The same study is already under way.', '同样的调研正在进行中。');
    }
    if (world.scenario.research[a.kind].cost > company.cash) return refuse('Not enough cash for this study.', '现金不足，无法委托该调研。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'commissionResearch'>): void {
    const method = ctx.world.scenario.research[a.kind];
    const company = ctx.company;
    company.cash -= method.cost;
    post(company.ledger, ctx.journal, 'overheads', 'cash', method.cost, 'market research', a.market);
    const order = { dueTurn: ctx.turn + method.turns, id: `r${++ctx.ids.next}`, kind: a.kind, market: a.market, measure: a.measure, ...(a.product === undefined ? {} : { product: a.product }) };
    company.research = { ...company.research, pending: [...company.research.pending, order] };
  },
};
