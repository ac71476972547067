// Phase 6 (running costs): advertising, warehouse storage and channel
// subscriptions, paid in cash each week (calibration.md §1, §3).
import type { Company, GameState } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import { post } from '../ledger';
import { roundMoney } from '../math';

export function payRunningCosts(draft: GameState, world: World, log: TurnLog): void {
  for (const id of draft.companyOrder) {
    const c = draft.companies[id]!;
    if (c.bankrupt) continue;
    const j = log.journal[id]!;
    payAds(c, j);
    payStorage(c, world, j);
    payChannelFees(c, world, j);
  }
}

function payAds(c: Company, j: TurnLog['journal'][string]): void {
  for (const m of Object.keys(c.markets).sort()) {
    const p = c.markets[m]!;
    // Ads run only while the cash lasts.
    const spend = Math.min(p.adBudget, Math.max(0, c.cash));
    if (spend <= 0) continue;
    c.cash -= spend;
    post(c.ledger, j, 'ads', 'cash', spend, 'advertising', m);
  }
}

function payStorage(c: Company, world: World, j: TurnLog['journal'][string]): void {
  for (const wh of world.scenario.warehouses) {
    const held = c.stock[wh.id];
    if (!held) continue;
    let cbm = 0;
    for (const p of Object.keys(held).sort()) cbm += ((held[p] ?? 0) * (world.products.get(p)?.volumeCm3 ?? 0)) / 1e6;
    const cost = roundMoney(cbm * wh.storagePerCbmWeek);
    if (cost <= 0) continue;
    c.cash -= cost;
    post(c.ledger, j, 'storage', 'cash', cost, 'warehouse storage', wh.market);
  }
}

function payChannelFees(c: Company, world: World, j: TurnLog['journal'][string]): void {
  const seen = new Set<string>();
  for (const l of c.listings) {
    const key = `${l.channel}|${l.market}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fee = world.channels.get(l.channel)?.weeklyFee ?? 0;
    if (fee <= 0) continue;
    c.cash -= fee;
    post(c.ledger, j, 'platformFees', 'cash', fee, 'channel subscription', l.market);
  }
}
