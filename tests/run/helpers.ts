// Shared fixtures for the run-file tests: shipped scenarios and runs recorded
// from them with the plain test player, made once per test file.
import { playRun, serializeRun, type PlayedRun } from '../../src/run';
import type { Scenario } from '../../src/engine';
import { shippedScenario } from '../support/scenarios';
import { simplePlayerActions } from '../support/simplePlayer';

const scenarios = new Map<string, Scenario>();
export function scenario(name: 'campaign-global' | 'tutorial'): Scenario {
  let s = scenarios.get(name);
  if (!s) { s = shippedScenario(name); scenarios.set(name, s); }
  return s;
}

const runs = new Map<string, PlayedRun>();
/** A recorded run of the simple player (cached by scenario and student). */
export function simpleRun(name: 'campaign-global' | 'tutorial', studentId = '张三'): PlayedRun {
  const key = `${name}\u0000${studentId}`;
  let r = runs.get(key);
  if (!r) { r = playRun(scenario(name), { studentId, decide: (s) => simplePlayerActions(s) }); runs.set(key, r); }
  return r;
}

export function simpleRunText(name: 'campaign-global' | 'tutorial', studentId = '张三'): string {
  return serializeRun(simpleRun(name, studentId).run);
}

/** A parsed run file as the tests edit it: they reach anywhere, wrong types included. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tampering edits arbitrary JSON on purpose
export type Loose = any;

/** The run file as a plain object, edited by `edit`, then written back as JSON. */
export function edited(text: string, edit: (run: Loose) => void): string {
  const run = JSON.parse(text) as Loose;
  edit(run);
  return JSON.stringify(run, null, 2);
}
