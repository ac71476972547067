// Form fields → engine actions (issue 5 §2). Every field is checked here, with a
// message for the field that is wrong, before anything reaches the engine: the
// shape with the engine's own Action schema, and the obvious state checks the
// engine would otherwise refuse (a channel that does not serve the market, the
// factory's minimum order, stock in the China warehouse, cash left after the
// turn's other pending decisions). Pure: tested in Node (tests/game).
import { Action, type Scenario, type StudentView } from '../engine';
import { lookup } from '../bots/world';
import { referencePrice, soldIn } from './reference';
import type { StringKey } from '../i18n';
import type { PendingList } from './pending';
import { decisionKey } from './pending';
import { actionSpend, totalSpend } from './forecast';

type AnyAction = Record<string, unknown> & { type: string };

export interface FieldError { field: string; key: StringKey; vars?: Record<string, string | number> }
export type Checked = { ok: true; action: AnyAction } | { ok: false; errors: FieldError[] };

export interface Ctx { scenario: Scenario; view: StudentView; pending: PendingList }

/**
 * A number typed by a person: full-width digits (１２．５) are read too; no signs, no
 * exponents. A comma only groups thousands (1,299 or 12,345.50): in 19,99 it is a
 * decimal comma, and reading it as 1999 would set a price 100 times over, so such a
 * number is refused (null: the caller's "not a number" message) instead.
 */
function normalise(text: string): string | null {
  const s = text.normalize('NFKC').replace(/[\s_]/g, '').replace('。', '.');
  if (s.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) return null;
  return s.replace(/,/g, '');
}

export type Parsed = { ok: true; value: number } | { ok: false; key: StringKey; vars?: Record<string, string | number> };

/** An amount of money typed in major units (19.99) → integer minor units (1999) of a currency with `decimals` digits. */
export function parseMoney(text: string, decimals: number): Parsed {
  const s = normalise(text);
  if (s === null) return { ok: false, key: 'err.notAmount' };
  if (s === '') return { ok: false, key: 'err.required' };
  // "-50" (NFKC makes a full-width minus '-') is not an amount: say why rather than "digits and one point".
  if (/^[-\u2212]\d/.test(s)) return { ok: false, key: 'err.negative' };
  const m = /^(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return { ok: false, key: 'err.notAmount' };
  const frac = m[2] ?? '';
  if (frac.length > decimals) return { ok: false, key: 'err.decimals', vars: { n: decimals } };
  if (m[1]!.length > 13) return { ok: false, key: 'err.tooLarge' };
  let scale = 1;
  for (let i = 0; i < decimals; i++) scale *= 10;
  const value = Number(m[1]) * scale + (frac === '' ? 0 : Number(frac.padEnd(decimals, '0')));
  return { ok: true, value };
}

/** A whole number from min to max. */
export function parseWhole(text: string, min: number, max: number): Parsed {
  const s = normalise(text);
  if (s === null) return { ok: false, key: 'err.notWhole' };
  if (s === '') return { ok: false, key: 'err.required' };
  if (!/^\d+$/.test(s)) return { ok: false, key: 'err.notWhole' };
  const value = Number(s);
  if (value < min) return { ok: false, key: 'err.atLeast', vars: { n: min } };
  if (value > max) return { ok: false, key: 'err.atMost', vars: { n: max } };
  return { ok: true, value };
}

/** Cash left for a new decision: cash on hand less what the other pending decisions will pay. */
export function cashLeft(ctx: Ctx, replacingKey: string | null): number {
  let cash = ctx.view.company.cash;
  for (const d of ctx.pending.list()) {
    if (d.key === replacingKey) continue;
    cash -= totalSpend(actionSpend(ctx.scenario, ctx.view, d.action));
  }
  return cash;
}

/** Units in the China warehouse less the pending shipments of that product. */
export function homeStockLeft(ctx: Ctx, product: string): number {
  const home = ctx.view.company.stock.home ?? {};
  let n = Object.hasOwn(home, product) ? home[product]! : 0;
  for (const d of ctx.pending.ofType('ship')) if (d.action.product === product) n -= Number(d.action.units);
  return n;
}

function finish(action: AnyAction, errors: FieldError[], field: string): Checked {
  if (errors.length > 0) return { ok: false, errors };
  const shape = Action.safeParse(action);
  if (!shape.success) return { ok: false, errors: [{ field, key: 'err.invalid', vars: { detail: shape.error.issues[0]?.message ?? '' } }] };
  return { ok: true, action };
}

function currencyOf(ctx: Ctx, market: string): { code: string; decimals: number } {
  const lk = lookup(ctx.scenario);
  const m = lk.markets.get(market);
  const c = m ? lk.currencies.get(m.currency) : undefined;
  return { code: c?.code ?? 'USD', decimals: c?.decimals ?? 2 };
}

function checkWhere(ctx: Ctx, f: { market: string; channel: string; product: string }, errors: FieldError[]): void {
  const lk = lookup(ctx.scenario);
  if (!lk.markets.has(f.market)) errors.push({ field: 'market', key: 'err.choose' });
  const ch = lk.channels.get(f.channel);
  if (!ch) errors.push({ field: 'channel', key: 'err.choose' });
  else if (lk.markets.has(f.market) && !ch.markets.includes(f.market)) errors.push({ field: 'channel', key: 'err.channelMarket' });
  if (!lk.products.has(f.product)) errors.push({ field: 'product', key: 'err.choose' });
  else if (lk.markets.has(f.market) && !soldIn(ctx.scenario, f.market, f.product)) errors.push({ field: 'product', key: 'err.productMarket' });
}

function listed(ctx: Ctx, f: { market: string; channel: string; product: string }): boolean {
  const key = decisionKey({ type: 'setPrice', ...f });
  const pend = ctx.pending.find(key);
  if (pend) return pend.action.type === 'setPrice';
  return ctx.view.company.listings.some((l) => l.market === f.market && l.channel === f.channel && l.product === f.product);
}

export function checkPrice(ctx: Ctx, f: { market: string; channel: string; product: string; price: string }): Checked {
  const errors: FieldError[] = [];
  checkWhere(ctx, f, errors);
  const cur = currencyOf(ctx, f.market);
  const p = parseMoney(f.price, cur.decimals);
  let price = 0;
  if (!p.ok) errors.push({ field: 'price', key: p.key, ...(p.vars ? { vars: p.vars } : {}) });
  else {
    price = p.value;
    const ref = referencePrice(ctx.scenario, f.market, f.product) ?? 0;
    if (price < 1) errors.push({ field: 'price', key: 'err.priceZero' });
    else if (ref > 0 && price > ref * 20) errors.push({ field: 'price', key: 'err.priceHigh' });
  }
  return finish({ type: 'setPrice', market: f.market, channel: f.channel, product: f.product, price }, errors, 'price');
}

export function checkDelist(ctx: Ctx, f: { market: string; channel: string; product: string }): Checked {
  const errors: FieldError[] = [];
  if (!listed(ctx, f)) errors.push({ field: 'product', key: 'err.notListed' });
  return finish({ type: 'delist', market: f.market, channel: f.channel, product: f.product }, errors, 'product');
}

export function checkDiscount(ctx: Ctx, f: { market: string; channel: string; product: string; percent: string; turns: string }): Checked {
  const errors: FieldError[] = [];
  if (!listed(ctx, f)) errors.push({ field: 'product', key: 'err.listFirst' });
  const pct = parseWhole(f.percent, 0, 90);
  if (!pct.ok) errors.push({ field: 'percent', key: pct.key, ...(pct.vars ? { vars: pct.vars } : {}) });
  const turns = parseWhole(f.turns, 1, 12);
  if (!turns.ok) errors.push({ field: 'turns', key: turns.key, ...(turns.vars ? { vars: turns.vars } : {}) });
  return finish({
    type: 'setDiscount', market: f.market, channel: f.channel, product: f.product,
    discount: pct.ok ? pct.value / 100 : 0, turns: turns.ok ? turns.value : 1,
  }, errors, 'percent');
}

export function checkOrder(ctx: Ctx, f: { product: string; units: string }): Checked {
  const errors: FieldError[] = [];
  const p = lookup(ctx.scenario).products.get(f.product);
  if (!p) errors.push({ field: 'product', key: 'err.choose' });
  const units = parseWhole(f.units, 1, 1e7);
  if (!units.ok) errors.push({ field: 'units', key: units.key, ...(units.vars ? { vars: units.vars } : {}) });
  else if (p && units.value < p.moq) errors.push({ field: 'units', key: 'err.moq', vars: { n: p.moq } });
  else if (p && p.unitCost * units.value > cashLeft(ctx, null)) errors.push({ field: 'units', key: 'err.cash' });
  return finish({ type: 'orderStock', product: f.product, units: units.ok ? units.value : 0 }, errors, 'units');
}

export function checkShip(ctx: Ctx, f: { product: string; units: string; to: string; carrier: string }): Checked {
  const errors: FieldError[] = [];
  const lk = lookup(ctx.scenario);
  if (!lk.products.has(f.product)) errors.push({ field: 'product', key: 'err.choose' });
  const wh = lk.warehouses.get(f.to);
  if (!wh) errors.push({ field: 'to', key: 'err.choose' });
  const c = lk.carriers.get(f.carrier);
  if (!c || c.service !== 'freight') errors.push({ field: 'carrier', key: 'err.choose' });
  else if (wh && !c.markets.includes(wh.market)) errors.push({ field: 'carrier', key: 'err.carrierMarket' });
  const units = parseWhole(f.units, 1, 1e7);
  const action = { type: 'ship', product: f.product, units: units.ok ? units.value : 0, to: f.to, carrier: f.carrier };
  if (!units.ok) errors.push({ field: 'units', key: units.key, ...(units.vars ? { vars: units.vars } : {}) });
  else {
    const held = homeStockLeft(ctx, f.product);
    if (units.value > held) errors.push({ field: 'units', key: 'err.homeStock', vars: { n: Math.max(0, held) } });
    else if (errors.length === 0 && totalSpend(actionSpend(ctx.scenario, ctx.view, action)) > cashLeft(ctx, null)) errors.push({ field: 'units', key: 'err.cash' });
  }
  return finish(action, errors, 'units');
}

export function checkFulfilment(ctx: Ctx, f: { market: string; from: string; carrier: string }): Checked {
  const errors: FieldError[] = [];
  const lk = lookup(ctx.scenario);
  if (!lk.markets.has(f.market)) errors.push({ field: 'market', key: 'err.choose' });
  if (f.from !== 'home') {
    const wh = lk.warehouses.get(f.from);
    if (!wh || wh.market !== f.market) errors.push({ field: 'from', key: 'err.warehouseMarket' });
    return finish({ type: 'setFulfilment', market: f.market, from: f.from }, errors, 'from');
  }
  const c = lk.carriers.get(f.carrier);
  if (!c) errors.push({ field: 'carrier', key: 'err.choose' });
  else if (c.service !== 'parcel' || !c.markets.includes(f.market)) errors.push({ field: 'carrier', key: 'err.parcelMarket' });
  return finish({ type: 'setFulfilment', market: f.market, from: 'home', carrier: f.carrier }, errors, 'carrier');
}

export function checkPayments(ctx: Ctx, f: { market: string; methods: string[] }): Checked {
  const errors: FieldError[] = [];
  const lk = lookup(ctx.scenario);
  if (!lk.markets.has(f.market)) errors.push({ field: 'market', key: 'err.choose' });
  for (const id of f.methods) if (!lk.payments.has(id)) errors.push({ field: 'methods', key: 'err.choose' });
  const action = { type: 'setPayments', market: f.market, methods: [...f.methods] };
  if (errors.length === 0) {
    const cost = actionSpend(ctx.scenario, ctx.view, action).setup;
    if (cost > cashLeft(ctx, decisionKey(action))) errors.push({ field: 'methods', key: 'err.cash' });
  }
  return finish(action, errors, 'methods');
}

/** A weekly ad budget: social (awareness, the default) or search (clicks). */
export function checkAdBudget(ctx: Ctx, f: { market: string; weekly: string; kind?: string }): Checked {
  const errors: FieldError[] = [];
  const lk = lookup(ctx.scenario);
  if (!lk.markets.has(f.market)) errors.push({ field: 'market', key: 'err.choose' });
  if (f.kind !== undefined && f.kind !== 'social' && f.kind !== 'search') errors.push({ field: 'kind', key: 'err.choose' });
  const w = parseMoney(f.weekly, lk.homeDecimals);
  const action: AnyAction = { type: 'setAdBudget', market: f.market, weekly: w.ok ? w.value : 0, ...(f.kind === 'search' ? { kind: 'search' } : {}) };
  if (!w.ok) errors.push({ field: 'weekly', key: w.key, ...(w.vars ? { vars: w.vars } : {}) });
  else if (w.value > cashLeft(ctx, decisionKey(action))) errors.push({ field: 'weekly', key: 'err.budgetCash' });
  return finish(action, errors, 'weekly');
}

/** An answer to an open crisis: one of its options, while the answer window is open and the cash is there. */
export function checkCrisis(ctx: Ctx, f: { crisis: string; option: number }): Checked {
  const errors: FieldError[] = [];
  const crises = ctx.view.crises ?? [];
  const c = crises.find((x) => x.id === f.crisis);
  const action = { type: 'respondCrisis', crisis: f.crisis, option: f.option };
  if (!c) errors.push({ field: 'crisis', key: 'err.noCrisis' });
  else if (c.chosen !== null) errors.push({ field: 'crisis', key: 'err.crisisAnswered' });
  else if (ctx.view.turn + 1 > c.answerBy) errors.push({ field: 'crisis', key: 'err.crisisLate' });
  else {
    const o = c.options[f.option];
    if (!o) errors.push({ field: 'option', key: 'err.choose' });
    else if (o.cost > cashLeft(ctx, decisionKey(action))) errors.push({ field: 'option', key: 'err.cash' });
  }
  return finish(action, errors, 'option');
}
