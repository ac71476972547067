// Phase 1: every company's decisions. The student's come from the caller; AI
// rivals decide from what they can see at the start of the turn. Actions are
// applied to working copies of the companies (see companyCopy.ts).
import type { Company, GameState } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import { applyActions } from '../actions';
import { priceBoard, rivalActions } from '../rivals';
import { partsFor, withCompanies, workingCopy } from '../companyCopy';

/** Rivals decide from the state at the start of the turn, as the student does. */
export function planRivals(state: GameState, world: World, turn: number): Map<string, readonly unknown[]> {
  const plans = new Map<string, readonly unknown[]>();
  const board = priceBoard(state, turn);
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.controller === 'ai' && !c.bankrupt) plans.set(id, rivalActions(state, world, c, board));
  }
  return plans;
}

export function decide(
  state: GameState, world: World, log: TurnLog,
  byCompany: Readonly<Record<string, readonly unknown[]>>, rivalPlans: ReadonlyMap<string, readonly unknown[]>,
): GameState {
  const logisticsRng = { ...state.rng.logistics };
  const ids = { next: state.nextId };
  const changed = new Map<string, Company>();
  for (const id of state.companyOrder) {
    const base = state.companies[id]!;
    const actions = base.controller === 'ai'
      ? rivalPlans.get(id) ?? []
      : (Object.hasOwn(byCompany, id) ? byCompany[id] : undefined) ?? [];
    if (actions.length === 0) continue;
    // Rivals' actions come from the engine, so only the parts they touch are copied.
    const company = workingCopy(base, base.controller === 'ai' ? partsFor(actions) : undefined);
    log.refused[id] = applyActions({ state, world, company, turn: log.turn, journal: log.journal[id]!, logisticsRng, ids }, actions, base.controller === 'ai');
    if (base.controller === 'ai') reportRivalMoves(company, base, log);
    changed.set(id, company);
  }
  return withCompanies(state, changed, { nextId: ids.next, rng: { ...state.rng, logistics: logisticsRng } });
}

function reportRivalMoves(company: Company, before: Company, log: TurnLog): void {
  company.listings.forEach((l, i) => {
    const old = before.listings[i]?.price;
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
