// Remembered script steps. A script has no context and its actions are static, so
// what XState returns for a turn depends only on the active state value and on
// which of the script's guards hold for the turn's facts: the same state and the
// same guard outcomes give the same next state and effects, in any run. Replaying
// a class's run files, simulating thousands of seeds, or the benchmark meet the
// same steps again and again, and XState's transition (it builds an actor each
// call, ~30–100 us) is then paid once per distinct step.
import type { Script } from '../schema';
import type { TurnFacts } from './facts';
import type { ScriptMachine } from './machine';
import type { ScriptSnapshot } from './snapshot';
import { GUARDS, type GuardCheck } from './guards';
import { collectNodes, guardRefs, isRecord } from './walk';
import { advanceScript, startScript, type ScriptStep } from './run';

interface GuardUse { check: GuardCheck | undefined; params: unknown }

const guardsOf = new WeakMap<Script, GuardUse[]>();
const steps = new WeakMap<ScriptMachine, Map<string, ScriptStep>>();
/** Distinct steps kept per machine; a script with guards on KPIs has few distinct outcomes, but bound it anyway. */
const MAX_STEPS = 4096;

function guards(script: Script): GuardUse[] {
  let g = guardsOf.get(script);
  if (!g) {
    g = guardRefs(collectNodes(script as unknown as Record<string, unknown>)).map((ref) => ({
      check: ref.name === undefined ? undefined : GUARDS.get(ref.name),
      params: isRecord(ref.raw) ? ref.raw.params : undefined,
    }));
    guardsOf.set(script, g);
  }
  return g;
}

/** The step for these facts: remembered, or computed by XState and remembered (steps with problems are not kept). */
export function advanceScriptMemo(machine: ScriptMachine, script: Script, saved: ScriptSnapshot, facts: TurnFacts): ScriptStep {
  return remembered(machine, `${saved.status}|${JSON.stringify(saved.value ?? null)}|${guardOutcomes(script, facts)}`, () => advanceScript(machine, saved, facts));
}

/**
 * The script's start (entry actions, `always` transitions the opening facts allow),
 * remembered the same way: every run of a scenario starts alike, and XState's
 * initialTransition costs more than a graded turn.
 */
export function startScriptMemo(machine: ScriptMachine, script: Script, facts: TurnFacts): ScriptStep {
  return remembered(machine, `start|${guardOutcomes(script, facts)}`, () => startScript(machine, facts));
}

function guardOutcomes(script: Script, facts: TurnFacts): string {
  let key = '';
  for (const g of guards(script)) key += g.check === undefined ? '?' : g.check(facts, g.params) ? '1' : '0';
  return key;
}

function remembered(machine: ScriptMachine, key: string, compute: () => ScriptStep): ScriptStep {
  let byKey = steps.get(machine);
  if (!byKey) { byKey = new Map(); steps.set(machine, byKey); }
  const hit = byKey.get(key);
  if (hit) return hit;
  const step = compute();
  if (step.problems.length === 0) {
    if (byKey.size >= MAX_STEPS) byKey.clear();
    // Shared by every run that meets it: frozen, so a change in place would throw
    // instead of leaking from one run into another.
    byKey.set(key, deepFreeze(step));
  }
  return step;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
