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
      const scoped = inScope(e);
      if (list) list.push(scoped); else table.set(e.kind, [scoped]);
    }
  }
  byKindCache.set(state.events, table);
  lastEvents = state.events;
  lastTable = table;
  return table;
}

/**
 * An effect with every scope key present (undefined where the scenario leaves it
 * out): the scenario's effects have as many key sets as they have scopes, and the
 * sales loop reading them met each as one more hidden class after it was optimised
 * (--trace-deopt: withEffects inlined in dutyRate). The table holds these.
 */
function inScope(e: Effect): Effect {
  return { kind: e.kind, market: e.market, carrier: e.carrier, channel: e.channel, currency: e.currency, multiply: e.multiply, add: e.add };
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
  // Each scope compared first and for every effect, so that the comparison has met
  // both ids and absent scopes before V8 optimises this (a comparison first reached
  // after that, the day a scoped effect starts, was deoptimised in withEffects and
  // where it is inlined: dutyRate, parcelDutyLocal, costsOf; --trace-deopt).
  for (const e of list) {
    if (e.market !== market && e.market !== undefined) continue;
    if (e.carrier !== carrier && e.carrier !== undefined) continue;
    if (e.channel !== channel && e.channel !== undefined) continue;
    value = value * e.multiply + e.add;
  }
  return value;
}
