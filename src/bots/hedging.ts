// FX forwards (lesson 6): a sound seller hedges half of its sales in a volatile
// currency (annual volatility ≥ 6%, cal. §5: JPY 6.8%, BRL 11.4%) for a quarter
// at a time, once it sells there; the points cost little next to the swings.
import type { Action, Scenario, StudentView } from '../engine';

const VOLATILE = 0.06;
const SHARE = 0.5;
const TURNS = 13;

export function hedgeVolatile(view: StudentView, scenario: Scenario): Action[] {
  const next = view.turn + 1;
  const actions: Action[] = [];
  const sold = view.lastReport?.markets ?? {};
  for (const c of scenario.currencies) {
    if (c.code === scenario.homeCurrency || c.volatility < VOLATILE) continue;
    const selling = scenario.markets.some((m) => m.currency === c.code && (sold[m.id]?.revenue ?? 0) > 0);
    if (!selling) continue;
    const covered = view.company.forwards.some((f) => f.currency === c.code && f.untilTurn >= next);
    const turns = Math.min(TURNS, scenario.riskTools.maxForwardTurns, view.turnsLeft);
    if (!covered && turns > 0) actions.push({ type: 'hedgeFx', currency: c.code, share: SHARE, turns });
  }
  return actions;
}
