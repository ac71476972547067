// The forecast panel (issue 5 §2): warnings, per listing the price, landed cost,
// margin and orders (last week's and expected), the cash the decisions take, and
// what the forecast assumes (src/game/forecast.ts, forecastVolume.ts). A listing
// in a market without a delivery route shows no costs or margin, only why it
// cannot sell.
import type { StringKey } from '../../i18n';
import type { App } from './app';
import { h } from './dom';
import { forecast, type Forecast, type ForecastWarning, type ListingForecast } from '../forecast';
import { chooseRouteButton } from './routeNotice';
import { channelFees } from '../channelFees';

export function forecastPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const fc = forecast(s.scenario, s.view(), app.pending.actions() as (Record<string, unknown> & { type: string })[], (c, m) => channelFees(s.state, c, m));
  const box = h('div', { class: 'panel', 'data-testid': 'forecast' });
  box.appendChild(h('p', { class: 'hint' }, tr('forecast.hint')));
  if (fc.warnings.length > 0) {
    box.appendChild(h('ul', { class: 'warnings' }, fc.warnings.map((w) => h('li', { 'data-testid': `forecast-warning-${w.kind}` }, h('span', { 'aria-hidden': 'true' }, '⚠ '),
      warningText(app, w), w.kind === 'noRoute' ? [' ', chooseRouteButton(app, w.market)] : null))));
  }
  box.appendChild(h('table', { class: 'data forecast' },
    h('caption', null, tr('forecast.perOrder')),
    h('thead', null, h('tr', null, ['col.price', 'col.landed', 'col.goods', 'col.margin', 'forecast.colOrders', 'col.stock'].map((k) => h('th', { scope: 'col' }, tr(k as StringKey))))),
    // Each listing names itself on a full-width line, its figures on the line below (the
    // panel is too narrow for a name column beside six numbers).
    fc.listings.map((l) => h('tbody', { class: l.changed ? 'changed' : '' },
      h('tr', { class: 'listing-head' }, h('th', { scope: 'rowgroup', colspan: 6 },
        f.product(l.product), h('span', { class: 'muted small-text' }, ` · ${f.market(l.market)} · ${f.channel(l.channel)}`), l.changed ? h('span', { class: 'tag' }, tr('forecast.changed')) : null)),
      h('tr', null,
      h('td', null, f.local(l.market, l.price), h('br'), h('span', { class: 'muted small-text' }, f.money(l.priceHome))),
      costCells(app, l),
      h('td', { 'data-testid': `forecast-orders-${l.market}-${l.channel}-${l.product}`, 'data-expected': l.expectedOrders ?? '' },
        l.lastOrders === null ? '—' : f.count(l.lastOrders),
        h('br'), h('span', { class: 'small-text' }, '→ ', l.expectedOrders === null ? '—' : f.count(l.expectedOrders))),
      h('td', null, f.count(l.stock)))))));
  box.appendChild(h('dl', { class: 'kv' },
    h('dt', null, tr('forecast.sourcing')), h('dd', null, f.money(fc.spend.sourcing)),
    h('dt', null, tr('forecast.freight')), h('dd', null, f.money(fc.spend.freight + fc.spend.duties)),
    h('dt', null, tr('forecast.setup')), h('dd', null, f.money(fc.spend.setup)),
    h('dt', null, tr('forecast.ads')), h('dd', null, f.money(fc.ads)),
    h('dt', { title: tr('forecast.runningWhat') }, tr('forecast.running')), h('dd', null, f.money(fc.running), ' ', h('span', { class: 'muted small-text' }, tr('forecast.runningWhat'))),
    h('dt', null, tr('forecast.cashNow')), h('dd', null, f.money(fc.cashNow)),
    h('dt', null, tr('forecast.cashAfter')), h('dd', { class: fc.cashAfter < 0 ? 'neg' : '' }, f.money(fc.cashAfter)),
    h('dt', null, tr('forecast.weeklyExpected')), h('dd', null, fc.weekly === null ? tr('forecast.noBasis') : f.money(fc.weekly))));
  box.appendChild(assumptions(app, fc));
  return box;
}

function warningText(app: App, w: ForecastWarning): string {
  const tr = app.tr.bind(app);
  const f = app.fmt();
  switch (w.kind) {
    case 'noRoute': return tr('forecast.wNoRoute', { market: f.market(w.market) });
    case 'loss': return tr('forecast.wLoss', { product: f.product(w.product), where: `${f.market(w.market)} · ${f.channel(w.channel)}` });
    case 'sellOut': return tr('forecast.wSellOutNext', { product: f.product(w.product), market: f.market(w.market), stock: f.count(w.stock), orders: f.count(w.orders) });
    case 'noStock': return tr('forecast.wNoStock', { product: f.product(w.product), market: f.market(w.market) });
    case 'cash': return tr('forecast.wCash', { cash: f.money(w.cashAfter) });
  }
}

/** Landed costs, goods and margin per order; for a listing no order can reach, why instead (no figures to mislead). */
function costCells(app: App, l: ListingForecast): HTMLElement[] {
  const f = app.fmt();
  if (!l.deliverable) {
    return [h('td', { colspan: 3, class: 'no-route', 'data-testid': `forecast-no-route-${l.market}-${l.channel}-${l.product}` },
      h('span', { 'aria-hidden': 'true' }, '⚠ '), app.tr('forecast.cannotServe', { market: f.market(l.market) }))];
  }
  const neg = l.margin !== null && l.margin < 0;
  return [
    h('td', null, l.landed === null ? '—' : f.money(l.landed)),
    h('td', null, f.money(l.goods)),
    h('td', { class: neg ? 'neg' : '' }, neg ? h('span', { 'aria-hidden': 'true' }, '▼ ') : null,
      l.margin === null ? '—' : f.money(l.margin), h('br'), h('span', { class: 'small-text' }, l.marginRate === null ? '' : f.pct(l.marginRate, 0))),
  ];
}

/** What the volume estimate rests on, in words, with the figures it used per market. */
function assumptions(app: App, fc: Forecast): HTMLElement {
  const tr = app.tr.bind(app);
  const f = app.fmt();
  return h('section', { class: 'panel-section assumptions', 'data-testid': 'forecast-assumes' },
    h('h3', null, tr('forecast.assumes')),
    h('ul', { class: 'small-text' },
      h('li', null, tr('forecast.aBase')),
      h('li', null, tr('forecast.aPrice')),
      h('li', null, tr('forecast.aSearch')),
      h('li', null, tr('forecast.aLeftOut'))),
    fc.bases.length === 0 ? null : h('table', { class: 'data compact' },
      h('thead', null, h('tr', null, ['field.market', 'forecast.aSensCol', 'forecast.aCpcCol', 'forecast.aSearchersCol'].map((k) => h('th', { scope: 'col' }, tr(k as StringKey))))),
      h('tbody', null, fc.bases.map((b) => h('tr', null,
        h('th', { scope: 'row' }, f.market(b.market)),
        h('td', null, f.dec(b.sensitivity, 2), ' ', h('span', { class: 'muted' }, tr(b.source === 'research' ? 'forecast.srcResearch' : 'forecast.srcRegion'))),
        h('td', null, f.local(b.market, b.cpc)),
        h('td', null, b.searchers === null ? tr('forecast.unknown') : f.count(b.searchers)))))),
    fc.bases.length === 0 ? null : h('p', { class: 'hint' }, tr('forecast.aNotes')));
}
