// Shipping stock to an overseas warehouse by air or sea, and choosing how each
// market's orders are fulfilled (seed 000 ch. 5.2; seed 004 success case 4).
// Transit, customs delay, loss and damage are drawn when the shipment leaves;
// duty is paid on the customs value then (delivered duty paid).
import type { ActionContext, Refusal } from './context';
import { own, refuse } from './context';
import type { ActionOf } from './schema';
import { post } from '../ledger';
import { drawDays, freightCost, lossRate } from '../freight';
import { dutyRate } from '../duties';
import { binomial } from '../rng';
import { roundMoney } from '../math';
import { openPresence, presence, stockAt } from './own';

type ShipmentCosts = NonNullable<ReturnType<typeof costsOf>>;

/**
 * The costs check worked out for the action it is about to apply (apply follows
 * check at once, on the same action object and unchanged state), so a shipment's
 * freight and duty are worked out once. Two variables rather than a record: one
 * record fewer per shipment.
 */
let checkedAction: ActionOf<'ship'> | null = null;
let checkedCosts: ShipmentCosts | null = null;

function shipmentCosts(ctx: ActionContext, a: ActionOf<'ship'>): ShipmentCosts | null {
  if (checkedAction === a) return checkedCosts;
  return costsOf(ctx, a);
}

function costsOf(ctx: ActionContext, a: ActionOf<'ship'>) {
  const { world, state } = ctx;
  const wh = world.warehouses.get(a.to);
  const carrier = world.carriers.get(a.carrier);
  const product = world.products.get(a.product);
  if (!wh || !carrier || !product) return null;
  const freight = freightCost(state, world, carrier, product, a.units, wh.market);
  const duty = roundMoney(product.unitCost * a.units * dutyRate(state, world, wh.market, product.category));
  return { wh, carrier, product, freight, duty };
}

export const ship = {
  check(ctx: ActionContext, a: ActionOf<'ship'>): Refusal | null {
    const { world, company } = ctx;
    const wh = world.warehouses.get(a.to);
    if (!wh) return refuse(`There is no warehouse "${a.to}".`, `没有海外仓“${a.to}”。`);
    const carrier = world.carriers.get(a.carrier);
    if (!carrier) return refuse(`There is no carrier "${a.carrier}".`, `没有承运商“${a.carrier}”。`);
    if (carrier.service !== 'freight') return refuse(`${carrier.name.en} carries parcels to buyers, not stock to a warehouse.`, `${carrier.name.zh}只递送包裹，不能头程发货到海外仓。`);
    if (!carrier.markets.includes(wh.market)) return refuse(`${carrier.name.en} does not serve that warehouse's market.`, `${carrier.name.zh}不覆盖该海外仓所在市场。`);
    if (!world.products.has(a.product)) return refuse(`There is no product "${a.product}".`, `没有商品“${a.product}”。`);
    const held = own(company.stock.home ?? {}, a.product) ?? 0;
    if (a.units > held) return refuse(`Only ${held} units are in the China warehouse.`, `国内仓仅有${held}件。`);
    const costs = costsOf(ctx, a);
    if (costs && costs.freight + costs.duty > company.cash) return refuse('Not enough cash for freight and duties.', '现金不足，无法支付运费和关税。');
    checkedAction = a;
    checkedCosts = costs;
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'ship'>): void {
    const costs = shipmentCosts(ctx, a);
    checkedAction = null;
    checkedCosts = null;
    if (!costs) return;
    const { company, state, world } = ctx;
    const { wh, carrier } = costs;
    openPresence(ctx, wh.market);
    const home = stockAt(ctx, 'home');
    home[a.product] = (home[a.product] ?? 0) - a.units;
    company.cash -= costs.freight + costs.duty;
    post(company.ledger, ctx.journal, 'freight', 'cash', costs.freight, 'freight to warehouse', wh.market);
    post(company.ledger, ctx.journal, 'duties', 'cash', costs.duty, 'import duty', wh.market);
    const rng = ctx.logisticsRng;
    const days = drawDays(state, world, carrier, wh.market, rng);
    const lost = binomial(rng, a.units, lossRate(state, world, carrier, wh.market));
    const damaged = binomial(rng, a.units - lost, carrier.damageRate);
    company.shipments.push({
      arrivesTurn: ctx.turn + Math.max(1, Math.ceil(days / 7)), carrier: carrier.id, damaged, days,
      id: ++ctx.ids.next, lost, product: a.product, sentTurn: ctx.turn, to: wh.id, units: a.units,
    });
  },
};

export const setFulfilment = {
  check(ctx: ActionContext, a: ActionOf<'setFulfilment'>): Refusal | null {
    const { world } = ctx;
    if (!world.markets.has(a.market)) return refuse(`There is no market "${a.market}".`, `没有市场“${a.market}”。`);
    if (a.from !== 'home') {
      const wh = world.warehouses.get(a.from);
      if (!wh || wh.market !== a.market) return refuse('That warehouse is not in this market.', '该海外仓不在此市场。');
      return null;
    }
    const carrier = a.carrier === undefined ? undefined : world.carriers.get(a.carrier);
    if (!carrier) return refuse('Choose a parcel carrier to ship orders from China.', '从国内直发需选择包裹承运商。');
    if (carrier.service !== 'parcel' || !carrier.markets.includes(a.market)) return refuse(`${carrier.name.en} does not deliver parcels to this market.`, `${carrier.name.zh}不向该市场递送包裹。`);
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setFulfilment'>): void {
    const m = presence(ctx, a.market);
    m.fulfilFrom = a.from;
    m.parcelCarrier = a.from === 'home' ? a.carrier ?? null : m.parcelCarrier;
  },
};

