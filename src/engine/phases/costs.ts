// Phase 6 (running costs): advertising, warehouse storage and channel
// subscriptions, paid in cash each week (calibration.md §1, §3). Computed from
// the frozen state into each company's delta (see delta.ts).
import type { Company, GameState, Listing } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import { post } from '../ledger';
import { roundMoney } from '../math';
import { newDelta, type CompanyDelta } from '../delta';

export function payRunningCosts(state: GameState, world: World, log: TurnLog, deltas: Map<string, CompanyDelta>): void {
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.bankrupt) continue;
    let d = deltas.get(id);
    if (!d) { d = newDelta(); deltas.set(id, d); }
    const j = log.journal[id]!;
    payAds(c, d, world, j);
    payStorage(c, d, world, j);
    payChannelFees(c, d, world, j);
  }
}

function spend(d: CompanyDelta, j: TurnLog['journal'][string], account: 'ads' | 'storage' | 'platformFees' | 'paymentFees' | 'service', amount: number, memo: string, market: string): void {
  d.cash -= amount;
  post(d.ledger, j, account, 'cash', amount, memo, market);
}

function payAds(c: Company, d: CompanyDelta, world: World, j: TurnLog['journal'][string]): void {
  // Markets in code-unit order (world.marketIds; a presence exists only in the scenario's markets).
  for (const m of world.marketIds) {
    // Fraud screening first (a shop keeps its checkout safe first: fraud.ts), then
    // ads while the cash lasts: social ads ("advertising"), search ads, community.
    const p = c.markets[m];
    if (!p) continue;
    const screening = Math.min(p.fraudControl, Math.max(0, c.cash + d.cash));
    if (screening > 0) spend(d, j, 'paymentFees', screening, 'fraud screening', m);
    const social = Math.min(p.adBudget, Math.max(0, c.cash + d.cash));
    if (social > 0) spend(d, j, 'ads', social, 'advertising', m);
    const search = Math.min(p.searchBudget, Math.max(0, c.cash + d.cash));
    if (search > 0) spend(d, j, 'ads', search, 'search ads', m);
    // Community operations last (community.ts): undefined until a company sets it.
    const community = Math.min(p.community ?? 0, Math.max(0, c.cash + d.cash));
    if (community > 0) spend(d, j, 'ads', community, 'community operations', m);
  }
}

function payStorage(c: Company, d: CompanyDelta, world: World, j: TurnLog['journal'][string]): void {
  // Index loops: Node 20 walks a frozen array (the scenario's lists) with for…of through a result object per element.
  const warehouses = world.scenario.warehouses;
  const products = world.sortedProducts;
  for (let w = 0; w < warehouses.length; w += 1) {
    const wh = warehouses[w]!;
    const held = c.stock[wh.id];
    if (!held) continue;
    const changes = d.stock.get(wh.id);
    // Each held product's volume, found from the record's own keys (a few of the
    // scenario's ten products) rather than a keyed read of every product, which for
    // an absent one also searches Object.prototype (payRunningCosts 14.7 -> 12.2 us a
    // turn in the balanced replay). The keys' order is not used: the sum below goes
    // in product order, and names that are not products are skipped.
    pass += 1;
    const ids = Object.keys(held);
    for (let k = 0; k < ids.length; k += 1) {
      const id = ids[k]!;
      const i = world.productIndex.get(id);
      const here = held[id];
      if (i === undefined || typeof here !== 'number') continue;
      const units = here + (changes?.get(id) ?? 0);
      volumes[i] = (units * products[i]!.volumeCm3) / 1e6;
      passes[i] = pass;
    }
    // Added up in code-unit order of the products (world.sortedProducts), as a sort of the keys would.
    let cbm = 0;
    for (let i = 0; i < products.length; i += 1) if (passes[i] === pass) cbm += volumes[i]!;
    const cost = roundMoney(cbm * wh.storagePerCbmWeek);
    if (cost > 0) spend(d, j, 'storage', cost, 'warehouse storage', wh.market);
  }
}

/** Per product (world.sortedProducts), its volume in cubic metres at the warehouse and the pass that wrote it: reused from call to call. */
const volumes: number[] = [];
const passes: number[] = [];
let pass = 0;

function payChannelFees(c: Company, d: CompanyDelta, world: World, j: TurnLog['journal'][string]): void {
  const listings = c.listings;
  for (let i = 0; i < listings.length; i += 1) {
    const l = listings[i]!;
    // Once per channel and market, at its first listing (a handful of listings: no set needed).
    if (firstIndexOf(listings, l.channel, l.market) !== i) continue;
    const fee = world.channels.get(l.channel)?.weeklyFee ?? 0;
    if (fee > 0) spend(d, j, 'platformFees', fee, 'channel subscription', l.market);
  }
}

function firstIndexOf(listings: readonly Listing[], channel: string, market: string): number {
  for (let i = 0; i < listings.length; i += 1) if (listings[i]!.channel === channel && listings[i]!.market === market) return i;
  return -1;
}
