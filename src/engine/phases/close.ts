// Phase 8 (closing): remember the KPIs the script and rivals will see next turn,
// declare bankrupt any company whose cash ran out, and end the run on time.
import type { Company, GameState } from '../state';
import type { Kpis } from '../schema/kpi';
import { copyCompany, withCompanies } from '../companyCopy';
import type { World } from '../world';
import type { TurnLog } from '../log';
import type { TurnReport } from '../report';

export function closeTurn(base: GameState, world: World, log: TurnLog, report: TurnReport): GameState {
  const changed = new Map<string, Company>();
  for (const id of base.companyOrder) {
    const c = base.companies[id]!;
    const r = report.companies[id];
    const bankrupt = c.bankrupt || c.cash < 0;
    if (bankrupt && !c.bankrupt) {
      log.news.push({ en: `${c.name.en} has run out of cash and stops trading.`, zh: `${c.name.zh}现金耗尽，停止经营。` });
    }
    // The report's KPI objects are frozen and shared with the state: a caller
    // that tried to change them would throw instead of changing the state.
    const next = copyCompany(c);
    next.bankrupt = bankrupt;
    next.lastKpis = r ? Object.freeze(r.kpis) : c.lastKpis;
    next.lastMarketKpis = r ? freezeMarkets(r.markets) : c.lastMarketKpis;
    changed.set(id, next);
  }
  const draft = withCompanies(base, changed);
  draft.turn = log.turn;
  draft.messages = log.messages;
  const players = draft.companyOrder.map((id) => draft.companies[id]!).filter((c) => c.controller === 'player');
  if (!draft.finished && players.length > 0 && players.every((c) => c.bankrupt)) {
    draft.finished = true;
    draft.endReason = { en: 'Your company ran out of cash.', zh: '你的公司现金耗尽。' };
  }
  if (!draft.finished && draft.turn >= world.scenario.turns) {
    draft.finished = true;
    draft.endReason = { en: 'The last turn of the scenario is over.', zh: '情景的最后一回合已结束。' };
  }
  return draft;
}

function freezeMarkets(markets: Record<string, Kpis>): Record<string, Kpis> {
  for (const m of Object.keys(markets)) Object.freeze(markets[m]);
  return Object.freeze(markets);
}
