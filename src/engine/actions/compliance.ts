// Compliance actions (seed 000 ch. 9: 9.2.1 及时注册商标, 9.2.2 网络安全防护, 9.2.5 税收风险;
// seed 004 §05 政策法規風險, 支付安全風險; lesson 11). Registrations are paid at once and
// take effect after the scenario's `turns`; the odds they cut are in compliance.ts.
// Cargo insurance covers shipments sent from the turn it is bought (phases/risk.ts).
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { post } from '../ledger';
import { demandIn } from '../world';
import { marketRules } from '../compliance';
import { copyCompliance } from '../companyCopy';

// The record is replaced, never edited (state.ts): copied as one literal in its
// builder's key order (copyCompliance), not spread, so every compliance record keeps
// one hidden class and the code reading it is not deoptimised when a spread copy
// turns up (three classes with spreads, in the balanced replay).

function noMarket(ctx: ActionContext, market: string): Refusal | null {
  return ctx.world.markets.has(market) ? null : refuse(`There is no market "${market}".`, `没有市场“${market}”。`);
}

function tooDear(ctx: ActionContext, cost: number): Refusal | null {
  return cost > ctx.company.cash ? refuse('Not enough cash for this.', '现金不足。') : null;
}

function pay(ctx: ActionContext, cost: number, memo: string, market: string): void {
  ctx.company.cash -= cost;
  post(ctx.company.ledger, ctx.journal, 'risk', 'cash', cost, memo, market);
}

export const registerTrademark = {
  check(ctx: ActionContext, a: ActionOf<'registerTrademark'>): Refusal | null {
    const bad = noMarket(ctx, a.market);
    if (bad) return bad;
    if (ctx.company.compliance.trademarks.some((t) => t.market === a.market)) return refuse(`Your trademark in ${a.market} is already registered or pending.`, `您在${a.market}的商标已注册或在审。`);
    return tooDear(ctx, ctx.world.scenario.compliance.trademark.cost);
  },
  apply(ctx: ActionContext, a: ActionOf<'registerTrademark'>): void {
    const rules = ctx.world.scenario.compliance.trademark;
    pay(ctx, rules.cost, 'trademark registration', a.market);
    const k = ctx.company.compliance;
    const updated = copyCompliance(k);
    updated.trademarks = [...k.trademarks, { effectiveTurn: ctx.turn + rules.turns, market: a.market }];
    ctx.company.compliance = updated;
  },
};

export const certifyProduct = {
  check(ctx: ActionContext, a: ActionOf<'certifyProduct'>): Refusal | null {
    const bad = noMarket(ctx, a.market);
    if (bad) return bad;
    if (!ctx.world.products.has(a.product)) return refuse(`There is no product "${a.product}".`, `没有商品“${a.product}”。`);
    if (!demandIn(ctx.world, a.market, a.product)) return refuse(`${a.product} is not sold in ${a.market}.`, `该商品不在此市场销售。`);
    if (ctx.company.compliance.certificates.some((t) => t.market === a.market && t.product === a.product)) return refuse('This product is already certified (or pending) in this market.', '该商品在此市场已认证或在审。');
    return tooDear(ctx, ctx.world.scenario.compliance.certification.cost);
  },
  apply(ctx: ActionContext, a: ActionOf<'certifyProduct'>): void {
    const rules = ctx.world.scenario.compliance.certification;
    pay(ctx, rules.cost, 'product certification', a.market);
    const k = ctx.company.compliance;
    const updated = copyCompliance(k);
    updated.certificates = [...k.certificates, { effectiveTurn: ctx.turn + rules.turns, market: a.market, product: a.product }];
    ctx.company.compliance = updated;
  },
};

export const registerTax = {
  check(ctx: ActionContext, a: ActionOf<'registerTax'>): Refusal | null {
    const bad = noMarket(ctx, a.market);
    if (bad) return bad;
    if (!marketRules(ctx.world, a.market)?.taxRegistration) return refuse(`${a.market} does not require a tax registration from sellers like you.`, `${a.market}不要求此类卖家办理税务登记。`);
    if (ctx.company.compliance.taxIds.some((t) => t.market === a.market)) return refuse(`You are already registered (or pending) in ${a.market}.`, `您在${a.market}已登记或在办理中。`);
    return tooDear(ctx, ctx.world.scenario.compliance.taxRegistration.cost);
  },
  apply(ctx: ActionContext, a: ActionOf<'registerTax'>): void {
    const rules = ctx.world.scenario.compliance.taxRegistration;
    pay(ctx, rules.cost, 'tax registration', a.market);
    const k = ctx.company.compliance;
    const updated = copyCompliance(k);
    updated.taxIds = [...k.taxIds, { effectiveTurn: ctx.turn + rules.turns, market: a.market }];
    ctx.company.compliance = updated;
  },
};

export const setSecuritySpend = {
  check(ctx: ActionContext, a: ActionOf<'setSecuritySpend'>): Refusal | null {
    if (a.weekly > ctx.company.cash) return refuse('The weekly security budget is more than the cash on hand.', '每周安全预算超过现有现金。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setSecuritySpend'>): void {
    const updated = copyCompliance(ctx.company.compliance);
    updated.securityWeekly = a.weekly;
    ctx.company.compliance = updated;
  },
};

export const setCargoInsurance = {
  check(): Refusal | null {
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setCargoInsurance'>): void {
    const updated = copyCompliance(ctx.company.compliance);
    updated.insured = a.on;
    ctx.company.compliance = updated;
  },
};
