// Buying an FX forward (forwards.ts; lesson 6): hedge a share of a currency's
// sales for some turns at today's forward rate. Nothing is paid now: the cost is
// the forward points, settled with each turn's sales.
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { forwardRate, hedgedShare } from '../forwards';

export const hedgeFx = {
  check(ctx: ActionContext, a: ActionOf<'hedgeFx'>): Refusal | null {
    const { world } = ctx;
    if (a.currency === world.scenario.homeCurrency) return refuse('Sales in the home currency need no hedge.', '本币销售无需对冲。');
    if (!world.currencies.has(a.currency) || !world.scenario.markets.some((m) => m.currency === a.currency)) {
      return refuse(`No market sells in ${a.currency}.`, `没有以${a.currency}计价的市场。`);
    }
    const max = world.scenario.riskTools.maxForwardTurns;
    if (a.turns > max) return refuse(`The bank sells forwards of at most ${max} turns.`, `银行远期合约最长${max}回合。`);
    const already = hedgedShare(ctx.company.forwards, a.currency, ctx.turn);
    if (already + a.share > 1 + 1e-9) return refuse(`${Math.round(already * 100)}% of ${a.currency} sales are already hedged; at most 100% can be.`, `${a.currency}销售已对冲${Math.round(already * 100)}%，合计不能超过100%。`);
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'hedgeFx'>): void {
    const spot = ctx.state.fx[a.currency];
    if (spot === undefined) return;
    const rate = forwardRate(spot, ctx.world.scenario.riskTools.forwardCostPerYear, a.turns);
    // Replaced, not edited: the state's list is shared with the working copy.
    ctx.company.forwards = [...ctx.company.forwards, {
      currency: a.currency, fromTurn: ctx.turn, id: ++ctx.ids.next, rate, share: a.share, untilTurn: ctx.turn + a.turns - 1,
    }];
  },
};
