// Marketing decisions per market (seed 000 ch. 6–7; seed 004 §06 failure 3):
// weekly budgets for social ads (awareness, priced per thousand impressions) and
// search ads (clicks, priced per click), spent each turn while cash lasts; creator
// campaigns by tier, paid at once; and the localisation of listings and ads.
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { presence } from './own';
import { post } from '../ledger';
import { addBuzz, adPrices, kolImpulse, kolTier, localisationLevel } from '../marketing';
import type { KolTier } from '../schema/buyers';

function noMarket(ctx: ActionContext, market: string): Refusal | null {
  return ctx.world.markets.has(market) ? null : refuse(`There is no market "${market}".`, `没有市场“${market}”。`);
}

export const setAdBudget = {
  check(ctx: ActionContext, a: ActionOf<'setAdBudget'>): Refusal | null {
    const none = noMarket(ctx, a.market);
    if (none) return none;
    if (a.weekly > ctx.company.cash) return refuse('The weekly budget is more than the cash on hand.', '每周预算超过现有现金。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setAdBudget'>): void {
    const p = presence(ctx, a.market);
    if (a.kind === 'search') p.searchBudget = a.weekly;
    else p.adBudget = a.weekly;
  },
};

/**
 * Each tier's ledger memo, written out: memos are compared with fixed texts
 * (phases/customers.ts: "advertising"), and a text put together at run time met
 * there after V8 optimised the comparison for fixed ones had it deoptimised.
 */
const KOL_MEMO: Readonly<Record<KolTier, string>> = {
  top: 'KOL/KOC campaign (top)', mid: 'KOL/KOC campaign (mid)', micro: 'KOL/KOC campaign (micro)', seeding: 'KOL/KOC campaign (seeding)',
};

export const runKolCampaign = {
  check(ctx: ActionContext, a: ActionOf<'runKolCampaign'>): Refusal | null {
    const none = noMarket(ctx, a.market);
    if (none) return none;
    if (kolTier(ctx.world.scenario, a.tier).cost > ctx.company.cash) return refuse('Not enough cash to pay the creators.', '现金不足，无法支付达人费用。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'runKolCampaign'>): void {
    const spec = kolTier(ctx.world.scenario, a.tier);
    const market = ctx.world.markets.get(a.market)!;
    ctx.company.cash -= spec.cost;
    post(ctx.company.ledger, ctx.journal, 'ads', 'cash', spec.cost, KOL_MEMO[a.tier], a.market);
    const p = presence(ctx, a.market);
    p.buzz = addBuzz(p.buzz, kolImpulse(spec.reach, spec.engagement, adPrices(ctx.world.scenario, market).audience));
  },
};

function localisationCost(ctx: ActionContext, a: ActionOf<'setLocalisation'>): number {
  const current = ctx.company.markets[a.market]?.localisation ?? 'machine';
  const s = ctx.world.scenario;
  // Moving up pays the difference; going back to a cheaper level refunds nothing.
  return Math.max(0, localisationLevel(s, a.level).cost - localisationLevel(s, current).cost);
}

export const setLocalisation = {
  check(ctx: ActionContext, a: ActionOf<'setLocalisation'>): Refusal | null {
    const none = noMarket(ctx, a.market);
    if (none) return none;
    if (localisationCost(ctx, a) > ctx.company.cash) return refuse('Not enough cash to localise this market.', '现金不足，无法完成本地化。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setLocalisation'>): void {
    const cost = localisationCost(ctx, a);
    ctx.company.cash -= cost;
    post(ctx.company.ledger, ctx.journal, 'ads', 'cash', cost, 'localisation', a.market);
    presence(ctx, a.market).localisation = a.level;
  },
};
