// Builds the XState machine of a scenario script: the JSON config from the
// scenario, with guards and actions bound by name from the fixed registries.
import { setup, type AnyStateMachine } from 'xstate';
import type { Script } from '../schema';
import { GUARDS } from './guards';
import { ACTIONS } from './actions';
import { factsOf } from './facts';

export type ScriptMachine = AnyStateMachine;

type GuardImpl = (args: { event: { type: string } }, params: unknown) => boolean;
type ActionImpl = () => void;

// Null-prototype objects: XState looks implementations up with `obj[name]`, and a
// name like "toString" must find nothing rather than Object.prototype.toString.
const guards: Record<string, GuardImpl> = Object.create(null) as Record<string, GuardImpl>;
for (const [name, check] of GUARDS) {
  guards[name] = ({ event }, params) => {
    const facts = factsOf(event);
    return facts !== undefined && check(facts, params);
  };
}
// Actions are never executed here (see run.ts); they are bound so that XState
// knows them, and they do nothing if something ever did execute them.
const actions: Record<string, ActionImpl> = Object.create(null) as Record<string, ActionImpl>;
for (const name of ACTIONS.keys()) actions[name] = () => {};

const scriptSetup = setup({ guards, actions });

/**
 * The machine for a script. Throws (XState's own error) on a target that does not
 * resolve: run `validateScript` on a scenario before playing it.
 */
export function createScriptMachine(script: Script): ScriptMachine {
  const config = {
    ...script,
    context: {},
    options: { maxIterations: microstepLimit(script) },
  };
  return scriptSetup.createMachine(config as Parameters<typeof scriptSetup.createMachine>[0]);
}

/**
 * XState's default is no limit, so an `always` cycle would hang the turn. Within
 * one turn the facts are fixed, so which `always` transition fires depends only
 * on the current states: a turn that runs more microsteps than there are states
 * (plus one per "done" event a nested final state raises) is in a cycle.
 */
export function microstepLimit(script: Script): number {
  return 8 + 2 * countStates(script);
}

function countStates(node: unknown): number {
  if (typeof node !== 'object' || node === null) return 0;
  const states = (node as { states?: unknown }).states;
  let n = 1;
  if (typeof states === 'object' && states !== null) {
    for (const child of Object.values(states)) n += countStates(child);
  }
  return n;
}
