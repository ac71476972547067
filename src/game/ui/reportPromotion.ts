// A running promotion's evaluation in the turn report (seed 000 §6.3 促销效果评估:
// sales, average order value, new customers, satisfaction, awareness, against a
// normal week): the engine's `buyers.<market>.promotion` (buyerReport.ts), shown
// as it is reported — the lift is the engine's, the normal week is its smoothed
// baseline (README §12.2).
import type { PromotionReport } from '../../engine/buyerReport';
import type { App } from './app';
import { h } from './dom';

export function promotionPart(app: App, market: string, p: PromotionReport): HTMLElement {
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const hasBase = p.baselineOrders > 0;
  const up = p.salesLift >= 0;
  const lift = hasBase
    ? [h('span', { 'aria-hidden': 'true' }, up ? '▲ ' : '▼ '), tr(up ? 'buyers.liftUp' : 'buyers.liftDown', { pct: f.pct(Math.abs(p.salesLift), 0) }),
      h('span', { class: 'muted' }, ` ${tr('buyers.liftBasis', { orders: f.count(p.orders), base: f.dec(p.baselineOrders, 1) })}`)]
    : [tr('buyers.noBaseline', { orders: f.count(p.orders) })];
  return h('div', { class: 'buyer-part', 'data-testid': `promotion-${market}` },
    h('h5', null, tr(p.from === p.until ? 'buyers.promotionWeek' : 'buyers.promotion', { kind: tr(`promo.${p.kind}`), depth: f.pct(p.depth, 0), from: p.from, until: p.until })),
    h('dl', { class: 'kv compact' },
      h('dt', null, tr('buyers.salesLift')), h('dd', { 'data-testid': `promotion-${market}-lift`, 'data-value': p.salesLift }, lift),
      h('dt', null, tr('buyers.aov')), h('dd', null, f.local(market, p.aovLocal),
        p.baselineAovLocal > 0 ? h('span', { class: 'muted' }, ` ${tr('buyers.normalWeek', { value: f.local(market, p.baselineAovLocal) })}`) : null),
      h('dt', null, tr('buyers.newCustomers')), h('dd', { 'data-testid': `promotion-${market}-new`, 'data-value': p.newCustomers }, f.count(p.newCustomers),
        h('span', { class: 'muted' }, ` ${tr('buyers.weekBefore', { value: f.count(p.newCustomersBefore) })}`)),
      h('dt', null, tr('buyers.satisfaction')), h('dd', { 'data-testid': `promotion-${market}-satisfaction`, 'data-value': p.satisfactionChange }, f.pct(p.satisfaction, 1), sinceStart(app, p.satisfactionChange)),
      h('dt', null, tr('buyers.awareness')), h('dd', { 'data-testid': `promotion-${market}-awareness`, 'data-value': p.awarenessChange }, f.pct(p.awareness, 1), sinceStart(app, p.awarenessChange))));
}

/** The engine's change since the promotion began, in percentage points, with an arrow and a word (not colour alone). */
function sinceStart(app: App, change: number): HTMLElement {
  const points = app.fmt().dec(Math.abs(change) * 100, 1);
  const key = change > 0 ? 'buyers.sinceStartUp' : change < 0 ? 'buyers.sinceStartDown' : 'buyers.sinceStartSame';
  return h('span', { class: 'muted' }, ` ${change > 0 ? '▲' : change < 0 ? '▼' : '='} ${app.tr(key, { points })}`);
}
