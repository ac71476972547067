// Phase 1: every company's decisions. The student's come from the caller; AI
// rivals decide from what they can see at the start of the turn. Actions are
// applied to working copies of the companies (see companyCopy.ts).
import { copyStream } from '../rng';
import type { Company, GameState } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import { applyActions } from '../actions';
import { rivalActions, shareBoard } from '../rivals';
import { copyStreams, partsFor, withCompanies, workingCopy } from '../companyCopy';

/** Rivals decide from the state at the start of the turn, as the student does. */
export function planRivals(state: GameState, world: World, turn: number): Map<string, readonly unknown[]> {
  const plans = new Map<string, readonly unknown[]>();
  const shares = shareBoard(state, world);
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.controller === 'ai' && !c.bankrupt) plans.set(id, rivalActions(state, world, c, shares, turn));
  }
  return plans;
}

export function decide(
  state: GameState, world: World, log: TurnLog,
  byCompany: Readonly<Record<string, readonly unknown[]>>, rivalPlans: ReadonlyMap<string, readonly unknown[]>,
): GameState {
  const logisticsRng = copyStream(state.rng.logistics);
  const crisesRng = copyStream(state.rng.crises);
  const ids = { next: state.nextId };
  const changed = new Map<string, Company>();
  for (const id of state.companyOrder) {
    const base = state.companies[id]!;
    const actions = base.controller === 'ai'
      ? rivalPlans.get(id) ?? []
      : (Object.hasOwn(byCompany, id) ? byCompany[id] : undefined) ?? [];
    if (actions.length === 0) continue;
    // Rivals' actions come from the engine, so only the parts they touch are copied
    // up front; records are copied as handlers change them (actions/own.ts).
    const company = workingCopy(base, base.controller === 'ai' ? partsFor(actions) : undefined);
    log.refused[id] = applyActions({ state, world, company, turn: log.turn, journal: log.journal[id]!, logisticsRng, crisesRng, ids, base }, actions, base.controller === 'ai');
    if (base.controller === 'ai') reportRivalMoves(world, company, base, log);
    changed.set(id, company);
  }
  const out = withCompanies(state, changed);
  out.nextId = ids.next;
  out.rng = copyStreams(state.rng); out.rng.logistics = logisticsRng; out.rng.crises = crisesRng;
  return out;
}

/**
 * Market news: a rival's price move of 5% or more, e.g. "DealHub cut its Phone case
 * price in Indonesia by 8%.", and a rival stepping up its advertising in a market.
 */
function reportRivalMoves(world: World, company: Company, before: Company, log: TurnLog): void {
  // A record the rival's actions did not change is still the one it started with (actions/own.ts copies before a change).
  if (company.markets !== before.markets) {
    for (const m of world.marketIds) {
      const now = company.markets[m]?.adBudget ?? 0;
      if (now <= (before.markets[m]?.adBudget ?? 0)) continue;
      const name = world.markets.get(m)?.name ?? { en: m, zh: m };
      log.news.push({ en: `${company.name.en} stepped up its advertising in ${name.en}.`, zh: `${company.name.zh}加大了在${name.zh}市场的广告投放。` });
    }
  }
  if (company.listings === before.listings) return;
  for (let i = 0; i < company.listings.length; i += 1) {
    const l = company.listings[i]!;
    const old = before.listings[i]?.price;
    if (old === undefined || old === 0) continue;
    const change = (l.price - old) / old;
    if (change <= -0.05 || change >= 0.05) {
      const pct = Math.round(change * 100);
      const p = world.products.get(l.product)?.name ?? { en: l.product, zh: l.product };
      const m = world.markets.get(l.market)?.name ?? { en: l.market, zh: l.market };
      log.news.push({
        en: `${company.name.en} ${pct < 0 ? 'cut' : 'raised'} its ${p.en} price in ${m.en} by ${Math.abs(pct)}%.`,
        zh: `${company.name.zh}将${m.zh}市场${p.zh}的价格${pct < 0 ? '下调' : '上调'}了${Math.abs(pct)}%。`,
      });
    }
  }
}
