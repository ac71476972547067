// Phase 4: goods move. Factory orders reach the China warehouse after their lead
// time; shipments reach overseas warehouses after the days drawn when they left,
// less what was lost or damaged on the way (written off at cost). Marketplace
// payouts that fall due are converted at this turn's rate: the difference from
// the rate on the day of sale is the FX gain or loss (seed 004 §5 货币汇率波动风险).
import type { Company, GameState } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import { post } from '../ledger';
import { toHome } from '../fx';

export function moveGoods(draft: GameState, world: World, log: TurnLog): void {
  for (const id of draft.companyOrder) {
    const c = draft.companies[id]!;
    const journal = log.journal[id]!;
    receiveSourcing(c, log);
    receiveShipments(c, world, log, journal);
    settleReceivables(draft, c, world, log, journal);
  }
}

function receiveSourcing(c: Company, log: TurnLog): void {
  const due = c.sourcing.filter((o) => o.arrivesTurn <= log.turn);
  if (due.length === 0) return;
  c.sourcing = c.sourcing.filter((o) => o.arrivesTurn > log.turn);
  const home = c.stock.home ?? (c.stock.home = {});
  for (const o of due) {
    home[o.product] = (home[o.product] ?? 0) + o.units;
    log.arrivals.push({ company: c.id, kind: 'sourcing', product: o.product, units: o.units, lost: 0, damaged: 0, to: 'home' });
  }
}

function receiveShipments(c: Company, world: World, log: TurnLog, journal: TurnLog['journal'][string]): void {
  const due = c.shipments.filter((s) => s.arrivesTurn <= log.turn);
  if (due.length === 0) return;
  c.shipments = c.shipments.filter((s) => s.arrivesTurn > log.turn);
  for (const s of due) {
    const at = c.stock[s.to] ?? (c.stock[s.to] = {});
    const good = s.units - s.lost - s.damaged;
    at[s.product] = (at[s.product] ?? 0) + good;
    const f = c.flows[s.product]!;
    f.lost += s.lost;
    f.damaged += s.damaged;
    const unitCost = world.products.get(s.product)?.unitCost ?? 0;
    post(c.ledger, journal, 'writeOffs', 'inventory', unitCost * (s.lost + s.damaged), 'lost or damaged in transit', world.warehouses.get(s.to)?.market);
    log.arrivals.push({ company: c.id, kind: 'shipment', product: s.product, units: good, lost: s.lost, damaged: s.damaged, to: s.to, days: s.days });
  }
}

function settleReceivables(draft: GameState, c: Company, world: World, log: TurnLog, journal: TurnLog['journal'][string]): void {
  const due = c.receivables.filter((r) => r.dueTurn <= log.turn);
  if (due.length === 0) return;
  c.receivables = c.receivables.filter((r) => r.dueTurn > log.turn);
  for (const r of due) {
    const cur = world.currencies.get(r.currency);
    const cash = toHome(r.local, draft.fx[r.currency] ?? 0, cur?.decimals ?? 2, world.homeDecimals);
    c.cash += cash;
    post(c.ledger, journal, 'cash', 'receivables', r.bookedHome, 'marketplace payout');
    post(c.ledger, journal, 'cash', 'fxGainLoss', cash - r.bookedHome, 'exchange difference on payout');
  }
}
