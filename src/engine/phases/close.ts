// Phase 8 (closing): remember the KPIs the script and rivals will see next turn,
// declare bankrupt any company whose cash ran out, and end the run on time.
import type { GameState } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import type { TurnReport } from '../report';

export function closeTurn(draft: GameState, world: World, log: TurnLog, report: TurnReport): void {
  draft.turn = log.turn;
  draft.messages = log.messages;
  for (const id of draft.companyOrder) {
    const c = draft.companies[id]!;
    const r = report.companies[id];
    if (r) { c.lastKpis = r.kpis; c.lastMarketKpis = r.markets; }
    if (!c.bankrupt && c.cash < 0) {
      c.bankrupt = true;
      log.news.push({ en: `${c.name.en} has run out of cash and stops trading.`, zh: `${c.name.zh}现金耗尽，停止经营。` });
    }
  }
  const players = draft.companyOrder.map((id) => draft.companies[id]!).filter((c) => c.controller === 'player');
  if (!draft.finished && players.length > 0 && players.every((c) => c.bankrupt)) {
    draft.finished = true;
    draft.endReason = { en: 'Your company ran out of cash.', zh: '你的公司现金耗尽。' };
  }
  if (!draft.finished && draft.turn >= world.scenario.turns) {
    draft.finished = true;
    draft.endReason = { en: 'The last turn of the scenario is over.', zh: '情景的最后一回合已结束。' };
  }
}
