// A test play of a scenario's script, for `chuhai validate`: the validator proves
// what it can from the script alone (script/validate.ts), but guarded `always`
// transitions can still go round in a circle for some turn's facts, and then the
// script fails in play (phases/script.ts). Playing the scenario finds those that
// the facts of the play reach: with no decisions (AI rivals act), and with the
// decisions of a player (a bot, given by the caller: the engine knows no bots),
// whose KPIs reach the guards a passive run never does.
import type { Scenario } from './schema';
import type { GameState } from './state';
import type { TurnReport } from './report';
import { newGame } from './newGame';
import { resolveTurn } from './resolveTurn';
import { startProblems } from './phases/script';
import { worldOf } from './world';

/** The script's problems as a run on `seed` starts ("start: …"): newGame keeps them only as a message to the student. */
export function scriptStartProblems(scenario: Scenario, seed: number): string[] {
  return scenario.script ? startProblems(newGame(scenario, seed), worldOf(scenario)) : [];
}

/** The player's decisions for a turn, from the state and the last full report (a bot's botActions). */
export type PlayerDecisions = (state: GameState, last: TurnReport | null) => readonly unknown[];

/**
 * The script's problems in a play on `seed`, each with its turn ("start: …",
 * "turn 3: …"): with no decisions, or those `decide` makes. A decider reads last
 * turn's full report, as a student does; a play with no decisions needs only the
 * scoring report.
 */
export function scriptProblemsInPlay(scenario: Scenario, seed: number, decide?: PlayerDecisions): string[] {
  if (!scenario.script) return [];
  let state = newGame(scenario, seed);
  // newGame keeps the start's messages but not its log: the start is tried again for its problems (a failed start is not memoised).
  const problems = startProblems(state, worldOf(scenario));
  let last: TurnReport | null = null;
  while (!state.finished) {
    const { state: next, report } = resolveTurn(state, decide ? decide(state, last) : [], decide ? 'full' : 'scoring');
    problems.push(...report.scriptProblems);
    state = next;
    last = report;
  }
  return problems;
}
