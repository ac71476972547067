// The forecast panel (issue 5 §2): warnings, per listing the price, landed cost,
// margin and orders (last week's and expected), the cash the decisions take, and
// what the forecast assumes (src/game/forecast.ts, forecastVolume.ts).
import type { StringKey } from '../../i18n';
import type { App } from './app';
import { h } from './dom';
import { forecast, type Forecast } from '../forecast';

export function forecastPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const fc = forecast(s.scenario, s.view(), app.pending.actions() as (Record<string, unknown> & { type: string })[]);
  const box = h('div', { class: 'panel', 'data-testid': 'forecast' });
  box.appendChild(h('p', { class: 'hint' }, tr('forecast.hint')));
  if (fc.warnings.length > 0) {
    box.appendChild(h('ul', { class: 'warnings' }, fc.warnings.map((w) => h('li', null, h('span', { 'aria-hidden': 'true' }, '⚠ '),
      w.kind === 'loss' ? tr('forecast.wLoss', { product: f.product(w.product), where: `${f.market(w.market)} · ${f.channel(w.channel)}` })
        : w.kind === 'sellOut' ? tr('forecast.wSellOutNext', { product: f.product(w.product), market: f.market(w.market), stock: f.count(w.stock), orders: f.count(w.orders) })
          : w.kind === 'noStock' ? tr('forecast.wNoStock', { product: f.product(w.product), market: f.market(w.market) })
            : tr('forecast.wCash', { cash: f.money(w.cashAfter) })))));
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
      h('td', null, f.money(l.landed)),
      h('td', null, f.money(l.goods)),
      h('td', { class: l.margin < 0 ? 'neg' : '' }, l.margin < 0 ? h('span', { 'aria-hidden': 'true' }, '▼ ') : null, f.money(l.margin), h('br'), h('span', { class: 'small-text' }, f.pct(l.marginRate, 0))),
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
