// A KPI with its change since last turn: the value, an arrow and the change in
// words, so "better" and "worse" are never said by colour alone.
import type { App } from './app';
import type { StringKey } from '../../i18n';
import { h } from './dom';
import type { Fmt } from './format';

const MONEY = new Set(['cash', 'revenue', 'gmv', 'profit', 'aov', 'platformFees', 'paymentFees', 'freightCost', 'dutiesAndTaxes', 'adSpend', 'storageCost', 'fxGainLoss', 'chargebacks', 'fraudLosses']);
const RATE = new Set(['grossMargin', 'conversionRate', 'checkoutAbandonment', 'repeatRate', 'returnRate', 'satisfaction', 'complaintRate', 'awareness', 'chargebackRate']);
/** For these, a fall is good news. */
const LOWER_BETTER = new Set(['checkoutAbandonment', 'deliveryDays', 'returnRate', 'complaintRate', 'platformFees', 'paymentFees', 'freightCost', 'dutiesAndTaxes', 'storageCost', 'stockouts', 'chargebacks', 'chargebackRate', 'fraudLosses']);

export function kpiLabel(app: App, key: string): string {
  const k = `kpi.${key}` as StringKey;
  const text = app.tr(k);
  return text === k ? key : text;
}

/** The number formats kpiValue needs: the game's Fmt, or the case library's (no session there). */
export type KpiFormats = Pick<Fmt, 'money' | 'pct' | 'dec' | 'count'>;

export function kpiValue(app: App, key: string, v: number, f: KpiFormats = app.fmt()): string {
  if (!Number.isFinite(v)) return '—';
  if (MONEY.has(key)) return f.money(v);
  if (RATE.has(key)) return f.pct(v);
  if (key === 'deliveryDays') return app.tr('unit.days', { n: f.dec(v, 1) });
  if (key === 'rating') return `${f.dec(v, 2)} ★`;
  return f.count(v);
}

/** The change since last turn in words and an arrow; money as an amount, rates in points. */
export function kpiDelta(app: App, key: string, v: number, before: number | undefined): HTMLElement | null {
  if (before === undefined || !Number.isFinite(before) || !Number.isFinite(v)) return null;
  const diff = v - before;
  const f = app.fmt();
  // Below what the shown digits can tell apart, it is "no change": rating 2 decimals, days 1.
  const eps = RATE.has(key) ? 0.0005 : key === 'rating' ? 0.005 : key === 'deliveryDays' ? 0.05 : 0.5;
  if (Math.abs(diff) < eps) return h('span', { class: 'delta flat' }, h('span', { 'aria-hidden': 'true' }, '■ '), app.tr('delta.same'));
  const up = diff > 0;
  const good = LOWER_BETTER.has(key) ? !up : up;
  let amount: string;
  if (MONEY.has(key)) amount = f.money(Math.abs(diff));
  else if (RATE.has(key)) amount = app.tr('unit.points', { n: f.dec(Math.abs(diff) * 100, 1) });
  else if (key === 'deliveryDays') amount = app.tr('unit.days', { n: f.dec(Math.abs(diff), 1) });
  else if (key === 'rating') amount = f.dec(Math.abs(diff), 2);
  else amount = f.count(Math.abs(diff));
  // The arrow and word say which way it moved; a worse move also carries a ⚠ (and
  // the words "worse"/"better" for screen readers), so green/red is never the only cue.
  return h('span', { class: `delta ${good ? 'good' : 'bad'}`, title: app.tr(good ? 'delta.better' : 'delta.worse') },
    h('span', { 'aria-hidden': 'true' }, good ? '' : '⚠\u2009', up ? '▲ ' : '▼ '),
    app.tr(up ? 'delta.up' : 'delta.down', { amount }),
    h('span', { class: 'sr-only' }, ` ${app.tr(good ? 'delta.better' : 'delta.worse')}`));
}

export function kpiCell(app: App, key: string, kpis: Record<string, number>, before: Record<string, number> | null, compact = false): HTMLElement {
  const v = kpis[key] ?? 0;
  return h('div', { class: compact ? 'kpi compact' : 'kpi', 'data-kpi': key },
    h('span', { class: 'kpi-label' }, kpiLabel(app, key)),
    h('span', { class: `kpi-value${MONEY.has(key) && v < 0 ? ' neg' : ''}` }, kpiValue(app, key, v)),
    before ? kpiDelta(app, key, v, before[key]) : null);
}
