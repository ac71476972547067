// Prices, listings and discounts (seed 000 ch. 4).
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { demandIn } from '../world';
import { listing, listings, openPresence } from './own';
import { removedUntil } from '../compliance';
import { keepRecords } from '../recordLists';

type Where = { market: string; channel: string; product: string };

/** A listing needs a market, a channel serving it and a product sold there. */
export function checkWhere(ctx: ActionContext, a: Where): Refusal | null {
  const { world } = ctx;
  if (!world.markets.has(a.market)) return refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
  const channel = world.channels.get(a.channel);
  if (!channel) return refuse(`There is no channel "${a.channel}".`, `没有渠道“${a.channel}”。`);
  if (!channel.markets.includes(a.market)) return refuse(`${channel.name.en} does not serve ${a.market}.`, `${channel.name.zh}不覆盖该市场。`);
  if (!world.products.has(a.product)) return refuse(`There is no product "${a.product}".`, `没有商品“${a.product}”。`);
  if (!demandIn(world, a.market, a.product)) return refuse(`${a.product} is not sold in ${a.market}.`, `该商品不在此市场销售。`);
  return null;
}

export function findListing(ctx: ActionContext, a: Where) {
  return ctx.company.listings.find((l) => l.market === a.market && l.channel === a.channel && l.product === a.product);
}

export const setPrice = {
  check(ctx: ActionContext, a: ActionOf<'setPrice'>): Refusal | null {
    const where = checkWhere(ctx, a);
    if (where) return where;
    const ref = demandIn(ctx.world, a.market, a.product)?.referencePrice ?? 0;
    if (a.price < 1) return refuse('A price must be above zero.', '价格必须大于零。');
    // A listing taken down, or on a suspended account, stays down until its time is up (phases/risk.ts).
    const down = ctx.company.compliance.removed.length + ctx.company.compliance.strikes.length > 0 ? removedUntil(ctx.company, a.market, a.channel, a.product) : 0;
    if (down >= ctx.turn) return refuse(`This listing is down (takedown or account suspension) until turn ${down}.`, `该商品已被下架（投诉或账户被封），至第${down}回合。`);
    // Twenty times the going price is a typo, not a strategy.
    if (ref > 0 && a.price > ref * 20) return refuse('That price is over 20 times what shoppers expect; check the digits.', '价格超过市场参考价的20倍，请检查数字。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setPrice'>): void {
    openPresence(ctx, a.market); // listing in a market opens a presence there (its costs report under it)
    const l = findListing(ctx, a);
    if (l) listing(ctx, l).price = a.price;
    else listings(ctx).push({ channel: a.channel, discount: 0, discountUntil: 0, market: a.market, price: a.price, product: a.product });
  },
};

export const delist = {
  check(ctx: ActionContext, a: ActionOf<'delist'>): Refusal | null {
    return findListing(ctx, a) ? null : refuse('That product is not listed there.', '该商品未在此上架。');
  },
  apply(ctx: ActionContext, a: ActionOf<'delist'>): void {
    ctx.company.listings = keepRecords(ctx.company.listings, (l) => !(l.market === a.market && l.channel === a.channel && l.product === a.product));
  },
};

export const setDiscount = {
  check(ctx: ActionContext, a: ActionOf<'setDiscount'>): Refusal | null {
    return findListing(ctx, a) ? null : refuse('List the product before discounting it.', '请先上架再设置折扣。');
  },
  apply(ctx: ActionContext, a: ActionOf<'setDiscount'>): void {
    const found = findListing(ctx, a);
    if (!found) return;
    const l = listing(ctx, found);
    l.discount = a.discount;
    l.discountUntil = ctx.turn + a.turns - 1;
  },
};
