// What a scenario script sees each turn, and how a guard finds it in the event
// XState hands it.
import type { KpiKey } from '../schema';

/** The facts of the turn being resolved, as the scenario script sees them. */
export interface TurnFacts {
  /** The number of the turn being resolved (0 when the run starts). */
  turn: number;
  /** The student's company's KPIs from the previous turn's report. */
  kpis: Partial<Record<KpiKey, number>>;
  /** The same KPIs per market id. */
  markets: Record<string, Partial<Record<KpiKey, number>>>;
  /** Ids of the events active at the start of the turn. */
  activeEvents: readonly string[];
}

/** The only event a script machine ever receives (DESIGN.md §4: no timers). */
export interface TurnEvent {
  type: 'TURN';
  facts: TurnFacts;
}

/**
 * The facts a guard evaluates against. A TURN event carries them; at the start
 * `initialTransition` is given them as input, so they arrive in XState's init
 * event. Any other event (XState's own `xstate.done.state.*`, or the init XState
 * runs with no input while it builds a scope for a pure transition) has none, and
 * every guard is false without facts. That is safe because a script's only
 * transitions are on TURN: such an event can only be handled when no `always`
 * transition was enabled with the facts, and with all guards false none is then.
 */
export function factsOf(event: { type: string }): TurnFacts | undefined {
  const carrier = event as { type: string; facts?: unknown; input?: unknown };
  const facts = event.type === 'TURN' ? carrier.facts : event.type === 'xstate.init' ? carrier.input : undefined;
  return isTurnFacts(facts) ? facts : undefined;
}

function isTurnFacts(x: unknown): x is TurnFacts {
  if (typeof x !== 'object' || x === null) return false;
  const f = x as Record<string, unknown>;
  return typeof f.turn === 'number' && typeof f.kpis === 'object' && f.kpis !== null
    && typeof f.markets === 'object' && f.markets !== null && Array.isArray(f.activeEvents);
}
