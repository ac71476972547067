// Sourcing and logistics (seed 000 ch. 5): stock by location, what is on the way,
// a factory order, freight to an overseas warehouse, and how each market's orders
// reach buyers.
import type { App } from './app';
import { h } from './dom';
import { decisionForm, field, input, select, submit } from './form';
import { checkFulfilment, checkOrder, checkShip } from '../validate';
import { ctx, section } from './panelsKit';
import { hasDeliveryRoute, marketsWithoutRoute, plannedFulfilment } from '../deliveryRoute';
import { routeWarnings } from './routeNotice';
import { backupSupplierSection } from './backupSupplier';

export function logisticsPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const c = view.company;
  const box = h('div', { class: 'panel' });
  const locations = ['home', ...s.scenario.warehouses.map((w) => w.id)];
  // Overseas warehouses under one heading, each column named by its market (the
  // full name, "美国海外仓（洛杉矶）", took three lines a column); the full name is its title.
  const markets = s.scenario.warehouses.map((w) => w.market);
  const whHead = (id: string, market: string) => {
    const short = markets.filter((m) => m === market).length === 1 ? f.market(market) : f.warehouse(id);
    return h('th', { scope: 'col', title: f.warehouse(id) }, short, h('span', { class: 'sr-only' }, ` ${f.warehouse(id)}`));
  };
  const wh = s.scenario.warehouses;
  const stock = h('table', { class: 'data stock-table' },
    h('thead', null,
      h('tr', null, h('th', { scope: 'col', rowspan: wh.length > 0 ? 2 : 1 }, tr('col.product')), h('th', { scope: 'col', rowspan: wh.length > 0 ? 2 : 1 }, f.location('home')),
        wh.length > 0 ? h('th', { scope: 'colgroup', colspan: wh.length, class: 'group' }, tr('logistics.overseas')) : null,
        h('th', { scope: 'col', rowspan: wh.length > 0 ? 2 : 1 }, tr('col.onOrder'))),
      wh.length > 0 ? h('tr', null, wh.map((w) => whHead(w.id, w.market))) : null),
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
  const backup = backupSupplierSection(app);
  if (backup) box.appendChild(backup);

  // Freight to an overseas warehouse.
  if (s.scenario.warehouses.length > 0) {
    const sf = 'ship';
    const freight = s.scenario.carriers.filter((x) => x.service === 'freight');
    const shipSel = select(s.scenario.products.map((p) => [p.id, f.product(p.id)] as [string, string]));
    // The chosen carrier's tariff under the list (an option that long would be cut off in the closed list).
    const carrierSel = select(freight.map((x) => [x.id, tr('logistics.carrierOption', { name: f.carrier(x.id), lo: x.transitDays[0] + x.customsDays[0], hi: x.transitDays[1] + x.customsDays[1] })] as [string, string]));
    const chosen = freight.find((x) => x.id === (app.drafts.get(`${sf}-carrier`) ?? freight[0]?.id));
    carrierSel.addEventListener('change', () => { app.drafts.set(`${sf}-carrier`, carrierSel.value); app.rerenderPlay(`${sf}-carrier`); });
    box.appendChild(section(tr('logistics.ship'),
      decisionForm(app, sf, (read) => checkShip(ctx(app), { product: read('product'), units: read('units'), to: read('to'), carrier: read('carrier') }),
        field(app, { form: sf, name: 'product', label: tr('field.product') }, shipSel),
        field(app, { form: sf, name: 'units', label: tr('field.units'), hint: tr('logistics.shipHint') }, input({ inputmode: 'numeric' })),
        field(app, { form: sf, name: 'to', label: tr('field.warehouse') }, select(s.scenario.warehouses.map((w) => [w.id, `${f.warehouse(w.id)} (${f.market(w.market)})`] as [string, string]))),
        field(app, { form: sf, name: 'carrier', label: tr('field.freightCarrier'), hint: chosen ? tr('logistics.tariff', { price: tariff(app, chosen) }) : undefined }, carrierSel),
        h('div', { class: 'row' }, submit(app, sf, tr('logistics.shipButton'))))));
  }

  // How each market's orders reach buyers, as it will be after this turn's decisions.
  // A market with no route yet says so in the list (a blank list read as a choice
  // made), and one that will be listed without a route warns: it gets no visitors.
  const fulfil = h('div', null);
  const pending = app.pending.actions() as (Record<string, unknown> & { type: string })[];
  const planned = plannedFulfilment(view, pending);
  const unrouted = new Set(marketsWithoutRoute(s.scenario, view, pending));
  for (const m of s.scenario.markets) {
    const ff = `fulfil-${m.id}`;
    const options: [string, string][] = [];
    for (const x of s.scenario.carriers) if (x.service === 'parcel' && x.markets.includes(m.id)) {
      options.push([`home|${x.id}`, tr('logistics.fromHome', { carrier: f.carrier(x.id), lo: x.transitDays[0] + x.customsDays[0], hi: x.transitDays[1] + x.customsDays[1] })]);
    }
    for (const w of s.scenario.warehouses) if (w.market === m.id) options.push([`wh|${w.id}`, tr('logistics.fromWarehouse', { warehouse: f.warehouse(w.id), lo: w.lastMileDays[0], hi: w.lastMileDays[1] })]);
    const p = planned.get(m.id);
    const routed = hasDeliveryRoute(s.scenario, p);
    if (!routed) options.unshift(['', tr('logistics.noRoute')]);
    const current = !routed || !p ? '' : p.from === 'home' ? `home|${p.carrier ?? ''}` : `wh|${p.from}`;
    fulfil.appendChild(decisionForm(app, ff, (read) => {
      const [kind, id] = read('route').split('|');
      return checkFulfilment(ctx(app), { market: m.id, from: kind === 'wh' ? id ?? '' : 'home', carrier: kind === 'home' ? id ?? '' : '' });
    },
    h('div', { class: 'inline' },
      field(app, { form: ff, name: 'route', label: tr('logistics.routeFor', { market: f.market(m.id) }), fields: ['route', 'from', 'carrier', 'market'] }, select(options, current)),
      submit(app, ff, tr('form.set'))),
    unrouted.has(m.id) ? routeWarnings(app, [m.id], false) : null));
  }
  box.appendChild(section(tr('logistics.fulfilment'), fulfil));
  return box;
}

/** A carrier's published tariff in the scenario's terms: only the parts it charges (sea freight is by volume, not weight). */
function tariff(app: App, x: { perShipment: number; perKg: number; perCbm: number }): string {
  const f = app.fmt();
  const parts = [
    x.perCbm > 0 ? app.tr('logistics.perCbm', { v: f.money(x.perCbm) }) : null,
    x.perKg > 0 ? app.tr('logistics.perKg', { v: f.money(x.perKg) }) : null,
    x.perShipment > 0 ? app.tr('logistics.perShipment', { v: f.money(x.perShipment) }) : null,
  ].filter((p): p is string => p !== null);
  return parts.join(' + ');
}
