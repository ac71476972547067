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
    // ads while the cash lasts: social ads ("advertising"), then search ads.
    const p = c.markets[m];
    if (!p) continue;
    const screening = Math.min(p.fraudControl, Math.max(0, c.cash + d.cash));
    if (screening > 0) spend(d, j, 'paymentFees', screening, 'fraud screening', m);
    const social = Math.min(p.adBudget, Math.max(0, c.cash + d.cash));
    if (social > 0) spend(d, j, 'ads', social, 'advertising', m);
    const search = Math.min(p.searchBudget, Math.max(0, c.cash + d.cash));
    if (search > 0) spend(d, j, 'ads', search, 'search ads', m);
  }
}

function payStorage(c: Company, d: CompanyDelta, world: World, j: TurnLog['journal'][string]): void {
  for (const wh of world.scenario.warehouses) {
    const held = c.stock[wh.id];
    if (!held) continue;
    const changes = d.stock.get(wh.id);
    let cbm = 0;
    // Products in code-unit order (world.sortedProducts): the volume adds up in the same order as a sort of the keys.
    for (const p of world.sortedProducts) {
      // Held here when the record has a number for it (stock entries are numbers;
      // Object.prototype's members, e.g. an id 'constructor', are not): one lookup, not Object.hasOwn and a read.
      const here = held[p.id];
      if (typeof here !== 'number') continue;
      const units = here + (changes?.get(p.id) ?? 0);
      cbm += (units * p.volumeCm3) / 1e6;
    }
    const cost = roundMoney(cbm * wh.storagePerCbmWeek);
    if (cost > 0) spend(d, j, 'storage', cost, 'warehouse storage', wh.market);
  }
}

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
