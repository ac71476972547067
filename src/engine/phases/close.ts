// Phase 8 (closing): remember the KPIs the script and rivals will see next turn,
// declare bankrupt any company whose cash ran out, and end the run on time.
import type { Company, GameState } from '../state';
import type { Kpis } from '../schema/kpi';
import { copyCompany, withCompanies } from '../companyCopy';
import type { World } from '../world';
import type { TurnLog } from '../log';
import type { TurnReport } from '../report';

/**
 * `start` is the state the turn began from. A company object not in it was made
 * during this turn and is held only by the turn's own states (the report reads
 * companies but keeps none), so it is finished in place instead of copied once
 * more; the same for the state and its companies record. Nothing reachable from
 * `start` is changed.
 */
export function closeTurn(base: GameState, world: World, log: TurnLog, report: TurnReport, start: GameState): GameState {
  const changed = new Map<string, Company>();
  for (const id of base.companyOrder) {
    const c = base.companies[id]!;
    const r = report.companies[id];
    const bankrupt = c.bankrupt || c.cash < 0;
    if (bankrupt && !c.bankrupt) {
      log.news.push({ en: `${c.name.en} has run out of cash and stops trading.`, zh: `${c.name.zh}现金耗尽，停止经营。` });
    }
    const next = c === start.companies[id] ? copyCompany(c) : c;
    next.bankrupt = bankrupt;
    // The report's KPI objects are frozen and shared with the state: a caller
    // that tried to change them would throw instead of changing the state.
    next.lastKpis = r ? Object.freeze(r.kpis) : c.lastKpis;
    next.lastMarketKpis = r ? freezeMarkets(r.markets) : c.lastMarketKpis;
    if (next !== c) changed.set(id, next);
  }
  const draft = base !== start && base.companies !== start.companies ? withCompaniesInPlace(base, changed) : withCompanies(base, changed);
  draft.turn = log.turn;
  draft.messages = log.messages;
  let players = 0, bankruptPlayers = 0;
  for (const id of draft.companyOrder) {
    const c = draft.companies[id]!;
    if (c.controller !== 'player') continue;
    players += 1;
    if (c.bankrupt) bankruptPlayers += 1;
  }
  if (!draft.finished && players > 0 && bankruptPlayers === players) {
    draft.finished = true;
    draft.endReason = { en: 'Your company ran out of cash.', zh: '你的公司现金耗尽。' };
  }
  if (!draft.finished && draft.turn >= world.scenario.turns) {
    draft.finished = true;
    draft.endReason = { en: 'The last turn of the scenario is over.', zh: '情景的最后一回合已结束。' };
  }
  return draft;
}

/** `state` (made this turn, with a companies record of its own) with some companies replaced in place. */
function withCompaniesInPlace(state: GameState, changed: ReadonlyMap<string, Company>): GameState {
  for (const [id, c] of changed) state.companies[id] = c;
  return state;
}

function freezeMarkets(markets: Record<string, Kpis>): Record<string, Kpis> {
  for (const m of Object.keys(markets)) Object.freeze(markets[m]);
  return Object.freeze(markets);
}
