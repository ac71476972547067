// One turn, in the fixed order of DESIGN.md §2, one immer `produce` per phase.
import { produce } from 'immer';
import type { GameState } from './state';
import type { TurnReport } from './report';
import { buildReport } from './report';
import { worldOf, weekOfTurn } from './world';
import { newLog } from './log';
import { decide } from './phases/decisions';
import { runScript } from './phases/script';
import { moveWorld } from './phases/world';
import { moveGoods } from './phases/logistics';
import { computeDemand } from './phases/demand';
import { allocateStock, fulfil } from './phases/sales';
import { payRunningCosts } from './phases/costs';
import { updateCustomers } from './phases/customers';
import { closeTurn } from './phases/close';

/**
 * Actions for the turn: a list is the first player's; a record maps company ids
 * to their lists (a league). AI rivals decide for themselves.
 */
export type TurnActions = readonly unknown[] | Readonly<Record<string, readonly unknown[]>>;

export interface TurnResult { state: GameState; report: TurnReport }

export function resolveTurn(state: GameState, actions: TurnActions): TurnResult {
  const world = worldOf(state.scenario);
  const turn = state.turn + 1;
  const log = newLog(turn, weekOfTurn(state.scenario, turn), state.companyOrder);
  if (state.finished) {
    for (const id of state.companyOrder) log.refused[id] = [{ index: -1, action: null, reason: { en: 'The run has ended.', zh: '本局已结束。' } }];
    log.turn = state.turn;
    return { state, report: buildReport(state, world, log, []) };
  }
  const byCompany = Array.isArray(actions) ? { [firstPlayer(state)]: actions } : (actions as Readonly<Record<string, readonly unknown[]>>);

  let s = produce(state, (d) => decide(d, world, log, byCompany));
  s = produce(s, (d) => runScript(d, world, log));
  s = produce(s, (d) => moveWorld(d, world, log));
  s = produce(s, (d) => moveGoods(d, world, log));
  const demandRng = { ...s.rng.demand };
  const cells = computeDemand(s, world, log, demandRng);
  allocateStock(s, cells);
  s = produce(s, (d) => {
    d.rng.demand = demandRng;
    fulfil(d, world, log, cells);
    payRunningCosts(d, world, log);
  });
  s = produce(s, (d) => updateCustomers(d, world, log, cells));
  const report = buildReport(s, world, log, cells);
  s = produce(s, (d) => closeTurn(d, world, log, report));
  report.finished = s.finished;
  report.endReason = s.endReason;
  return { state: s, report };
}

function firstPlayer(state: GameState): string {
  return state.companyOrder.find((id) => state.companies[id]?.controller === 'player') ?? state.companyOrder[0] ?? '';
}
