// Checks for the decisions the engine gained with the "engine breadth" issue:
// creators (KOL/KOC), localisation, promotions, loyalty, complaint handling (seed
// 004 §03, §05), community operations (§03 社群運營), service staff and return
// policy (seed 000 ch. 8; lesson 18), FX forwards and fraud screening (lessons 6,
// 16). Same rules as
// validate.ts: a message on the field, the engine's Action schema last.
import { Action } from '../engine';
import { kolTier, localisationLevel } from '../engine/marketing';
import { loyaltySpec } from '../engine/customerBase';
import { DEFAULT_SERVICE, serviceCost } from '../engine/service';
import { lookup } from '../bots/world';
import type { Checked, Ctx, FieldError } from './validate';
import { cashLeft, parseMoney, parseWhole } from './validate';
import { decisionKey } from './pending';

type AnyAction = Record<string, unknown> & { type: string };

/** Errors, or the action once the engine's own Action schema accepts its shape. */
export function finishAction(action: AnyAction, errors: FieldError[], field: string): Checked {
  return finish(action, errors, field);
}

function finish(action: AnyAction, errors: FieldError[], field: string): Checked {
  if (errors.length > 0) return { ok: false, errors };
  const shape = Action.safeParse(action);
  if (!shape.success) return { ok: false, errors: [{ field, key: 'err.invalid', vars: { detail: shape.error.issues[0]?.message ?? '' } }] };
  return { ok: true, action };
}

function market(ctx: Ctx, id: string, errors: FieldError[]): void {
  if (!lookup(ctx.scenario).markets.has(id)) errors.push({ field: 'market', key: 'err.choose' });
}

/** Cash the newer decisions pay when the turn resolves (home minor units). */
export function moreSpend(ctx: Pick<Ctx, 'scenario' | 'view'>, a: AnyAction): number {
  const sc = ctx.scenario;
  const p = ctx.view.company.markets[String(a.market)];
  try {
    switch (a.type) {
      case 'runKolCampaign': return kolTier(sc, a.tier as never).cost;
      case 'setLocalisation': return Math.max(0, localisationLevel(sc, a.level as never).cost - localisationLevel(sc, (p?.localisation ?? 'machine') as never).cost);
      case 'setLoyalty': return a.programme === (p?.loyalty ?? 'none') || a.programme === 'none' ? 0 : loyaltySpec(sc, a.programme as never).setupCost;
      case 'runPromotion': return a.kind === 'festival' ? sc.marketing.festivalFee : 0;
      default: return 0;
    }
  } catch {
    return 0;
  }
}

function cash(ctx: Ctx, action: AnyAction, errors: FieldError[], field: string, replacing: boolean): void {
  if (errors.length === 0 && moreSpend(ctx, action) > cashLeft(ctx, replacing ? decisionKey(action) : null)) errors.push({ field, key: 'err.cash' });
}

export function checkKol(ctx: Ctx, f: { market: string; tier: string }): Checked {
  const errors: FieldError[] = [];
  market(ctx, f.market, errors);
  const action = { type: 'runKolCampaign', market: f.market, tier: f.tier };
  cash(ctx, action, errors, 'tier', false);
  return finish(action, errors, 'tier');
}

export function checkLocalisation(ctx: Ctx, f: { market: string; level: string }): Checked {
  const errors: FieldError[] = [];
  market(ctx, f.market, errors);
  const action = { type: 'setLocalisation', market: f.market, level: f.level };
  cash(ctx, action, errors, 'level', true);
  return finish(action, errors, 'level');
}

export function checkLoyalty(ctx: Ctx, f: { market: string; programme: string }): Checked {
  const errors: FieldError[] = [];
  market(ctx, f.market, errors);
  const action = { type: 'setLoyalty', market: f.market, programme: f.programme };
  cash(ctx, action, errors, 'programme', true);
  return finish(action, errors, 'programme');
}

export function checkComplaints(ctx: Ctx, f: { market: string; policy: string }): Checked {
  const errors: FieldError[] = [];
  market(ctx, f.market, errors);
  return finish({ type: 'setComplaintHandling', market: f.market, policy: f.policy }, errors, 'policy');
}

export function checkPromotion(ctx: Ctx, f: { market: string; kind: string; depth: string; turns: string }): Checked {
  const errors: FieldError[] = [];
  market(ctx, f.market, errors);
  if (!listsIn(ctx, f.market)) errors.push({ field: 'kind', key: 'err.listFirstMarket' });
  const depth = parseWhole(f.depth, 0, 70);
  if (!depth.ok) errors.push({ field: 'depth', key: depth.key, ...(depth.vars ? { vars: depth.vars } : {}) });
  const turns = parseWhole(f.turns, 1, 4);
  if (!turns.ok) errors.push({ field: 'turns', key: turns.key, ...(turns.vars ? { vars: turns.vars } : {}) });
  const action = { type: 'runPromotion', market: f.market, kind: f.kind, depth: depth.ok ? depth.value / 100 : 0, turns: turns.ok ? turns.value : 1 };
  cash(ctx, action, errors, 'kind', true);
  return finish(action, errors, 'kind');
}

export function checkHedge(ctx: Ctx, f: { currency: string; share: string; turns: string }): Checked {
  const errors: FieldError[] = [];
  const sc = ctx.scenario;
  if (f.currency === sc.homeCurrency || !sc.markets.some((m) => m.currency === f.currency)) errors.push({ field: 'currency', key: 'err.choose' });
  const share = parseWhole(f.share, 5, 100);
  if (!share.ok) errors.push({ field: 'share', key: share.key, ...(share.vars ? { vars: share.vars } : {}) });
  const turns = parseWhole(f.turns, 1, sc.riskTools.maxForwardTurns);
  if (!turns.ok) errors.push({ field: 'turns', key: turns.key, ...(turns.vars ? { vars: turns.vars } : {}) });
  return finish({ type: 'hedgeFx', currency: f.currency, share: share.ok ? share.value / 100 : 0, turns: turns.ok ? turns.value : 1 }, errors, 'share');
}

/** A weekly budget in a market (the engine's actions/budget.ts): yuan typed, 0 stops it, no more than the cash left. */
/** Whether the company lists a product in `market`, now or by a pending decision. */
function listsIn(ctx: Ctx, market: string): boolean {
  return ctx.view.company.listings.some((l) => l.market === market)
    || ctx.pending.list().some((d) => d.action.type === 'setPrice' && d.action.market === market);
}

/** A weekly budget in a market (the engine's actions/budget.ts): yuan typed, 0 stops it, no more than the cash left; `also` checks a budget that reads as one. */
function checkWeeklyBudget(ctx: Ctx, f: { market: string; weekly: string }, type: 'setFraudControl' | 'setCommunity', also?: (weekly: number) => FieldError | null): Checked {
  const errors: FieldError[] = [];
  market(ctx, f.market, errors);
  const w = parseMoney(f.weekly, lookup(ctx.scenario).homeDecimals);
  if (!w.ok) errors.push({ field: 'weekly', key: w.key, ...(w.vars ? { vars: w.vars } : {}) });
  else {
    const more = also?.(w.value) ?? null;
    if (more) errors.push(more);
    if (w.value > cashLeft(ctx, decisionKey({ type, market: f.market }))) errors.push({ field: 'weekly', key: 'err.budgetCash' });
  }
  return finish({ type, market: f.market, weekly: w.ok ? w.value : 0 }, errors, 'weekly');
}

export function checkFraud(ctx: Ctx, f: { market: string; weekly: string }): Checked {
  return checkWeeklyBudget(ctx, f, 'setFraudControl');
}

/**
 * A weekly community-operations budget (社群运营): a community is of the shop's own
 * buyers, so it needs a listing in the market (now or pending) unless it is stopped;
 * a budget there would be paid and engage no one (engine community.ts).
 */
export function checkCommunity(ctx: Ctx, f: { market: string; weekly: string }): Checked {
  const known = ctx.scenario.markets.some((m) => m.id === f.market);
  return checkWeeklyBudget(ctx, f, 'setCommunity', (weekly) =>
    (known && weekly > 0 && !listsIn(ctx, f.market) ? { field: 'weekly', key: 'err.listFirstCommunity' } : null));
}

/** Weekly wages of a market's service team as the student would set it (home minor units). */
export function serviceWages(ctx: Pick<Ctx, 'scenario' | 'view'>, a: { market: string; agents: number; localLanguage: boolean; localHours: boolean }): number {
  const p = ctx.view.company.markets[a.market];
  const base = p ?? { agents: 0, localLanguage: false, localHours: false };
  return serviceCost(ctx.scenario.service ?? DEFAULT_SERVICE, { ...base, agents: a.agents, localLanguage: a.localLanguage, localHours: a.localHours } as never);
}

export function checkService(ctx: Ctx, f: { market: string; agents: string; localLanguage: string; localHours: string }): Checked {
  const errors: FieldError[] = [];
  market(ctx, f.market, errors);
  const agents = parseWhole(f.agents, 0, 500);
  if (!agents.ok) errors.push({ field: 'agents', key: agents.key, ...(agents.vars ? { vars: agents.vars } : {}) });
  const action = { type: 'setService', market: f.market, agents: agents.ok ? agents.value : 0, localLanguage: f.localLanguage === '1', localHours: f.localHours === '1' };
  // The engine refuses a team whose first week of wages the cash does not cover.
  if (errors.length === 0 && serviceWages(ctx, action) > cashLeft(ctx, decisionKey(action))) errors.push({ field: 'agents', key: 'err.wagesCash' });
  return finish(action, errors, 'agents');
}

export function checkReturnPolicy(ctx: Ctx, f: { market: string; days: string; freeReturns: string }): Checked {
  const errors: FieldError[] = [];
  market(ctx, f.market, errors);
  const days = Number(f.days);
  if (days !== 14 && days !== 30 && days !== 60) errors.push({ field: 'days', key: 'err.choose' });
  return finish({ type: 'setReturnPolicy', market: f.market, days, freeReturns: f.freeReturns === '1' }, errors, 'days');
}
