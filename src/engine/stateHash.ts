import type { GameState } from './state';
import { Hasher } from './hash';
import { STATE, feedWalk } from './stateShape';

/**
 * The canonical hash of a state (DESIGN.md §4): every field but the static scenario,
 * which scenarioHash stands for. The same hash as hashCanonical of the state without
 * its scenario, walked by the state's known shape (stateShape.ts) to allocate nothing.
 */
export function stateHash(state: GameState): string {
  const h = new Hasher();
  feedWalk(h, state, STATE);
  return h.digest();
}
