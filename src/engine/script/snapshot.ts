// The script's state as it is saved inside the game state: plain JSON, so a
// saved game resumes exactly (DESIGN.md §4) and the state hash covers it.
import type { AnyMachineSnapshot, StateNode } from 'xstate';
import type { Problem } from '../problems';
import type { ScriptMachine } from './machine';

export interface ScriptSnapshot {
  /** XState's state value: a state name, or `{ parent: child }` for nested states. */
  value: unknown;
  status: 'active' | 'done';
}

/** A copy of the snapshot's value that shares nothing with XState's objects. */
export function persist(snapshot: AnyMachineSnapshot): ScriptSnapshot {
  return {
    value: JSON.parse(JSON.stringify(snapshot.value)) as unknown,
    status: snapshot.status === 'done' ? 'done' : 'active',
  };
}

/** The machine snapshot a persisted one stands for, or why it names no state of this machine. */
export function restore(machine: ScriptMachine, saved: ScriptSnapshot): AnyMachineSnapshot | Problem {
  const where = namesState(machine.root, saved.value);
  if (where !== null) return { path: 'script.value', message: where };
  try {
    return machine.resolveState({ value: saved.value as never, context: {} });
  } catch (err) {
    return { path: 'script.value', message: `the saved script state does not fit this scenario: ${messageOf(err)}` };
  }
}

/**
 * Null if `value` names states of `node` (one child per level, no parallel states
 * in scripts), else what is wrong. Checked before XState sees the value, because
 * XState looks names up with `states[name]` and would accept "toString".
 */
function namesState(node: StateNode, value: unknown): string | null {
  if (typeof value === 'string') {
    return Object.hasOwn(node.states, value) ? null : `no state "${value}" in "${node.key}"`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'the saved script state is not a state name';
  }
  const keys = Object.keys(value);
  if (keys.length !== 1) return `a saved script state has one entry per level, not ${keys.length}`;
  const key = keys[0]!;
  if (!Object.hasOwn(node.states, key)) return `no state "${key}" in "${node.key}"`;
  return namesState(node.states[key]!, (value as Record<string, unknown>)[key]);
}

export function messageOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n').filter((line) => line.trim() !== '').join(' ');
}
