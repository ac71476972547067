// Active events change parameters while they last (scenario `events[].effects`).
// Several effects on one parameter compose in the order the events started.
import type { GameState } from './state';
import type { World } from './world';

type Kind = 'demand' | 'cartRate' | 'freightCost' | 'transitDays' | 'customsDays' | 'lossRate' | 'commission' | 'dutyRate';

export interface Scope { market?: string; carrier?: string; channel?: string }

/** Applies every active effect of `kind` that matches the scope to a base value. */
export function withEffects(state: GameState, world: World, kind: Kind, scope: Scope, base: number): number {
  let value = base;
  for (const active of state.events) {
    const ev = world.events.get(active.id);
    if (!ev) continue;
    for (const e of ev.effects) {
      if (e.kind !== kind) continue;
      if (e.market !== undefined && e.market !== scope.market) continue;
      if (e.carrier !== undefined && e.carrier !== scope.carrier) continue;
      if (e.channel !== undefined && e.channel !== scope.channel) continue;
      value = value * e.multiply + e.add;
    }
  }
  return value;
}
