// Phase 4: goods move. Factory orders reach the China warehouse after their lead
// time; shipments reach overseas warehouses after the days drawn when they left,
// less what was lost or damaged on the way (written off at cost). Marketplace
// payouts that fall due are converted at this turn's rate: the difference from
// the rate on the day of sale is the FX gain or loss (seed 004 §5 货币汇率波动风险).
// Works on copies of the companies that have something due (see companyCopy.ts).
import type { Company, GameState, Receivable, StockFlows } from '../state';
import { copyCompany, copyFlows, withCompanies } from '../companyCopy';
import type { World } from '../world';
import type { TurnLog } from '../log';
import { copyBalances, post } from '../ledger';
import { toHome } from '../fx';
import { recordList } from '../recordLists';

export function moveGoods(base: GameState, world: World, log: TurnLog): GameState {
  const changed = new Map<string, Company>();
  for (const id of base.companyOrder) {
    const c = base.companies[id]!;
    const dueSourcing = anyArriving(c.sourcing, log.turn);
    const dueShipments = anyArriving(c.shipments, log.turn);
    const duePayouts = anyPayoutDue(c.receivables, log.turn);
    if (!dueSourcing && !dueShipments && !duePayouts) continue;
    // Only the parts this phase edits are copied, each once: the stock and ledger
    // here, a location's stock and a product's flows at their first change.
    const d = copyCompany(c);
    if (dueSourcing || dueShipments) d.stock = { ...c.stock };
    if (dueShipments || duePayouts) d.ledger = copyBalances(c.ledger);
    const journal = log.journal[id]!;
    if (dueSourcing) receiveSourcing(c, d, log);
    if (dueShipments) receiveShipments(c, d, world, log, journal);
    if (duePayouts) settleReceivables(base, c, d, world, log, journal);
    changed.set(id, d);
  }
  return withCompanies(base, changed);
}

// Plain loops rather than `some` with an arrow: an arrow capturing the turn is a new closure per company and list.
function anyArriving(orders: readonly { arrivesTurn: number }[], turn: number): boolean {
  for (const o of orders) if (o.arrivesTurn <= turn) return true;
  return false;
}

function anyPayoutDue(receivables: readonly Receivable[], turn: number): boolean {
  for (const r of receivables) if (r.dueTurn <= turn) return true;
  return false;
}

// What stays on the lists, by plain loops too: `filter` with an arrow capturing the turn made a closure per list.
function stillOnTheWay<T extends { arrivesTurn: number }>(orders: readonly T[], turn: number): T[] {
  const out = recordList<T>();
  for (const o of orders) if (o.arrivesTurn > turn) out.push(o);
  return out;
}

function notYetDue(receivables: readonly Receivable[], turn: number): Receivable[] {
  const out = recordList<Receivable>();
  for (const r of receivables) if (r.dueTurn > turn) out.push(r);
  return out;
}

/** The stock at a location of `d`, copied from `c`'s at the first change (`d.stock` is already a copy). */
function stockToChange(c: Company, d: Company, location: string): Record<string, number> {
  const at = d.stock[location];
  return at !== undefined && at !== c.stock[location] ? at : (d.stock[location] = { ...at });
}

/** A product's flows in `d`, copied from `c`'s (with the flows record) at the first change. */
function flowsToChange(c: Company, d: Company, product: string): StockFlows {
  if (d.flows === c.flows) d.flows = { ...c.flows };
  const f = d.flows[product]!;
  return f !== c.flows[product] ? f : (d.flows[product] = copyFlows(f));
}

function receiveSourcing(c: Company, d: Company, log: TurnLog): void {
  d.sourcing = stillOnTheWay(c.sourcing, log.turn);
  const home = stockToChange(c, d, 'home');
  for (const o of c.sourcing) {
    if (o.arrivesTurn > log.turn) continue;
    home[o.product] = (home[o.product] ?? 0) + o.units;
    log.arrivals.push({ company: c.id, kind: 'sourcing', product: o.product, units: o.units, lost: 0, damaged: 0, to: 'home' });
  }
}

function receiveShipments(c: Company, d: Company, world: World, log: TurnLog, journal: TurnLog['journal'][string]): void {
  d.shipments = stillOnTheWay(c.shipments, log.turn);
  for (const s of c.shipments) {
    if (s.arrivesTurn > log.turn) continue;
    const at = stockToChange(c, d, s.to);
    const good = s.units - s.lost - s.damaged;
    at[s.product] = (at[s.product] ?? 0) + good;
    if (s.lost + s.damaged > 0) {
      const f = flowsToChange(c, d, s.product);
      f.lost += s.lost; f.damaged += s.damaged;
      const unitCost = world.products.get(s.product)?.unitCost ?? 0;
      post(d.ledger, journal, 'writeOffs', 'inventory', unitCost * (s.lost + s.damaged), 'lost or damaged in transit', world.warehouses.get(s.to)?.market);
    }
    log.arrivals.push({ company: c.id, kind: 'shipment', product: s.product, units: good, lost: s.lost, damaged: s.damaged, to: s.to, days: s.days });
  }
}

function settleReceivables(base: GameState, c: Company, d: Company, world: World, log: TurnLog, journal: TurnLog['journal'][string]): void {
  d.receivables = notYetDue(c.receivables, log.turn);
  let cash = 0;
  for (const r of c.receivables) {
    if (r.dueTurn > log.turn) continue;
    const cur = world.currencies.get(r.currency);
    const received = toHome(r.local, base.fx[r.currency] ?? 0, cur?.decimals ?? 2, world.homeDecimals);
    cash += received;
    post(d.ledger, journal, 'cash', 'receivables', r.bookedHome, 'marketplace payout');
    post(d.ledger, journal, 'cash', 'fxGainLoss', received - r.bookedHome, 'exchange difference on payout');
  }
  d.cash = c.cash + cash;
}
