// Checks for the risk-side decisions (issue 3, "engine breadth", risk side):
// trademarks, product certificates and tax registration (seed 000 ch. 9; lesson
// 11), data-security spend, cargo insurance, market research (seed 000 §2.1;
// lesson 5) and the team (seed 000 ch. 11). Same rules as validate.ts: a message on
// the field, the state checks the engine would otherwise refuse, the engine's
// Action schema last. Costs come from the scenario (schema/compliance.ts).
import { RESEARCH_KINDS, RESEARCH_MEASURES, TEAM_ROLES, type Scenario, type StudentView } from '../engine';
import { backupSupplierRules } from '../engine/crises';
import { lookup } from '../bots/world';
import { soldIn } from './reference';
import type { Checked, Ctx, FieldError } from './validate';
import { cashLeft, parseMoney, parseWhole } from './validate';
import { decisionKey } from './pending';
import { finishAction } from './validateMore';

type AnyAction = Record<string, unknown> & { type: string };

function market(ctx: Ctx, id: string, errors: FieldError[], field = 'market'): void {
  if (!lookup(ctx.scenario).markets.has(id)) errors.push({ field, key: 'err.choose' });
}

/** Cash a risk-side decision pays when the turn resolves (home minor units). */
export function riskSpend(scenario: Scenario, a: AnyAction): number {
  switch (a.type) {
    case 'registerTrademark': return scenario.compliance.trademark.cost;
    case 'certifyProduct': return scenario.compliance.certification.cost;
    case 'registerTax': return scenario.compliance.taxRegistration.cost;
    case 'qualifyBackupSupplier': return backupSupplierRules(scenario).cost;
    case 'commissionResearch': {
      const k = a.kind as (typeof RESEARCH_KINDS)[number];
      return RESEARCH_KINDS.includes(k) ? scenario.research[k].cost : 0;
    }
    default: return 0;
  }
}

/** Weekly salaries of the team once `role` has `count` people (home minor units). */
export function payrollWith(scenario: Scenario, view: StudentView, change: { role: string; count: number } | null): number {
  let sum = 0;
  for (const r of TEAM_ROLES) sum += (change && change.role === r ? change.count : view.company.team[r]) * scenario.team[r].salary;
  return sum;
}

function cash(ctx: Ctx, action: AnyAction, errors: FieldError[], field: string): void {
  if (errors.length === 0 && riskSpend(ctx.scenario, action) > cashLeft(ctx, decisionKey(action))) errors.push({ field, key: 'err.cash' });
}

/** Whether the scenario makes sellers register for VAT / IOSS / GST in the market. */
export function taxRequired(scenario: Scenario, marketId: string): boolean {
  return scenario.compliance.markets.some((m) => m.market === marketId && m.taxRegistration);
}

export function checkTrademark(ctx: Ctx, f: { market: string }): Checked {
  const errors: FieldError[] = [];
  market(ctx, f.market, errors);
  if (ctx.view.company.compliance.trademarks.some((t) => t.market === f.market)) errors.push({ field: 'market', key: 'err.alreadyRegistered' });
  const action = { type: 'registerTrademark', market: f.market };
  cash(ctx, action, errors, 'market');
  return finishAction(action, errors, 'market');
}

/** A backup supplier (seed 004 §05): once, while none is qualified or pending, with the cash. */
export function checkBackupSupplier(ctx: Ctx): Checked {
  const errors: FieldError[] = [];
  if (ctx.view.company.compliance.backupSupplier) errors.push({ field: 'backup', key: 'err.alreadyQualified' });
  const action = { type: 'qualifyBackupSupplier' };
  cash(ctx, action, errors, 'backup');
  return finishAction(action, errors, 'backup');
}

export function checkTax(ctx: Ctx, f: { market: string }): Checked {
  const errors: FieldError[] = [];
  market(ctx, f.market, errors);
  if (errors.length === 0 && !taxRequired(ctx.scenario, f.market)) errors.push({ field: 'market', key: 'err.taxNotNeeded' });
  if (ctx.view.company.compliance.taxIds.some((t) => t.market === f.market)) errors.push({ field: 'market', key: 'err.alreadyRegistered' });
  const action = { type: 'registerTax', market: f.market };
  cash(ctx, action, errors, 'market');
  return finishAction(action, errors, 'market');
}

export function checkCertificate(ctx: Ctx, f: { market: string; product: string }): Checked {
  const errors: FieldError[] = [];
  const lk = lookup(ctx.scenario);
  market(ctx, f.market, errors, 'where');
  if (!lk.products.has(f.product)) errors.push({ field: 'where', key: 'err.choose' });
  else if (errors.length === 0 && !soldIn(ctx.scenario, f.market, f.product)) errors.push({ field: 'where', key: 'err.productMarket' });
  if (ctx.view.company.compliance.certificates.some((c) => c.market === f.market && c.product === f.product)) errors.push({ field: 'where', key: 'err.alreadyCertified' });
  const action = { type: 'certifyProduct', market: f.market, product: f.product };
  cash(ctx, action, errors, 'where');
  return finishAction(action, errors, 'where');
}

export function checkSecurity(ctx: Ctx, f: { weekly: string }): Checked {
  const errors: FieldError[] = [];
  const w = parseMoney(f.weekly, lookup(ctx.scenario).homeDecimals);
  const action = { type: 'setSecuritySpend', weekly: w.ok ? w.value : 0 };
  if (!w.ok) errors.push({ field: 'weekly', key: w.key, ...(w.vars ? { vars: w.vars } : {}) });
  else if (w.value > cashLeft(ctx, decisionKey(action))) errors.push({ field: 'weekly', key: 'err.budgetCash' });
  return finishAction(action, errors, 'weekly');
}

export function checkInsurance(_ctx: Ctx, f: { on: string }): Checked {
  return finishAction({ type: 'setCargoInsurance', on: f.on === '1' }, [], 'on');
}

/** A study: price sensitivity is per market (no product); visitors and fit are per product sold there. */
export function checkResearch(ctx: Ctx, f: { kind: string; measure: string; market: string; product: string }): Checked {
  const errors: FieldError[] = [];
  const lk = lookup(ctx.scenario);
  if (!RESEARCH_KINDS.includes(f.kind as never)) errors.push({ field: 'kind', key: 'err.choose' });
  if (!RESEARCH_MEASURES.includes(f.measure as never)) errors.push({ field: 'measure', key: 'err.choose' });
  market(ctx, f.market, errors);
  const perMarket = f.measure === 'priceSensitivity';
  if (!perMarket && errors.length === 0) {
    if (f.product === '') errors.push({ field: 'product', key: 'err.researchProduct' });
    else if (!lk.products.has(f.product)) errors.push({ field: 'product', key: 'err.choose' });
    else if (!soldIn(ctx.scenario, f.market, f.product)) errors.push({ field: 'product', key: 'err.productMarket' });
  }
  const product = perMarket ? undefined : f.product;
  if (errors.length === 0 && f.kind === 'experiment') {
    // A price experiment tests prices on the company's own shelf (a listing now or one pending this turn).
    const mine = (market: unknown, p: unknown) => market === f.market && (product === undefined || p === product);
    const listed = ctx.view.company.listings.some((l) => mine(l.market, l.product)) || ctx.pending.list().some((d) => d.action.type === 'setPrice' && mine(d.action.market, d.action.product));
    if (!listed) errors.push({ field: 'kind', key: 'err.experimentListing' });
  }
  if (errors.length === 0 && ctx.view.company.research.pending.some((o) => o.kind === f.kind && o.market === f.market && o.measure === f.measure && o.product === product)) {
    errors.push({ field: 'kind', key: 'err.researchUnderWay' });
  }
  const action: AnyAction = { type: 'commissionResearch', kind: f.kind, measure: f.measure, market: f.market, ...(product === undefined ? {} : { product }) };
  cash(ctx, action, errors, 'kind');
  return finishAction(action, errors, 'kind');
}

export function checkStaff(ctx: Ctx, f: { role: string; count: string }): Checked {
  const errors: FieldError[] = [];
  if (!TEAM_ROLES.includes(f.role as never)) errors.push({ field: 'count', key: 'err.choose' });
  const n = parseWhole(f.count, 0, ctx.scenario.team.maxPerRole);
  if (!n.ok) errors.push({ field: 'count', key: n.key, ...(n.vars ? { vars: n.vars } : {}) });
  return finishAction({ type: 'setStaff', role: f.role, count: n.ok ? n.value : 0 }, errors, 'count');
}
