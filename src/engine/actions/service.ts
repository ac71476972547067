// Customer service decisions per market (seed 000 ch. 8; seed 004 §03 跨境溝通;
// lesson 18): how many agents answer buyers, whether in the buyers' language and
// hours (paid each week: service.ts), and the return policy.
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { presence } from './own';
import { DEFAULT_SERVICE, serviceCost } from '../service';
import { newPresence } from '../company';

export const setService = {
  check(ctx: ActionContext, a: ActionOf<'setService'>): Refusal | null {
    if (!ctx.world.markets.has(a.market)) return refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
    const team = { ...newPresence(), agents: a.agents, localLanguage: a.localLanguage, localHours: a.localHours };
    if (serviceCost(ctx.world.scenario.service ?? DEFAULT_SERVICE, team) > ctx.company.cash) return refuse('Not enough cash for a week of these wages.', '现金不足以支付一周的客服工资。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setService'>): void {
    const p = presence(ctx, a.market);
    p.agents = a.agents;
    p.localLanguage = a.localLanguage;
    p.localHours = a.localHours;
  },
};

export const setReturnPolicy = {
  check(ctx: ActionContext, a: ActionOf<'setReturnPolicy'>): Refusal | null {
    return ctx.world.markets.has(a.market) ? null : refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
  },
  apply(ctx: ActionContext, a: ActionOf<'setReturnPolicy'>): void {
    const p = presence(ctx, a.market);
    p.returnDays = a.days;
    p.freeReturns = a.freeReturns;
  },
};
