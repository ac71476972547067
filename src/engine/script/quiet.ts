// A quiet turn: no transition the active states could take is enabled. XState
// would then return the same state and no actions, so the engine skips it: most
// turns of a long scenario wait for a `turnAtLeast`, and XState's pure
// `transition` builds an actor on every call (~30 us, a fifth of the turn budget).
// Any transition without a guard, or with a guard that holds, goes to XState.
import type { Script, StateNodeConfig } from '../schema';
import type { TurnFacts } from './facts';
import type { ScriptSnapshot } from './snapshot';
import { GUARDS } from './guards';

type TransitionLike = { guard?: { type: string; params?: unknown } };

export function isQuietTurn(script: Script, saved: ScriptSnapshot, facts: TurnFacts): boolean {
  if (saved.status === 'done') return true;
  let node: StateNodeConfig | Script | undefined = script;
  let value: unknown = saved.value;
  for (let depth = 0; node && depth < 64; depth += 1) {
    if (!transitionsQuiet(node.on?.TURN, facts) || !transitionsQuiet(node.always, facts)) return false;
    const states: Record<string, StateNodeConfig> | undefined = node.states;
    if (typeof value === 'string') {
      node = states && Object.hasOwn(states, value) ? states[value] : undefined;
      value = undefined;
    } else if (value !== null && typeof value === 'object') {
      const key = Object.keys(value)[0];
      if (key === undefined || !states || !Object.hasOwn(states, key)) return false;
      node = states[key];
      value = (value as Record<string, unknown>)[key];
    } else {
      return node !== undefined && node.states === undefined;
    }
  }
  return true;
}

function transitionsQuiet(t: TransitionLike | readonly TransitionLike[] | undefined, facts: TurnFacts): boolean {
  if (t === undefined) return true;
  const list: readonly TransitionLike[] = Array.isArray(t) ? t : [t as TransitionLike];
  for (const tr of list) {
    if (!tr.guard) return false;
    const check = GUARDS.get(tr.guard.type);
    if (!check || check(facts, tr.guard.params)) return false;
  }
  return true;
}
