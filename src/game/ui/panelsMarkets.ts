// Markets, listings and prices (seed 000 ch. 2 and 5): each market's rate, season
// and presence, the listings with a delist button, a new listing, and a new price
// per listing beside the reference and the rivals' mean shelf price.
import type { StringKey } from '../../i18n';
import type { App } from './app';
import { h } from './dom';
import { decisionForm, field, input, select, submit } from './form';
import { checkDelist, checkPrice } from '../validate';
import { referencePrice } from '../reference';
import { ctx, section } from './panelsKit';
import { upcomingSeasons } from '../model/seasons';
import { channelFeeHint, channelsSection } from './channelFees';
import { routeWarnings } from './routeNotice';
import { hasDeliveryRoute, plannedFulfilment } from '../deliveryRoute';

/** How far ahead the Markets tab lists peaks: the map's horizon. */
const UPCOMING_TURNS = 8;

export function marketsPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const box = h('div', { class: 'panel' });
  const report = s.lastReport;
  const cards = h('div', { class: 'market-cards' });
  for (const m of s.scenario.markets) {
    const p = view.company.markets[m.id];
    const season = report?.seasons[m.id] ? s.scenario.markets.find((x) => x.id === m.id)?.seasons.find((x) => x.id === report.seasons[m.id]) : undefined;
    const rate = view.fx[m.currency] ?? s.scenario.currencies.find((c) => c.code === m.currency)?.rate ?? 0;
    cards.appendChild(h('div', { class: 'market-card' },
      h('h4', null, f.market(m.id), ' ', h('span', { class: 'muted' }, m.currency)),
      h('p', { class: 'small-text' }, tr('markets.rate', { rate: f.rate(rate), home: s.scenario.homeCurrency, cur: m.currency })),
      season ? h('p', { class: 'small-text' }, h('span', { 'aria-hidden': 'true' }, '▲ '), tr('markets.season', { name: season.name[app.lang] })) : null,
      p ? h('p', { class: 'small-text' }, tr('markets.presence', { awareness: f.pct(p.awareness, 0), rating: f.dec(p.rating, 1) }))
        : h('p', { class: 'small-text muted' }, tr('markets.notEntered'))));
  }
  box.appendChild(section(tr('markets.heading'), cards));
  // The peaks ahead (lesson 12: stock has to be there in time) — the map's panel
  // shows them too, but text drawn on a canvas is not read out by screen readers.
  const ahead = upcomingSeasons(s.scenario, s.state.turn, report, UPCOMING_TURNS);
  const sep = app.lang === 'zh' ? '、' : ', ';
  box.appendChild(section(tr('markets.upcoming', { n: UPCOMING_TURNS }), ahead.length > 0
    ? h('ul', { class: 'plain small-text', 'data-testid': 'upcoming-seasons' }, ahead.map((u) => h('li', null, h('span', { 'aria-hidden': 'true' }, '★ '),
      tr('markets.upcomingItem', { turn: u.turn, name: u.name[app.lang], markets: u.markets.map((m) => m.name[app.lang]).join(sep) }))))
    : h('p', { class: 'hint' }, tr('markets.noUpcoming', { n: UPCOMING_TURNS }))));

  const listings = view.company.listings;
  const table = h('table', { class: 'data' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, tr('col.product')), h('th', { scope: 'col' }, tr('col.where')), h('th', { scope: 'col' }, tr('col.price')), h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, tr('col.actions'))))),
    h('tbody', null, listings.map((l) => {
      const form = `delist-${l.market}-${l.channel}-${l.product}`;
      const pendingDelist = app.pending.find(`listing|${l.market}|${l.channel}|${l.product}`)?.action.type === 'delist';
      return h('tr', null,
        h('td', null, f.product(l.product)),
        h('td', null, `${f.market(l.market)} · ${f.channel(l.channel)}`),
        h('td', null, f.local(l.market, l.price)),
        h('td', null, pendingDelist ? h('span', { class: 'tag' }, tr('markets.delistPending'))
          : h('button', { type: 'button', class: 'small', id: `${form}-submit`, 'aria-label': tr('markets.delistLabel', { product: f.product(l.product), where: `${f.market(l.market)} · ${f.channel(l.channel)}` }), on: {
            click: () => {
              const r = checkDelist(ctx(app), { market: l.market, channel: l.channel, product: l.product });
              if (r.ok) app.addDecision(r.action, `${form}-submit`);
            },
          } }, tr('markets.delist'))));
    })));
  box.appendChild(section(tr('markets.listings', { n: listings.length }), listings.length > 0 ? table : h('p', { class: 'hint' }, tr('markets.noListings'))));

  // A new listing (or a new price on an existing one): where, what, at what price.
  const form = 'list';
  const where: [string, string][] = [];
  for (const m of s.scenario.markets) for (const c of s.scenario.channels) if (c.markets.includes(m.id)) where.push([`${m.id}|${c.id}`, `${f.market(m.id)} · ${f.channel(c.id)}`]);
  const products = s.scenario.products.map((p) => [p.id, f.product(p.id)] as [string, string]);
  const whereSel = select(where);
  const productSel = select(products);
  const chosenWhere = app.drafts.get(`${form}-where`) ?? where[0]?.[0] ?? '';
  const chosenProduct = app.drafts.get(`${form}-product`) ?? products[0]?.[0] ?? '';
  const [market = '', channel = ''] = chosenWhere.split('|');
  // A market without a delivery route gets no visitors: said here, before the listing is made.
  const routed = hasDeliveryRoute(s.scenario, plannedFulfilment(view, app.pending.actions() as (Record<string, unknown> & { type: string })[]).get(market));
  const ref = referencePrice(s.scenario, market, chosenProduct);
  const refreshHint = () => app.rerenderPlay(document.activeElement?.id ?? null);
  whereSel.addEventListener('change', () => { app.drafts.set(`${form}-where`, whereSel.value); refreshHint(); });
  productSel.addEventListener('change', () => { app.drafts.set(`${form}-product`, productSel.value); refreshHint(); });
  box.appendChild(section(tr('markets.addListing'),
    decisionForm(app, form, (read) => {
      const [m, c] = read('where').split('|');
      return checkPrice(ctx(app), { market: m ?? '', channel: c ?? '', product: read('product'), price: read('price') });
    },
    field(app, { form, name: 'where', label: tr('field.where'), fields: ['market', 'channel'], hint: channelFeeHint(app, channel, market) }, whereSel),
    routed ? null : routeWarnings(app, [market]),
    field(app, { form, name: 'product', label: tr('field.product') }, productSel),
    field(app, {
      form, name: 'price', label: tr('field.priceIn', { cur: f.currencyOf(market) }),
      hint: ref === undefined ? tr('markets.notSoldThere') : tr('markets.refPrice', { price: f.local(market, ref) }),
    }, input({ inputmode: 'decimal', placeholder: ref === undefined ? '' : f.localInput(market, ref) })),
    h('div', { class: 'row' }, submit(app, form, tr('markets.listButton'))))));
  box.appendChild(channelsSection(app));
  return box;
}

export function pricesPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const box = h('div', { class: 'panel' });
  const rows = view.company.listings;
  const listed = section(tr('prices.heading', { n: rows.length }));
  box.appendChild(listed);
  if (rows.length === 0) listed.appendChild(h('p', { class: 'hint' }, tr('prices.none')));
  for (const l of rows) {
    const form = `price-${l.market}-${l.channel}-${l.product}`;
    const ref = referencePrice(s.scenario, l.market, l.product) ?? 0;
    const rivals = view.prices.filter((p) => p.company !== 'player' && p.market === l.market && p.product === l.product);
    const avg = rivals.length > 0 ? rivals.reduce((a, p) => a + p.price, 0) / rivals.length : null;
    const pend = app.pending.find(`listing|${l.market}|${l.channel}|${l.product}`);
    const where = `${f.market(l.market)} · ${f.channel(l.channel)}`;
    listed.appendChild(h('div', { class: 'price-row' },
      h('div', { class: 'price-info' },
        h('strong', null, f.product(l.product)), h('span', { class: 'price-where muted small-text' }, where),
        h('p', { class: 'small-text' },
          tr('prices.now', { price: f.local(l.market, l.price) }),
          l.discount > 0 && view.turn + 1 <= l.discountUntil ? ` · ${tr('prices.onSale', { pct: f.pct(l.discount, 0), turn: l.discountUntil })}` : '',
          ` · ${tr('prices.ref', { price: f.local(l.market, ref) })}`,
          avg !== null ? ` · ${tr('prices.rivals', { price: f.local(l.market, avg), n: rivals.length })}` : ''),
        pend ? h('p', { class: 'small-text tag-line' }, h('span', { 'aria-hidden': 'true' }, '✎ '), tr('prices.pending')) : null),
      decisionForm(app, form, (read) => checkPrice(ctx(app), { market: l.market, channel: l.channel, product: l.product, price: read('price') }),
        field(app, { form, name: 'price', label: tr('prices.newLabel', { product: f.product(l.product), where, cur: f.currencyOf(l.market) }), hideLabel: true },
          input({ inputmode: 'decimal', placeholder: f.localInput(l.market, l.price), class: 'narrow' })),
        submit(app, form, tr('prices.set')))));
  }
  const products = h('table', { class: 'data' },
    h('thead', null, h('tr', null, ['col.product', 'col.tier', 'col.unitCost', 'col.moq', 'col.lead', 'col.weight'].map((k) => h('th', { scope: 'col' }, tr(k as StringKey))))),
    h('tbody', null, s.scenario.products.map((p) => h('tr', null,
      // The quality tier the scenario gives each product (issue 2); a label, read by no engine rule (schema/product.ts).
      h('td', null, f.product(p.id)), h('td', null, tr(`tier.${p.tier}` as StringKey)), h('td', null, f.money(p.unitCost)), h('td', null, f.count(p.moq)),
      h('td', null, tr('unit.weeks', { n: p.leadTimeWeeks })), h('td', null, tr('unit.grams', { n: f.count(p.weightGrams) }))))));
  box.appendChild(section(tr('prices.products'), products));
  return box;
}
