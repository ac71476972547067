// One turn, in the fixed order of DESIGN.md §2. Each phase returns a new state and
// never changes the one it was given: phases write copy-on-write copies
// (companyCopy.ts, delta.ts; the script's few effects copy the parts they edit),
// not immer drafts, whose proxies cost ~30× hand-made copies here and the turn
// budget is 150 us (npm run bench).
import { copyStream } from './rng';
import type { Company, GameState } from './state';
import type { TurnReport } from './report';
import { buildReport, type ReportDetail } from './report';
import { worldOf, weekOfTurn } from './world';
import { newLog } from './log';
import { decide, planRivals } from './phases/decisions';
import { withDelta } from './delta';
import { copyStreams } from './companyCopy';
import { runScript } from './phases/script';
import { moveWorld } from './phases/world';
import { moveGoods } from './phases/logistics';
import { computeDemand } from './phases/demand';
import { allocateStock, fulfil } from './phases/sales';
import { payRunningCosts } from './phases/costs';
import { payBuyerCosts } from './phases/buyerCosts';
import { updateCustomers } from './phases/customers';
import { closeTurn } from './phases/close';
import { endCrises, runCrises } from './phases/crises';
import { settleForwards } from './forwards';
import { runRisk } from './phases/risk';

/**
 * Actions for the turn: a list is the first player's; a record maps company ids
 * to their lists (a league). AI rivals decide for themselves.
 */
export type TurnActions = readonly unknown[] | Readonly<Record<string, readonly unknown[]>>;

export interface TurnResult { state: GameState; report: TurnReport }

/** `detail`: how much of the report to build (report.ts ReportDetail); the state is the same either way. */
export function resolveTurn(state: GameState, actions: TurnActions, detail: ReportDetail = 'full'): TurnResult {
  const world = worldOf(state.scenario);
  const turn = state.turn + 1;
  const log = newLog(turn, weekOfTurn(state.scenario, turn), state.companyOrder);
  if (state.finished) {
    for (const id of state.companyOrder) log.refused[id] = [{ index: -1, action: null, reason: { en: 'The run has ended.', zh: '本局已结束。' } }];
    log.turn = state.turn;
    return { state, report: buildReport(state, world, log, [], detail) };
  }
  const byCompany = Array.isArray(actions) ? { [firstPlayer(state)]: actions } : (actions as Readonly<Record<string, readonly unknown[]>>);

  log.fxBefore = state.fx; // the state's rates are never edited in place, so a reference will do
  const rivalPlans = planRivals(state, world, turn);
  let s = decide(state, world, log, byCompany, rivalPlans);
  s = runScript(s, world, log);
  s = moveWorld(s, world, log);
  // Security spend may stop a data breach (drawn in runCrises); compliance draws follow on the same stream.
  const complianceRng = copyStream(s.rng.compliance);
  s = runCrises(s, world, log, complianceRng);
  s = runRisk(s, world, log, complianceRng);
  s = moveGoods(s, world, log);
  const demandRng = copyStream(s.rng.demand);
  const cells = computeDemand(s, world, log, demandRng);
  allocateStock(s, world, cells);
  const logisticsRng = copyStream(s.rng.logistics);
  // Buyers' own draws (COD refusals, chargebacks, backlash, churn) use the customers stream.
  const customersRng = copyStream(s.rng.customers);
  const deltas = fulfil(s, world, log, cells, logisticsRng, customersRng);
  payRunningCosts(s, world, log, deltas);
  payBuyerCosts(s, world, log, cells, deltas);
  // The week's money and stock (withDelta) and its customers (updateCustomers)
  // land on one new copy of each company, made here and seen by nothing else.
  const changed = new Map<string, Company>();
  for (const [id, delta] of deltas) changed.set(id, withDelta(s.companies[id]!, delta));
  s = updateCustomers(s, world, log, cells, customersRng, changed);
  s.rng = copyStreams(s.rng); s.rng.demand = demandRng; s.rng.logistics = logisticsRng; s.rng.customers = customersRng;
  s = endCrises(s, world, log);
  s = settleForwards(s, world, log, cells);
  const report = buildReport(s, world, log, cells, detail);
  s = closeTurn(s, world, log, report, state);
  report.finished = s.finished;
  report.endReason = s.endReason;
  return { state: s, report };
}

function firstPlayer(state: GameState): string {
  return state.companyOrder.find((id) => state.companies[id]?.controller === 'player') ?? state.companyOrder[0] ?? '';
}
