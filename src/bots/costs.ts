// Landed cost, the way a careful seller works it out from public data (lesson 4):
// factory cost + freight + duty + VAT + commission + payment fees + returns. The
// formulas follow src/engine/freight.ts, duties.ts and payments.ts, using the
// scenario's published rates (a script's later tariff change shows up in the
// reports, not here).
import type { Carrier, Channel, Market, Product, Warehouse } from '../engine';
import { type Lookup, type Rates, homePerLocal } from './world';

/** How a market's orders reach buyers: parcels from China, or an overseas warehouse stocked by freight. */
export type Route =
  | { kind: 'parcel'; carrier: Carrier }
  | { kind: 'warehouse'; warehouse: Warehouse; carrier: Carrier; batch: number; holdWeeks: number };

/** Freight for one parcel or shipment of `units` (home minor units), before event effects. */
export function freightFor(carrier: Carrier, product: Product, units: number): number {
  const kg = (product.weightGrams * units) / 1000;
  const cbm = (product.volumeCm3 * units) / 1e6;
  return Math.round(carrier.perShipment + carrier.perKg * kg + carrier.perCbm * cbm);
}

export function dutyRateOf(market: Market, product: Product): number {
  const byCat = market.tax.dutyByCategory;
  return Object.hasOwn(byCat, product.category) ? byCat[product.category] ?? market.tax.dutyRate : market.tax.dutyRate;
}

/** Days a buyer is promised on a route: means of the ranges. */
export function promisedDays(route: Route): number {
  if (route.kind === 'warehouse') return (route.warehouse.lastMileDays[0] + route.warehouse.lastMileDays[1]) / 2;
  const c = route.carrier;
  return (c.transitDays[0] + c.transitDays[1]) / 2 + (c.customsDays[0] + c.customsDays[1]) / 2;
}

/** Share of carts lost to slow delivery on a route. */
export function slowShare(market: Market, route: Route): number {
  const slow = Math.max(0, promisedDays(route) - market.deliveryToleranceDays);
  return Math.min(0.9, market.abandonment.perSlowDay * slow);
}

interface Fee { rate: number; fixed: number }

/**
 * The fee last worked out for a list of methods, with its market and the methods it
 * then held (a caller may change its list later): a turn asks again and again with
 * the same few lists, and averaging a list costs little when it is new.
 */
const byList = new WeakMap<readonly string[], { market: Market; held: readonly string[]; fee: Fee }>();

function sameMethods(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Weighted payment fee over the methods offered (as the engine averages them); asked for every listing a bot prices. */
export function paymentFee(lk: Lookup, market: Market, methods: readonly string[]): Fee {
  const last = byList.get(methods);
  if (last?.market === market && sameMethods(last.held, methods)) return last.fee;
  const fee = averageFee(lk, market, methods);
  byList.set(methods, { market, held: [...methods], fee });
  return fee;
}

function averageFee(lk: Lookup, market: Market, methods: readonly string[]): Fee {
  let w = 0; let rate = 0; let fixed = 0;
  for (const id of methods) {
    const pm = lk.payments.get(id);
    if (!pm) continue;
    const share = market.paymentMix.find((x) => x.method === id)?.share ?? 0.01;
    w += share; rate += share * pm.feeRate; fixed += share * pm.fixedFee;
  }
  return w > 0 ? { rate: rate / w, fixed: fixed / w } : { rate: 0.04, fixed: 250 };
}

export interface Economics {
  /** Price in home minor units per order. */
  priceHome: number;
  /** Expected profit per served order, home minor units. */
  profit: number;
  /** Everything but the goods' factory cost, per order. */
  landed: number;
  /** Paid in cash when the order ships (postage or last mile, parcel duty, fixed fees); the rest comes out of the payout. */
  cashOut: number;
}

/**
 * Expected profit of one served order at a price (local minor units per unit) on a
 * channel and route: kept orders earn the price less VAT; every served order pays
 * fees, postage, duty and the goods (returned and lost goods are written off).
 * The price-independent parts are worked out once; the quote then prices many times.
 */
export class Quote implements Economics {
  // The figures at the last price asked for (at): bestPrice weighs every ratio of
  // every listing each turn, and an Economics object per price was a fifth of the
  // balanced bot's allocation.
  priceHome = 0;
  profit = 0;
  landed = 0;
  cashOut = 0;
  // The price-independent parts (setUp). Numbers start as 0, not unset: a field
  // first left undefined holds any later number in a new heap box at each write.
  private upo = 0;
  private rate = 0;
  private duty = 0;
  private goods = 0;
  private freight = 0;
  private kept = 0;
  private fixed = 0;
  private feeRate = 0;
  private tax: Market['tax'] | null = null;
  private route: Route | null = null;

  /** Sets the quote up for a listing on a route (a quote may be set up again for another); returns it. */
  setUp(lk: Lookup, fx: Rates, market: Market, product: Product, channel: Channel, route: Route, methods: readonly string[]): this {
    const upo = channel.unitsPerOrder;
    const pay = paymentFee(lk, market, methods);
    const tolerance = market.deliveryToleranceDays;
    const late = Math.max(0, promisedDays(route) - tolerance) / tolerance;
    let damage: number;
    let lost = 0;
    this.route = route;
    this.upo = upo;
    this.rate = homePerLocal(lk, fx, market);
    this.tax = market.tax;
    this.duty = dutyRateOf(market, product);
    this.goods = product.unitCost * upo;
    if (route.kind === 'parcel') {
      this.freight = freightFor(route.carrier, product, upo);
      damage = route.carrier.damageRate;
      lost = route.carrier.lossRate;
    } else {
      const batch = Math.max(1, route.batch);
      const storage = (product.volumeCm3 / 1e6) * route.warehouse.storagePerCbmWeek * route.holdWeeks;
      this.freight = (freightFor(route.carrier, product, batch) / batch + storage) * upo + route.warehouse.lastMileCost;
      damage = 0.002 + route.carrier.damageRate; // local handling, plus the freight leg's write-off
    }
    this.kept = (1 - lost) * (1 - Math.min(0.95, product.baseReturnRate * (1 + late) + damage));
    this.fixed = pay.fixed + channel.feePerOrder;
    this.feeRate = channel.commission + pay.rate;
    return this;
  }

  /** Works out one order's figures at `price` into this quote's fields; returns the quote. */
  at(price: number): this {
    const tax = this.tax!;
    const route = this.route!;
    const { rate, freight, fixed } = this;
    const vatRate = tax.vatRate;
    const value = price * this.upo; // local, VAT included
    const net = value / (1 + vatRate);
    let vatShare = vatRate / (1 + vatRate);
    let dutyHome: number;
    if (route.kind === 'parcel') {
      if (tax.vatFreeThreshold !== null && net <= tax.vatFreeThreshold) vatShare = 0;
      const exempt = tax.dutyFreeThreshold !== null && net <= tax.dutyFreeThreshold;
      const flat = exempt || tax.dutyFreeThreshold === null ? tax.perItemDuty : 0;
      dutyHome = ((exempt ? 0 : net * this.duty) + flat) * rate;
    } else {
      dutyHome = this.goods * this.duty;
    }
    const priceHome = value * rate;
    const fees = priceHome * this.feeRate + fixed;
    const landed = fees + freight + dutyHome;
    this.priceHome = priceHome;
    this.profit = this.kept * priceHome * (1 - vatShare) - landed - this.goods;
    this.landed = landed;
    this.cashOut = (route.kind === 'parcel' ? freight + dutyHome : route.warehouse.lastMileCost) + fixed;
    return this;
  }
}

/** quote's figures as a function of the price, each call a new Economics. */
export function quote(
  lk: Lookup, fx: Rates, market: Market, product: Product, channel: Channel, route: Route, methods: readonly string[],
): (price: number) => Economics {
  const q = new Quote().setUp(lk, fx, market, product, channel, route, methods);
  return (price) => {
    const e = q.at(price);
    return { priceHome: e.priceHome, profit: e.profit, landed: e.landed, cashOut: e.cashOut };
  };
}

export function orderEconomics(
  lk: Lookup, fx: Rates, market: Market, product: Product, channel: Channel,
  price: number, route: Route, methods: readonly string[],
): Economics {
  return new Quote().setUp(lk, fx, market, product, channel, route, methods).at(price);
}

/** The cheapest parcel carrier for a market by postage of a typical parcel (the naive choice). */
export function cheapestParcel(lk: Lookup, market: string, grams: number): Carrier | undefined {
  let best: Carrier | undefined;
  let cost = Infinity;
  for (const c of lk.scenario.carriers) {
    if (c.service !== 'parcel' || !c.markets.includes(market)) continue;
    const v = c.perShipment + (c.perKg * grams) / 1000;
    if (v < cost) { cost = v; best = c; }
  }
  return best;
}

/** The freight carrier to a warehouse's market of a mode ('sea' or 'air'), else any freight carrier. */
export function freightCarrier(lk: Lookup, market: string, mode: 'sea' | 'air'): Carrier | undefined {
  const serving = lk.scenario.carriers.filter((c) => c.service === 'freight' && c.markets.includes(market));
  return serving.find((c) => c.mode === mode) ?? serving[0];
}

/** Weeks from sending a shipment to selling from it, at the slow end of its ranges. */
export function transitWeeks(carrier: Carrier): number {
  return Math.ceil((carrier.transitDays[1] + carrier.customsDays[1]) / 7);
}
