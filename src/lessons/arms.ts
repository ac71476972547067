// Action edits that make a lesson's two arms differ in one decision only: the
// balanced seller decides everything else in both.
import type { Action } from '../engine';

/** Drops every action of the given types. */
export function without(...types: Action['type'][]): (actions: Action[]) => Action[] {
  const drop = new Set<string>(types);
  return (actions) => actions.filter((a) => !drop.has(a.type));
}

/** Drops the seller's own actions of `type` and adds `add` once, at `turn` (the turn being decided). */
export function instead(type: Action['type'], turn: number, add: readonly Action[]): (actions: Action[], view: { turn: number }) => Action[] {
  return (actions, view) => {
    const kept = actions.filter((a) => a.type !== type);
    return view.turn + 1 === turn ? [...kept, ...add] : kept;
  };
}
