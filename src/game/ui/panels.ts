// The decision panels, one per area of the course (seed 000): markets and
// channels, products and prices, sourcing and logistics, marketing (ads and
// discounts), creators and promotions, payments, service, risk and finance, research
// and team (the last three in panelsRisk.ts) — and the forecast. Every engine
// action has a panel (src/game/actionPanels.ts, tested). Each decision is a real form whose
// fields are checked by src/game/validate.ts before anything reaches the engine.
import type { StringKey } from '../../i18n';
import type { App } from './app';
import { h } from './dom';
import { checkbox, decisionForm, field, input, select, submit } from './form';
import {
  checkAdBudget, checkDelist, checkDiscount, checkFulfilment, checkOrder, checkPayments, checkPrice, checkShip, type Ctx,
} from '../validate';
import { forecast } from '../forecast';
import { lookup } from '../../bots/world';
import { COMPLAINT_POLICIES, KOL_TIERS, LOCALISATION_LEVELS, LOYALTY_PROGRAMMES, PROMOTION_KINDS } from '../../engine';
import { kolTier, localisationLevel } from '../../engine/marketing';
import { loyaltySpec } from '../../engine/customerBase';
import {
  checkComplaints, checkFraud, checkHedge, checkKol, checkLocalisation, checkLoyalty, checkPromotion, checkReturnPolicy, checkService, serviceWages,
} from '../validateMore';
import { DEFAULT_SERVICE } from '../../engine/service';
import { researchPanel, riskSections, teamPanel } from './panelsRisk';

export interface Panel { id: string; label: StringKey; available(app: App): boolean; render(app: App): HTMLElement }

function ctx(app: App): Ctx {
  const s = app.session!;
  return { scenario: s.scenario, view: s.view(), pending: app.pending };
}

/** Markets the company is in, or could enter (every market of the scenario, in scenario order). */
function marketIds(app: App): string[] {
  return app.session!.scenario.markets.map((m) => m.id);
}

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', null, title), children);
}

// ---- markets and channels ----

function marketsPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const lk = lookup(s.scenario);
  const box = h('div', { class: 'panel' });
  const report = s.lastReport;
  const cards = h('div', { class: 'market-cards' });
  for (const m of s.scenario.markets) {
    const p = view.company.markets[m.id];
    const season = report?.seasons[m.id] ? s.scenario.markets.find((x) => x.id === m.id)?.seasons.find((x) => x.id === report.seasons[m.id]) : undefined;
    const rate = view.fx[m.currency] ?? s.scenario.currencies.find((c) => c.code === m.currency)?.rate ?? 0;
    cards.appendChild(h('div', { class: 'market-card' },
      h('h4', null, f.market(m.id), ' ', h('span', { class: 'muted' }, m.currency)),
      h('p', { class: 'small-text' }, tr('markets.rate', { rate: f.dec(rate, 4), home: s.scenario.homeCurrency, cur: m.currency })),
      season ? h('p', { class: 'small-text' }, h('span', { 'aria-hidden': 'true' }, '▲ '), tr('markets.season', { name: season.name[app.lang] })) : null,
      p ? h('p', { class: 'small-text' }, tr('markets.presence', { awareness: f.pct(p.awareness, 0), rating: f.dec(p.rating, 1) }))
        : h('p', { class: 'small-text muted' }, tr('markets.notEntered'))));
  }
  box.appendChild(section(tr('markets.heading'), cards));

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
  const market = chosenWhere.split('|')[0] ?? '';
  const ref = lk.reference.get(`${market}|${chosenProduct}`);
  const refreshHint = () => app.rerenderPlay(document.activeElement?.id ?? null);
  whereSel.addEventListener('change', () => { app.drafts.set(`${form}-where`, whereSel.value); refreshHint(); });
  productSel.addEventListener('change', () => { app.drafts.set(`${form}-product`, productSel.value); refreshHint(); });
  box.appendChild(section(tr('markets.addListing'),
    decisionForm(app, form, (read) => {
      const [m, c] = read('where').split('|');
      return checkPrice(ctx(app), { market: m ?? '', channel: c ?? '', product: read('product'), price: read('price') });
    },
    field(app, { form, name: 'where', label: tr('field.where'), fields: ['market', 'channel'] }, whereSel),
    field(app, { form, name: 'product', label: tr('field.product') }, productSel),
    field(app, {
      form, name: 'price', label: tr('field.priceIn', { cur: f.currencyOf(market) }),
      hint: ref === undefined ? tr('markets.notSoldThere') : tr('markets.refPrice', { price: f.local(market, ref) }),
    }, input({ inputmode: 'decimal', placeholder: ref === undefined ? '' : f.localInput(market, ref) })),
    h('div', { class: 'row' }, submit(app, form, tr('markets.listButton'))))));
  return box;
}

// ---- products and prices ----

function pricesPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const lk = lookup(s.scenario);
  const box = h('div', { class: 'panel' });
  const rows = view.company.listings;
  if (rows.length === 0) box.appendChild(h('p', { class: 'hint' }, tr('prices.none')));
  for (const l of rows) {
    const form = `price-${l.market}-${l.channel}-${l.product}`;
    const ref = lk.reference.get(`${l.market}|${l.product}`) ?? 0;
    const rivals = view.prices.filter((p) => p.company !== 'player' && p.market === l.market && p.product === l.product);
    const avg = rivals.length > 0 ? rivals.reduce((a, p) => a + p.price, 0) / rivals.length : null;
    const pend = app.pending.find(`listing|${l.market}|${l.channel}|${l.product}`);
    const where = `${f.market(l.market)} · ${f.channel(l.channel)}`;
    box.appendChild(h('div', { class: 'price-row' },
      h('div', { class: 'price-info' },
        h('strong', null, f.product(l.product)), h('span', { class: 'muted' }, ` ${where}`),
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
    h('caption', null, tr('prices.products')),
    h('thead', null, h('tr', null, ['col.product', 'col.unitCost', 'col.moq', 'col.lead', 'col.weight'].map((k) => h('th', { scope: 'col' }, tr(k as StringKey))))),
    h('tbody', null, s.scenario.products.map((p) => h('tr', null,
      h('td', null, f.product(p.id)), h('td', null, f.money(p.unitCost)), h('td', null, f.count(p.moq)),
      h('td', null, tr('unit.weeks', { n: p.leadTimeWeeks })), h('td', null, tr('unit.grams', { n: f.count(p.weightGrams) }))))));
  box.appendChild(section(tr('prices.catalogue'), products));
  return box;
}

// ---- sourcing and logistics ----

function logisticsPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const c = view.company;
  const box = h('div', { class: 'panel' });
  const locations = ['home', ...s.scenario.warehouses.map((w) => w.id)];
  const stock = h('table', { class: 'data' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, tr('col.product')), locations.map((l) => h('th', { scope: 'col' }, f.location(l))), h('th', { scope: 'col' }, tr('col.onOrder')))),
    h('tbody', null, s.scenario.products.map((p) => h('tr', null,
      h('th', { scope: 'row' }, f.product(p.id)),
      locations.map((l) => h('td', null, f.count(c.stock[l]?.[p.id] ?? 0))),
      h('td', null, f.count(c.sourcing.filter((o) => o.product === p.id).reduce((a, o) => a + o.units, 0)))))));
  box.appendChild(section(tr('logistics.stock'), stock));

  const moving = [
    ...c.sourcing.map((o) => tr('logistics.sourcingLine', { units: f.count(o.units), product: f.product(o.product), turn: o.arrivesTurn })),
    ...c.shipments.map((x) => tr('logistics.shipmentLine', { units: f.count(x.units), product: f.product(x.product), to: f.location(x.to), carrier: f.carrier(x.carrier), turn: x.arrivesTurn })),
  ];
  box.appendChild(section(tr('logistics.moving', { n: moving.length }), moving.length > 0 ? h('ul', { class: 'plain' }, moving.map((m) => h('li', null, m))) : h('p', { class: 'hint' }, tr('logistics.nothingMoving'))));

  // Factory order.
  const of = 'order';
  const orderProduct = app.drafts.get(`${of}-product`) ?? s.scenario.products[0]!.id;
  const op = s.scenario.products.find((p) => p.id === orderProduct) ?? s.scenario.products[0]!;
  const opSel = select(s.scenario.products.map((p) => [p.id, f.product(p.id)] as [string, string]));
  opSel.addEventListener('change', () => { app.drafts.set(`${of}-product`, opSel.value); app.rerenderPlay(`${of}-product`); });
  box.appendChild(section(tr('logistics.order'),
    decisionForm(app, of, (read) => checkOrder(ctx(app), { product: read('product'), units: read('units') }),
      field(app, { form: of, name: 'product', label: tr('field.product') }, opSel),
      field(app, { form: of, name: 'units', label: tr('field.units'), hint: tr('logistics.orderHint', { moq: f.count(op.moq), cost: f.money(op.unitCost), weeks: op.leadTimeWeeks, turn: view.turn + 1 + op.leadTimeWeeks }) },
        input({ inputmode: 'numeric', placeholder: String(op.moq) })),
      h('div', { class: 'row' }, submit(app, of, tr('logistics.orderButton'))))));

  // Freight to an overseas warehouse.
  if (s.scenario.warehouses.length > 0) {
    const sf = 'ship';
    const freight = s.scenario.carriers.filter((x) => x.service === 'freight');
    const shipSel = select(s.scenario.products.map((p) => [p.id, f.product(p.id)] as [string, string]));
    box.appendChild(section(tr('logistics.ship'),
      decisionForm(app, sf, (read) => checkShip(ctx(app), { product: read('product'), units: read('units'), to: read('to'), carrier: read('carrier') }),
        field(app, { form: sf, name: 'product', label: tr('field.product') }, shipSel),
        field(app, { form: sf, name: 'units', label: tr('field.units'), hint: tr('logistics.shipHint') }, input({ inputmode: 'numeric' })),
        field(app, { form: sf, name: 'to', label: tr('field.warehouse') }, select(s.scenario.warehouses.map((w) => [w.id, `${f.warehouse(w.id)} (${f.market(w.market)})`] as [string, string]))),
        field(app, { form: sf, name: 'carrier', label: tr('field.freightCarrier') }, select(freight.map((x) => [x.id, tr('logistics.carrierOption', { name: f.carrier(x.id), lo: x.transitDays[0] + x.customsDays[0], hi: x.transitDays[1] + x.customsDays[1], perKg: f.money(x.perKg) })] as [string, string]))),
        h('div', { class: 'row' }, submit(app, sf, tr('logistics.shipButton'))))));
  }

  // How each market's orders reach buyers.
  const fulfil = h('div', null);
  for (const m of s.scenario.markets) {
    const ff = `fulfil-${m.id}`;
    const options: [string, string][] = [];
    for (const x of s.scenario.carriers) if (x.service === 'parcel' && x.markets.includes(m.id)) {
      options.push([`home|${x.id}`, tr('logistics.fromHome', { carrier: f.carrier(x.id), lo: x.transitDays[0] + x.customsDays[0], hi: x.transitDays[1] + x.customsDays[1] })]);
    }
    for (const w of s.scenario.warehouses) if (w.market === m.id) options.push([`wh|${w.id}`, tr('logistics.fromWarehouse', { warehouse: f.warehouse(w.id), lo: w.lastMileDays[0], hi: w.lastMileDays[1] })]);
    const p = c.markets[m.id];
    const current = p ? (p.fulfilFrom === 'home' ? `home|${p.parcelCarrier ?? ''}` : `wh|${p.fulfilFrom}`) : options[0]?.[0];
    fulfil.appendChild(decisionForm(app, ff, (read) => {
      const [kind, id] = read('route').split('|');
      return checkFulfilment(ctx(app), { market: m.id, from: kind === 'wh' ? id ?? '' : 'home', carrier: kind === 'home' ? id ?? '' : '' });
    },
    h('div', { class: 'inline' },
      field(app, { form: ff, name: 'route', label: tr('logistics.routeFor', { market: f.market(m.id) }), fields: ['route', 'from', 'carrier', 'market'] }, select(options, current)),
      submit(app, ff, tr('form.set')))));
  }
  box.appendChild(section(tr('logistics.fulfilment'), fulfil));
  return box;
}

// ---- marketing and promotions ----

function marketingPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const box = h('div', { class: 'panel' });
  const ads = h('div', { class: 'ad-grid' });
  for (const id of marketIds(app)) {
    // Social ads buy awareness (priced per thousand impressions); search ads buy
    // clicks from shoppers already looking (priced per click): seed 000 ch. 6.
    for (const kind of ['social', 'search'] as const) {
      const af = kind === 'social' ? `ads-${id}` : `search-${id}`;
      const p = view.company.markets[id];
      const cur = (kind === 'social' ? p?.adBudget : p?.searchBudget) ?? 0;
      ads.appendChild(decisionForm(app, af, (read) => checkAdBudget(ctx(app), { market: id, weekly: read('weekly'), kind }),
        h('div', { class: 'inline' },
          field(app, { form: af, name: 'weekly', label: tr(kind === 'social' ? 'marketing.budgetFor' : 'marketing.searchFor', { market: f.market(id), cur: s.scenario.homeCurrency }), hint: tr('marketing.now', { amount: f.money(cur) }), fields: ['weekly', 'kind', 'market'] },
            input({ inputmode: 'decimal', placeholder: f.homeInput(cur), class: 'narrow' })),
          submit(app, af, tr('form.set')))));
    }
  }
  box.appendChild(section(tr('marketing.ads'), h('p', { class: 'hint' }, tr('marketing.adsHint')), ads));

  const listings = view.company.listings;
  if (listings.length > 0) {
    const df = 'discount';
    const options = listings.map((l) => [`${l.market}|${l.channel}|${l.product}`, `${f.product(l.product)} · ${f.market(l.market)} · ${f.channel(l.channel)}`] as [string, string]);
    box.appendChild(section(tr('marketing.promotions'),
      h('p', { class: 'hint' }, tr('marketing.promotionsHint')),
      decisionForm(app, df, (read) => {
        const [market, channel, product] = read('listing').split('|');
        return checkDiscount(ctx(app), { market: market ?? '', channel: channel ?? '', product: product ?? '', percent: read('percent'), turns: read('turns') });
      },
      field(app, { form: df, name: 'listing', label: tr('field.listing'), fields: ['listing', 'product', 'market', 'channel'] }, select(options)),
      h('div', { class: 'inline' },
        field(app, { form: df, name: 'percent', label: tr('field.discountPct') }, input({ inputmode: 'numeric', placeholder: '10', class: 'narrow' })),
        field(app, { form: df, name: 'turns', label: tr('field.discountTurns') }, input({ inputmode: 'numeric', placeholder: '1', class: 'narrow' }))),
      h('div', { class: 'row' }, submit(app, df, tr('marketing.discountButton'))))));
  }
  return box;
}

// ---- payments ----

function paymentsPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const box = h('div', { class: 'panel' });
  box.appendChild(h('p', { class: 'hint' }, tr('payments.hint')));
  for (const m of s.scenario.markets) {
    const pf = `pay-${m.id}`;
    const pend = app.pending.find(`pay|${m.id}`);
    const current = pend ? (pend.action.methods as string[]) : view.company.markets[m.id]?.payments ?? [];
    const errs = app.formErrors.get(pf) ?? [];
    const errId = `${pf}-error`;
    const fs = h('fieldset', { class: 'methods', 'aria-describedby': errId },
      h('legend', null, tr('payments.for', { market: f.market(m.id) })));
    for (const pm of s.scenario.paymentMethods) {
      const share = m.paymentMix.find((x) => x.method === pm.id)?.share ?? 0;
      const id = `${pf}-${pm.id}`;
      const draft = app.drafts.get(id);
      const box2 = h('input', { type: 'checkbox', id, name: 'method', value: pm.id, checked: draft === undefined ? current.includes(pm.id) : draft === '1' });
      box2.addEventListener('change', () => app.drafts.set(id, box2.checked ? '1' : '0'));
      fs.appendChild(h('div', { class: 'check' }, box2,
        h('label', { for: id }, h('span', null, f.payment(pm.id)),
          h('span', { class: 'small-text muted' }, ` ${tr('payments.detail', { share: f.pct(share, 0), fee: f.pct(pm.feeRate, 1), setup: f.money(pm.setupCost) })}`))));
    }
    fs.appendChild(h('p', { id: errId, class: 'field-error' }, errs.map((e) => h('span', null, h('span', { 'aria-hidden': 'true' }, '⚠ '), tr(e.key, e.vars)))));
    const form = h('form', { class: 'decision-form', id: pf, novalidate: true }, fs, h('div', { class: 'row' }, h('button', { type: 'submit', id: `${pf}-submit` }, tr('payments.apply'))));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const methods = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="method"]')).filter((x) => x.checked).map((x) => x.value);
      const r = checkPayments(ctx(app), { market: m.id, methods });
      if (!r.ok) { app.formErrors.set(pf, r.errors); app.rerenderPlay(`${pf}-submit`); return; }
      app.formErrors.delete(pf);
      for (const k of [...app.drafts.keys()]) if (k.startsWith(`${pf}-`)) app.drafts.delete(k);
      app.addDecision(r.action, `${pf}-submit`);
    });
    box.appendChild(form);
  }
  return box;
}

// ---- forecast ----

function forecastPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const fc = forecast(s.scenario, s.view(), app.pending.actions() as (Record<string, unknown> & { type: string })[]);
  const box = h('div', { class: 'panel', 'data-testid': 'forecast' });
  box.appendChild(h('p', { class: 'hint' }, tr('forecast.hint')));
  if (fc.warnings.length > 0) {
    box.appendChild(h('ul', { class: 'warnings' }, fc.warnings.map((w) => h('li', null, h('span', { 'aria-hidden': 'true' }, '⚠ '),
      w.kind === 'loss' ? tr('forecast.wLoss', { product: f.product(w.product), where: `${f.market(w.market)} · ${f.channel(w.channel)}` })
        : w.kind === 'sellOut' ? tr('forecast.wSellOut', { product: f.product(w.product), market: f.market(w.market), stock: f.count(w.stock), orders: f.count(w.lastOrders) })
          : w.kind === 'noStock' ? tr('forecast.wNoStock', { product: f.product(w.product), market: f.market(w.market) })
            : tr('forecast.wCash', { cash: f.money(w.cashAfter) })))));
  }
  box.appendChild(h('table', { class: 'data forecast' },
    h('caption', null, tr('forecast.perOrder')),
    h('thead', null, h('tr', null, ['col.price', 'col.landed', 'col.goods', 'col.margin', 'col.lastOrders', 'col.stock'].map((k) => h('th', { scope: 'col' }, tr(k as StringKey))))),
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
      h('td', null, l.lastOrders === null ? '—' : f.count(l.lastOrders)),
      h('td', null, f.count(l.stock)))))));
  box.appendChild(h('dl', { class: 'kv' },
    h('dt', null, tr('forecast.sourcing')), h('dd', null, f.money(fc.spend.sourcing)),
    h('dt', null, tr('forecast.freight')), h('dd', null, f.money(fc.spend.freight + fc.spend.duties)),
    h('dt', null, tr('forecast.setup')), h('dd', null, f.money(fc.spend.setup)),
    h('dt', null, tr('forecast.ads')), h('dd', null, f.money(fc.ads)),
    h('dt', { title: tr('forecast.runningWhat') }, tr('forecast.running')), h('dd', null, f.money(fc.running), ' ', h('span', { class: 'muted small-text' }, tr('forecast.runningWhat'))),
    h('dt', null, tr('forecast.cashNow')), h('dd', null, f.money(fc.cashNow)),
    h('dt', null, tr('forecast.cashAfter')), h('dd', { class: fc.cashAfter < 0 ? 'neg' : '' }, f.money(fc.cashAfter)),
    h('dt', null, tr('forecast.weekly')), h('dd', null, fc.weekly === null ? tr('forecast.noBasis') : f.money(fc.weekly))));
  return box;
}

// ---- creators and promotions: KOL/KOC, localisation, platform promotions ----

function growthPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const box = h('div', { class: 'panel' });
  const sc = s.scenario;
  for (const m of sc.markets) {
    const p = view.company.markets[m.id];
    const parts: HTMLElement[] = [];
    const kf = `kol-${m.id}`;
    // The tier's price, reach and engagement make a long option: the list gets the full width.
    parts.push(decisionForm(app, kf, (read) => checkKol(ctx(app), { market: m.id, tier: read('tier') }),
      field(app, { form: kf, name: 'tier', label: tr('growth.kol'), hint: tr('growth.kolHint'), fields: ['tier', 'market'] },
        select(KOL_TIERS.map((t) => { const k = kolTier(sc, t); return [t, tr('growth.kolOption', { tier: tr(`kol.${t}`), cost: f.money(k.cost), reach: f.count(k.reach), eng: f.pct(k.engagement, 0) })] as [string, string]; }))),
      h('div', { class: 'row form-end' }, submit(app, kf, tr('growth.kolButton')))));
    const lf = `localise-${m.id}`;
    parts.push(decisionForm(app, lf, (read) => checkLocalisation(ctx(app), { market: m.id, level: read('level') }),
      h('div', { class: 'inline' },
        field(app, { form: lf, name: 'level', label: tr('growth.localisation'), hint: tr('growth.now', { what: tr(`loc.${p?.localisation ?? 'machine'}`) }), fields: ['level', 'market'] },
          select(LOCALISATION_LEVELS.map((l) => { const x = localisationLevel(sc, l); return [l, tr('growth.locOption', { level: tr(`loc.${l}`), cost: f.money(x.cost), conv: f.dec(x.conversion, 2) })] as [string, string]; }), p?.localisation)),
        submit(app, lf, tr('form.set')))));
    const pf = `promo-${m.id}`;
    parts.push(decisionForm(app, pf, (read) => checkPromotion(ctx(app), { market: m.id, kind: read('kind'), depth: read('depth'), turns: read('turns') }),
      field(app, { form: pf, name: 'kind', label: tr('growth.promotion'), fields: ['kind', 'market'] }, select(PROMOTION_KINDS.map((k) => [k, tr(`promo.${k}`)] as [string, string]))),
      h('div', { class: 'inline' },
        field(app, { form: pf, name: 'depth', label: tr('field.discountPct') }, input({ inputmode: 'numeric', placeholder: '15', class: 'narrow' })),
        field(app, { form: pf, name: 'turns', label: tr('field.discountTurns') }, input({ inputmode: 'numeric', placeholder: '1', class: 'narrow' })),
        submit(app, pf, tr('growth.promotionButton')))));
    box.appendChild(section(f.market(m.id), ...parts));
  }
  return box;
}

// ---- service: staff, returns, loyalty, complaint handling (seed 000 ch. 8; seed 004 §03, §05) ----

function servicePanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const box = h('div', { class: 'panel' });
  const sc = s.scenario;
  box.appendChild(h('p', { class: 'hint' }, tr('service.hint')));
  for (const m of sc.markets) {
    const p = view.company.markets[m.id];
    const parts: HTMLElement[] = [];
    // Service staff: agents answering buyers, in their language and hours (lesson 18).
    const vf = `service-${m.id}`;
    const rules = sc.service ?? DEFAULT_SERVICE;
    const agentsNow = p?.agents ?? 0;
    parts.push(decisionForm(app, vf, (read) => checkService(ctx(app), { market: m.id, agents: read('agents'), localLanguage: read('localLanguage'), localHours: read('localHours') }),
      h('div', { class: 'inline service-form' },
        field(app, {
          form: vf, name: 'agents', label: tr('service.agents'), fields: ['agents', 'market'],
          hint: tr('service.agentsHint', { wage: f.money(rules.agentWeeklyCost), lang: f.dec(rules.localLanguageFactor, 1), hours: f.dec(rules.localHoursFactor, 1), now: agentsNow, wages: f.money(serviceWages({ scenario: sc, view }, { market: m.id, agents: agentsNow, localLanguage: p?.localLanguage ?? false, localHours: p?.localHours ?? false })) }),
        }, input({ inputmode: 'numeric', placeholder: String(agentsNow), class: 'narrow' })),
        h('div', { class: 'checks' },
          checkbox(app, { form: vf, name: 'localLanguage', label: tr('service.localLanguage'), checked: p?.localLanguage ?? false }),
          checkbox(app, { form: vf, name: 'localHours', label: tr('service.localHours'), checked: p?.localHours ?? false })),
        submit(app, vf, tr('form.set')))));
    // Return policy: a longer, free window wins trust at checkout and brings more returns.
    const rf = `returns-${m.id}`;
    parts.push(decisionForm(app, rf, (read) => checkReturnPolicy(ctx(app), { market: m.id, days: read('days'), freeReturns: read('freeReturns') }),
      h('div', { class: 'inline' },
        field(app, { form: rf, name: 'days', label: tr('service.returns'), fields: ['days', 'market'] },
          select(['14', '30', '60'].map((d) => [d, tr('service.returnDays', { n: d })] as [string, string]), String(p?.returnDays ?? 30))),
        h('div', { class: 'checks' }, checkbox(app, { form: rf, name: 'freeReturns', label: tr('service.freeReturns'), checked: p?.freeReturns ?? false })),
        submit(app, rf, tr('form.set')))));
    const yf = `loyalty-${m.id}`;
    parts.push(decisionForm(app, yf, (read) => checkLoyalty(ctx(app), { market: m.id, programme: read('programme') }),
      h('div', { class: 'inline' },
        field(app, { form: yf, name: 'programme', label: tr('growth.loyalty'), fields: ['programme', 'market'] },
          select(LOYALTY_PROGRAMMES.map((l) => [l, l === 'none' ? tr('loyalty.none') : tr('growth.loyaltyOption', { name: tr(`loyalty.${l}`), setup: f.money(loyaltySpec(sc, l).setupCost), weekly: f.money(loyaltySpec(sc, l).weeklyCost) })] as [string, string]), p?.loyalty)),
        submit(app, yf, tr('form.set')))));
    const cf = `complaints-${m.id}`;
    parts.push(decisionForm(app, cf, (read) => checkComplaints(ctx(app), { market: m.id, policy: read('policy') }),
      h('div', { class: 'inline' },
        field(app, { form: cf, name: 'policy', label: tr('growth.complaints'), fields: ['policy', 'market'] },
          select(COMPLAINT_POLICIES.map((c) => [c, tr(`complaints.${c}`, { fee: f.money(sc.customers.tieredHandlingFee) })] as [string, string]), p?.complaintHandling)),
        submit(app, cf, tr('form.set')))));
    box.appendChild(section(f.market(m.id), ...parts));
  }
  return box;
}

// ---- risk and finance: FX forwards, fraud screening, then security, insurance and compliance (panelsRisk.ts) ----

function riskPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const sc = s.scenario;
  const box = h('div', { class: 'panel' });
  const currencies = [...new Set(sc.markets.map((m) => m.currency))].filter((c) => c !== sc.homeCurrency).sort();
  if (currencies.length > 0) {
    const hf = 'hedge';
    box.appendChild(section(tr('risk.hedge'), h('p', { class: 'hint' }, tr('risk.hedgeHint')),
      decisionForm(app, hf, (read) => checkHedge(ctx(app), { currency: read('currency'), share: read('share'), turns: read('turns') }),
        h('div', { class: 'inline' },
          field(app, { form: hf, name: 'currency', label: tr('risk.currency') }, select(currencies.map((c) => [c, c] as [string, string]))),
          field(app, { form: hf, name: 'share', label: tr('risk.share') }, input({ inputmode: 'numeric', placeholder: '50', class: 'narrow' })),
          field(app, { form: hf, name: 'turns', label: tr('risk.turns', { max: sc.riskTools.maxForwardTurns }) }, input({ inputmode: 'numeric', placeholder: '8', class: 'narrow' }))),
        h('div', { class: 'row' }, submit(app, hf, tr('risk.hedgeButton'))))));
  }
  const fraud = h('div', null);
  for (const m of sc.markets) {
    const ff = `fraud-${m.id}`;
    const cur = view.company.markets[m.id]?.fraudControl ?? 0;
    fraud.appendChild(decisionForm(app, ff, (read) => checkFraud(ctx(app), { market: m.id, weekly: read('weekly') }),
      h('div', { class: 'inline' },
        field(app, { form: ff, name: 'weekly', label: tr('fraud.budgetFor', { market: f.market(m.id), cur: sc.homeCurrency }), hint: tr('marketing.now', { amount: f.money(cur) }) },
          input({ inputmode: 'decimal', placeholder: f.homeInput(cur), class: 'narrow' })),
        submit(app, ff, tr('form.set')))));
  }
  box.appendChild(section(tr('risk.fraud'), h('p', { class: 'hint' }, tr('risk.fraudHint')), fraud));
  for (const part of riskSections(app)) box.appendChild(part);
  return box;
}

export const PANELS: Panel[] = [
  { id: 'markets', label: 'tab.markets', available: () => true, render: marketsPanel },
  { id: 'prices', label: 'tab.prices', available: () => true, render: pricesPanel },
  { id: 'logistics', label: 'tab.logistics', available: () => true, render: logisticsPanel },
  { id: 'marketing', label: 'tab.marketing', available: () => true, render: marketingPanel },
  { id: 'payments', label: 'tab.payments', available: () => true, render: paymentsPanel },
  { id: 'growth', label: 'tab.growth', available: () => true, render: growthPanel },
  { id: 'service', label: 'tab.service', available: () => true, render: servicePanel },
  { id: 'risk', label: 'tab.risk', available: () => true, render: riskPanel },
  { id: 'research', label: 'tab.research', available: () => true, render: researchPanel },
  { id: 'team', label: 'tab.team', available: () => true, render: teamPanel },
  { id: 'forecast', label: 'tab.forecast', available: () => true, render: forecastPanel },
];
