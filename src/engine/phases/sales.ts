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
import { paymentProfile, type PaymentProfile } from '../payments';
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
  // Group wanted units by company × location × product, in cell order (deterministic).
  const groups: SalesCell[][] = [];
  const index = new Map<string, Map<string, Map<string, SalesCell[]>>>();
  for (const cell of cells) {
    const from = state.companies[cell.company]!.markets[cell.market]!.fulfilFrom;
    let byFrom = index.get(cell.company);
    if (!byFrom) { byFrom = new Map(); index.set(cell.company, byFrom); }
    let byProduct = byFrom.get(from);
    if (!byProduct) { byProduct = new Map(); byFrom.set(from, byProduct); }
    const g = byProduct.get(cell.product);
    if (g) g.push(cell);
    else { const list = [cell]; byProduct.set(cell.product, list); groups.push(list); }
  }
  for (const group of groups) {
    const first = group[0]!;
    const from = state.companies[first.company]!.markets[first.market]!.fulfilFrom;
    let left = state.companies[first.company]!.stock[from]?.[first.product] ?? 0;
    let wanted = 0;
    for (const c of group) wanted += c.orders * unitsPerOrder(world, c);
    if (wanted <= left) {
      for (const c of group) c.servedOrders = c.orders;
    } else {
      // Share the stock in proportion to the units each listing's buyers want,
      // in whole orders (a B2B order of 50 is served whole or not at all).
      const available = left;
      for (const c of group) {
        c.servedOrders = Math.floor((c.orders * available) / wanted);
        left -= c.servedOrders * unitsPerOrder(world, c);
      }
      for (const c of group) {
        const upo = unitsPerOrder(world, c);
        if (c.servedOrders < c.orders && upo <= left) { c.servedOrders += 1; left -= upo; }
      }
    }
    for (const c of group) c.stockoutOrders = c.orders - c.servedOrders;
  }
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
  // By market, then company; `batches` keeps them in the order they opened (ledger and draw order).
  const byMarket = new Map<string, Map<string, Batch>>();
  const batches: Batch[] = [];
  for (const cell of cells) {
    let inMarket = byMarket.get(cell.market);
    if (!inMarket) { inMarket = new Map(); byMarket.set(cell.market, inMarket); }
    let batch = inMarket.get(cell.company);
    if (!batch) {
      batch = openBatch(state, world, cell, deltas, rng);
      inMarket.set(cell.company, batch);
      batches.push(batch);
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
    const commission = withEffects(state, world, 'commission', state.params.channels[cell.channel]!.commission, cell.market, undefined, cell.channel);
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
    sums.feesPerOrder += state.params.channels[cell.channel]!.feePerOrder * S;
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
  for (const batch of batches) {
    const journal = log.journal[batch.company]!;
    postSums(batch.delta, journal, batch);
    chargebacks(state, world, log, batch.delta, journal, batch, buyers);
  }
  return deltas;
}

/**
 * A company's sales in one market this turn, opened at its first cell there: what
 * every cell of it shares (rates, carrier, payment mix, loss rate), the one
 * delivery-time draw of the week's batch, and the sums posted at the end.
 */
function openBatch(state: GameState, world: World, cell: SalesCell, deltas: Map<string, CompanyDelta>, rng: StreamState): Batch {
  const presence = state.companies[cell.company]!.markets[cell.market]!;
  const market = world.markets.get(cell.market)!;
  const fromHome = presence.fulfilFrom === 'home';
  const carrier = fromHome ? world.carriers.get(presence.parcelCarrier ?? '') : undefined;
  const warehouse = fromHome ? undefined : world.warehouses.get(presence.fulfilFrom);
  const days = carrier ? drawDays(state, world, carrier, cell.market, rng) : warehouse ? intBetween(rng, warehouse.lastMileDays[0], warehouse.lastMileDays[1]) : 0;
  let delta = deltas.get(cell.company);
  if (!delta) { delta = newDelta(); deltas.set(cell.company, delta); }
  return {
    company: cell.company, market: cell.market, info: market, days, fromHome, sums: emptySums(), kept: 0, pay: paymentProfile(world, market, presence.payments),
    presence, carrier, warehouse, rate: state.fx[market.currency]!, localDecimals: world.currencies.get(market.currency)!.decimals,
    lossRate: carrier ? lossRate(state, world, carrier, cell.market) : 0,
    policyReturns: returnPolicyReturns(presence.returnDays, presence.freeReturns),
    delta,
  };
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

interface Sums {
  sales: number; vat: number; commission: number; paymentFees: number; feesPerOrder: number;
  paymentFixed: number; duty: number; freight: number; returnFreight: number; freeReturnFreight: number; cogs: number; writeOffs: number; payoutNow: number;
}

interface Batch {
  company: string; market: string; info: Market; days: number; fromHome: boolean; sums: Sums; pay: PaymentProfile; kept: number;
  presence: MarketPresence; carrier: Carrier | undefined; warehouse: Warehouse | undefined; rate: number; localDecimals: number;
  lossRate: number; policyReturns: number; delta: CompanyDelta;
}

function emptySums(): Sums {
  return { sales: 0, vat: 0, commission: 0, paymentFees: 0, feesPerOrder: 0, paymentFixed: 0, duty: 0, freight: 0, returnFreight: 0, freeReturnFreight: 0, cogs: 0, writeOffs: 0, payoutNow: 0 };
}

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
  const open = delta.receivables.find((r) => r.currency === currency && r.dueTurn === dueTurn);
  if (open) { open.local += local; open.bookedHome += bookedHome; }
  else delta.receivables.push({ bookedHome, currency, dueTurn, local });
}
