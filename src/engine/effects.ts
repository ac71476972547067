// Active events change parameters while they last (scenario `events[].effects`).
// Several effects on one parameter compose in the order the events started.
import type { Effect } from './schema';
import type { GameState } from './state';
import type { World } from './world';

type Kind = 'demand' | 'cartRate' | 'freightCost' | 'transitDays' | 'customsDays' | 'lossRate' | 'commission' | 'dutyRate';


/**
 * The active effects by kind, in order, worked out once per list of active events
 * (the list is replaced, never edited, when an event starts or ends). Most turns
 * have none, and the sales loop asks many times per listing.
 */
const byKindCache = new WeakMap<GameState['events'], Map<string, Effect[]>>();
/** The last list asked about and its table: a turn asks tens of times about the same list. */
let lastEvents: GameState['events'] | null = null;
let lastTable: Map<string, Effect[]> = new Map();

function effectsByKind(state: GameState, world: World): Map<string, Effect[]> {
  if (state.events === lastEvents) return lastTable;
  let table = byKindCache.get(state.events);
  if (table) { lastEvents = state.events; lastTable = table; return table; }
  table = new Map();
  for (const active of state.events) {
    const ev = world.events.get(active.id);
    if (!ev) continue;
    for (const e of ev.effects) {
      const list = table.get(e.kind);
      if (list) list.push(e); else table.set(e.kind, [e]);
    }
  }
  byKindCache.set(state.events, table);
  lastEvents = state.events;
  lastTable = table;
  return table;
}

/**
 * Applies every active effect of `kind` that matches the scope (market, carrier,
 * channel; undefined where it does not apply) to a base value. The scope is passed
 * as arguments, not an object: this runs several times per listing per turn.
 */
export function withEffects(
  state: GameState, world: World, kind: Kind, base: number,
  market?: string, carrier?: string, channel?: string,
): number {
  if (state.events.length === 0) return base;
  const list = effectsByKind(state, world).get(kind);
  if (!list) return base;
  let value = base;
  for (const e of list) {
    if (e.market !== undefined && e.market !== market) continue;
    if (e.carrier !== undefined && e.carrier !== carrier) continue;
    if (e.channel !== undefined && e.channel !== channel) continue;
    value = value * e.multiply + e.add;
  }
  return value;
}
