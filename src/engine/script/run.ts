// Running a script one turn at a time with XState's pure transition functions:
// they return the next snapshot and the actions to execute, and execute nothing.
// The actions come back in XState's order (exit, transition, entry; microstep by
// microstep) and become ScriptEffect values for the engine to apply.
import { initialTransition, transition, type AnyMachineSnapshot, type ExecutableActionObject } from 'xstate';
import type { Problem } from '../problems';
import type { TurnEvent, TurnFacts } from './facts';
import type { ScriptMachine } from './machine';
import { toEffect, type ScriptEffect } from './actions';
import { messageOf, persist, restore, type ScriptSnapshot } from './snapshot';

export interface ScriptStep {
  snapshot: ScriptSnapshot;
  effects: ScriptEffect[];
  /** What went wrong, if anything: the step then has no effects. Empty for a validated script. */
  problems: Problem[];
}

/** A script that could not start: it is over, so later turns do nothing. */
const STOPPED: ScriptSnapshot = { value: null, status: 'done' };

/** Enters the initial states (their entry actions) and takes any `always` transitions the facts allow. */
export function startScript(machine: ScriptMachine, facts: TurnFacts): ScriptStep {
  let next: AnyMachineSnapshot;
  let actions: ExecutableActionObject[];
  try {
    [next, actions] = initialTransition(machine, facts);
  } catch (err) {
    return failed({ ...STOPPED }, `the script could not start: ${messageOf(err)}`);
  }
  // initialTransition reports its own errors as a snapshot with status 'error'.
  if (next.status === 'error') return failed({ ...STOPPED }, `the script could not start: ${messageOf(next.error)}`);
  return settle(next, actions);
}

/** Sends the turn's facts to a script saved as `saved`. A finished script does nothing. */
export function advanceScript(machine: ScriptMachine, saved: ScriptSnapshot, facts: TurnFacts): ScriptStep {
  const unchanged: ScriptSnapshot = { value: JSON.parse(JSON.stringify(saved.value ?? null)) as unknown, status: saved.status };
  if (saved.status === 'done') return { snapshot: unchanged, effects: [], problems: [] };
  const current = restore(machine, saved);
  if (!('machine' in current)) return { snapshot: unchanged, effects: [], problems: [current] };
  const event: TurnEvent = { type: 'TURN', facts };
  let next: AnyMachineSnapshot;
  let actions: ExecutableActionObject[];
  try {
    [next, actions] = transition(machine, current, event);
  } catch (err) {
    // An `always` cycle the validator could not rule out (guarded transitions
    // that keep firing for these facts): skip the turn rather than hang.
    return failed(unchanged, `the script could not take turn ${facts.turn}: ${messageOf(err)}`);
  }
  if (next.status === 'error') return failed(unchanged, `the script could not take turn ${facts.turn}: ${messageOf(next.error)}`);
  return settle(next, actions);
}

function settle(next: AnyMachineSnapshot, actions: readonly ExecutableActionObject[]): ScriptStep {
  const effects: ScriptEffect[] = [];
  const problems: Problem[] = [];
  for (const action of actions) {
    // XState's own actions (xstate.*) have no meaning for the game.
    if (action.type.startsWith('xstate.')) continue;
    const result = toEffect(action.type, action.params);
    if ('effect' in result) effects.push(result.effect);
    else problems.push({ path: 'script', message: `${result.reason}; ignored` });
  }
  return { snapshot: persist(next), effects, problems };
}

function failed(snapshot: ScriptSnapshot, message: string): ScriptStep {
  return { snapshot, effects: [], problems: [{ path: 'script', message }] };
}
