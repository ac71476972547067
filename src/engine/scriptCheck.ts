// A test play of a scenario's script, for `chuhai validate`: the validator proves
// what it can from the script alone (script/validate.ts), but guarded `always`
// transitions can still go round in a circle for some turn's facts, and then the
// script fails in play (phases/script.ts). Playing the scenario once with no
// decisions (AI rivals act) finds those that the facts of such a run reach.
import type { Scenario } from './schema';
import { newGame } from './newGame';
import { resolveTurn } from './resolveTurn';
import { startProblems } from './phases/script';
import { worldOf } from './world';

/** The script's problems as a run on `seed` starts ("start: …"): newGame keeps them only as a message to the student. */
export function scriptStartProblems(scenario: Scenario, seed: number): string[] {
  return scenario.script ? startProblems(newGame(scenario, seed), worldOf(scenario)) : [];
}

/** The script's problems in a play with no decisions on `seed`, each with its turn ("start: …", "turn 3: …"). */
export function scriptProblemsInPlay(scenario: Scenario, seed: number): string[] {
  if (!scenario.script) return [];
  let state = newGame(scenario, seed);
  // newGame keeps the start's messages but not its log: the start is tried again for its problems (a failed start is not memoised).
  const problems = startProblems(state, worldOf(scenario));
  while (!state.finished) {
    const { state: next, report } = resolveTurn(state, [], 'scoring');
    problems.push(...report.scriptProblems);
    state = next;
  }
  return problems;
}
