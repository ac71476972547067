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
  const care = anyCare(state, world);
  if (care === 0) return;
  // Repeat purchases kept by the company in each market (slots by world.marketIndex),
  // in local money: filled only when a programme gives points.
  const repeatValue: number[] = new Array<number>(world.marketIds.length).fill(0);
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.bankrupt) continue;
    const j = log.journal[id]!;
    let d = deltas.get(id);
    let valued = false;
    // Markets in code-unit order (world.marketIds; a presence exists only in the scenario's markets).
    for (const m of world.marketIds) {
      const p = c.markets[m];
      if (!p) continue;
      if (p.loyalty === 'none' && p.complaintHandling !== 'tiered' && p.agents === 0) continue;
      if (!d) { d = newDelta(); deltas.set(id, d); }
      if (care === 2 && !valued) { repeatValueOf(cells, world, id, repeatValue); valued = true; }
      const market = world.markets.get(m)!;
      const spec = loyaltySpec(world.scenario, p.loyalty);
      const value = valued ? repeatValue[world.marketIndex.get(m)!]! : 0;
      const points = value > 0 ? toHome(roundMoney(value * spec.pointsRate), state.fx[market.currency]!, world.currencies.get(market.currency)!.decimals, world.homeDecimals) : 0;
      pay(d, j, c.cash, 'ads', spec.weeklyCost, 'loyalty programme', m);
      pay(d, j, c.cash, 'ads', points, 'loyalty points', m);
      pay(d, j, c.cash, 'service', serviceCost(world.scenario.service ?? DEFAULT_SERVICE, p), 'customer service staff', m);
      if (p.complaintHandling === 'tiered') pay(d, j, c.cash, 'service', world.scenario.customers.tieredHandlingFee, 'three-level complaint handling', m);
    }
  }
}

/** A company's repeat purchases kept this week by market, local money, summed in cell order into `out`. */
function repeatValueOf(cells: readonly SalesCell[], world: World, company: string, out: number[]): void {
  out.fill(0);
  for (const c of cells) {
    if (c.company !== company) continue;
    const repeat = Math.min(c.returningOrders, c.servedOrders);
    if (repeat === 0) continue;
    const i = world.marketIndex.get(c.market);
    if (i === undefined) continue;
    const kept = c.servedOrders - c.lostOrders - c.returnedOrders;
    out[i]! += (c.price * c.unitsPerOrder * repeat * kept) / c.servedOrders;
  }
}

/** 0: nobody pays for customer care; 1: wages or complaint handling only; 2: a loyalty programme too. */
function anyCare(state: GameState, world: World): 0 | 1 | 2 {
  let care: 0 | 1 | 2 = 0;
  for (const id of state.companyOrder) {
    const markets = state.companies[id]!.markets;
    for (const m of world.marketIds) {
      const p = markets[m];
      if (!p) continue;
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
