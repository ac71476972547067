// Phase 6, buyer part: the weekly costs of looking after customers, paid in cash
// while it lasts, into each company's delta (see delta.ts): a loyalty programme's
// running cost and the points it gives back on repeat purchases ("loyalty points",
// marketing), three-level complaint handling, and service agents' wages (service.ts).
import type { GameState } from '../state';
import type { World } from '../world';
import type { SalesCell, TurnLog } from '../log';
import { post } from '../ledger';
import { roundMoney } from '../math';
import { toHome } from '../fx';
import { newDelta, type CompanyDelta } from '../delta';
import { loyaltySpec } from '../customerBase';
import { DEFAULT_SERVICE, serviceCost } from '../service';

export function payBuyerCosts(state: GameState, world: World, log: TurnLog, cells: readonly SalesCell[], deltas: Map<string, CompanyDelta>): void {
  const care = anyCare(state);
  if (care === 0) return;
  // Repeat purchases kept, by company and market, in local money (only when a programme gives points).
  const repeatValue = new Map<string, number>();
  if (care === 2) for (const c of cells) {
    const repeat = Math.min(c.returningOrders, c.servedOrders);
    if (repeat === 0) continue;
    const kept = c.servedOrders - c.lostOrders - c.returnedOrders;
    const key = `${c.company}|${c.market}`;
    repeatValue.set(key, (repeatValue.get(key) ?? 0) + (c.price * c.unitsPerOrder * repeat * kept) / c.servedOrders);
  }
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.bankrupt) continue;
    const j = log.journal[id]!;
    let d = deltas.get(id);
    // Markets in code-unit order (world.marketIds; a presence exists only in the scenario's markets).
    for (const m of world.marketIds) {
      const p = c.markets[m];
      if (!p) continue;
      if (p.loyalty === 'none' && p.complaintHandling !== 'tiered' && p.agents === 0) continue;
      if (!d) { d = newDelta(); deltas.set(id, d); }
      const market = world.markets.get(m)!;
      const spec = loyaltySpec(world.scenario, p.loyalty);
      const value = repeatValue.get(`${id}|${m}`) ?? 0;
      const points = value > 0 ? toHome(roundMoney(value * spec.pointsRate), state.fx[market.currency]!, world.currencies.get(market.currency)!.decimals, world.homeDecimals) : 0;
      pay(d, j, c.cash, 'ads', spec.weeklyCost, 'loyalty programme', m);
      pay(d, j, c.cash, 'ads', points, 'loyalty points', m);
      pay(d, j, c.cash, 'service', serviceCost(world.scenario.service ?? DEFAULT_SERVICE, p), 'customer service staff', m);
      if (p.complaintHandling === 'tiered') pay(d, j, c.cash, 'service', world.scenario.customers.tieredHandlingFee, 'three-level complaint handling', m);
    }
  }
}

/** 0: nobody pays for customer care; 1: wages or complaint handling only; 2: a loyalty programme too. */
function anyCare(state: GameState): 0 | 1 | 2 {
  let care: 0 | 1 | 2 = 0;
  for (const id of state.companyOrder) {
    const markets = state.companies[id]!.markets;
    for (const m of Object.keys(markets)) {
      const p = markets[m]!;
      if (p.loyalty !== 'none') return 2;
      if (p.complaintHandling === 'tiered' || p.agents > 0) care = 1;
    }
  }
  return care;
}

function pay(d: CompanyDelta, j: TurnLog['journal'][string], cash: number, account: 'ads' | 'service', amount: number, memo: string, market: string): void {
  const paid = Math.min(amount, Math.max(0, cash + d.cash));
  if (paid <= 0) return;
  d.cash -= paid;
  post(d.ledger, j, account, 'cash', paid, memo, market);
}
