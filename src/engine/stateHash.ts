import type { GameState } from './state';
import { hashCanonical } from './hash';

/** The canonical hash of a state (DESIGN.md §4): every field but the static scenario, which scenarioHash stands for. */
export function stateHash(state: GameState): string {
  const { scenario: _scenario, ...dynamic } = state;
  return hashCanonical(dynamic);
}
