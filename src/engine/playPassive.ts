// Plays a scenario with no decisions by the student (AI rivals still act): the
// per-turn state hashes, for checking that Node and browsers agree (DESIGN.md §4).
import type { Scenario } from './schema';
import { newGame } from './newGame';
import { resolveTurn } from './resolveTurn';
import { stateHash } from './stateHash';

export function playPassive(scenario: Scenario, seed: number, turns: number): { hashes: string[]; orders: number } {
  let state = newGame(scenario, seed);
  const hashes: string[] = [];
  let orders = 0;
  for (let t = 0; t < turns && !state.finished; t += 1) {
    const { state: next, report } = resolveTurn(state, []);
    state = next;
    orders += report.companies[state.companyOrder[0] ?? '']?.kpis.orders ?? 0;
    hashes.push(stateHash(state));
  }
  return { hashes, orders };
}
