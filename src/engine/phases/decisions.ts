// Phase 1: every company's decisions. The student's come from the caller; AI
// rivals decide from what they can see at the start of the turn.
import type { GameState } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import { applyActions } from '../actions';
import { rivalActions } from '../rivals';

export function decide(draft: GameState, world: World, log: TurnLog, byCompany: Readonly<Record<string, readonly unknown[]>>): void {
  for (const id of draft.companyOrder) {
    const company = draft.companies[id]!;
    if (company.bankrupt) continue;
    const actions = company.controller === 'ai'
      ? rivalActions(draft, world, company, log.turn)
      : (Object.hasOwn(byCompany, id) ? byCompany[id] : undefined) ?? [];
    const before = company.listings.map((l) => l.price);
    log.refused[id] = applyActions({ state: draft, world, company, turn: log.turn, journal: log.journal[id]! }, actions);
    if (company.controller === 'ai') reportRivalMoves(company, before, log);
  }
}

function reportRivalMoves(company: GameState['companies'][string], before: number[], log: TurnLog): void {
  company.listings.forEach((l, i) => {
    const old = before[i];
    if (old === undefined || old === 0) return;
    const change = (l.price - old) / old;
    if (change <= -0.05 || change >= 0.05) {
      const pct = Math.round(change * 100);
      log.news.push({
        en: `${company.name.en} ${pct < 0 ? 'cut' : 'raised'} the price of ${l.product} in ${l.market} by ${Math.abs(pct)}%.`,
        zh: `${company.name.zh}将${l.market}市场${l.product}的价格${pct < 0 ? '下调' : '上调'}了${Math.abs(pct)}%。`,
      });
    }
  });
}
