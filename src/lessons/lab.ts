// Playing a lesson's arms: the engine directly (no per-turn hashing — nothing is
// recorded), a decision rule per arm, and the KPI read from the reports.
import { newGame, resolveTurn, studentView, PLAYER_ID, type Action, type GameState, type KpiKey, type Scenario, type StudentView, type TurnReport } from '../engine';
import { botActions, getBot } from '../bots';
import { readFileSync } from 'node:fs';

/** The shipped campaign's text, which the lessons cut into laboratories. */
export const campaignText = readFileSync(new URL('../../scenarios/campaign-global.json', import.meta.url), 'utf8');

export type Decide = (state: GameState, last: TurnReport | null) => readonly unknown[];

export interface Played { reports: TurnReport[]; state: GameState }

/** Plays the whole run; `watch` sees each turn's state and report (for measures the report does not carry). */
export function play(scenario: Scenario, seed: number, decide: Decide, watch?: (state: GameState, report: TurnReport) => void): Played {
  let state = newGame(scenario, seed);
  const reports: TurnReport[] = [];
  while (!state.finished) {
    const r = resolveTurn(state, decide(state, reports.at(-1) ?? null));
    state = r.state;
    reports.push(r.report);
    watch?.(state, r.report);
  }
  return { reports, state };
}

/** The balanced bot, its actions passed through `change` (the arm's one difference). */
export function balancedWith(change?: (actions: Action[], view: StudentView) => Action[]): Decide {
  const bot = getBot('balanced')!;
  return (state, last) => {
    const actions = botActions(bot, state, last);
    if (!change) return actions;
    const view = studentView(state, PLAYER_ID, last);
    return view ? change(actions, view) : actions;
  };
}

/** Actions given once, at a turn; nothing otherwise. */
export function scripted(byTurn: Readonly<Record<number, readonly Action[]>>): Decide {
  return (state) => byTurn[state.turn + 1] ?? [];
}

/** A KPI of the student's company (per market when given) over turns [from, to], by sum or mean. */
export function kpi(reports: readonly TurnReport[], key: KpiKey, how: 'sum' | 'mean' | 'last', turns: readonly [number, number], market?: string): number {
  let total = 0;
  let n = 0;
  let last = 0;
  for (const r of reports) {
    if (r.turn < turns[0] || r.turn > turns[1]) continue;
    const c = r.companies[PLAYER_ID];
    if (!c) continue;
    const k = market === undefined ? c.kpis : c.markets[market];
    if (!k) continue;
    last = k[key];
    total += last;
    n += 1;
  }
  if (how === 'last') return last;
  return how === 'sum' ? total : n > 0 ? total / n : 0;
}
