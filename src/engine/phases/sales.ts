// Phase 5b–6: orders meet stock, goods reach buyers, money moves.
// Orders are capped by stock at the fulfilling location (stock-outs lose the
// sale). Parcels from China take the days drawn for the turn's batch, may be lost
// and pay duty and VAT under the market's low-value rules; orders from an
// overseas warehouse arrive in days and were taxed on import. Late delivery
// raises returns (lessons 2, 4, 14). Every amount is posted to the ledger.
import type { GameState, MarketPresence } from '../state';
import type { Carrier, Market, Warehouse } from '../schema';
import type { World } from '../world';
import type { SalesCell, TurnLog } from '../log';
import { post } from '../ledger';
import { binomial, intBetween, noisyCount } from '../rng';
import { drawDays, freightCost, lossRate } from '../freight';
import { domesticVatShare, parcelDutyLocal, parcelVatShare } from '../duties';
import { paymentProfileInto, type PaymentProfile } from '../payments';
import { chargebackChance, fraudCut } from '../fraud';
import { returnPolicyReturns } from '../service';
import { withEffects } from '../effects';
import { toHome } from '../fx';
import { roundMoney } from '../math';
import { addFlows, addStock, newDelta, type CompanyDelta } from '../delta';
import type { StreamState } from '../rng';

/** Last-mile damage from a local warehouse (calibration §3 damage 0.5–2% is for long hauls). */
const LOCAL_DAMAGE = 0.002;

export function allocateStock(state: GameState, world: World, cells: SalesCell[]): void {
  const groups = groupByStock(state, cells);
  for (let g = 0; g < groups; g += 1) {
    const first = cells[groupFirst[g]!]!;
    let left = state.companies[first.company]!.stock[groupFrom[g]!]?.[first.product] ?? 0;
    let wanted = 0;
    for (let i = groupFirst[g]!; i >= 0; i = nextInGroup[i]!) wanted += cells[i]!.orders * unitsPerOrder(world, cells[i]!);
    if (wanted <= left) {
      for (let i = groupFirst[g]!; i >= 0; i = nextInGroup[i]!) cells[i]!.servedOrders = cells[i]!.orders;
    } else {
      // Share the stock in proportion to the units each listing's buyers want,
      // in whole orders (a B2B order of 50 is served whole or not at all).
      const available = left;
      for (let i = groupFirst[g]!; i >= 0; i = nextInGroup[i]!) {
        const c = cells[i]!;
        c.servedOrders = Math.floor((c.orders * available) / wanted);
        left -= c.servedOrders * unitsPerOrder(world, c);
      }
      for (let i = groupFirst[g]!; i >= 0; i = nextInGroup[i]!) {
        const c = cells[i]!;
        const upo = unitsPerOrder(world, c);
        if (c.servedOrders < c.orders && upo <= left) { c.servedOrders += 1; left -= upo; }
      }
    }
    for (let i = groupFirst[g]!; i >= 0; i = nextInGroup[i]!) cells[i]!.stockoutOrders = cells[i]!.orders - cells[i]!.servedOrders;
  }
}

/**
 * The cells that draw on one stock, company × location × product, in cell order:
 * group g starts at cell groupFirst[g] (location groupFrom[g]) and cell i's successor
 * in its group is nextInGroup[i] (-1 after the last). Lists of numbers and strings
 * reused by every call: a turn has ~40 cells in ~30 groups, and the maps of maps
 * and lists this replaced cost ~7 KB a turn (measured). Returns the number of groups.
 */
const groupFirst: number[] = [];
const groupLast: number[] = [];
const groupFrom: string[] = [];
const nextInGroup: number[] = [];

function groupByStock(state: GameState, cells: readonly SalesCell[]): number {
  let groups = 0;
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i]!;
    const from = state.companies[cell.company]!.markets[cell.market]!.fulfilFrom;
    let g = 0;
    while (g < groups && !(groupFrom[g] === from && sameStock(cells[groupFirst[g]!]!, cell))) g += 1;
    if (g === groups) { groupFirst[g] = i; groupFrom[g] = from; groups += 1; }
    else nextInGroup[groupLast[g]!] = i;
    groupLast[g] = i;
    nextInGroup[i] = -1;
  }
  return groups;
}

function sameStock(a: SalesCell, b: SalesCell): boolean {
  return a.company === b.company && a.product === b.product;
}

function unitsPerOrder(_world: World, c: SalesCell): number {
  return c.unitsPerOrder;
}

/**
 * Reads the frozen state; returns each company's changes (see delta.ts). `rng` is
 * the logistics stream (days, losses, returns); `buyers` the customers stream
 * (cash-on-delivery refusals, chargebacks), so buyer draws never shift logistics.
 */
export function fulfil(state: GameState, world: World, log: TurnLog, cells: SalesCell[], rng: StreamState, buyers: StreamState): Map<string, CompanyDelta> {
  const deltas = new Map<string, CompanyDelta>();
  // BATCHES[0 .. opened) are this turn's, in the order they opened (ledger and draw order).
  let opened = 0;
  for (const cell of cells) {
    let batch = openedBatch(opened, cell);
    if (!batch) {
      batch = openBatch(state, world, cell, deltas, rng, opened);
      opened += 1;
    }
    const delta = batch.delta;
    const presence = batch.presence;
    const market = batch.info;
    const channel = world.channels.get(cell.channel)!;
    const product = world.products.get(cell.product)!;
    const rate = batch.rate;
    const ld = batch.localDecimals;
    const hd = world.homeDecimals;
    const fromHome = batch.fromHome;
    const carrier = batch.carrier;
    const wh = batch.warehouse;

    // One delivery-time draw per company and market a turn: the week's batch.
    const days = batch.days;
    cell.deliveryDays = days;
    const S = cell.servedOrders;
    if (S === 0) continue;
    const upo = cell.unitsPerOrder;
    const late = Math.max(0, days - market.deliveryToleranceDays) / market.deliveryToleranceDays;
    const lost = carrier ? binomial(rng, S, batch.lossRate) : 0;
    // A longer window and free returns bring more returns (service.ts).
    const returnRate = Math.min(0.95, product.baseReturnRate * (1 + late) * batch.policyReturns + (carrier ? carrier.damageRate : LOCAL_DAMAGE));
    const returned = binomial(rng, S - lost, returnRate);
    // Cash-on-delivery parcels may be refused at the door (calibration.md §2 COD:
    // returns 19% vs 8% for cards): no revenue, freight both ways, goods written off.
    const pay = batch.pay;
    const refuseChance = pay.codShare * market.codRefusalRate;
    const refused = refuseChance > 0 ? binomial(buyers, S - lost - returned, refuseChance) : 0;
    const kept = S - lost - returned - refused;
    cell.lostOrders = lost;
    cell.returnedOrders = returned + refused;
    cell.refusedOrders = refused;
    cell.unitsSold = kept * upo;
    batch.kept += kept;

    // Stock and its flows.
    addStock(delta, presence.fulfilFrom, cell.product, -S * upo);
    addFlows(delta, cell.product, kept * upo, lost * upo, (returned + refused) * upo);

    // Money, computed in the market's currency and converted once each.
    const orderValue = cell.price * upo;
    const dutyLocal = fromHome ? parcelDutyLocal(state, world, cell.market, product.category, orderValue) : 0;
    const vatShare = fromHome ? parcelVatShare(state, cell.market, orderValue) : domesticVatShare(state, cell.market);
    const channelParams = state.params.channels[cell.channel]!;
    const commission = withEffects(state, world, 'commission', channelParams.commission, cell.market, undefined, cell.channel);
    const grossLocal = orderValue * S;
    const keptLocal = orderValue * kept;
    const keptHome = toHome(keptLocal, rate, ld, hd);
    const vatHome = toHome(roundMoney(keptLocal * vatShare), rate, ld, hd);
    const commissionHome = toHome(roundMoney(grossLocal * commission), rate, ld, hd);
    const payHome = toHome(roundMoney(grossLocal * pay.rate), rate, ld, hd);
    const receivableHome = keptHome - vatHome - commissionHome - payHome;
    const receivableLocal = keptLocal - roundMoney(keptLocal * vatShare) - roundMoney(grossLocal * commission) - roundMoney(grossLocal * pay.rate);
    // Amounts add up per company and market; the ledger entries are posted once
    // per market at the end (fewer objects, the same balances).
    const sums = batch.sums;
    sums.sales += keptHome;
    sums.vat += vatHome;
    sums.commission += commissionHome;
    sums.paymentFees += payHome;
    sums.feesPerOrder += channelParams.feePerOrder * S;
    sums.paymentFixed += roundMoney(pay.fixed * S);
    sums.duty += toHome(roundMoney(dutyLocal * S), rate, ld, hd);
    const perOrderFreight = carrier ? freightCost(state, world, carrier, product, upo, cell.market) : (wh?.lastMileCost ?? 0);
    sums.freight += perOrderFreight * S;
    sums.returnFreight += perOrderFreight * refused;
    // With free returns the shop pays the postage back too.
    if (presence.freeReturns) sums.freeReturnFreight += perOrderFreight * returned;
    sums.cogs += product.unitCost * kept * upo;
    sums.writeOffs += product.unitCost * (lost + returned + refused) * upo;
    if (channel.payoutDelayTurns === 0) sums.payoutNow += receivableHome;
    else addReceivable(delta, log.turn + channel.payoutDelayTurns, market.currency, receivableLocal, receivableHome);
  }
  for (let i = 0; i < opened; i += 1) {
    const batch = BATCHES[i]!;
    const journal = log.journal[batch.company]!;
    postSums(batch.delta, journal, batch);
    chargebacks(state, world, log, batch.delta, journal, batch, buyers);
  }
  return deltas;
}

/**
 * The batch already open for the cell's company and market. A market's cells come
 * together (demand.ts goes market by market), so the search starts at the newest;
 * a turn opens ~13 batches, and a map of maps per market cost more than the search.
 */
function openedBatch(opened: number, cell: SalesCell): Batch | undefined {
  for (let i = opened - 1; i >= 0; i -= 1) {
    const b = BATCHES[i]!;
    if (b.market === cell.market && b.company === cell.company) return b;
  }
  return undefined;
}

/**
 * A company's sales in one market this turn, opened at its first cell there: what
 * every cell of it shares (rates, carrier, payment mix, loss rate), the one
 * delivery-time draw of the week's batch, and the sums posted at the end.
 */
function openBatch(state: GameState, world: World, cell: SalesCell, deltas: Map<string, CompanyDelta>, rng: StreamState, index: number): Batch {
  const presence = state.companies[cell.company]!.markets[cell.market]!;
  const market = world.markets.get(cell.market)!;
  const fromHome = presence.fulfilFrom === 'home';
  const carrier = fromHome ? world.carriers.get(presence.parcelCarrier ?? '') : undefined;
  const warehouse = fromHome ? undefined : world.warehouses.get(presence.fulfilFrom);
  let delta = deltas.get(cell.company);
  if (!delta) { delta = newDelta(); deltas.set(cell.company, delta); }
  const b = BATCHES[index] ?? (BATCHES[index] = new Batch());
  b.company = cell.company;
  b.market = cell.market;
  b.info = market;
  b.presence = presence;
  b.delta = delta;
  b.carrier = carrier;
  b.warehouse = warehouse;
  b.fromHome = fromHome;
  b.days = carrier ? drawDays(state, world, carrier, cell.market, rng) : warehouse ? intBetween(rng, warehouse.lastMileDays[0], warehouse.lastMileDays[1]) : 0;
  b.rate = state.fx[market.currency]!;
  b.localDecimals = world.currencies.get(market.currency)!.decimals;
  b.lossRate = carrier ? lossRate(state, world, carrier, cell.market) : 0;
  b.policyReturns = returnPolicyReturns(presence.returnDays, presence.freeReturns);
  b.kept = 0;
  b.sums.clear();
  paymentProfileInto(world, market, presence.payments, b.pay);
  return b;
}

/**
 * Some prepaid orders come back as fraud chargebacks (fraud.ts): one draw per
 * company and market. Each costs the order's value (the sale is reversed, the
 * goods are gone) and the method's chargeback fee, in cash.
 */
function chargebacks(state: GameState, world: World, log: TurnLog, delta: CompanyDelta, journal: TurnLog['journal'][string], b: Batch, buyers: StreamState): void {
  const prepaid = Math.round(b.kept * (1 - b.pay.codShare));
  if (prepaid <= 0 || b.pay.exposure <= 0) return;
  const market = b.info;
  const presence = b.presence;
  const perOrder = b.sums.sales / b.kept;
  const cut = fraudCut(presence.fraudControl, perOrder * prepaid);
  // Rare events among many orders: a Poisson count (one exp) stands for the binomial.
  const n = Math.min(prepaid, noisyCount(buyers, prepaid * chargebackChance(market.fraudRate, b.pay.exposure, cut)));
  if (n === 0) return;
  const amount = roundMoney(n * (perOrder + b.pay.chargebackFee));
  payCash(delta, journal, 'chargebacks', amount, 'chargebacks', b.market);
  log.chargebacks.push({ company: b.company, market: b.market, orders: n, amount });
}

/** A batch's amounts in home minor units, added up over its cells and posted at the end. */
class Sums {
  sales = 0; vat = 0; commission = 0; paymentFees = 0; feesPerOrder = 0; paymentFixed = 0; duty = 0;
  freight = 0; returnFreight = 0; freeReturnFreight = 0; cogs = 0; writeOffs = 0; payoutNow = 0;

  /** Every field above back to 0, for the next batch. */
  clear(): void {
    this.sales = 0; this.vat = 0; this.commission = 0; this.paymentFees = 0; this.feesPerOrder = 0; this.paymentFixed = 0; this.duty = 0;
    this.freight = 0; this.returnFreight = 0; this.freeReturnFreight = 0; this.cogs = 0; this.writeOffs = 0; this.payoutNow = 0;
  }
}

/** What a company's cells in one market share this turn; openBatch sets every field. */
class Batch {
  company = '';
  market = '';
  info!: Market;
  presence!: MarketPresence;
  delta!: CompanyDelta;
  carrier: Carrier | undefined = undefined;
  warehouse: Warehouse | undefined = undefined;
  fromHome = false;
  days = 0;
  rate = 0;
  localDecimals = 0;
  lossRate = 0;
  policyReturns = 0;
  /** Orders kept by buyers, over the batch's cells. */
  kept = 0;
  readonly sums = new Sums();
  readonly pay: PaymentProfile = { rate: 0, fixed: 0, codShare: 0, exposure: 0, chargebackFee: 0 };
}

/**
 * The batch records, reused from call to call (fulfil runs start to end and is never
 * re-entered). A turn opens ~13 batches of ~35 numbers each, and V8 keeps each number
 * field of a fresh object in a heap box of its own: new records cost ~6 KB a turn
 * (measured); a reused record's boxes are written in place.
 */
const BATCHES: Batch[] = [];

/** The market's sales, in the order a student reads them: revenue, deductions, cash costs, goods, payout. */
function postSums(delta: CompanyDelta, j: TurnLog['journal'][string], b: Batch): void {
  const led = delta.ledger;
  const m = b.market;
  const s = b.sums;
  post(led, j, 'receivables', 'revenue', s.sales, 'sales', m);
  post(led, j, 'vat', 'receivables', s.vat, 'VAT on sales', m);
  post(led, j, 'platformFees', 'receivables', s.commission, 'commission', m);
  post(led, j, 'paymentFees', 'receivables', s.paymentFees, 'payment fees', m);
  payCash(delta, j, 'platformFees', s.feesPerOrder, 'fees per order', m);
  payCash(delta, j, 'paymentFees', s.paymentFixed, 'payment fees per order', m);
  payCash(delta, j, 'duties', s.duty, 'duty on parcels', m);
  payCash(delta, j, 'freight', s.freight, b.fromHome ? 'parcel postage' : 'last-mile delivery', m);
  payCash(delta, j, 'freight', s.returnFreight, 'refused COD parcels sent back', m);
  payCash(delta, j, 'freight', s.freeReturnFreight, 'free return postage', m);
  post(led, j, 'cogs', 'inventory', s.cogs, 'cost of goods sold', m);
  post(led, j, 'writeOffs', 'inventory', s.writeOffs, 'lost and returned parcels', m);
  // Proceeds from channels that pay at once are cash now; the rest wait as receivables.
  if (s.payoutNow !== 0) {
    delta.cash += s.payoutNow;
    post(led, j, 'cash', 'receivables', s.payoutNow, 'payout', m);
  }
}

function payCash(delta: CompanyDelta, journal: TurnLog['journal'][string], account: 'platformFees' | 'paymentFees' | 'duties' | 'freight' | 'chargebacks', amount: number, memo: string, market: string): void {
  if (amount === 0) return;
  delta.cash -= amount;
  post(delta.ledger, journal, account, 'cash', amount, memo, market);
}

/** One open receivable per currency and due turn, however many listings sold. */
function addReceivable(delta: CompanyDelta, dueTurn: number, currency: string, local: number, bookedHome: number): void {
  // A loop, not find(): the callback was a closure made for every cell sold.
  for (const open of delta.receivables) {
    if (open.currency === currency && open.dueTurn === dueTurn) { open.local += local; open.bookedHome += bookedHome; return; }
  }
  delta.receivables.push({ bookedHome, currency, dueTurn, local });
}
